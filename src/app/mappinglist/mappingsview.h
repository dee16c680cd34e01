// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "widgets/consoleview.h"

#include <memory>

namespace Ui {
class MappingsView;
}

namespace Syncline {

class MappingDesigner;
class MappingListModel;
class NewMappingDialog;
class WorkspaceTasks;

// The Mappings page: pick one of the workspace's mappings and edit it in the mapping designer
// (src/app/mappings/), with Save (ConfigRepository::saveMapping), Revert and Delete; New
// (Ctrl+N) asks for a name and the two tables (NewMappingDialog) and opens the new mapping in
// the designer, auto-mapped, to be saved through the same Save. The
// schemas of the mapping's source and target are read with their own connections on a pool
// thread before the designer opens the mapping. Child of MainWindow's view stack; GUI thread.
class MappingsView final : public ConsoleView
{
    Q_OBJECT

public:
    explicit MappingsView(WorkspaceTasks* tasks, QWidget* parent = nullptr);
    ~MappingsView() override;

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    // Del belongs to the designer here (it unmaps the selected field); the page's Delete
    // button deletes the mapping.
    bool canDelete() const override { return false; }
    void deleteSelected() override;
    // New: the workspace needs an endpoint to map from.
    bool canCreate() const override;
    void createItem() override;
    // The New mapping dialog while it is open (for tests).
    NewMappingDialog* newMappingDialog() const { return m_newDialog; }
    // Opens a mapping that is not stored yet in the designer, auto-mapped (what OK in the
    // New mapping dialog does); Save stores it. False when the user kept unsaved edits.
    bool startNewMapping(
        const MappingConfig& mapping, const EntityInfo& source, const EntityInfo& target);

    QString selectedMapping() const;
    // Opens the mapping in the designer (after asking about unsaved edits); false when the
    // workspace has no such mapping or the user kept the edits.
    bool selectMapping(const QString& name);
    // The mapping the designer shows; empty while its schemas load or failed to.
    QString loadedMapping() const { return m_loaded.name; }
    MappingDesigner* designer() const;
    MappingListModel* mappingListModel() const { return m_mappings; }

public slots:
    void save();
    void revert();

signals:
    // The designer shows `mapping`, or why it cannot (error).
    void mappingLoaded(const QString& mapping, const QString& error);
    void saved(const QString& mapping);
    void saveFailed(const QString& message);
    void removed(const QString& mapping);

private:
    struct Schemas
    {
        EntityInfo source;
        EntityInfo target;
        QString error;
    };

    void onComboChanged();
    void load(const MappingConfig& mapping);
    bool confirmDiscard();
    void selectInCombo(const QString& name);
    void showMessage(const QString& text, bool error);
    void updateRoute();
    void updateButtons();

    std::unique_ptr<Ui::MappingsView> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    MappingListModel* m_mappings = nullptr;
    WorkspaceConfig m_config;
    MappingConfig m_loaded; // as stored when the designer opened it
    EntityInfo m_sourceInfo;
    EntityInfo m_targetInfo;
    QString m_shown; // the mapping chosen in the combo (loading or loaded)
    bool m_saving = false;
    bool m_quiet = false;
    int m_loadSerial = 0;
    bool m_new = false; // m_loaded is not stored yet
    NewMappingDialog* m_newDialog = nullptr;
};

} // namespace Syncline
