// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Syncline {

class WorkspaceTasks;

// Runs, newest first: either a plain list given with setRuns() (the dashboard's recent runs
// from a WorkspaceSnapshot), or pages of a RunQuery that the store filters, read on pool
// threads through WorkspaceTasks as the view scrolls (canFetchMore()/fetchMore()). The model
// itself never touches a database on the GUI thread. Owned by its view; GUI thread.
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

    // Lazy mode: shows the runs matching `query` (its beforeId ignored), `pageSize` at a time,
    // read with `tasks`. Rows stay until the first page of the new query arrives.
    void setQuery(WorkspaceTasks* tasks, const RunQuery& query, int pageSize = 200);
    // The same query again from the newest run (after runs were added or finished).
    void reload();
    const RunQuery& query() const { return m_query; }
    // A page is being read.
    bool isLoading() const { return m_loading; }
    // How many runs match the query (-1 until known).
    qint64 matchingCount() const { return m_matching; }
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A page (the first one: the query's count too) arrived, or failed to (error).
    void pageLoaded(const QString& error);

private:
    void fetch(bool first);

    QList<RunRecord> m_runs;
    WorkspaceTasks* m_tasks = nullptr;
    RunQuery m_query;
    int m_pageSize = 200;
    int m_serial = 0; // drops pages of an older query
    bool m_loading = false;
    bool m_atEnd = true;
    qint64 m_matching = -1;
};

} // namespace Syncline
