// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    explicit ConflictRepository(Workspace& workspace) : m_workspace(workspace) { }

    // Inserts a pending conflict, or updates the pending one of the same job and key
    // (kind, fields, values, updatedAt; the note too unless the new one is empty; detectedAt
    // stays). Returns its id.
    Result<qint64> upsertPending(const ConflictRecord& conflict);
    // Pending conflicts of a job (all jobs when empty), oldest first, with paging.
    Result<QList<ConflictRecord>> listPending(const QString& job = QString(), int limit = 1000,
                                              int offset = 0) const;
    // Every conflict (pending and resolved), newest first.
    Result<QList<ConflictRecord>> listAll(const QString& job = QString(), int limit = 1000) const;
    Result<ConflictRecord> get(qint64 id) const;
    Result<std::optional<ConflictRecord>> pendingFor(const QString& job, const QByteArray& key) const;
    // Keys of a job's pending conflicts (a run leaves both sides of these keys alone).
    Result<QSet<QByteArray>> pendingKeys(const QString& job) const;
    Result<qint64> countPending(const QString& job = QString()) const;
    // Marks it resolved with the resolution, who and when. Does not audit (the caller does,
    // inside the same Workspace::transaction).
    Status markResolved(qint64 id, const QJsonObject& resolution, const QString& actor);
    // A pending conflict that a later run found settled (both sides equal again) is closed
    // as resolved by "engine".
    Status closeSettled(const QString& job, const QByteArray& key);

private:
    Workspace& m_workspace;
};

} // namespace Syncline
