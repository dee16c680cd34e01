// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgsession.h"

#include "connectors/connectorslogging.h"

#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <vector>

namespace Syncline {

namespace {

// Server notices ("table ... does not exist, skipping") go to the log, not to stderr.
void logNotice(void*, const char* message)
{
    qCDebug(lcConnectors, "server notice: %s", message);
}

} // namespace

PGconn* PgSession::connectionOf(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6.4 names the type "pg_conn*" (the struct behind the PGconn typedef); Qt 5 said
    // "PGconn*".
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

QString PgSession::errorText(const PGresult* result) const
{
    QString text;
    if (result) {
        const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
        if (primary && *primary) {
            text = QString::fromUtf8(primary);
            if (detail && *detail)
                text += QStringLiteral(" (DETAIL: ") + QString::fromUtf8(detail) + u')';
        }
    }
    if (text.isEmpty())
        text = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    if (text.isEmpty())
        text = QStringLiteral("unknown error");
    return text;
}

QByteArray PgSession::sqlState(const PGresult* result)
{
    if (!result)
        return QByteArray();
    return QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE));
}

Result<PgResult> PgSession::check(PGresult* raw, PgResult* failed)
{
    PgResult result(raw);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN)
        return result;
    Error error = Error::runtime(errorText(result.get()));
    if (failed)
        *failed = std::move(result);
    return error;
}

Result<PgResult> PgSession::exec(const QByteArray& sql, PgResult* failed)
{
    return check(PQexec(m_connection, sql.constData()), failed);
}

Result<PgResult> PgSession::execParams(
    const QByteArray& sql, const QList<QByteArray>& params, PgResult* failed)
{
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const QByteArray& param : params)
        values.push_back(param.isNull() ? nullptr : param.constData());
    return check(PQexecParams(m_connection, sql.constData(), int(values.size()), nullptr,
                     values.data(), nullptr, nullptr, 0),
        failed);
}

Status PgSession::beginCopy(const QByteArray& sql)
{
    Result<PgResult> result = exec(sql);
    if (!result)
        return result.error();
    if (PQresultStatus(result->get()) != PGRES_COPY_IN)
        return Error::runtime(QStringLiteral("COPY did not start"));
    return {};
}

Status PgSession::putCopyData(const QByteArray& data)
{
    if (data.isEmpty())
        return {};
    if (PQputCopyData(m_connection, data.constData(), int(data.size())) != 1)
        return Error::runtime(errorText(nullptr));
    return {};
}

Status PgSession::endCopy(PgResult* failed)
{
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        return Error::runtime(errorText(nullptr));
    // The COPY's own result, then nullptr; keep the first failure.
    std::optional<Error> error;
    while (PGresult* raw = PQgetResult(m_connection)) {
        Result<PgResult> result = check(raw, error ? nullptr : failed);
        if (!result && !error)
            error = result.error();
    }
    if (error)
        return *error;
    return {};
}

Status PgSession::configure()
{
    PQsetNoticeProcessor(m_connection, logNotice, nullptr);
    Result<PgResult> result
        = exec(QByteArrayLiteral("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; "
                                 "SET extra_float_digits = 3; SET bytea_output = 'hex'; "
                                 "SET client_encoding = 'UTF8'"));
    if (!result)
        return result.error();
    return {};
}

} // namespace Syncline
