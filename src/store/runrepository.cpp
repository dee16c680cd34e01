// SPDX-License-Identifier: GPL-3.0-or-later
#include "runrepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace Syncline {

namespace {

const QString s_columns = QStringLiteral(
    "id, job, status, dry_run, started_at, finished_at, seconds, source_rows, target_rows, "
    "inserted, updated, deleted, unchanged, quarantined, conflicts, error, host");

RunRecord readRun(const QSqlQuery& query)
{
    RunRecord run;
    run.id = query.value(0).toLongLong();
    run.job = query.value(1).toString();
    run.status = RunRecord::statusFromString(query.value(2).toString());
    run.dryRun = query.value(3).toBool();
    run.startedAt = StoreSql::fromText(query.value(4).toString());
    run.finishedAt = StoreSql::fromText(query.value(5).toString());
    run.seconds = query.value(6).toDouble();
    run.counts.sourceRows = query.value(7).toLongLong();
    run.counts.targetRows = query.value(8).toLongLong();
    run.counts.inserted = query.value(9).toLongLong();
    run.counts.updated = query.value(10).toLongLong();
    run.counts.deleted = query.value(11).toLongLong();
    run.counts.unchanged = query.value(12).toLongLong();
    run.counts.quarantined = query.value(13).toLongLong();
    run.counts.conflicts = query.value(14).toLongLong();
    run.error = query.value(15).toString();
    run.host = query.value(16).toString();
    return run;
}

// " WHERE ..." for the filters of `query` (not its page), appending the bound values.
QString whereClause(const RunQuery& query, QVariantList& values, bool paged)
{
    QStringList conditions;
    if (!query.job.isEmpty()) {
        conditions.append(QStringLiteral("job = ?"));
        values.append(query.job);
    }
    using F = RunQuery::StatusFilter;
    const auto status = [&](RunRecord::Status s) {
        conditions.append(QStringLiteral("status = ?"));
        values.append(RunRecord::toString(s));
    };
    switch (query.status) {
    case F::Any:
        break;
    case F::Succeeded:
        status(RunRecord::Status::Succeeded);
        break;
    case F::Failed:
        status(RunRecord::Status::Failed);
        break;
    case F::Cancelled:
        status(RunRecord::Status::Cancelled);
        break;
    case F::Running:
        status(RunRecord::Status::Running);
        break;
    case F::DryRuns:
        conditions.append(QStringLiteral("dry_run = 1"));
        break;
    }
    // Times are stored as fixed-width ISO text in UTC, so text order is time order.
    if (query.startedFrom.isValid()) {
        conditions.append(QStringLiteral("started_at >= ?"));
        values.append(StoreSql::toText(query.startedFrom));
    }
    if (query.startedBefore.isValid()) {
        conditions.append(QStringLiteral("started_at < ?"));
        values.append(StoreSql::toText(query.startedBefore));
    }
    if (paged && query.beforeId > 0) {
        conditions.append(QStringLiteral("id < ?"));
        values.append(query.beforeId);
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> RunRepository::begin(const QString& job, bool dryRun)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO runs (job, status, dry_run, started_at, "
                       "host) VALUES (?, ?, ?, ?, ?)"),
        { job, RunRecord::toString(RunRecord::Status::Running), dryRun ? 1 : 0, StoreSql::nowText(),
            QSysInfo::machineHostName() });
    if (!query)
        return query.error().within(QStringLiteral("job %1: cannot record the run").arg(job));
    const qint64 id = query->lastInsertId().toLongLong();
    qCDebug(lcStore) << "run" << id << "of job" << job << "began" << (dryRun ? "(dry run)" : "");
    return id;
}

Status RunRepository::finish(const RunRecord& run)
{
    const QDateTime finishedAt
        = run.finishedAt.isValid() ? run.finishedAt : QDateTime::currentDateTimeUtc();
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, seconds = ?, source_rows = ?, "
                       "target_rows = ?, inserted = ?, updated = ?, deleted = ?, unchanged = ?, "
                       "quarantined = ?, conflicts = ?, error = ? WHERE id = ?"),
        { RunRecord::toString(run.status), StoreSql::toText(finishedAt), run.seconds,
            run.counts.sourceRows, run.counts.targetRows, run.counts.inserted, run.counts.updated,
            run.counts.deleted, run.counts.unchanged, run.counts.quarantined, run.counts.conflicts,
            run.error.isNull() ? QStringLiteral("") : run.error, run.id }); // NOT NULL column
    if (!query)
        return query.error().within(QStringLiteral("run %1").arg(run.id));
    if (query->numRowsAffected() == 0)
        return Error::badInput(QStringLiteral("workspace %1: no run with id %2")
                                   .arg(m_workspace.location())
                                   .arg(run.id));
    return {};
}

Result<qint64> RunRepository::insertFinished(const RunRecord& run)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO runs (job, status, dry_run, started_at, finished_at, seconds, "
                       "source_rows, target_rows, inserted, updated, deleted, unchanged, "
                       "quarantined, conflicts, error, host) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { run.job, RunRecord::toString(run.status), run.dryRun ? 1 : 0,
            StoreSql::toText(run.startedAt), StoreSql::toText(run.finishedAt), run.seconds,
            run.counts.sourceRows, run.counts.targetRows, run.counts.inserted, run.counts.updated,
            run.counts.deleted, run.counts.unchanged, run.counts.quarantined, run.counts.conflicts,
            run.error.isNull() ? QStringLiteral("") : run.error,
            run.host.isNull() ? QStringLiteral("") : run.host });
    if (!query)
        return query.error().within(QStringLiteral("job %1: cannot record the run").arg(run.job));
    return query->lastInsertId().toLongLong();
}

Result<RunRecord> RunRepository::get(qint64 id) const
{
    auto query = StoreSql::run(
        m_workspace, QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(s_columns), { id });
    if (!query)
        return query.error();
    if (!query->next())
        return Error::badInput(
            QStringLiteral("workspace %1: no run with id %2").arg(m_workspace.location()).arg(id));
    return readRun(*query);
}

Result<QList<RunRecord>> RunRepository::list(const QString& job, int limit) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM runs").arg(s_columns);
    if (!job.isEmpty()) {
        sql += QStringLiteral(" WHERE job = ?");
        values.append(job);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values.append(limit < 0 ? -1 : limit);
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    QList<RunRecord> runs;
    while (query->next())
        runs.append(readRun(*query));
    return runs;
}

Result<QList<RunRecord>> RunRepository::query(const RunQuery& query) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM runs%2 ORDER BY id DESC LIMIT ?")
                            .arg(s_columns, whereClause(query, values, true));
    values.append(query.limit < 0 ? -1 : query.limit);
    auto result = StoreSql::run(m_workspace, sql, values);
    if (!result)
        return result.error();
    QList<RunRecord> runs;
    while (result->next())
        runs.append(readRun(*result));
    return runs;
}

Result<qint64> RunRepository::count(const RunQuery& query) const
{
    QVariantList values;
    auto result = StoreSql::run(m_workspace,
        QStringLiteral("SELECT count(*) FROM runs%1").arg(whereClause(query, values, false)),
        values);
    if (!result)
        return result.error();
    return result->next() ? result->value(0).toLongLong() : 0;
}

Status RunRepository::addMetric(qint64 runId, const QString& name, double value)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO run_metrics (run_id, name, value) "
                       "VALUES (?, ?, ?) ON CONFLICT (run_id, name) "
                       "DO UPDATE SET value = excluded.value"),
        { runId, name, value });
    if (!query)
        return query.error().within(QStringLiteral("run %1: metric %2").arg(runId).arg(name));
    return {};
}

Result<QList<std::pair<QString, double>>> RunRepository::metrics(qint64 runId) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT name, value FROM run_metrics WHERE run_id = ? ORDER BY name"),
        { runId });
    if (!query)
        return query.error();
    QList<std::pair<QString, double>> metrics;
    while (query->next())
        metrics.append({ query->value(0).toString(), query->value(1).toDouble() });
    return metrics;
}

Status RunRepository::markInterrupted(const QString& job)
{
    const QString now = StoreSql::nowText();
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("UPDATE runs SET status = ?, error = ?, finished_at = ?, "
                       "seconds = MAX(0, (julianday(?) - julianday(started_at)) * 86400.0) "
                       "WHERE job = ? AND status = ?"),
        { RunRecord::toString(RunRecord::Status::Failed),
            QStringLiteral("interrupted (the process running it stopped)"), now, now, job,
            RunRecord::toString(RunRecord::Status::Running) });
    if (!query)
        return query.error().within(QStringLiteral("job %1").arg(job));
    if (const int n = query->numRowsAffected(); n > 0)
        qCInfo(lcStore) << "job" << job << ":" << n << "interrupted run(s) marked failed";
    return {};
}

} // namespace Syncline
