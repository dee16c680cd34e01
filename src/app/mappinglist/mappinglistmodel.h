// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspaceconfig.h"

#include <QAbstractTableModel>

namespace Syncline {

// The configured mappings, one row each: name, source and target entity, how many fields,
// and the jobs that run it. Fed with a WorkspaceSnapshot's config (read off the GUI thread);
// never touches a database. Owned by MappingsView; GUI thread.
class MappingListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Source, Target, Fields, Jobs, ColumnCount };
    enum Role { MappingNameRole = Qt::UserRole + 1 };

    explicit MappingListModel(QObject* parent = nullptr);

    // With the same mapping names in the same order only the cells change.
    void setConfig(const WorkspaceConfig& config);
    const MappingConfig* mapping(int row) const;
    int rowOf(const QString& name) const; // -1 when absent
    QStringList jobsOf(const QString& mapping) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WorkspaceConfig m_config;
};

} // namespace Syncline
