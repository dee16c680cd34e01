// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/rowstream.h"
#include "core/sqlitestatement.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Syncline {

// Rows of one SQLite table in key order, read by keyset pagination: each chunk is one
// complete statement ("... WHERE (keys) > (last key) ORDER BY keys LIMIT n"), fetched whole
// and finished before its rows are handed out, so no read lock is held between chunks and a
// writer (on this connection or another) can commit meanwhile. Reads through SQLite's C API on
// the SqliteConnection's QSqlDatabase (SqliteStatement); owned by the caller, used on the
// connection's thread, destroyed before it.
class SqliteStream final : public RowStream
{
public:
    struct Statements
    {
        QString first; // the first chunk: [WHERE watermark >= ?] ORDER BY ... LIMIT n
        QString next; // later chunks: watermark placeholder first, then one per key column
    };

    // `keyIndexes`: where each key column is in the selected row. `watermark` is invalid when
    // the statements have no watermark placeholder. `context` prefixes error messages.
    static Result<std::unique_ptr<SqliteStream>> open(const QSqlDatabase& db,
        const Statements& statements, const QVariant& watermark, const QList<int>& keyIndexes,
        int chunkSize, const QString& context);

    Result<bool> next(QVariantList& row) override;

private:
    SqliteStream(const QVariant& watermark, const QList<int>& keyIndexes, int chunkSize,
        const QString& context);
    Status fetchChunk();

    SqliteStatement m_first;
    SqliteStatement m_next;
    QVariant m_watermark;
    QList<int> m_keyIndexes;
    int m_chunkSize;
    QString m_context;

    QList<QVariantList> m_chunk; // the first m_rows entries hold the current chunk
    qsizetype m_rows = 0;
    qsizetype m_position = 0;
    bool m_started = false;
    bool m_exhausted = false; // the last chunk was short: the table has no more rows
    QVariantList m_lastKey;
    std::optional<Error> m_failure; // once a chunk failed, every later call reports it
};

} // namespace Syncline
