// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitewriter.h"

#include "connectors/connectorslogging.h"
#include "connectors/requestcheck.h"
#include "connectors/sqlidentifier.h"
#include "core/canonicalformatter.h"

#include <QSqlDriver>
#include <QSqlError>

namespace Syncline {

namespace {

// SQLite result codes after which the transaction is gone or the database unusable, so the
// batch cannot go on without its failed row (https://sqlite.org/rescode.html).
bool endsTransaction(const QSqlError& error)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
    case 7: // SQLITE_NOMEM
    case 8: // SQLITE_READONLY
    case 9: // SQLITE_INTERRUPT
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 26: // SQLITE_NOTADB
        return true;
    default:
        return false;
    }
}

// A canonical value (fieldtype.h) as SQLite should store it.
QVariant bindable(const QVariant& value, const FieldType& type)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    using K = FieldType::Kind;
    switch (type.kind) {
    case K::Bool:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case K::Integer:
        return QVariant(value.toLongLong());
    case K::Real:
        return QVariant(value.toDouble());
    case K::Decimal:
    case K::Text: {
        // A null QString in a valid QVariant is an empty string, not SQL NULL.
        const QString text = value.toString();
        return QVariant(text.isNull() ? QStringLiteral("") : text);
    }
    case K::Timestamp:
    case K::TimestampTz:
    case K::Date:
        return QVariant(CanonicalFormatter::toText(value, type));
    case K::Blob: {
        // Likewise an empty (even null) QByteArray is an empty blob.
        const QByteArray bytes = value.toByteArray();
        return QVariant(bytes.isNull() ? QByteArray("", 0) : bytes);
    }
    case K::Any:
        if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
            return QVariant(QByteArray("", 0));
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            return QVariant(QStringLiteral(""));
        return value;
    }
    return value;
}

} // namespace

Result<std::unique_ptr<SqliteWriter>> SqliteWriter::create(
    const QSqlDatabase& db, const WriteSpec& spec, const EntityInfo& target, const QString& context)
{
    std::unique_ptr<SqliteWriter> writer(new SqliteWriter(db, spec, context));
    const QSqlDriver* driver = db.driver();
    const auto quote = [driver](const QString& name) { return SqlIdentifier::quote(driver, name); };
    const QString table = SqlIdentifier::quote(driver, spec.entity, QSqlDriver::TableName);
    const QStringList keys = RequestCheck::keyColumns(spec);

    QStringList keyTerms;
    for (const QString& key : keys)
        keyTerms.append(quote(key) + QStringLiteral(" = ?"));
    const QString keyCondition = keyTerms.join(QStringLiteral(" AND "));

    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < spec.columns.size(); ++i)
        placeholders += QStringLiteral(", ?");
    QString insert = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
        + SqlIdentifier::quoteList(driver, spec.columns) + QStringLiteral(") VALUES (")
        + placeholders + u')';

    QStringList assignments;
    for (int index : std::as_const(writer->m_valueIndexes))
        assignments.append(quote(spec.columns.at(index)) + QStringLiteral(" = ?"));

    writer->m_onConflict = target.hasUniqueKey(keys);
    if (writer->m_onConflict) {
        QStringList updates;
        for (int index : std::as_const(writer->m_valueIndexes)) {
            const QString column = quote(spec.columns.at(index));
            updates.append(column + QStringLiteral(" = excluded.") + column);
        }
        insert += QStringLiteral(" ON CONFLICT (") + SqlIdentifier::quoteList(driver, keys)
            + QStringLiteral(") DO ")
            + (updates.isEmpty()
                    ? QStringLiteral("NOTHING")
                    : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
    } else {
        // Without a unique key there is no conflict to catch: update, and insert when no row
        // matched. With nothing but key columns, "SET k = k" still counts the matches.
        const QString set = assignments.isEmpty()
            ? quote(keys.first()) + QStringLiteral(" = ") + quote(keys.first())
            : assignments.join(QStringLiteral(", "));
        const QString update = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + set
            + QStringLiteral(" WHERE ") + keyCondition;
        if (!writer->m_update.prepare(update))
            return Error::runtime(
                context + QStringLiteral(": ") + writer->m_update.lastError().text());
    }
    if (!writer->m_insert.prepare(insert))
        return Error::runtime(context + QStringLiteral(": ") + writer->m_insert.lastError().text());

    QString remove;
    if (spec.softDeleteColumn.isEmpty())
        remove = QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") + keyCondition;
    else
        remove = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
            + quote(spec.softDeleteColumn) + QStringLiteral(" = 1 WHERE ") + keyCondition;
    if (!writer->m_delete.prepare(remove))
        return Error::runtime(context + QStringLiteral(": ") + writer->m_delete.lastError().text());
    qCDebug(lcConnectors) << context << "upserts with" << insert;
    return writer;
}

SqliteWriter::SqliteWriter(const QSqlDatabase& db, const WriteSpec& spec, const QString& context)
    : m_spec(spec)
    , m_context(context)
    , m_insert(db)
    , m_update(db)
    , m_delete(db)
    , m_control(db)
{
    for (int i = 0; i < spec.columns.size(); ++i) {
        if (!spec.keyIndexes.contains(i))
            m_valueIndexes.append(i);
    }
}

SqliteWriter::RowResult SqliteWriter::run(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return RowResult::Applied;
    const QSqlError failure = query.lastError();
    *error = failure.databaseText().isEmpty() ? failure.text() : failure.databaseText();
    return endsTransaction(failure) ? RowResult::Failed : RowResult::Rejected;
}

SqliteWriter::RowResult SqliteWriter::upsert(const QVariantList& row, QString* error)
{
    if (!m_onConflict) {
        int bind = 0;
        for (int index : std::as_const(m_valueIndexes))
            m_update.bindValue(bind++, bindable(row.value(index), m_spec.types.at(index)));
        for (int index : std::as_const(m_spec.keyIndexes))
            m_update.bindValue(bind++, bindable(row.value(index), m_spec.types.at(index)));
        const RowResult updated = run(m_update, error);
        if (updated != RowResult::Applied || m_update.numRowsAffected() > 0)
            return updated;
    }
    for (int i = 0; i < m_spec.columns.size(); ++i)
        m_insert.bindValue(i, bindable(row.value(i), m_spec.types.at(i)));
    return run(m_insert, error);
}

SqliteWriter::RowResult SqliteWriter::remove(const QVariantList& key, QString* error)
{
    for (int i = 0; i < m_spec.keyIndexes.size(); ++i)
        m_delete.bindValue(i, bindable(key.value(i), m_spec.types.at(m_spec.keyIndexes.at(i))));
    return run(m_delete, error);
}

Error SqliteWriter::batchError(const QString& what, const QString& driverText)
{
    m_control.exec(QStringLiteral("ROLLBACK"));
    return Error::runtime(QStringLiteral("%1: %2: %3").arg(m_context, what, driverText));
}

Result<BatchOutcome> SqliteWriter::apply(const WriteBatch& batch)
{
    BatchOutcome outcome;
    if (batch.isEmpty())
        return outcome;
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout) rather than failing
    // half-way through the batch when a reader holds the file.
    if (!m_control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::runtime(m_context + QStringLiteral(": cannot begin a transaction: ")
            + m_control.lastError().text());
    QString error;
    // Deletes first: a row deleted and another upserted in the same batch may share a value
    // of some unique column.
    for (int i = 0; i < batch.deletes.size(); ++i) {
        switch (remove(batch.deletes.at(i), &error)) {
        case RowResult::Applied:
            ++outcome.deleted;
            break;
        case RowResult::Rejected:
            outcome.rejected.append({ true, i, error });
            break;
        case RowResult::Failed:
            return batchError(QStringLiteral("delete failed"), error);
        }
    }
    for (int i = 0; i < batch.upserts.size(); ++i) {
        switch (upsert(batch.upserts.at(i), &error)) {
        case RowResult::Applied:
            ++outcome.upserted;
            break;
        case RowResult::Rejected:
            outcome.rejected.append({ false, i, error });
            break;
        case RowResult::Failed:
            return batchError(QStringLiteral("upsert failed"), error);
        }
    }
    if (!m_control.exec(QStringLiteral("COMMIT")))
        return batchError(QStringLiteral("commit failed"), m_control.lastError().text());
    if (!outcome.rejected.isEmpty())
        qCDebug(lcConnectors) << m_context << "rejected" << outcome.rejected.size() << "rows";
    return outcome;
}

} // namespace Syncline
