// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/changestream.h"
#include "connectors/entityinfo.h"

#include <QByteArray>

#include <functional>
#include <memory>

struct pg_conn;

namespace Syncline {

class PgSession;

// Change-log capture in one PostgreSQL database (detect "changelog"). What it installs, in a
// schema of its own, `syncline`:
//
// - syncline.changelog(id, seq, entity, key, op, changed_at): one row per changed key.
//   `entity` is the table as schema.table (format('%I.%I')); `key` a jsonb array of the key
//   values as text, exactly the text read() returns for them (the trigger function runs with
//   the same TimeZone, DateStyle, extra_float_digits and bytea_output as Syncline's own
//   sessions), and {"blob": "<hex>"} for bytea key columns; `op` is I, U or D.
// - syncline.capture(relid, entity, key_columns, enabled_at): which tables are captured by
//   which key columns.
// - per table a trigger function syncline.capture_<table oid>() (SECURITY DEFINER, so that
//   every role writing the table can log, with a fixed search_path) and the triggers
//   syncline_capture_<table>_ins/_upd/_del (AFTER, FOR EACH ROW) and _trn (BEFORE TRUNCATE,
//   which logs every key as deleted). An update that changes the key logs the old key (D),
//   then the new one (I). Triggers of the table's own are left alone.
// - The triggers skip rows written while the session setting syncline.applying is 'on',
//   which PostgresqlWriter sets for its batches: the engine's writes do not echo.
//
// Why seq is not simply a serial: concurrent transactions commit in another order than they
// draw serial numbers, so a reader could see 10 before 9 commits and pass 9 for good. The
// triggers leave seq NULL; readChanges() and latestChange() number the committed rows
// (under a lock, one numbering at a time) before they read, so every row numbered later gets
// a greater seq than any row a reader has seen. A new log (after the last capture was
// disabled) starts at the current time in microseconds, above any earlier log's numbers.
//
// A short-lived helper on the PostgresqlConnection's libpq connection, used on its thread.
class PostgresqlCapture final
{
public:
    // The captured table: filled by identify() from the oid the connection resolved.
    struct Table
    {
        QByteArray oid;
        QString identity; // schema.table, parts quoted where SQL needs it: how the log names it
        QString name; // the bare table name, for the trigger names
    };

    PostgresqlCapture(pg_conn* connection, const QString& where);
    ~PostgresqlCapture();
    Q_DISABLE_COPY_MOVE(PostgresqlCapture)

    // Fills table.identity and table.name. Views and Syncline's own tables are BadInput
    // errors naming `entity`.
    Status identify(Table& table, const QString& entity);

    Status enable(const Table& table, const EntityInfo& info, const QStringList& keyColumns);
    Status disable(const Table& table);
    Result<bool> isEnabled(const Table& table);
    // The stream runs its queries on the connection; it must not outlive it.
    Result<std::unique_ptr<ChangeStream>> readChanges(const Table& table, qint64 after);
    Result<qint64> latest(const Table& table);

    // syncline_capture_<table><suffix>, the table name shortened to fit PostgreSQL's 63 bytes.
    static QString triggerName(const QString& table, const QString& suffix);

private:
    Status exec(const QByteArray& sql, const QList<QByteArray>& params = {});
    Result<bool> logExists();
    // Runs `work` in a transaction; rolls back when it fails.
    Status inTransaction(const std::function<Status()>& work);
    // Numbers the committed, not yet numbered log rows of `table`.
    Status number(const Table& table);
    Status requireEnabled(const Table& table);
    QString functionSql(const Table& table, const EntityInfo& info, const QStringList& keys) const;

    std::unique_ptr<PgSession> m_session;
    QString m_where;
};

} // namespace Syncline
