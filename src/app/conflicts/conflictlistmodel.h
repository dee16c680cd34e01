// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/conflictfilter.h"
#include "store/conflictrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace Syncline {

class WorkspaceTasks;

// The pending conflicts that match a filter, oldest first, loaded lazily: a page at a time
// (keyset paging on the id) through canFetchMore()/fetchMore(), each page read on a pool
// thread (WorkspaceTasks), so a queue of 100,000 opens and scrolls without loading it all.
// Rows hold the conflicts without their values (the detail panel loads one in full). A new
// filter or reload() drops what is loaded and starts over; late pages of an older filter are
// ignored. Owned by ConflictsView; GUI thread.
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Job, Entity, Key, Kind, Fields, DetectedAt, Age, ColumnCount };
    enum Role { ConflictIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit ConflictListModel(WorkspaceTasks* tasks, QObject* parent = nullptr);

    ConflictFilter filter() const { return m_filter; }
    void setFilter(const ConflictFilter& filter);
    // Starts over with the same filter (after runs, resolutions or snoozes).
    void reload();
    // Drops rows of conflicts that are no longer pending, without reloading.
    void removeConflicts(const QSet<qint64>& ids);

    const ConflictRecord* conflict(int row) const;
    int rowOf(qint64 conflictId) const; // -1 when not loaded
    // Every match, loaded or not; -1 until the count arrives.
    qint64 matchingCount() const { return m_matching; }
    bool isLoading() const { return m_loadingPage || m_counting; }
    // How many pages were requested since the last reset, for the tests.
    int pagesRequested() const { return m_pagesRequested; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

signals:
    void matchingCountChanged(qint64 count);
    void pageLoaded();
    void loadFailed(const QString& error);

private:
    void startOver();
    void requestCount();

    WorkspaceTasks* m_tasks = nullptr;
    ConflictFilter m_filter;
    QList<ConflictRecord> m_rows;
    qint64 m_matching = -1;
    quint64 m_generation = 0;
    bool m_loadingPage = false;
    bool m_counting = false;
    bool m_atEnd = false;
    int m_pagesRequested = 0;
    QDateTime m_now; // for the Age column, fixed per load
};

} // namespace Syncline
