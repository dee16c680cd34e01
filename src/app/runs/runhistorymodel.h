// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Syncline {

// Recent runs of all jobs, newest first, as loaded in a WorkspaceSnapshot. A plain value
// list; never touches a database. Owned by its window; GUI thread.
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Job,
        Status,
        Started,
        Seconds,
        Inserted,
        Updated,
        Deleted,
        Unchanged,
        Quarantined,
        Error,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit RunHistoryModel(QObject* parent = nullptr);

    void setRuns(const QList<RunRecord>& runs);
    const RunRecord* run(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RunRecord> m_runs;
};

} // namespace Syncline
