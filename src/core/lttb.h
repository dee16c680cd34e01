// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace Syncline {

// Largest-triangle-three-buckets downsampling (Steinarsson 2013): reduces a series sorted by
// x to `threshold` points that keep its visual shape: the first and last points always, and
// per bucket the point forming the largest triangle with its neighbours, so peaks and dips
// survive. The dashboard draws long series through it. Stateless; any thread.
class Lttb final
{
public:
    // Indexes into `points` of the kept points, ascending. All indexes when points.size() <=
    // threshold or threshold < 3.
    static QList<qsizetype> select(const QList<QPointF>& points, qsizetype threshold);
    static QList<QPointF> downsample(const QList<QPointF>& points, qsizetype threshold);
};

} // namespace Syncline
