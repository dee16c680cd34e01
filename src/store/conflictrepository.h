// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictfilter.h"
#include "conflictrecord.h"
#include "core/result.h"

#include <QList>
#include <QSet>

#include <optional>

namespace Syncline {

class Workspace;

// The conflict queue of two-way jobs. At most one pending conflict per (job, key): a later
// run that finds the key still in conflict updates the entry instead of adding one. Used on
// the thread that opened the Workspace.
class ConflictRepository final
{
public:
    explicit ConflictRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    // Inserts a pending conflict, or updates the pending one of the same job and key
    // (kind, fields, values, updatedAt; the note too unless the new one is empty; detectedAt
    // stays). Returns its id.
    Result<qint64> upsertPending(const ConflictRecord& conflict);
    // Pending conflicts of a job (all jobs when empty), oldest first, with paging.
    Result<QList<ConflictRecord>> listPending(
        const QString& job = QString(), int limit = 1000, int offset = 0) const;
    // Every conflict (pending and resolved), newest first.
    Result<QList<ConflictRecord>> listAll(const QString& job = QString(), int limit = 1000) const;
    Result<ConflictRecord> get(qint64 id) const;
    Result<std::optional<ConflictRecord>> pendingFor(
        const QString& job, const QByteArray& key) const;
    // Keys of a job's pending conflicts (a run leaves both sides of these keys alone).
    Result<QSet<QByteArray>> pendingKeys(const QString& job) const;
    Result<qint64> countPending(const QString& job = QString()) const;
    // Marks it resolved with the resolution, who and when. Does not audit (the caller does,
    // inside the same Workspace::transaction).
    Status markResolved(qint64 id, const QJsonObject& resolution, const QString& actor);

    // Review queries. Pending conflicts matching `filter`, in id order (oldest first).
    Result<QList<ConflictRecord>> findPending(
        const ConflictFilter& filter, const ConflictPage& page = {}) const;
    Result<qint64> countPending(const ConflictFilter& filter) const;
    // The ids of every match, for "select all matching" (ids only: 100,000 of them are small).
    Result<QList<qint64>> pendingIds(const ConflictFilter& filter) const;
    // The distinct values of one column among the pending conflicts that match the rest of
    // `filter` (its own criterion is ignored), sorted: what a filter combo offers. For
    // Column::Field, the field names that are in conflict.
    Result<QStringList> distinctValues(
        ConflictFilter::Column column, const ConflictFilter& filter = {}) const;
    // Defers pending conflicts until `until` (UTC); an invalid `until` un-snoozes them.
    // Returns how many changed. Does not audit (the caller does).
    Result<int> snooze(const QList<qint64>& ids, const QDateTime& until);

    // A pending conflict that a later run found settled (both sides equal again) is closed
    // as resolved by "engine".
    Status closeSettled(const QString& job, const QByteArray& key);

private:
    Workspace& m_workspace;
};

} // namespace Syncline
