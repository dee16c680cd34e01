// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <utility>

namespace Syncline {

sqlite3* SqliteStatement::connectionOf(const QVariant& driverHandle)
{
    if (!driverHandle.isValid() || qstrcmp(driverHandle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(driverHandle.constData());
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3* db, const QString& sql)
{
    if (!db)
        return Error::runtime(QStringLiteral("not an open SQLite connection"));
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error::runtime(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return SqliteStatement(statement);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
{ }

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    const int at = index + 1;
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_statement, at);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        sqlite3_bind_int64(m_statement, at, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, at, value.toDouble());
        return;
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        return;
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text64(m_statement, at, text.constData(), sqlite3_uint64(text.size()),
            SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindBlob(int index, const QByteArray& value, bool copy)
{
    // A zero-length blob, not NULL: sqlite3_bind_blob64 binds NULL for a null pointer.
    static const char empty = 0;
    sqlite3_bind_blob64(m_statement, index + 1, value.isEmpty() ? &empty : value.constData(),
        sqlite3_uint64(value.size()), copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

Result<bool> SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return Error::runtime(errorMessage());
    }
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    case SQLITE_NULL:
        return QVariant();
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    }
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::blob(int column) const
{
    const void* bytes = sqlite3_column_blob(m_statement, column);
    return QByteArray(static_cast<const char*>(bytes), sqlite3_column_bytes(m_statement, column));
}

void SqliteStatement::readRow(QVariantList& row) const
{
    const int columns = columnCount();
    row.resize(columns);
    for (int i = 0; i < columns; ++i)
        row[i] = value(i);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

QString SqliteStatement::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
}

} // namespace Syncline
