// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestream.h"

#include <QSqlDriver>

namespace Syncline {

Result<std::unique_ptr<SqliteStream>> SqliteStream::open(const QSqlDatabase& db,
    const Statements& statements, const QVariant& watermark, const QList<int>& keyIndexes,
    int chunkSize, const QString& context)
{
    std::unique_ptr<SqliteStream> stream(
        new SqliteStream(watermark, keyIndexes, chunkSize, context));
    sqlite3* handle = SqliteStatement::connectionOf(db.driver()->handle());
    for (const auto& [statement, sql] : { std::pair { &stream->m_first, &statements.first },
             std::pair { &stream->m_next, &statements.next } }) {
        auto prepared = SqliteStatement::prepare(handle, *sql);
        if (!prepared)
            return Error::runtime(context + QStringLiteral(": ") + prepared.error().message);
        *statement = std::move(prepared).value();
    }
    return stream;
}

SqliteStream::SqliteStream(
    const QVariant& watermark, const QList<int>& keyIndexes, int chunkSize, const QString& context)
    : m_watermark(watermark)
    , m_keyIndexes(keyIndexes)
    , m_chunkSize(chunkSize)
    , m_context(context)
{
    m_chunk.reserve(qMin(chunkSize, 16384));
}

Status SqliteStream::fetchChunk()
{
    SqliteStatement& query = m_started ? m_next : m_first;
    int bind = 0;
    if (m_watermark.isValid())
        query.bind(bind++, m_watermark);
    if (m_started) {
        // The raw values as SQLite returned them keep their storage class, so the comparison
        // is the one ORDER BY made.
        for (const QVariant& value : std::as_const(m_lastKey))
            query.bind(bind++, value);
    }
    m_started = true;
    m_rows = 0;
    m_position = 0;
    for (;;) {
        auto row = query.step();
        if (!row) {
            query.reset();
            return Error::runtime(m_context + QStringLiteral(": ") + row.error().message);
        }
        if (!*row)
            break;
        // The row lists are reused chunk after chunk (next() swaps them with the caller's),
        // so a steady stream allocates no lists.
        if (m_rows == m_chunk.size())
            m_chunk.emplace_back();
        query.readRow(m_chunk[m_rows++]);
    }
    // Resets the statement: the chunk's read transaction ends here.
    query.reset();
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
