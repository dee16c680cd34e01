// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlstream.h"

#include "connectors/connectorslogging.h"
#include "pgsession.h"

namespace Syncline {

namespace {

const QByteArray CursorName = QByteArrayLiteral("syncline_cursor");

} // namespace

Result<std::unique_ptr<PostgresqlStream>> PostgresqlStream::start(const QString& connectionName,
    const QString& select, const QList<bool>& blobColumns, int chunkSize, const QString& context)
{
    std::unique_ptr<PostgresqlStream> stream(
        new PostgresqlStream(connectionName, blobColumns, chunkSize, context));
    if (!stream->m_connection)
        return Error::runtime(context + QStringLiteral(": not a PostgreSQL connection"));
    PgSession session(stream->m_connection);
    // One snapshot for the whole read; read only, so it never blocks a writer.
    if (Result<PgResult> begun
        = session.exec(QByteArrayLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        !begun)
        return stream->failure(begun.error().message);
    stream->m_inTransaction = true;
    const QByteArray declare = QByteArrayLiteral("DECLARE ") + CursorName
        + QByteArrayLiteral(" NO SCROLL CURSOR FOR ") + select.toUtf8();
    if (Result<PgResult> declared = session.exec(declare); !declared)
        return stream->failure(declared.error().message);
    if (Status sent = stream->sendFetch(); !sent)
        return sent.error();
    return stream;
}

PostgresqlStream::PostgresqlStream(const QString& connectionName, const QList<bool>& blobColumns,
    int chunkSize, const QString& context)
    : m_db(QSqlDatabase::database(connectionName, false))
    , m_connection(PgSession::connectionOf(m_db))
    , m_blobColumns(blobColumns)
    , m_chunkSize(chunkSize)
    , m_context(context)
    , m_fetch(QByteArrayLiteral("FETCH FORWARD ") + QByteArray::number(chunkSize)
          + QByteArrayLiteral(" FROM ") + CursorName)
{ }

PostgresqlStream::~PostgresqlStream()
{
    clearResult();
    if (m_connection && !PgSession(m_connection).isBroken()) {
        // A FETCH still on its way must be read before the connection takes another command.
        while (m_fetchInFlight) {
            PGresult* pending = PQgetResult(m_connection);
            if (!pending)
                m_fetchInFlight = false;
            PQclear(pending);
        }
        if (m_inTransaction)
            (void)PgSession(m_connection).exec(QByteArrayLiteral("COMMIT"));
    }
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

void PostgresqlStream::clearResult()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_rows = 0;
    m_position = 0;
}

Error PostgresqlStream::failure(const QString& serverText)
{
    m_failure = Error::runtime(m_context + QStringLiteral(": ") + serverText);
    return *m_failure;
}

Status PostgresqlStream::sendFetch()
{
    if (PQsendQuery(m_connection, m_fetch.constData()) != 1)
        return failure(PgSession(m_connection).errorText(nullptr));
    m_fetchInFlight = true;
    return {};
}

Status PostgresqlStream::receiveChunk()
{
    clearResult();
    PgSession session(m_connection);
    // The FETCH's result, then nullptr once the server is ready for the next command.
    PgResult result(PQgetResult(m_connection));
    while (PGresult* extra = PQgetResult(m_connection))
        PQclear(extra);
    m_fetchInFlight = false;
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return failure(session.errorText(result.get()));
    if (PQnfields(result.get()) != m_blobColumns.size())
        return failure(QStringLiteral("the cursor returned %1 columns, expected %2")
                           .arg(PQnfields(result.get()))
                           .arg(m_blobColumns.size()));
    m_rows = PQntuples(result.get());
    m_result = result.release();
    // A full chunk may have a successor: ask for it now, so that the server produces it
    // while the caller works through this one.
    if (m_rows == m_chunkSize)
        return sendFetch();
    return {};
}

Result<bool> PostgresqlStream::next(QVariantList& row)
{
    if (m_failure)
        return *m_failure;
    while (!m_result || m_position >= m_rows) {
        if (!m_fetchInFlight) {
            clearResult();
            if (m_inTransaction) {
                m_inTransaction = false;
                if (Result<PgResult> done
                    = PgSession(m_connection).exec(QByteArrayLiteral("COMMIT"));
                    !done)
                    return failure(done.error().message);
            }
            return false;
        }
        if (Status received = receiveChunk(); !received)
            return received.error();
    }
    const int columns = int(m_blobColumns.size());
    row.clear();
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        if (PQgetisnull(m_result, m_position, i)) {
            row.append(QVariant());
            continue;
        }
        const char* value = PQgetvalue(m_result, m_position, i);
        const int length = PQgetlength(m_result, m_position, i);
        if (m_blobColumns.at(i) && length >= 2 && value[0] == '\\' && value[1] == 'x')
            row.append(
                QVariant(QByteArray::fromHex(QByteArray::fromRawData(value + 2, length - 2))));
        else
            row.append(QVariant(QString::fromUtf8(value, length)));
    }
    ++m_position;
    return true;
}

} // namespace Syncline
