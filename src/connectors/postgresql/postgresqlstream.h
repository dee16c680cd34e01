// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/rowstream.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

struct pg_conn;
struct pg_result;

namespace Syncline {

// Rows of one PostgreSQL query in key order, through a server-side cursor in a REPEATABLE READ
// READ ONLY transaction on a connection of its own (so writers can use the endpoint's main
// connection meanwhile). Rows come FETCH by FETCH, each read with libpq straight from the
// result; the next FETCH is sent as soon as a chunk arrives, so the server produces it while
// the caller works through the current one. Owns its QSqlDatabase and removes it when
// destroyed. Owned by the caller, used on the thread that created it.
class PostgresqlStream final : public RowStream
{
public:
    // `connectionName`: an open QSqlDatabase connection, session configured, of which no
    // QSqlDatabase object is left elsewhere: the stream takes it over and removes it.
    // `select`: the query, every column cast to text. `blobColumns`: which columns are bytea (their
    // "\x..." text is decoded to bytes). `context` prefixes error messages.
    static Result<std::unique_ptr<PostgresqlStream>> start(const QString& connectionName,
        const QString& select, const QList<bool>& blobColumns, int chunkSize,
        const QString& context);
    ~PostgresqlStream() override;
    Q_DISABLE_COPY_MOVE(PostgresqlStream)

    Result<bool> next(QVariantList& row) override;

private:
    PostgresqlStream(const QString& connectionName, const QList<bool>& blobColumns, int chunkSize,
        const QString& context);
    Status sendFetch();
    Status receiveChunk();
    Error failure(const QString& serverText);
    void clearResult();

    QSqlDatabase m_db;
    pg_conn* m_connection = nullptr;
    QList<bool> m_blobColumns;
    int m_chunkSize;
    QString m_context;
    QByteArray m_fetch;

    pg_result* m_result = nullptr; // the chunk being handed out
    int m_rows = 0;
    int m_position = 0;
    bool m_fetchInFlight = false;
    bool m_inTransaction = false;
    std::optional<Error> m_failure; // once failed, every later call reports it
};

} // namespace Syncline
