// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <utility>

namespace Syncline {

class Workspace;

// One sample of a metric family: label pairs and a value.
struct MetricSample
{
    QList<std::pair<QString, QString>> labels;
    double value = 0;
    QString suffix; // appended to the family name ("_bucket", "_sum"...), usually empty
};

// A metric family as Prometheus knows it: name, help, type (counter, gauge, untyped,
// histogram, summary) and its samples.
struct MetricFamily
{
    QString name;
    QString help;
    QString type = QStringLiteral("gauge");
    QList<MetricSample> samples;
};

// Gathers metric families from collectors and writes them in the Prometheus text exposition
// format (version 0.0.4): HELP and TYPE lines, escaped help and label values, one family
// block per name. The store's own run figures come built in (storeFamilies); other modules
// add theirs with registerCollector() (process-wide, e.g. the time-series metrics) or
// addCollector() (one exposition). Used on one thread at a time.
class MetricsExposition final
{
public:
    using Collector = std::function<QList<MetricFamily>(Workspace& workspace)>;

    // Process-wide collectors, asked by every exposition render (thread-safe).
    static void registerCollector(const Collector& collector);
    void addCollector(const Collector& collector) { m_collectors.append(collector); }

    // Everything: the store's families, then the collectors'.
    QString render(Workspace& workspace) const;

    // Runs by job and status, the last run's duration, rows read and applied, its end time,
    // pending conflicts by job, run attempts by job and status.
    static QList<MetricFamily> storeFamilies(Workspace& workspace);
    static QString format(const QList<MetricFamily>& families);
    static QString escapeLabelValue(const QString& value);
    static QString escapeHelp(const QString& help);
    static QString formatValue(double value);

private:
    QList<Collector> m_collectors;
};

} // namespace Syncline
