// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointprobe.h"
#include "widgets/consoleview.h"

#include <memory>

namespace Ui {
class EndpointsView;
}

namespace Syncline {

class EndpointForm;
class EndpointListModel;
class SchemaModel;
class WorkspaceTasks;

// The Endpoints page: the configured endpoints; add, edit, clone and delete them through a
// kind-specific form saved with ConfigRepository; "Test connection" (latency or the driver's
// error) and a schema browser (tables, columns, types, keys, row estimates). Every save,
// delete, connection and schema listing runs on a pool thread through WorkspaceTasks.
// Child of MainWindow's view stack; GUI thread.
class EndpointsView final : public ConsoleView
{
    Q_OBJECT

public:
    explicit EndpointsView(WorkspaceTasks* tasks, QWidget* parent = nullptr);
    ~EndpointsView() override;

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    bool canCreate() const override { return true; }
    bool canDelete() const override { return !selectedEndpoint().isEmpty(); }
    void createItem() override;
    void deleteSelected() override;
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;

    QString selectedEndpoint() const;
    bool selectEndpoint(const QString& name);
    bool isDirty() const { return m_dirty; }
    EndpointForm* form() const;
    EndpointListModel* endpointModel() const { return m_endpoints; }
    SchemaModel* schemaModel() const { return m_schema; }

public slots:
    void save();
    void revert();
    void cloneSelected();
    void testConnection();
    void reloadSchema();

signals:
    void saved(const QString& endpoint);
    void saveFailed(const QString& message);
    void removed(const QString& endpoint);
    void connectionTested(const Syncline::ConnectionTest& outcome);
    void schemaLoaded(const QString& endpoint);

private:
    void onSelectionChanged();
    void onEdited();
    void showEndpoint(const EndpointConfig* endpoint);
    void startNew(const EndpointConfig& endpoint);
    bool confirmDiscard();
    void selectRowQuietly(int row);
    void loadSchema(const EndpointConfig& endpoint);
    void setPassword(const QString& endpoint);
    void showMessage(const QString& text, bool error);
    void updateUsage();
    void updateButtons();
    void updateListPage();

    std::unique_ptr<Ui::EndpointsView> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    EndpointListModel* m_endpoints = nullptr;
    SchemaModel* m_schema = nullptr;
    WorkspaceConfig m_config;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_saving = false;
    bool m_quiet = false; // selection changes made by the view itself
    bool m_columnsFitted = false;
    QString m_shown; // the stored endpoint the form shows; empty for a new one
    EndpointConfig m_shownConfig; // as stored when the form was filled
    QString m_selectAfterReload;
    int m_testSerial = 0;
    int m_schemaSerial = 0;
};

} // namespace Syncline
