// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/metricsrepository.h"

#include <QHash>
#include <QMetaType>
#include <QPointF>

namespace Syncline {

class Workspace;

// What the dashboard's charts and health tiles show for one job (or all) and one time
// range, read in one go on a pool thread (WorkspaceTasks). Value type, crosses threads.
struct DashboardData
{
    QString job; // empty: all jobs
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int resolution = 60; // seconds per point
    MetricSeries latency; // latency_ms: p50, p95
    MetricSeries throughput; // rows/s, mean per bucket (all jobs: merged)
    QList<MetricSeries> throughputByJob; // all jobs: one series each, as their rates differ
    MetricSeries failures; // run_failed: mean per bucket = share of runs that failed
    QList<QPointF> conflictsPending; // x: ms since the epoch; summed over jobs
    QList<qint64> conflictsRuns; // parallel to conflictsPending
    QList<JobHealth> health;
    QHash<QString, double> latestLatencyP95; // job -> p95 (ms) of its newest latency point
    int generation = 0; // which request this answers

    // Reads it all. rangeSeconds back from now.
    static Result<DashboardData> load(
        Workspace& workspace, const QString& job, qint64 rangeSeconds, const QDateTime& now);
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::DashboardData)
