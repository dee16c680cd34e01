// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsexposition.h"

#include "store/workspace.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Syncline {

namespace {

Q_LOGGING_CATEGORY(lcExposition, "syncline.scheduler.metrics")

QMutex s_registryMutex;
QList<MetricsExposition::Collector>& registry()
{
    static QList<MetricsExposition::Collector> s_collectors;
    return s_collectors;
}

// Runs a read-only aggregate on the workspace; a failure leaves the family out (a scrape must
// not fail because one table is missing in an older file).
template <typename F> void eachRow(Workspace& workspace, const QString& sql, F&& row)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qCWarning(lcExposition) << sql << query.lastError().text();
        return;
    }
    while (query.next())
        row(query);
}

} // namespace

void MetricsExposition::registerCollector(const Collector& collector)
{
    const QMutexLocker lock(&s_registryMutex);
    registry().append(collector);
}

QString MetricsExposition::render(Workspace& workspace) const
{
    QList<MetricFamily> families = storeFamilies(workspace);
    QList<Collector> collectors = m_collectors;
    {
        const QMutexLocker lock(&s_registryMutex);
        collectors += registry();
    }
    for (const Collector& collector : std::as_const(collectors))
        families += collector(workspace);
    return format(families);
}

QList<MetricFamily> MetricsExposition::storeFamilies(Workspace& workspace)
{
    MetricFamily runs { QStringLiteral("syncline_runs_total"),
        QStringLiteral("Runs recorded in the workspace, by job and status (dry runs excluded)."),
        QStringLiteral("counter"), {} };
    eachRow(workspace,
        QStringLiteral("SELECT job, status, count(*) FROM runs WHERE dry_run = 0"
                       " GROUP BY job, status ORDER BY job, status"),
        [&](const QSqlQuery& q) {
            runs.samples.append({ { { QStringLiteral("job"), q.value(0).toString() },
                                      { QStringLiteral("status"), q.value(1).toString() } },
                q.value(2).toDouble(), {} });
        });

    MetricFamily duration { QStringLiteral("syncline_last_run_duration_seconds"),
        QStringLiteral("Duration of the last finished run of each job."), QStringLiteral("gauge"),
        {} };
    MetricFamily rowsRead { QStringLiteral("syncline_last_run_rows_read"),
        QStringLiteral("Source rows the last finished run of each job read."),
        QStringLiteral("gauge"), {} };
    MetricFamily rowsApplied { QStringLiteral("syncline_last_run_rows_applied"),
        QStringLiteral("Rows the last finished run of each job inserted, updated or deleted."),
        QStringLiteral("gauge"), {} };
    MetricFamily finished { QStringLiteral("syncline_last_run_finished_timestamp_seconds"),
        QStringLiteral("When the last finished run of each job ended (Unix time)."),
        QStringLiteral("gauge"), {} };
    MetricFamily succeeded { QStringLiteral("syncline_last_run_success"),
        QStringLiteral("1 when the last finished run of each job succeeded, else 0."),
        QStringLiteral("gauge"), {} };
    eachRow(workspace,
        QStringLiteral("SELECT r.job, r.seconds, r.source_rows, r.inserted + r.updated + r.deleted,"
                       " r.finished_at, r.status FROM runs r"
                       " JOIN (SELECT job, max(id) AS id FROM runs WHERE dry_run = 0"
                       " AND finished_at IS NOT NULL GROUP BY job) last ON last.id = r.id"
                       " ORDER BY r.job"),
        [&](const QSqlQuery& q) {
            const QList<std::pair<QString, QString>> labels
                = { { QStringLiteral("job"), q.value(0).toString() } };
            duration.samples.append({ labels, q.value(1).toDouble(), {} });
            rowsRead.samples.append({ labels, q.value(2).toDouble(), {} });
            rowsApplied.samples.append({ labels, q.value(3).toDouble(), {} });
            const QDateTime at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
            finished.samples.append({ labels, at.toMSecsSinceEpoch() / 1000.0, {} });
            succeeded.samples.append(
                { labels, q.value(5).toString() == u"succeeded" ? 1.0 : 0.0, {} });
        });

    MetricFamily conflicts { QStringLiteral("syncline_conflicts_pending"),
        QStringLiteral("Conflicts waiting for a decision, by job."), QStringLiteral("gauge"), {} };
    eachRow(workspace,
        QStringLiteral("SELECT job, count(*) FROM conflicts WHERE status = 'pending'"
                       " GROUP BY job ORDER BY job"),
        [&](const QSqlQuery& q) {
            conflicts.samples.append({ { { QStringLiteral("job"), q.value(0).toString() } },
                q.value(1).toDouble(), {} });
        });

    MetricFamily attempts { QStringLiteral("syncline_run_attempts_total"),
        QStringLiteral("Attempts of scheduled runs (first tries and retries), by job and status."),
        QStringLiteral("counter"), {} };
    eachRow(workspace,
        QStringLiteral("SELECT job, status, count(*) FROM run_attempts GROUP BY job, status"
                       " ORDER BY job, status"),
        [&](const QSqlQuery& q) {
            attempts.samples.append({ { { QStringLiteral("job"), q.value(0).toString() },
                                          { QStringLiteral("status"), q.value(1).toString() } },
                q.value(2).toDouble(), {} });
        });
    return { runs, duration, rowsRead, rowsApplied, finished, succeeded, conflicts, attempts };
}

QString MetricsExposition::format(const QList<MetricFamily>& families)
{
    QString text;
    for (const MetricFamily& family : families) {
        text += QStringLiteral("# HELP %1 %2\n").arg(family.name, escapeHelp(family.help));
        text += QStringLiteral("# TYPE %1 %2\n").arg(family.name, family.type);
        for (const MetricSample& sample : family.samples) {
            text += family.name + sample.suffix;
            if (!sample.labels.isEmpty()) {
                QStringList pairs;
                for (const auto& [name, value] : sample.labels)
                    pairs.append(
                        name + QStringLiteral("=\"") + escapeLabelValue(value) + QLatin1Char('"'));
                text += QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
            }
            text += QLatin1Char(' ') + formatValue(sample.value) + QLatin1Char('\n');
        }
    }
    return text;
}

QString MetricsExposition::escapeLabelValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString MetricsExposition::escapeHelp(const QString& help)
{
    QString out = help;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return out;
}

QString MetricsExposition::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 17);
}

} // namespace Syncline
