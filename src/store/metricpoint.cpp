// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricpoint.h"

#include <QtGlobal>

namespace Syncline {

void MetricSummary::merge(const MetricSummary& other)
{
    if (other.count == 0)
        return;
    if (count == 0) {
        *this = other;
        return;
    }
    const double total = double(count + other.count);
    p50 = (p50 * double(count) + other.p50 * double(other.count)) / total;
    p95 = (p95 * double(count) + other.p95 * double(other.count)) / total;
    count += other.count;
    sum += other.sum;
    min = qMin(min, other.min);
    max = qMax(max, other.max);
}

} // namespace Syncline
