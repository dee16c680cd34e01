// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestream.h"

#include <QSqlError>
#include <QSqlRecord>

namespace Syncline {

Result<std::unique_ptr<SqliteStream>> SqliteStream::open(const QSqlDatabase& db,
    const Statements& statements, const QVariant& watermark, const QList<int>& keyIndexes,
    int chunkSize, const QString& context)
{
    std::unique_ptr<SqliteStream> stream(
        new SqliteStream(db, watermark, keyIndexes, chunkSize, context));
    if (!stream->m_first.prepare(statements.first))
        return Error::runtime(context + QStringLiteral(": ") + stream->m_first.lastError().text());
    if (!stream->m_next.prepare(statements.next))
        return Error::runtime(context + QStringLiteral(": ") + stream->m_next.lastError().text());
    return stream;
}

SqliteStream::SqliteStream(const QSqlDatabase& db, const QVariant& watermark,
    const QList<int>& keyIndexes, int chunkSize, const QString& context)
    : m_first(db)
    , m_next(db)
    , m_watermark(watermark)
    , m_keyIndexes(keyIndexes)
    , m_chunkSize(chunkSize)
    , m_context(context)
{
    m_first.setForwardOnly(true);
    m_next.setForwardOnly(true);
    m_chunk.reserve(qMin(chunkSize, 16384));
}

Status SqliteStream::fetchChunk()
{
    QSqlQuery& query = m_started ? m_next : m_first;
    int bind = 0;
    if (m_watermark.isValid())
        query.bindValue(bind++, m_watermark);
    if (m_started) {
        // The raw values as SQLite returned them keep their storage class, so the comparison
        // is the one ORDER BY made.
        for (const QVariant& value : std::as_const(m_lastKey))
            query.bindValue(bind++, value);
    }
    m_started = true;
    m_rows = 0;
    m_position = 0;
    if (!query.exec())
        return Error::runtime(m_context + QStringLiteral(": ") + query.lastError().text());
    const int columns = query.record().count();
    while (query.next()) {
        // The row lists are reused chunk after chunk (next() swaps them with the caller's),
        // so a steady stream allocates no lists.
        if (m_rows == m_chunk.size())
            m_chunk.emplace_back();
        QVariantList& row = m_chunk[m_rows++];
        row.clear();
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            QVariant value = query.value(i);
            // QSQLITE gives NULL as a null QVariant of the column's type; rows carry NULL as
            // an invalid QVariant.
            row.append(value.isNull() ? QVariant() : std::move(value));
        }
    }
    if (query.lastError().isValid())
        return Error::runtime(m_context + QStringLiteral(": ") + query.lastError().text());
    // Resets the statement: the chunk's read transaction ends here.
    query.finish();
    if (m_rows < m_chunkSize)
        m_exhausted = true;
    if (m_rows > 0) {
        const QVariantList& last = m_chunk.at(m_rows - 1);
        m_lastKey.clear();
        for (int index : std::as_const(m_keyIndexes)) {
            // "(k) > (NULL)" matches nothing: the stream would end early without a word.
            if (!last.at(index).isValid() && !m_exhausted)
                return Error::badInput(m_context
                    + QStringLiteral(": a key column is NULL, so rows cannot "
                                     "be read in key order chunk by chunk"));
            m_lastKey.append(last.at(index));
        }
    }
    return {};
}

Result<bool> SqliteStream::next(QVariantList& row)
{
    if (m_failure)
        return *m_failure;
    if (m_position >= m_rows) {
        if (m_exhausted)
            return false;
        if (Status fetched = fetchChunk(); !fetched) {
            m_failure = fetched.error();
            m_chunk.clear();
            m_rows = 0;
            return fetched.error();
        }
        if (m_rows == 0)
            return false;
    }
    row.swap(m_chunk[m_position++]);
    return true;
}

} // namespace Syncline
