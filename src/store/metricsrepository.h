// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "metricpoint.h"
#include "runrecord.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace Syncline {

class Workspace;

// Where a job stands, for the dashboard's health tiles and the daemon's /metrics.
struct JobHealth
{
    QString job;
    qint64 lastRunId = 0; // 0: never ran (dry runs do not count)
    RunRecord::Status lastStatus = RunRecord::Status::Running;
    QDateTime lastStartedAt; // UTC
    QDateTime lastSuccessAt; // UTC start of the last successful run; invalid if none
    qint64 lagSeconds = -1; // now - lastSuccessAt: how stale the target may be; -1 if never
    qint64 pendingConflicts = 0;
    int consecutiveFailures = 0; // failed runs since the last success, newest first
};

// The metrics time series (schema version 5, table metric_points). Each recorded value lands
// in three buckets at once (minute, hour, day: downsampling happens on write, so there is
// never a batch rollup to catch up on), and compact() drops buckets past their resolution's
// retention: minutes after 48 hours, hours after 30 days, days after 2 years. A job's metric
// thus holds at most 2,880 + 720 + 730 rows however often it runs. query() reads the finest
// resolution that still covers the range with at most s_maxPoints buckets.
// Used on the thread that opened the Workspace.
class MetricsRepository final
{
public:
    static constexpr int Minute = 60;
    static constexpr int Hour = 3600;
    static constexpr int Day = 86400;
    static constexpr qint64 MinuteRetention = 48 * 3600;
    static constexpr qint64 HourRetention = 30 * 86400;
    static constexpr qint64 DayRetention = 730 * 86400;
    static constexpr qint64 s_maxPoints = 2000;

    explicit MetricsRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    // Adds each value (at time `at`, UTC) to its minute, hour and day bucket in one
    // transaction. A point's bucket/resolution are ignored: its `bucket` is the time in seconds.
    Status record(const QList<MetricPoint>& values);
    // Deletes buckets older than their retention, as of `now`. Cheap when nothing expired;
    // call it after recording (the engine does, at most every few minutes per process).
    Status compact(const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The resolution query() uses for [from, to] as of now.
    static int resolutionFor(qint64 from, qint64 to, qint64 now);
    // A metric of one job (or of all jobs merged, job empty) in [from, to], oldest first.
    Result<MetricSeries> query(const QString& job, const QString& metric, const QDateTime& from,
        const QDateTime& to, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Jobs with runs or points, sorted.
    Result<QStringList> jobs() const;
    // One entry per job that ran (not dry), sorted by job.
    Result<QList<JobHealth>> health(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Pending conflicts of one job (all jobs: empty).
    Result<qint64> pendingConflicts(const QString& job) const;
    // Stored points, all resolutions (for tests and `synclinectl`'s diagnostics).
    Result<qint64> pointCount(int resolution = 0) const;

private:
    Workspace& m_workspace;
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::JobHealth)
