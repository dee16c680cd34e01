// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <libpq-fe.h>

#include <memory>

namespace Syncline {

struct PgResultDeleter
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

// Direct libpq access to the PGconn of an open QPSQL connection, for what Qt SQL cannot do
// (COPY, reading a cursor without a QVariant per cell, savepoints around single rows). Does
// not own the PGconn: the QSqlDatabase does. Internal to the connectors (libpq is a private
// dependency); used on the thread of the QSqlDatabase it came from.
class PgSession final
{
public:
    // The libpq connection behind a QPSQL QSqlDatabase, or nullptr.
    static PGconn* connectionOf(const QSqlDatabase& db);

    explicit PgSession(PGconn* connection)
        : m_connection(connection)
    { }
    PGconn* connection() const { return m_connection; }

    // Runs SQL (one or more statements) and returns the last result; an Error unless it
    // succeeded. `failed`, when given, receives the failed result (for its SQLSTATE).
    Result<PgResult> exec(const QByteArray& sql, PgResult* failed = nullptr);
    // One statement with text parameters ($1...); a null QByteArray is SQL NULL.
    Result<PgResult> execParams(
        const QByteArray& sql, const QList<QByteArray>& params, PgResult* failed = nullptr);

    // COPY ... FROM STDIN: start it, send data in pieces, end it.
    Status beginCopy(const QByteArray& sql);
    Status putCopyData(const QByteArray& data);
    Status endCopy(PgResult* failed = nullptr);

    // Whether the connection to the server is gone (then nothing can be retried on it).
    bool isBroken() const { return PQstatus(m_connection) != CONNECTION_OK; }
    // The server's message for a failed result: the primary message, and "(DETAIL: ...)"
    // when the server sent one. Falls back to the connection's message.
    QString errorText(const PGresult* result) const;
    static QByteArray sqlState(const PGresult* result);

    // The session settings every Syncline PostgreSQL connection runs with: UTC, ISO dates,
    // exact floats, hex bytea, UTF-8.
    Status configure();

private:
    Result<PgResult> check(PGresult* result, PgResult* failed);

    PGconn* m_connection;
};

} // namespace Syncline
