// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Syncline {

// One prepared statement on a SQLite connection opened by Qt's QSQLITE driver, driven through
// SQLite's C API. Bulk paths (reading a table, writing the journal) use it because QSqlQuery
// costs several allocations per value (its result cache and QVariant copies), which was a
// quarter of a full copy's time; everything else keeps using QSqlQuery. The statement runs on
// the connection's thread, inside whatever transaction Qt began on it. Values follow
// QSQLITE's conventions: INTEGER qlonglong, REAL double, TEXT QString, BLOB QByteArray, and
// NULL an invalid QVariant.
class SqliteStatement final
{
public:
    // The sqlite3 connection behind QSqlDriver::handle() of a QSQLITE database, or nullptr.
    static sqlite3* connectionOf(const QVariant& driverHandle);
    static Result<SqliteStatement> prepare(sqlite3* db, const QString& sql);

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    Q_DISABLE_COPY(SqliteStatement)

    // Parameters count from 0, like QSqlQuery's positional ones.
    void bind(int index, const QVariant& value);
    void bindInt64(int index, qint64 value);
    // The bytes are copied only when `copy` is set; otherwise they must live until reset().
    void bindBlob(int index, const QByteArray& value, bool copy = true);
    // True with a row to read, false when done; an error names the statement's failure.
    Result<bool> step();
    int columnCount() const;
    QVariant value(int column) const;
    qint64 int64(int column) const;
    QByteArray blob(int column) const;
    // Assigns the current row's values into `row`, reusing its storage.
    void readRow(QVariantList& row) const;
    // Ready to run again; bindings stay until rebound.
    void reset();
    QString errorMessage() const;

private:
    explicit SqliteStatement(sqlite3_stmt* statement)
        : m_statement(statement)
    { }

    sqlite3_stmt* m_statement = nullptr;
};

} // namespace Syncline
