// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaserepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QVariant>

namespace Syncline {

namespace {

const QString s_columns = QStringLiteral("job, holder, acquired_at, expires_at, heartbeat_at");

Lease readLease(const QSqlQuery& query)
{
    Lease lease;
    lease.job = query.value(0).toString();
    lease.holder = query.value(1).toString();
    lease.acquiredAt = StoreSql::fromText(query.value(2).toString());
    lease.expiresAt = StoreSql::fromText(query.value(3).toString());
    lease.heartbeatAt = StoreSql::fromText(query.value(4).toString());
    return lease;
}

} // namespace

Result<bool> LeaseRepository::claim(const QString& job, const QString& holder, qint64 ttlMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One statement: insert a new lease, or take over one that expired or is ours already.
    // SQLite runs it under the write lock, so of two claimants exactly one changes the row.
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO leases (job, holder, acquired_at, expires_at, heartbeat_at)"
                       " VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (job) DO UPDATE SET holder = excluded.holder,"
                       " acquired_at = CASE WHEN leases.holder = excluded.holder"
                       " THEN leases.acquired_at ELSE excluded.acquired_at END,"
                       " expires_at = excluded.expires_at, heartbeat_at = excluded.heartbeat_at"
                       " WHERE leases.holder = excluded.holder"
                       " OR leases.expires_at <= excluded.heartbeat_at"),
        { job, holder, StoreSql::toText(now), StoreSql::toText(now.addMSecs(ttlMs)),
            StoreSql::toText(now) });
    if (!query)
        return query.error().within(QStringLiteral("job %1: cannot claim the lease").arg(job));
    return query->numRowsAffected() == 1;
}

Result<bool> LeaseRepository::heartbeat(const QString& job, const QString& holder, qint64 ttlMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("UPDATE leases SET expires_at = ?, heartbeat_at = ?"
                       " WHERE job = ? AND holder = ?"),
        { StoreSql::toText(now.addMSecs(ttlMs)), StoreSql::toText(now), job, holder });
    if (!query)
        return query.error().within(QStringLiteral("job %1: cannot renew the lease").arg(job));
    return query->numRowsAffected() == 1;
}

Result<bool> LeaseRepository::takeOver(
    const QString& job, const QString& previous, const QString& holder, qint64 ttlMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("UPDATE leases SET holder = ?, acquired_at = ?, expires_at = ?,"
                       " heartbeat_at = ? WHERE job = ? AND holder = ?"),
        { holder, StoreSql::toText(now), StoreSql::toText(now.addMSecs(ttlMs)),
            StoreSql::toText(now), job, previous });
    if (!query)
        return query.error().within(QStringLiteral("job %1: cannot take over the lease").arg(job));
    return query->numRowsAffected() == 1;
}

Status LeaseRepository::release(const QString& job, const QString& holder)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("DELETE FROM leases WHERE job = ? AND holder = ?"), { job, holder });
    if (!query)
        return query.error().within(QStringLiteral("job %1: cannot release the lease").arg(job));
    return {};
}

Result<std::optional<Lease>> LeaseRepository::get(const QString& job) const
{
    auto query = StoreSql::run(
        m_workspace, QStringLiteral("SELECT %1 FROM leases WHERE job = ?").arg(s_columns), { job });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Lease>();
    return std::optional<Lease>(readLease(*query));
}

Result<QList<Lease>> LeaseRepository::list() const
{
    auto query = StoreSql::run(
        m_workspace, QStringLiteral("SELECT %1 FROM leases ORDER BY job").arg(s_columns));
    if (!query)
        return query.error();
    QList<Lease> leases;
    while (query->next())
        leases.append(readLease(*query));
    return leases;
}

} // namespace Syncline
