// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardquery.h"

#include "engine/runmetrics.h"

#include <map>

namespace Syncline {

Result<DashboardData> DashboardData::load(
    Workspace& workspace, const QString& job, qint64 rangeSeconds, const QDateTime& now)
{
    MetricsRepository metrics(workspace);
    DashboardData data;
    data.job = job;
    const QDateTime from = now.addSecs(-rangeSeconds);
    data.fromMs = from.toMSecsSinceEpoch();
    data.toMs = now.toMSecsSinceEpoch();
    for (auto [series, name] : { std::pair { &data.latency, MetricName::latency },
             std::pair { &data.throughput, MetricName::throughput },
             std::pair { &data.failures, MetricName::runFailed } }) {
        auto read = metrics.query(job, name, from, now, now);
        if (!read)
            return read.error();
        *series = std::move(*read);
    }
    data.resolution = data.latency.resolution;

    auto health = metrics.health(now);
    if (!health)
        return health.error();
    data.health = std::move(*health);

    // Pending conflicts are a level per job, not a rate: the overall line adds the jobs up.
    QStringList jobs;
    if (job.isEmpty()) {
        for (const JobHealth& h : std::as_const(data.health))
            jobs.append(h.job);
    } else {
        jobs.append(job);
    }
    std::map<qint64, std::pair<double, qint64>> pending; // bucket -> (sum, run of the largest)
    for (const QString& name : std::as_const(jobs)) {
        auto read = metrics.query(name, MetricName::conflictsPending, from, now, now);
        if (!read)
            return read.error();
        for (const MetricPoint& point : std::as_const(read->points)) {
            auto& [sum, run] = pending[point.bucket];
            sum += point.sample.max;
            run = run == 0 ? point.runId : run;
        }
    }
    for (const auto& [bucket, value] : pending) {
        data.conflictsPending.append(QPointF(double(bucket) * 1000, value.first));
        data.conflictsRuns.append(value.second);
    }

    if (job.isEmpty()) {
        for (const QString& name : std::as_const(jobs)) {
            auto read = metrics.query(name, MetricName::throughput, from, now, now);
            if (!read)
                return read.error();
            data.throughputByJob.append(std::move(*read));
        }
    }
    for (const JobHealth& h : std::as_const(data.health)) {
        auto latest = metrics.query(h.job, MetricName::latency, now.addDays(-1), now, now);
        if (!latest)
            return latest.error();
        if (!latest->points.isEmpty())
            data.latestLatencyP95.insert(h.job, latest->points.constLast().sample.p95);
    }
    return data;
}

} // namespace Syncline
