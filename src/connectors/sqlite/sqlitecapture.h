// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/changestream.h"
#include "connectors/entityinfo.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Syncline {

// Change-log capture in one SQLite database (detect "changelog"). What it installs:
//
// - syncline_changelog(seq INTEGER PRIMARY KEY AUTOINCREMENT, entity, key, op, changed_at):
//   one row per changed key. `entity` is the table's name as sqlite_master spells it; `key` a
//   JSON array of the key values in the capture's key column order: integers as JSON
//   integers, text as JSON strings, NULL as null, and {"real": "<%!.17g text>"} for REAL and
//   {"blob": "<hex>"} for BLOB values (JSON cannot hold blobs, and SQLite writes reals in
//   JSON with 15 digits only). `op` is I, U or D.
// - syncline_capture(entity, key_columns, enabled_at): which tables are captured, by which
//   key columns (a JSON array of names).
// - AFTER INSERT/UPDATE/DELETE row triggers syncline_capture_<table>_ins/_upd/_del, which log
//   the key of the new row (insert, update) or the old row (delete). An update that changes
//   the key logs the old key (D) and then the new one (I). Triggers of the table's own are
//   left alone.
//
// SQLite commits one writer at a time, so sequence order is commit order. There is no
// session variable to tell the engine's own writes apart: everything is logged, and the
// engine recognises its echoes by their hashes. When the last capture is disabled the two
// tables are dropped; a new log starts its sequence at the current time in microseconds, so
// sequences never go back below what an engine may have stored as its watermark.
//
// A short-lived helper on the SqliteConnection's QSqlDatabase, used on its thread.
class SqliteCapture final
{
public:
    SqliteCapture(const QSqlDatabase& db, const QString& where);

    // The table's name as sqlite_master spells it. A missing table, a view and Syncline's
    // own tables are BadInput errors.
    Result<QString> tableName(const QString& entity);

    // `table` as tableName() returned it; `info` its description.
    Status enable(const QString& table, const EntityInfo& info, const QStringList& keyColumns);
    Status disable(const QString& table);
    Result<bool> isEnabled(const QString& table);
    // The stream uses the connection's QSqlDatabase and must not outlive it.
    Result<std::unique_ptr<ChangeStream>> readChanges(const QString& table, qint64 after);
    Result<qint64> latest(const QString& table);

    static QString triggerName(const QString& table, const QString& suffix);

private:
    Status exec(const QString& sql, const QVariantList& values = {});
    Result<bool> exists(const QString& type, const QString& name);
    Result<int> triggerCount(const QString& table);
    // Runs `work` in a BEGIN IMMEDIATE transaction; rolls back when it fails.
    Status inTransaction(const std::function<Status()>& work);
    // A BadInput error unless capture is enabled on `table`.
    Status requireEnabled(const QString& table);
    Error failure(const QString& what, const QString& driverText) const;

    QSqlDatabase m_db;
    QString m_where;
};

} // namespace Syncline
