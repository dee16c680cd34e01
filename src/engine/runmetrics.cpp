// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmetrics.h"

#include "core/canonicalizer.h"
#include "keyedrow.h"
#include "store/metricsrepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"

#include <QLoggingCategory>

#include <atomic>

Q_LOGGING_CATEGORY(lcMetrics, "syncline.metrics")

namespace Syncline {

namespace {

// compact() runs at most this often per process: expiry is by the hour, not the second.
constexpr qint64 s_compactEveryMs = 5 * 60 * 1000;
std::atomic<qint64> s_lastCompact { 0 };

qint64 minuteOf(qint64 ms)
{
    return ms / 60000 * 60;
}

} // namespace

void RunMetrics::noteWrite(const QByteArray& key, const KeyedRow* source)
{
    if (const auto it = m_changeTimes.constFind(key); it != m_changeTimes.constEnd()) {
        m_pending.insert(key, *it);
        return;
    }
    if (!m_changeIsTime || !source || !source->change.isValid() || source->change.isNull())
        return;
    const auto micros = Canonicalizer::canonicalize(source->change, m_changeType);
    if (micros && micros->canConvert<qlonglong>())
        m_pending.insert(key, micros->toLongLong() / 1000);
}

void RunMetrics::applied(const QByteArray& key, qint64 nowMs)
{
    const auto it = m_pending.constFind(key);
    if (it == m_pending.constEnd())
        return;
    // A change time in the future (clock skew between hosts) counts as no delay.
    const double latency = double(qMax<qint64>(0, nowMs - *it));
    m_latency.add(latency);
    m_minutes[minuteOf(nowMs)].latency.add(latency);
    m_pending.erase(it);
}

void RunMetrics::batchDone(qint64 rows, qint64 rejected, double seconds)
{
    ++m_batches;
    m_pending.clear(); // rejected rows of the batch: they were not applied
    Minute& minute = m_minutes[minuteOf(QDateTime::currentMSecsSinceEpoch())];
    minute.batchRows.merge(MetricSummary::of(double(rows + rejected)));
    minute.batchApplyMs.merge(MetricSummary::of(seconds * 1000));
}

QList<std::pair<QString, double>> RunMetrics::summary() const
{
    QList<std::pair<QString, double>> values;
    if (m_latency.count() > 0) {
        values.append({ QStringLiteral("latency_samples"), double(m_latency.count()) });
        values.append({ QStringLiteral("latency_p50_ms"), m_latency.quantile(0.5) });
        values.append({ QStringLiteral("latency_p95_ms"), m_latency.quantile(0.95) });
        values.append({ QStringLiteral("latency_max_ms"), m_latency.max() });
    }
    return values;
}

QList<MetricPoint> RunMetrics::points(
    const RunReport& report, const QDateTime& finished, qint64 pendingConflicts) const
{
    QList<MetricPoint> points;
    const auto add = [&](const QString& metric, qint64 at, const MetricSummary& sample) {
        if (sample.isEmpty())
            return;
        MetricPoint point;
        point.job = report.job;
        point.metric = metric;
        point.bucket = at;
        point.sample = sample;
        point.runId = report.runId;
        points.append(point);
    };
    for (const auto& [minute, what] : m_minutes) {
        add(MetricName::latency, minute, what.latency.sample());
        add(MetricName::batchRows, minute, what.batchRows);
        add(MetricName::batchApplyMs, minute, what.batchApplyMs);
    }
    const qint64 at = finished.toSecsSinceEpoch();
    const RunCounts& counts = report.counts;
    const bool failed = report.status == RunRecord::Status::Failed;
    if (!failed || report.seconds > 0)
        add(MetricName::throughput, at,
            MetricSummary::of(
                report.seconds > 0 ? double(counts.sourceRows) / report.seconds : 0.0));
    add(MetricName::rowsRead, at, MetricSummary::of(double(counts.sourceRows)));
    add(MetricName::rowsApplied, at, MetricSummary::of(double(counts.applied())));
    add(MetricName::runFailed, at, MetricSummary::of(failed ? 1.0 : 0.0));
    add(MetricName::quarantined, at, MetricSummary::of(double(counts.quarantined)));
    add(MetricName::conflicts, at, MetricSummary::of(double(counts.conflicts)));
    add(MetricName::conflictsPending, at, MetricSummary::of(double(pendingConflicts)));
    add(MetricName::runSeconds, at, MetricSummary::of(report.seconds));
    return points;
}

void RunMetrics::save(Workspace& workspace, const RunReport& report) const
{
    if (report.runId == 0 || report.dryRun)
        return;
    RunRepository runs(workspace);
    for (const auto& [name, value] : summary()) {
        if (const Status recorded = runs.addMetric(report.runId, name, value); !recorded)
            qCWarning(lcMetrics) << "could not record metric" << name << recorded.error().message;
    }
    MetricsRepository series(workspace);
    auto pending = series.pendingConflicts(report.job);
    if (!pending)
        qCWarning(lcMetrics) << "could not count pending conflicts:" << pending.error().message;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const Status recorded = series.record(points(report, now, pending ? *pending : 0));
        !recorded)
        qCWarning(lcMetrics) << "could not record the run's metrics:" << recorded.error().message;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 last = s_lastCompact.load();
    if (nowMs - last >= s_compactEveryMs && s_lastCompact.compare_exchange_strong(last, nowMs)) {
        if (const Status compacted = series.compact(now); !compacted)
            qCWarning(lcMetrics) << "could not compact the metrics:" << compacted.error().message;
    }
}

} // namespace Syncline
