// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the store layer: what its repositories share to talk SQL to the workspace.

#include "core/result.h"
#include "core/sqlitestatement.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace Syncline {

class Workspace;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace StoreSql {

// "workspace /path/workspace.db: <what>: <the database's own error text>".
Error queryError(const Workspace& workspace, const QSqlQuery& query, const QString& what);
// Prepares `sql` on the workspace connection (forward-only).
Result<QSqlQuery> prepare(const Workspace& workspace, const QString& sql);
// Executes a prepared query; the error names `what`.
Status exec(const Workspace& workspace, QSqlQuery& query, const QString& what);
// Prepares `sql` for SQLite's C API on the workspace connection: for bulk statements, where
// QSqlQuery's per-value overhead shows.
Result<SqliteStatement> prepareNative(const Workspace& workspace, const QString& sql);
// Steps a native statement to its end, or names `what` in the error.
Status execNative(const Workspace& workspace, SqliteStatement& statement, const QString& what);
// Steps a native query through its rows, handing each to `row`, then resets it (ending its
// read); the error names `what`.
Status readNative(const Workspace& workspace, SqliteStatement& query, const QString& what,
    const std::function<void(const SqliteStatement&)>& row);
// Prepares, binds `values` in order and executes one statement.
Result<QSqlQuery> run(
    const Workspace& workspace, const QString& sql, const QVariantList& values = {});

// Timestamps are stored as ISO-8601 UTC text with milliseconds ("2024-05-01T12:00:00.123Z"),
// which also sorts in time order.
QString toText(const QDateTime& at);
QDateTime fromText(const QString& text);
QString nowText();

} // namespace StoreSql
} // namespace Syncline
