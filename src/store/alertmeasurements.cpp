// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmeasurements.h"

#include "storesql.h"
#include "workspace.h"

#include <QVariant>

namespace Syncline {

Result<AlertMeasurements::Rate> AlertMeasurements::failedRuns(
    const QString& job, const QDateTime& since) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(status = 'failed'), 0) FROM runs "
                       "WHERE job = ? AND dry_run = 0 AND status IN ('succeeded', 'failed') "
                       "AND finished_at >= ?"),
        { job, StoreSql::toText(since) });
    if (!query)
        return query.error();
    Rate rate;
    if (query->next()) {
        rate.total = query->value(0).toLongLong();
        rate.bad = query->value(1).toLongLong();
    }
    return rate;
}

Result<AlertMeasurements::Rate> AlertMeasurements::quarantinedRows(
    const QString& job, const QDateTime& since) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT COALESCE(SUM(quarantined), 0), "
                       "COALESCE(SUM(inserted + updated + deleted + quarantined), 0) FROM runs "
                       "WHERE job = ? AND dry_run = 0 AND status <> 'running' "
                       "AND finished_at >= ?"),
        { job, StoreSql::toText(since) });
    if (!query)
        return query.error();
    Rate rate;
    if (query->next()) {
        rate.bad = query->value(0).toLongLong();
        rate.total = query->value(1).toLongLong();
    }
    return rate;
}

Result<std::optional<double>> AlertMeasurements::latencyP95(
    const QString& job, const QDateTime& since) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT MAX(m.value) FROM run_metrics m JOIN runs r ON r.id = m.run_id "
                       "WHERE r.job = ? AND r.dry_run = 0 AND r.finished_at >= ? AND m.name = ?"),
        { job, StoreSql::toText(since), latencyMetric });
    if (!query)
        return query.error();
    if (!query->next() || query->value(0).isNull())
        return std::optional<double>();
    return std::optional<double>(query->value(0).toDouble());
}

Result<qint64> AlertMeasurements::consecutiveFailures(const QString& job) const
{
    // Stops at the first success: only the newest streak is read.
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT COUNT(*) FROM runs WHERE job = ? AND dry_run = 0 "
                       "AND status = 'failed' AND id > (SELECT COALESCE(MAX(id), 0) FROM runs "
                       "WHERE job = ? AND dry_run = 0 AND status = 'succeeded')"),
        { job, job });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> AlertMeasurements::pendingConflicts(const QString& job) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE job = ? AND status = 'pending'"),
        { job });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<AlertMeasurements::Activity> AlertMeasurements::lastActivity(const QString& job) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT MAX(started_at) FROM runs WHERE job = ? AND dry_run = 0"), { job });
    if (!query)
        return query.error();
    if (query->next() && !query->value(0).isNull())
        return Activity { StoreSql::fromText(query->value(0).toString()), true };
    auto configured = StoreSql::run(
        m_workspace, QStringLiteral("SELECT updated_at FROM jobs WHERE name = ?"), { job });
    if (!configured)
        return configured.error();
    if (configured->next())
        return Activity { StoreSql::fromText(configured->value(0).toString()), false };
    return Activity {};
}

} // namespace Syncline
