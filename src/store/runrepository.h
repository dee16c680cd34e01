// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "runrecord.h"

#include <QList>

namespace Syncline {

class Workspace;

// Run history and per-run metrics. Used on the thread that opened the Workspace.
class RunRepository final
{
public:
    explicit RunRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    // Inserts a run in status Running and returns its id.
    Result<qint64> begin(const QString& job, bool dryRun);
    // Writes the final status, counts, seconds, error and finishedAt of run.id.
    Status finish(const RunRecord& run);
    // Inserts a run that already ended, with its own times and host (history imports, the
    // demo's month of runs) and returns its id.
    Result<qint64> insertFinished(const RunRecord& run);
    Result<RunRecord> get(qint64 id) const;
    // Newest first; an empty job means all jobs.
    Result<QList<RunRecord>> list(const QString& job = QString(), int limit = 100) const;
    // One page of the runs matching `query`, newest first; the next page is the same query
    // with beforeId set to the last id returned. Served by the (job, id) index and the id.
    Result<QList<RunRecord>> query(const RunQuery& query) const;
    // How many runs match `query` (its beforeId and limit are ignored).
    Result<qint64> count(const RunQuery& query) const;
    // Named measurements of a run ("read_seconds", "rows_per_second", "latency_p95_ms"...).
    Status addMetric(qint64 runId, const QString& name, double value);
    Result<QList<std::pair<QString, double>>> metrics(qint64 runId) const;
    // Runs left in Running by a process that died become Failed ("interrupted").
    Status markInterrupted(const QString& job);

private:
    Workspace& m_workspace;
};

} // namespace Syncline
