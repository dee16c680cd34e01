// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QVariant>

namespace Syncline {

namespace {

const QString s_stateColumns = QStringLiteral("job, paused, last_fire, next_fire");
const QString s_attemptColumns
    = QStringLiteral("id, job, fire_at, attempt, run_id, status, error, transient, delay_ms, "
                     "ceiling_ms, holder, started_at, finished_at");

ScheduleState readState(const QSqlQuery& query)
{
    ScheduleState state;
    state.job = query.value(0).toString();
    state.paused = query.value(1).toBool();
    state.lastFire = StoreSql::fromText(query.value(2).toString());
    state.nextFire = StoreSql::fromText(query.value(3).toString());
    return state;
}

RunAttempt readAttempt(const QSqlQuery& query)
{
    RunAttempt a;
    a.id = query.value(0).toLongLong();
    a.job = query.value(1).toString();
    a.fireAt = StoreSql::fromText(query.value(2).toString());
    a.attempt = query.value(3).toInt();
    a.runId = query.value(4).toLongLong();
    a.status = query.value(5).toString();
    a.error = query.value(6).toString();
    a.transient = query.value(7).toBool();
    a.delayMs = query.value(8).toLongLong();
    a.ceilingMs = query.value(9).toLongLong();
    a.holder = query.value(10).toString();
    a.startedAt = StoreSql::fromText(query.value(11).toString());
    a.finishedAt = StoreSql::fromText(query.value(12).toString());
    return a;
}

QVariant textOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(StoreSql::toText(at)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Result<std::optional<ScheduleState>> ScheduleRepository::get(const QString& job) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT %1 FROM schedule_state WHERE job = ?").arg(s_stateColumns), { job });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ScheduleState>();
    return std::optional<ScheduleState>(readState(*query));
}

Result<QList<ScheduleState>> ScheduleRepository::list() const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT %1 FROM schedule_state ORDER BY job").arg(s_stateColumns));
    if (!query)
        return query.error();
    QList<ScheduleState> states;
    while (query->next())
        states.append(readState(*query));
    return states;
}

Status ScheduleRepository::setPaused(const QString& job, bool paused)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO schedule_state (job, paused, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (job) DO UPDATE SET paused = excluded.paused,"
                       " updated_at = excluded.updated_at"),
        { job, paused ? 1 : 0, StoreSql::nowText() });
    if (!query)
        return query.error().within(QStringLiteral("job %1").arg(job));
    return {};
}

Status ScheduleRepository::setNextFire(const QString& job, const QDateTime& nextFire)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO schedule_state (job, next_fire, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (job) DO UPDATE SET next_fire = excluded.next_fire,"
                       " updated_at = excluded.updated_at"),
        { job, textOrNull(nextFire), StoreSql::nowText() });
    if (!query)
        return query.error().within(QStringLiteral("job %1").arg(job));
    return {};
}

Status ScheduleRepository::recordFire(
    const QString& job, const QDateTime& firedAt, const QDateTime& nextFire)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO schedule_state (job, last_fire, next_fire, updated_at)"
                       " VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (job) DO UPDATE SET last_fire = excluded.last_fire,"
                       " next_fire = excluded.next_fire, updated_at = excluded.updated_at"),
        { job, textOrNull(firedAt), textOrNull(nextFire), StoreSql::nowText() });
    if (!query)
        return query.error().within(QStringLiteral("job %1").arg(job));
    return {};
}

Result<qint64> ScheduleRepository::beginAttempt(const RunAttempt& a)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO run_attempts (job, fire_at, attempt, status, delay_ms,"
                       " ceiling_ms, holder, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { a.job, StoreSql::toText(a.fireAt), a.attempt, QStringLiteral("running"), a.delayMs,
            a.ceilingMs, a.holder, StoreSql::nowText() });
    if (!query)
        return query.error().within(
            QStringLiteral("job %1: cannot record the run attempt").arg(a.job));
    return query->lastInsertId().toLongLong();
}

Status ScheduleRepository::finishAttempt(
    qint64 id, qint64 runId, const QString& status, const QString& error, bool transient)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("UPDATE run_attempts SET run_id = ?, status = ?, error = ?, transient = ?,"
                       " finished_at = ? WHERE id = ?"),
        { runId > 0 ? QVariant(runId) : QVariant(QMetaType::fromType<qint64>()), status,
            error.isNull() ? QStringLiteral("") : error, // a null QString binds as NULL
            transient ? 1 : 0, StoreSql::nowText(), id });
    if (!query)
        return query.error().within(QStringLiteral("run attempt %1").arg(id));
    return {};
}

Result<QList<RunAttempt>> ScheduleRepository::attempts(const QString& job, int limit) const
{
    auto query = job.isEmpty()
        ? StoreSql::run(m_workspace,
            QStringLiteral("SELECT %1 FROM run_attempts ORDER BY id LIMIT ?").arg(s_attemptColumns),
            { limit })
        : StoreSql::run(m_workspace,
            QStringLiteral("SELECT %1 FROM run_attempts WHERE job = ? ORDER BY id LIMIT ?")
                .arg(s_attemptColumns),
            { job, limit });
    if (!query)
        return query.error();
    QList<RunAttempt> list;
    while (query->next())
        list.append(readAttempt(*query));
    return list;
}

} // namespace Syncline
