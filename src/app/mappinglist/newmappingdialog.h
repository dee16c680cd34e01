// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "core/mappingconfig.h"
#include "core/workspaceconfig.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;

namespace Ui {
class NewMappingDialog;
}

namespace Syncline {

class WorkspaceTasks;

// Asks for what a new mapping starts from: its name (not empty, not taken in the workspace),
// the source endpoint and table, the target endpoint and table. The tables of a chosen
// endpoint are read on a pool thread (EndpointProbe::schema through WorkspaceTasks), so the
// dialog stays responsive while a database answers; OK is enabled once everything is valid.
// The chosen tables' schemas come with the result, for the mapping designer. Opened by
// MappingsView (New, Ctrl+N); GUI thread.
class NewMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    NewMappingDialog(
        WorkspaceTasks* tasks, const WorkspaceConfig& config, QWidget* parent = nullptr);
    ~NewMappingDialog() override;

    // The mapping to start from: name, source and target (no fields, no key yet).
    MappingConfig mapping() const;
    EntityInfo sourceEntity() const;
    EntityInfo targetEntity() const;
    // Why OK is disabled; empty when the dialog can be accepted.
    QString problem() const;
    // Table listings still being read.
    int pendingListings() const { return m_pending; }

    QComboBox* sourceEndpointCombo() const;
    QComboBox* sourceEntityCombo() const;
    QComboBox* targetEndpointCombo() const;
    QComboBox* targetEntityCombo() const;

signals:
    // The tables of `endpoint` were read (or failed to be: error).
    void entitiesLoaded(const QString& endpoint, const QString& error);

private:
    struct Listing
    {
        QList<EntityInfo> entities;
        QString error;
        bool loading = false;
    };
    void loadEntities(QComboBox* endpointCombo, QComboBox* entityCombo);
    void fillEntities(QComboBox* endpointCombo, QComboBox* entityCombo);
    EntityInfo entity(QComboBox* endpointCombo, QComboBox* entityCombo) const;
    void validate();

    std::unique_ptr<Ui::NewMappingDialog> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    WorkspaceConfig m_config;
    QHash<QString, Listing> m_listings; // by endpoint name
    int m_pending = 0;
};

} // namespace Syncline
