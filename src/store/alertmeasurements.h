// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Syncline {

class Workspace;

// The numbers alert rules compare with their thresholds, read from the run history, the
// run metrics and the conflict queue. Every query alerts make lives here, so moving a
// measurement to another table (the metrics time series, say) touches this file only.
// Dry runs never count. Used on the thread that opened the Workspace.
class AlertMeasurements final
{
public:
    // The run metric the latency rule reads: each run's p95 change latency in ms.
    static inline const QString latencyMetric = QStringLiteral("latency_p95_ms");

    struct Rate
    {
        qint64 bad = 0; // failed runs, or quarantined rows
        qint64 total = 0; // finished runs, or rows written plus quarantined
    };

    explicit AlertMeasurements(Workspace& workspace)
        : m_workspace(workspace)
    { }

    // Failed runs / finished (succeeded or failed) runs that finished at or after `since`.
    Result<Rate> failedRuns(const QString& job, const QDateTime& since) const;
    // Quarantined rows / rows the runs finished since `since` tried to write.
    Result<Rate> quarantinedRows(const QString& job, const QDateTime& since) const;
    // The highest per-run p95 latency of runs finished since `since`; none without data.
    Result<std::optional<double>> latencyP95(const QString& job, const QDateTime& since) const;
    // Failed runs in a row, newest first, up to the last success (cancelled runs are skipped).
    Result<qint64> consecutiveFailures(const QString& job) const;
    Result<qint64> pendingConflicts(const QString& job) const;
    struct Activity
    {
        QDateTime at; // invalid when the job is unknown
        bool ran = false; // false: `at` is when the job was last configured
    };
    // When the job's last run started; if it never ran, when the job was last configured
    // (so a job that never runs alerts too).
    Result<Activity> lastActivity(const QString& job) const;

private:
    Workspace& m_workspace;
};

} // namespace Syncline
