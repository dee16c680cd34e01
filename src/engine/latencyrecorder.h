// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/metricpoint.h"

#include <map>

namespace Syncline {

// A streaming quantile sketch for latencies (in milliseconds), after DDSketch: values fall
// into logarithmic bins 2% wide, so any quantile comes back within 1% of a true value while
// memory stays bounded (at most ~1,600 bins from 1 µs to 100 days) however many values are
// added. Count, sum, min and max are exact. Value type; owned by whoever measures (RunMetrics
// on the run thread).
class LatencyRecorder final
{
public:
    void add(double milliseconds);
    void merge(const LatencyRecorder& other);
    void clear();

    qint64 count() const { return m_count; }
    double min() const { return m_min; }
    double max() const { return m_max; }
    double sum() const { return m_sum; }
    // q in [0, 1]; 0 when empty.
    double quantile(double q) const;
    qsizetype binCount() const { return qsizetype(m_bins.size()); }
    // count, sum, min, max, p50, p95; empty when nothing was added.
    MetricSummary sample() const;

private:
    std::map<int, qint64> m_bins; // bin index -> values in it
    qint64 m_zero = 0; // values below the smallest bin (sub-microsecond, or negative clocks)
    qint64 m_count = 0;
    double m_sum = 0;
    double m_min = 0;
    double m_max = 0;
};

} // namespace Syncline
