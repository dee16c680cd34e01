// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlkeystream.h"

#include "pgsession.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

namespace Syncline {

namespace {

// Keys per chunk query: its rows are held in memory at once.
constexpr int MaxKeysPerChunk = 1000;

// A raw key value (as read() returns it, or a canonical value) as PostgreSQL input text; a
// null QByteArray for NULL.
QByteArray inputText(const QVariant& value, bool blob)
{
    if (!value.isValid() || value.isNull())
        return QByteArray();
    QByteArray out;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        out = blob ? QByteArrayLiteral("\\x") + value.toByteArray().toHex() : value.toByteArray();
        break;
    case QMetaType::Bool:
        out = value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        break;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::isnan(number))
            out = QByteArrayLiteral("NaN");
        else if (std::isinf(number))
            out = number > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
        else
            out = QByteArray::number(number, 'g', 17);
        break;
    }
    case QMetaType::QDateTime:
        out = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QDate:
        out = value.toDate().toString(Qt::ISODate).toUtf8();
        break;
    case QMetaType::QTime:
        out = value.toTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    default:
        out = value.toString().toUtf8();
        break;
    }
    if (out.isNull())
        out = QByteArray("", 0);
    return out;
}

// A text[] literal; null entries are NULL.
QByteArray textArray(const QList<QByteArray>& values)
{
    QByteArray out;
    out.reserve(values.size() * 8 + 2);
    out += '{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        const QByteArray& value = values.at(i);
        if (value.isNull()) {
            out += "NULL";
            continue;
        }
        out += '"';
        for (const char c : value) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

// ROWS FROM (unnest($1::text[]), unnest($2::text[]), ...): the key columns side by side.
QString unnestParameters(qsizetype count)
{
    QStringList parameters;
    for (qsizetype i = 0; i < count; ++i)
        parameters.append(QStringLiteral("pg_catalog.unnest($%1::pg_catalog.text[])").arg(i + 1));
    return QStringLiteral("ROWS FROM (") + parameters.join(QStringLiteral(", ")) + u')';
}

} // namespace

Result<std::unique_ptr<PostgresqlKeyStream>> PostgresqlKeyStream::open(pg_conn* connection,
    const QString& select, const QList<KeyColumn>& keyColumns, const QList<bool>& blobColumns,
    const QList<QVariantList>& keys, int chunkSize, const QString& context)
{
    std::unique_ptr<PostgresqlKeyStream> stream(new PostgresqlKeyStream(
        connection, blobColumns, std::max(1, std::min(chunkSize, MaxKeysPerChunk)), context));
    const qsizetype columns = keyColumns.size();

    QStringList aliases; // u.c1, u.c2...
    QStringList casts; // (u.c1::type)
    QStringList sortedCasts; // (u.c1::type) COLLATE "C"
    QStringList notNull;
    QStringList references;
    QStringList order;
    for (qsizetype i = 0; i < columns; ++i) {
        const KeyColumn& key = keyColumns.at(i);
        const QString alias = QStringLiteral("c%1").arg(i + 1);
        aliases.append(alias);
        const QString cast = QStringLiteral("(u.%1::%2)").arg(alias, key.type);
        casts.append(cast);
        sortedCasts.append(key.collatable ? cast + QStringLiteral(" COLLATE \"C\"") : cast);
        notNull.append(QStringLiteral("u.%1 IS NOT NULL").arg(alias));
        references.append(key.reference);
        order.append(
            key.collatable ? key.reference + QStringLiteral(" COLLATE \"C\"") : key.reference);
    }
    const QString unnest = unnestParameters(columns);

    // The keys as text, per column one text[] parameter.
    QList<QList<QByteArray>> byColumn(columns);
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QVariantList& key = keys.at(k);
        if (key.size() != columns)
            return Error::badInput(context
                + QStringLiteral(": key %1 has %2 values, expected %3")
                      .arg(k + 1)
                      .arg(key.size())
                      .arg(columns));
        QList<QByteArray> texts;
        texts.reserve(columns);
        bool impossible = false;
        for (qsizetype i = 0; i < columns; ++i) {
            texts.append(inputText(key.at(i), keyColumns.at(i).blob));
            // PostgreSQL text holds no U+0000 (and libpq would cut the parameter there): no
            // row can have such a key.
            impossible = impossible || texts.constLast().contains('\0');
        }
        if (impossible)
            continue;
        stream->m_keys.append(texts);
        for (qsizetype i = 0; i < columns; ++i)
            byColumn[i].append(texts.at(i));
    }
    if (stream->m_keys.isEmpty())
        return stream;

    // The server sorts the keys the way read() orders rows; equal keys (also "1.0" and "1.00"
    // of a numeric column) come once.
    QList<QByteArray> params;
    for (const QList<QByteArray>& values : std::as_const(byColumn))
        params.append(textArray(values));
    const QString sort = QStringLiteral("SELECT pg_catalog.min(u.i) FROM ") + unnest
        + QStringLiteral(" WITH ORDINALITY AS u(") + aliases.join(QStringLiteral(", "))
        + QStringLiteral(", i) WHERE ") + notNull.join(QStringLiteral(" AND "))
        + QStringLiteral(" GROUP BY ") + sortedCasts.join(QStringLiteral(", "))
        + QStringLiteral(" ORDER BY ") + sortedCasts.join(QStringLiteral(", "));
    PgSession session(connection);
    Result<PgResult> sorted = session.execParams(sort.toUtf8(), params);
    if (!sorted)
        return Error::runtime(context + QStringLiteral(": ") + sorted.error().message);
    const int rows = PQntuples(sorted->get());
    stream->m_order.reserve(rows);
    for (int row = 0; row < rows; ++row)
        stream->m_order.append(QByteArray(PQgetvalue(sorted->get(), row, 0)).toInt() - 1);

    stream->m_chunkQuery = (select + QStringLiteral(" WHERE (")
        + references.join(QStringLiteral(", ")) + QStringLiteral(") IN (SELECT ")
        + casts.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + unnest
        + QStringLiteral(" AS u(") + aliases.join(QStringLiteral(", "))
        + QStringLiteral(")) ORDER BY ") + order.join(QStringLiteral(", ")))
                               .toUtf8();
    return stream;
}

PostgresqlKeyStream::PostgresqlKeyStream(
    pg_conn* connection, const QList<bool>& blobColumns, int chunkSize, const QString& context)
    : m_connection(connection)
    , m_blobColumns(blobColumns)
    , m_chunkSize(chunkSize)
    , m_context(context)
{ }

PostgresqlKeyStream::~PostgresqlKeyStream()
{
    clearResult();
}

void PostgresqlKeyStream::clearResult()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_rows = 0;
    m_position = 0;
}

Status PostgresqlKeyStream::fetchChunk()
{
    clearResult();
    const qsizetype count = std::min<qsizetype>(m_chunkSize, m_order.size() - m_nextKey);
    const qsizetype columns = m_keys.constFirst().size();
    QList<QList<QByteArray>> byColumn(columns);
    for (qsizetype k = m_nextKey; k < m_nextKey + count; ++k) {
        const QList<QByteArray>& key = m_keys.at(m_order.at(k));
        for (qsizetype i = 0; i < columns; ++i)
            byColumn[i].append(key.at(i));
    }
    m_nextKey += count;
    QList<QByteArray> params;
    for (const QList<QByteArray>& values : std::as_const(byColumn))
        params.append(textArray(values));
    PgSession session(m_connection);
    Result<PgResult> result = session.execParams(m_chunkQuery, params);
    if (!result)
        return Error::runtime(m_context + QStringLiteral(": ") + result.error().message);
    if (PQnfields(result->get()) != m_blobColumns.size())
        return Error::runtime(m_context
            + QStringLiteral(": the query returned %1 columns, expected %2")
                  .arg(PQnfields(result->get()))
                  .arg(m_blobColumns.size()));
    m_rows = PQntuples(result->get());
    m_result = result->release();
    return {};
}

Result<bool> PostgresqlKeyStream::next(QVariantList& row)
{
    if (m_failure)
        return *m_failure;
    while (!m_result || m_position >= m_rows) {
        if (m_nextKey >= m_order.size()) {
            clearResult();
            return false;
        }
        if (Status fetched = fetchChunk(); !fetched) {
            m_failure = fetched.error();
            return fetched.error();
        }
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
        // As PostgresqlStream hands them out: bytea decoded from its hex text.
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
