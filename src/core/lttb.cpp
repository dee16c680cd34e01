// SPDX-License-Identifier: GPL-3.0-or-later
#include "lttb.h"

#include <cmath>

namespace Syncline {

QList<qsizetype> Lttb::select(const QList<QPointF>& points, qsizetype threshold)
{
    const qsizetype n = points.size();
    QList<qsizetype> kept;
    if (threshold >= n || threshold < 3) {
        kept.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            kept.append(i);
        return kept;
    }
    kept.reserve(threshold);
    // The first and last points are kept; the rest is split into threshold - 2 buckets.
    const double bucketSize = double(n - 2) / double(threshold - 2);
    qsizetype a = 0;
    kept.append(a);
    for (qsizetype bucket = 0; bucket < threshold - 2; ++bucket) {
        // The average of the next bucket is the third corner of the triangle.
        const auto nextStart = qsizetype(std::floor((bucket + 1) * bucketSize)) + 1;
        const auto nextEnd = qMin(qsizetype(std::floor((bucket + 2) * bucketSize)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = nextStart; i < nextEnd; ++i) {
            avgX += points[i].x();
            avgY += points[i].y();
        }
        const qsizetype nextCount = qMax<qsizetype>(1, nextEnd - nextStart);
        avgX /= double(nextCount);
        avgY /= double(nextCount);
        if (nextEnd <= nextStart) { // the last bucket: the last point is the next corner
            avgX = points[n - 1].x();
            avgY = points[n - 1].y();
        }

        const auto start = qsizetype(std::floor(bucket * bucketSize)) + 1;
        const auto end = qsizetype(std::floor((bucket + 1) * bucketSize)) + 1;
        const QPointF& pa = points[a];
        double largest = -1;
        qsizetype chosen = start;
        for (qsizetype i = start; i < end && i < n - 1; ++i) {
            const double area = std::abs((pa.x() - avgX) * (points[i].y() - pa.y())
                - (pa.x() - points[i].x()) * (avgY - pa.y()));
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        kept.append(chosen);
        a = chosen;
    }
    kept.append(n - 1);
    return kept;
}

QList<QPointF> Lttb::downsample(const QList<QPointF>& points, qsizetype threshold)
{
    if (threshold >= points.size() || threshold < 3)
        return points;
    QList<QPointF> out;
    const QList<qsizetype> kept = select(points, threshold);
    out.reserve(kept.size());
    for (qsizetype i : kept)
        out.append(points[i]);
    return out;
}

} // namespace Syncline
