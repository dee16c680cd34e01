// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Syncline {

// A summary of the values of one metric within one time bucket: how many values, their sum,
// extremes and estimated median and 95th percentile. Summaries merge (counts and sums add,
// extremes combine, percentiles average weighted by count), which is how minute buckets roll
// up into hours and days. Value type, crosses threads.
struct MetricSummary
{
    qint64 count = 0;
    double sum = 0;
    double min = 0;
    double max = 0;
    double p50 = 0;
    double p95 = 0;

    // One value.
    static MetricSummary of(double value) { return { 1, value, value, value, value, value }; }
    double mean() const { return count > 0 ? sum / double(count) : 0; }
    void merge(const MetricSummary& other);
    bool isEmpty() const { return count == 0; }
};

// One stored point of a time series: a job's metric in the bucket starting at `bucket`
// (seconds since the epoch, UTC, a multiple of `resolution` seconds). runId is the run that
// contributed the largest value, so a chart can open the run behind a spike.
struct MetricPoint
{
    QString job;
    QString metric;
    qint64 bucket = 0;
    int resolution = 60;
    MetricSummary sample;
    qint64 runId = 0;
};

// The points of one query, oldest first, and the resolution they were read at.
struct MetricSeries
{
    QString job; // empty: all jobs merged
    QString metric;
    int resolution = 60;
    qint64 from = 0; // the range asked for, seconds since the epoch
    qint64 to = 0;
    QList<MetricPoint> points;
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::MetricSeries)
