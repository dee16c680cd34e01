// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricsexposition.h"

#include <QDateTime>

namespace Syncline {

class Workspace;

// The metrics time series as Prometheus families, for the daemon's /metrics: per job the
// latency p50/p95/max of the last hour (seconds), its mean throughput, the lag since its last
// successful run and its failure streak, plus how many points the series store holds per
// resolution. Register it once with
// MetricsExposition::registerCollector(&TimeSeriesCollector::families). Stateless; any thread
// with its own Workspace.
class TimeSeriesCollector final
{
public:
    static QList<MetricFamily> families(Workspace& workspace);
    static QList<MetricFamily> familiesAt(Workspace& workspace, const QDateTime& now);
};

} // namespace Syncline
