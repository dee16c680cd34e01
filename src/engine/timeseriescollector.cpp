// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseriescollector.h"

#include "runmetrics.h"
#include "store/metricsrepository.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMetrics)

namespace Syncline {

namespace {

MetricSample sample(const QString& job, double value)
{
    MetricSample s;
    s.labels = { { QStringLiteral("job"), job } };
    s.value = value;
    return s;
}

} // namespace

QList<MetricFamily> TimeSeriesCollector::families(Workspace& workspace)
{
    return familiesAt(workspace, QDateTime::currentDateTimeUtc());
}

QList<MetricFamily> TimeSeriesCollector::familiesAt(Workspace& workspace, const QDateTime& now)
{
    MetricsRepository metrics(workspace);
    auto health = metrics.health(now);
    if (!health) {
        qCWarning(lcMetrics) << "metrics for /metrics:" << health.error().message;
        return {};
    }
    MetricFamily p50 { QStringLiteral("syncline_job_latency_p50_seconds"),
        QStringLiteral("Median change-to-apply latency over the last hour"),
        QStringLiteral("gauge"), {} };
    MetricFamily p95 { QStringLiteral("syncline_job_latency_p95_seconds"),
        QStringLiteral("95th percentile change-to-apply latency over the last hour"),
        QStringLiteral("gauge"), {} };
    MetricFamily max { QStringLiteral("syncline_job_latency_max_seconds"),
        QStringLiteral("Largest change-to-apply latency over the last hour"),
        QStringLiteral("gauge"), {} };
    MetricFamily throughput { QStringLiteral("syncline_job_throughput_rows_per_second"),
        QStringLiteral("Mean rows read per second by the runs of the last hour"),
        QStringLiteral("gauge"), {} };
    MetricFamily lag { QStringLiteral("syncline_job_lag_seconds"),
        QStringLiteral("Seconds since the start of the last successful run"),
        QStringLiteral("gauge"), {} };
    MetricFamily streak { QStringLiteral("syncline_job_consecutive_failures"),
        QStringLiteral("Failed runs since the last successful run"), QStringLiteral("gauge"), {} };
    const QDateTime hourAgo = now.addSecs(-3600);
    for (const JobHealth& job : std::as_const(*health)) {
        auto latency = metrics.query(job.job, MetricName::latency, hourAgo, now, now);
        if (latency && !latency->points.isEmpty()) {
            MetricSummary hour;
            for (const MetricPoint& point : std::as_const(latency->points))
                hour.merge(point.sample);
            p50.samples.append(sample(job.job, hour.p50 / 1000));
            p95.samples.append(sample(job.job, hour.p95 / 1000));
            max.samples.append(sample(job.job, hour.max / 1000));
        }
        auto rate = metrics.query(job.job, MetricName::throughput, hourAgo, now, now);
        if (rate && !rate->points.isEmpty()) {
            MetricSummary hour;
            for (const MetricPoint& point : std::as_const(rate->points))
                hour.merge(point.sample);
            throughput.samples.append(sample(job.job, hour.mean()));
        }
        if (job.lagSeconds >= 0)
            lag.samples.append(sample(job.job, double(job.lagSeconds)));
        streak.samples.append(sample(job.job, job.consecutiveFailures));
    }
    MetricFamily points { QStringLiteral("syncline_metric_points"),
        QStringLiteral("Points held by the metrics time series, by resolution"),
        QStringLiteral("gauge"), {} };
    for (const auto& [resolution, name] :
        { std::pair { MetricsRepository::Minute, QStringLiteral("minute") },
            std::pair { MetricsRepository::Hour, QStringLiteral("hour") },
            std::pair { MetricsRepository::Day, QStringLiteral("day") } }) {
        if (auto count = metrics.pointCount(resolution)) {
            MetricSample s;
            s.labels = { { QStringLiteral("resolution"), name } };
            s.value = double(*count);
            points.samples.append(s);
        }
    }
    return { p50, p95, max, throughput, lag, streak, points };
}

} // namespace Syncline
