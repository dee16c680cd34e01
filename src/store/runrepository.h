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
    Result<RunRecord> get(qint64 id) const;
    // Newest first; an empty job means all jobs.
    Result<QList<RunRecord>> list(const QString& job = QString(), int limit = 100) const;
    // Named measurements of a run ("read_seconds", "rows_per_second", "latency_p95_ms"...).
    Status addMetric(qint64 runId, const QString& name, double value);
    Result<QList<std::pair<QString, double>>> metrics(qint64 runId) const;
    // Runs left in Running by a process that died become Failed ("interrupted").
    Status markInterrupted(const QString& job);

private:
    Workspace& m_workspace;
};

} // namespace Syncline
