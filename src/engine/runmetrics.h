// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtype.h"
#include "latencyrecorder.h"
#include "runreport.h"
#include "store/metricpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <map>

namespace Syncline {

class Workspace;
struct KeyedRow;

// Names of the metrics runs record in the time series (MetricsRepository).
namespace MetricName {
inline const QString latency = QStringLiteral("latency_ms"); // per applied change
inline const QString throughput = QStringLiteral("throughput_rows_per_s"); // per run
inline const QString rowsRead = QStringLiteral("rows_read"); // per run
inline const QString rowsApplied = QStringLiteral("rows_applied"); // per run
inline const QString runFailed = QStringLiteral("run_failed"); // per run: 1 failed, 0 not
inline const QString quarantined = QStringLiteral("quarantined"); // per run
inline const QString conflicts = QStringLiteral("conflicts"); // detected, per run
inline const QString conflictsPending = QStringLiteral("conflicts_pending"); // at run end
inline const QString runSeconds = QStringLiteral("run_seconds"); // per run
inline const QString batchRows = QStringLiteral("batch_rows"); // per applied batch
inline const QString batchApplyMs = QStringLiteral("batch_apply_ms"); // per applied batch
} // namespace MetricName

// Measures one run as it goes: the latency of each applied change (apply time minus change
// time, where the source knows the change time: the capture time of a change-log entry, or
// the value of the change column of a timestamp job), and one point per applied batch. At
// the end save() writes the run's summary to run_metrics and its points to the time series.
// Memory stays bounded: latencies go into LatencyRecorder sketches (one for the run, one per
// minute of the run) and pending change times live only until their batch commits.
// Owned by SyncRun; on the run thread.
class RunMetrics final
{
public:
    RunMetrics() = default;

    // Timestamp jobs: the source's change column holds times of this type.
    void setChangeColumnType(const FieldType& type)
    {
        m_changeType = type;
        m_changeIsTime = true;
    }
    // Change-log jobs: capture times (ms since the epoch) of the keys about to be added.
    void setChangeTimes(QHash<QByteArray, qint64> msByKey) { m_changeTimes = std::move(msByKey); }

    // BatchApplier: `key` will be written in the next batch (source: the row, if any).
    void noteWrite(const QByteArray& key, const KeyedRow* source);
    // BatchApplier: the batch holding `key` committed at nowMs.
    void applied(const QByteArray& key, qint64 nowMs);
    // BatchApplier: a batch committed (`rows` written, `rejected` quarantined) in `seconds`.
    void batchDone(qint64 rows, qint64 rejected, double seconds);

    const LatencyRecorder& latency() const { return m_latency; }
    qint64 batches() const { return m_batches; }

    // What save() writes: the latency summary for run_metrics (counts, seconds and rows/s
    // are in the run's own row already) ...
    QList<std::pair<QString, double>> summary() const;
    // ... and its time-series points (finished: when the run ended, UTC).
    QList<MetricPoint> points(
        const RunReport& report, const QDateTime& finished, qint64 pendingConflicts) const;
    // Writes both and compacts the series now and then. Failing to record metrics never fails
    // a run: errors are logged.
    void save(Workspace& workspace, const RunReport& report) const;

private:
    struct Minute
    {
        LatencyRecorder latency;
        MetricSummary batchRows;
        MetricSummary batchApplyMs;
    };

    FieldType m_changeType;
    bool m_changeIsTime = false;
    QHash<QByteArray, qint64> m_changeTimes;
    QHash<QByteArray, qint64> m_pending; // key -> change time (ms) of writes not yet committed
    LatencyRecorder m_latency;
    std::map<qint64, Minute> m_minutes; // minute start (s since the epoch) -> what happened
    qint64 m_batches = 0;
};

} // namespace Syncline
