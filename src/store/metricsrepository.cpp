// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsrepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace Syncline {

namespace {

constexpr int s_resolutions[]
    = { MetricsRepository::Minute, MetricsRepository::Hour, MetricsRepository::Day };

qint64 retentionOf(int resolution)
{
    switch (resolution) {
    case MetricsRepository::Minute:
        return MetricsRepository::MinuteRetention;
    case MetricsRepository::Hour:
        return MetricsRepository::HourRetention;
    default:
        return MetricsRepository::DayRetention;
    }
}

qint64 floorTo(qint64 seconds, int resolution)
{
    const qint64 r = seconds % resolution;
    return seconds - (r < 0 ? r + resolution : r);
}

} // namespace

Status MetricsRepository::record(const QList<MetricPoint>& values)
{
    if (values.isEmpty())
        return {};
    return m_workspace.transaction([&]() -> Status {
        // Percentiles merge as count-weighted means (an estimate; exact extremes stay in
        // min/max). run_id follows the largest value, so a spike opens the run behind it.
        auto query = StoreSql::prepare(m_workspace,
            QStringLiteral(
                "INSERT INTO metric_points (job, metric, resolution, bucket, count, sum, min, "
                "max, p50, p95, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (job, metric, resolution, bucket) DO UPDATE SET "
                "p50 = (p50 * count + excluded.p50 * excluded.count) / (count + excluded.count), "
                "p95 = (p95 * count + excluded.p95 * excluded.count) / (count + excluded.count), "
                "run_id = CASE WHEN excluded.max > max OR run_id = 0 THEN excluded.run_id "
                "ELSE run_id END, "
                "count = count + excluded.count, sum = sum + excluded.sum, "
                "min = MIN(min, excluded.min), max = MAX(max, excluded.max)"));
        if (!query)
            return query.error();
        for (const MetricPoint& value : values) {
            if (value.sample.count <= 0)
                continue;
            for (const int resolution : s_resolutions) {
                const QVariantList bound { value.job, value.metric, resolution,
                    floorTo(value.bucket, resolution), value.sample.count, value.sample.sum,
                    value.sample.min, value.sample.max, value.sample.p50, value.sample.p95,
                    value.runId };
                for (qsizetype i = 0; i < bound.size(); ++i)
                    query->bindValue(int(i), bound[i]);
                if (const Status s = StoreSql::exec(m_workspace, *query,
                        QStringLiteral("recording metric %1 of job %2")
                            .arg(value.metric, value.job));
                    !s)
                    return s;
            }
        }
        return {};
    });
}

Status MetricsRepository::compact(const QDateTime& now)
{
    const qint64 seconds = now.toSecsSinceEpoch();
    return m_workspace.transaction([&]() -> Status {
        for (const int resolution : s_resolutions) {
            auto query = StoreSql::run(m_workspace,
                QStringLiteral("DELETE FROM metric_points WHERE resolution = ? AND bucket < ?"),
                { resolution, floorTo(seconds - retentionOf(resolution), resolution) });
            if (!query)
                return query.error().within(QStringLiteral("compacting the metrics"));
        }
        return {};
    });
}

int MetricsRepository::resolutionFor(qint64 from, qint64 to, qint64 now)
{
    for (const int resolution : s_resolutions) {
        const bool covered = from >= now - retentionOf(resolution);
        if (covered && (to - from) / resolution <= s_maxPoints)
            return resolution;
    }
    return Day;
}

Result<MetricSeries> MetricsRepository::query(const QString& job, const QString& metric,
    const QDateTime& from, const QDateTime& to, const QDateTime& now) const
{
    MetricSeries series;
    series.job = job;
    series.metric = metric;
    series.from = from.toSecsSinceEpoch();
    series.to = to.toSecsSinceEpoch();
    series.resolution = resolutionFor(series.from, series.to, now.toSecsSinceEpoch());
    QString sql = QStringLiteral("SELECT job, bucket, count, sum, min, max, p50, p95, run_id "
                                 "FROM metric_points WHERE metric = ? AND resolution = ? "
                                 "AND bucket >= ? AND bucket <= ?");
    QVariantList values { metric, series.resolution, floorTo(series.from, series.resolution),
        series.to };
    if (!job.isEmpty()) {
        sql += QStringLiteral(" AND job = ?");
        values.append(job);
    }
    sql += QStringLiteral(" ORDER BY bucket");
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error().within(QStringLiteral("reading metric %1").arg(metric));
    // All jobs: buckets merge across jobs, in time order.
    std::map<qint64, MetricPoint> merged;
    while (query->next()) {
        MetricPoint point;
        point.job = query->value(0).toString();
        point.metric = metric;
        point.resolution = series.resolution;
        point.bucket = query->value(1).toLongLong();
        point.sample.count = query->value(2).toLongLong();
        point.sample.sum = query->value(3).toDouble();
        point.sample.min = query->value(4).toDouble();
        point.sample.max = query->value(5).toDouble();
        point.sample.p50 = query->value(6).toDouble();
        point.sample.p95 = query->value(7).toDouble();
        point.runId = query->value(8).toLongLong();
        if (!job.isEmpty()) {
            series.points.append(point);
            continue;
        }
        auto [it, inserted] = merged.try_emplace(point.bucket, point);
        if (inserted) {
            it->second.job.clear();
            continue;
        }
        if (point.sample.max > it->second.sample.max)
            it->second.runId = point.runId;
        it->second.sample.merge(point.sample);
    }
    if (job.isEmpty()) {
        series.points.reserve(qsizetype(merged.size()));
        for (auto& [bucket, point] : merged)
            series.points.append(std::move(point));
    }
    return series;
}

Result<QStringList> MetricsRepository::jobs() const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT job FROM runs UNION SELECT job FROM metric_points ORDER BY 1"));
    if (!query)
        return query.error();
    QStringList jobs;
    while (query->next())
        jobs.append(query->value(0).toString());
    return jobs;
}

Result<QList<JobHealth>> MetricsRepository::health(const QDateTime& now) const
{
    // The newest real runs of each job, newest first: enough to count a failure streak.
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT r.job, r.id, r.status, r.started_at, "
                       " (SELECT MAX(s.started_at) FROM runs s WHERE s.job = r.job"
                       "  AND s.dry_run = 0 AND s.status = 'succeeded') "
                       "FROM runs r WHERE r.dry_run = 0 AND r.id IN (SELECT MAX(id) FROM runs"
                       " WHERE dry_run = 0 GROUP BY job) ORDER BY r.job"));
    if (!query)
        return query.error().within(QStringLiteral("reading job health"));
    QList<JobHealth> health;
    while (query->next()) {
        JobHealth job;
        job.job = query->value(0).toString();
        job.lastRunId = query->value(1).toLongLong();
        job.lastStatus = RunRecord::statusFromString(query->value(2).toString());
        job.lastStartedAt = StoreSql::fromText(query->value(3).toString());
        job.lastSuccessAt = StoreSql::fromText(query->value(4).toString());
        if (job.lastSuccessAt.isValid())
            job.lagSeconds = qMax<qint64>(0, job.lastSuccessAt.secsTo(now));
        health.append(job);
    }
    for (JobHealth& job : health) {
        auto streak = StoreSql::run(m_workspace,
            QStringLiteral("SELECT COUNT(*) FROM runs WHERE job = ? AND dry_run = 0 AND "
                           "status = 'failed' AND id > COALESCE((SELECT MAX(id) FROM runs WHERE "
                           "job = ? AND dry_run = 0 AND status = 'succeeded'), 0)"),
            { job.job, job.job });
        if (!streak)
            return streak.error();
        if (streak->next())
            job.consecutiveFailures = streak->value(0).toInt();
    }
    auto conflicts = StoreSql::run(m_workspace,
        QStringLiteral(
            "SELECT job, COUNT(*) FROM conflicts WHERE status = 'pending' GROUP BY job"));
    if (!conflicts)
        return conflicts.error().within(QStringLiteral("counting pending conflicts"));
    QHash<QString, qint64> pending;
    while (conflicts->next())
        pending.insert(conflicts->value(0).toString(), conflicts->value(1).toLongLong());
    for (JobHealth& job : health)
        job.pendingConflicts = pending.value(job.job);
    return health;
}

Result<qint64> MetricsRepository::pendingConflicts(const QString& job) const
{
    auto query = job.isEmpty()
        ? StoreSql::run(
            m_workspace, QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE status = 'pending'"))
        : StoreSql::run(m_workspace,
            QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE status = 'pending' AND job = ?"),
            { job });
    if (!query)
        return query.error().within(QStringLiteral("counting pending conflicts"));
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> MetricsRepository::pointCount(int resolution) const
{
    auto query = resolution > 0
        ? StoreSql::run(m_workspace,
            QStringLiteral("SELECT COUNT(*) FROM metric_points WHERE resolution = ?"),
            { resolution })
        : StoreSql::run(m_workspace, QStringLiteral("SELECT COUNT(*) FROM metric_points"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace Syncline
