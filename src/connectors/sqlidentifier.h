// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDriver>
#include <QString>

namespace Syncline::SqlIdentifier {

// Quotes one identifier (a column, or one part of a table name) for `driver`'s SQL dialect.
// Goes through QSqlDriver::escapeIdentifier() and checks what it returns, because the
// Qt 6.4 drivers leave some names unquoted or split them (a name that starts or ends with
// '"'; QPSQL splits every name at '.', QSQLITE table names too; QSQLITE leaves names with
// '[' and ']' alone): for those the SQL-standard form ("...", inner quotes doubled) is used,
// which both PostgreSQL and SQLite accept.
QString quote(const QSqlDriver* driver, const QString& name,
    QSqlDriver::IdentifierType type = QSqlDriver::FieldName);

// `names` quoted and joined with ", ", each prefixed with `prefix` (an alias and a dot) when
// given.
QString quoteList(
    const QSqlDriver* driver, const QStringList& names, const QString& prefix = QString());

} // namespace Syncline::SqlIdentifier
