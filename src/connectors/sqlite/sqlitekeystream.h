// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "connectors/readrequest.h"
#include "connectors/rowstream.h"
#include "core/sqlitestatement.h"

#include <QSqlDatabase>

#include <optional>

namespace Syncline {

// Rows of one SQLite table whose key is in a given list (Connection::readKeys()), in the
// order read() streams them: the keys are first put into SQLite's own ORDER BY order (NULL,
// numbers by value, text bytewise as UTF-8, blobs bytewise) without duplicates, then asked
// for chunk by chunk, each chunk one complete statement that joins a VALUES list of keys to
// the table by its index and orders the matches. Chunks follow each other in key order, so
// the whole stream is in key order; a row that would break that order is reported as an
// error rather than handed out. Uses the SqliteConnection's QSqlDatabase; owned by the
// caller, used on the connection's thread, destroyed before it.
class SqliteKeyStream final : public RowStream
{
public:
    // `table`: the table's name as SQL (quoted); `info`: its description (for the key
    // columns' affinity and collation). `context` prefixes error messages.
    static Result<std::unique_ptr<SqliteKeyStream>> open(const QSqlDatabase& db,
        const QString& table, const ReadRequest& request, const EntityInfo& info,
        const QList<QVariantList>& keys, const QString& context);

    // How SQLite's ORDER BY ... COLLATE BINARY orders two stored values (qlonglong, double,
    // QString, QByteArray, or invalid for NULL): -1, 0 or 1.
    static int compare(const QVariant& a, const QVariant& b);

    Result<bool> next(QVariantList& row) override;

private:
    SqliteKeyStream(const QSqlDatabase& db, QList<QVariantList> keys, QList<int> keyIndexes,
        int chunkSize, QString selectHead, QString selectTail, int keyColumns, QString context);
    Status fetchChunk();
    QString statement(int keys) const;

    QSqlDatabase m_db;
    QList<QVariantList> m_keys; // sorted, distinct, no NULLs
    QList<int> m_keyIndexes; // where each key column is in the selected row
    int m_chunkSize;
    QString m_selectHead; // "SELECT ... FROM (VALUES "
    QString m_selectTail; // ") AS ... CROSS JOIN table ON ... ORDER BY ..."
    int m_keyColumns;
    QString m_context;

    SqliteStatement m_full; // for chunks of m_chunkSize keys
    SqliteStatement m_last; // for the last, shorter chunk
    qsizetype m_nextKey = 0; // index into m_keys of the next chunk's first key
    QList<QVariantList> m_rows;
    qsizetype m_position = 0;
    QVariantList m_previousKey; // of the last row handed out, for the order check
    std::optional<Error> m_failure;
};

} // namespace Syncline
