// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlconnection.h"

#include "connectors/connectorslogging.h"
#include "connectors/requestcheck.h"
#include "connectors/sqlidentifier.h"
#include "pgsession.h"
#include "postgresqlkeystream.h"
#include "postgresqlstream.h"
#include "postgresqlwriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUrl>

#include <atomic>

namespace Syncline {

namespace {

QString nextConnectionName(const QString& prefix)
{
    static std::atomic<quint64> counter { 0 };
    return prefix + QString::number(counter.fetch_add(1) + 1);
}

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// A connect option value as libpq's conninfo takes it: single-quoted, \ and ' escaped.
QString conninfoValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

QString cell(const PGresult* result, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

bool cellBool(const PGresult* result, int row, int column)
{
    return PQgetvalue(result, row, column)[0] == 't';
}

} // namespace

Result<PostgresqlConnection::Target> PostgresqlConnection::parseUrl(const QString& url)
{
    QString rest;
    for (const QString& scheme :
        { QStringLiteral("postgresql://"), QStringLiteral("postgres://") }) {
        if (url.startsWith(scheme))
            rest = url.mid(scheme.size());
    }
    if (rest.isNull())
        return Error::badInput(QStringLiteral("'%1' is not a postgresql:// URL").arg(url));
    // Messages show the URL without a password that should not be in it (in the user info or
    // among the parameters).
    QString shown = url.left(url.indexOf(u'?'));
    if (const qsizetype at = rest.indexOf(u'@'), colon = rest.indexOf(u':');
        at > 0 && colon >= 0 && colon < at && !rest.left(at).contains(u'/'))
        shown.replace(url.size() - rest.size() + colon, at - colon, QStringLiteral(":***"));
    const auto bad = [&shown](const QString& why) {
        return Error::badInput(QStringLiteral("URL '%1': %2").arg(shown, why));
    };

    Target target;
    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0 || slash == rest.size() - 1)
        return bad(
            QStringLiteral("no database name (expected postgresql://user@host:port/dbname)"));
    target.database = decoded(rest.mid(slash + 1));
    QString authority = rest.left(slash);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(u':'))
            return bad(QStringLiteral("contains a password; remove it and use password_env or "
                                      "the keychain"));
        target.user = decoded(userInfo);
    }
    QString port;
    if (authority.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return bad(QStringLiteral("unterminated [ in the host"));
        target.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(u':'))
            port = after.mid(1);
        else if (!after.isEmpty())
            return bad(QStringLiteral("unexpected '%1' after the host").arg(after));
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        target.host = decoded(authority.left(colon));
        port = authority.mid(colon + 1);
    } else {
        target.host = decoded(authority);
    }
    if (!port.isEmpty()) {
        bool ok = false;
        target.port = port.toInt(&ok);
        if (!ok || target.port < 1 || target.port > 65535)
            return bad(QStringLiteral("'%1' is not a port number").arg(port));
    }

    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    QStringList options;
    bool hasTimeout = false;
    for (const QString& pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = decoded(pair.left(equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (!keyword.match(key).hasMatch())
            return bad(QStringLiteral("'%1' is not a connection parameter").arg(key));
        // QPSQL splits its connect options at ';'.
        if (value.contains(u';'))
            return bad(QStringLiteral("the value of %1 contains ';'").arg(key));
        if (key == u"password")
            return bad(QStringLiteral("contains a password; remove it and use password_env or "
                                      "the keychain"));
        hasTimeout = hasTimeout || key == u"connect_timeout";
        options.append(key + u'=' + conninfoValue(value));
    }
    // Without it libpq waits for an unreachable host as long as the OS lets it.
    if (!hasTimeout)
        options.append(QStringLiteral("connect_timeout=10"));
    target.connectOptions = options.join(u';');
    return target;
}

Result<std::unique_ptr<PostgresqlConnection>> PostgresqlConnection::open(
    const QString& endpointName, const QString& url, const QString& password)
{
    const QString where = QStringLiteral("endpoint %1 (%2)").arg(endpointName, url);
    Result<Target> target = parseUrl(url);
    if (!target)
        return target.error().within(QStringLiteral("endpoint %1").arg(endpointName));

    const QString name = nextConnectionName(QStringLiteral("syncline-pg-"));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(target->host);
        if (target->port > 0)
            db.setPort(target->port);
        db.setUserName(target->user);
        db.setPassword(password);
        db.setDatabaseName(target->database);
        db.setConnectOptions(target->connectOptions);
        if (!db.isValid()) {
            failure = QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed");
        } else if (!db.open()) {
            failure = db.lastError().text();
        } else {
            PgSession session(PgSession::connectionOf(db));
            if (!session.connection()) {
                failure = QStringLiteral("the QPSQL driver gives no libpq handle");
            } else if (Status configured = session.configure(); !configured) {
                failure = configured.error().message;
            } else {
                qCDebug(lcConnectors) << "opened" << where << "as" << name;
                return std::unique_ptr<PostgresqlConnection>(
                    new PostgresqlConnection(endpointName, url, db));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return Error::runtime(QStringLiteral("%1: cannot connect: %2").arg(where, failure.trimmed()));
}

PostgresqlConnection::PostgresqlConnection(QString endpointName, QString url, QSqlDatabase database)
    : m_endpointName(std::move(endpointName))
    , m_url(std::move(url))
    , m_db(std::move(database))
    , m_session(std::make_unique<PgSession>(PgSession::connectionOf(m_db)))
{ }

PostgresqlConnection::~PostgresqlConnection()
{
    m_session.reset();
    const QString name = m_db.connectionName();
    m_db.close();
    // removeDatabase() wants no QSqlDatabase object of the connection left.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString PostgresqlConnection::where() const
{
    return QStringLiteral("endpoint %1 (%2)").arg(m_endpointName, m_url);
}

Error PostgresqlConnection::failure(const QString& what, const QString& serverText) const
{
    return Error::runtime(QStringLiteral("%1: %2: %3").arg(where(), what, serverText));
}

Result<QString> PostgresqlConnection::serverVersion()
{
    Result<PgResult> result = m_session->exec(QByteArrayLiteral("SHOW server_version"));
    if (!result)
        return failure(QStringLiteral("cannot read the server version"), result.error().message);
    return QString(QStringLiteral("PostgreSQL ") + cell(result->get(), 0, 0));
}

Result<QStringList> PostgresqlConnection::entities()
{
    Result<PgResult> result = m_session->exec(
        QByteArrayLiteral("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c "
                          "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition "
                          "AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' "
                          "AND NOT (n.nspname = 'syncline' "
                          "AND c.relname IN ('changelog', 'capture')) "
                          "ORDER BY n.nspname <> 'public', n.nspname, c.relname"));
    if (!result)
        return failure(QStringLiteral("cannot list tables"), result.error().message);
    QStringList names;
    const PGresult* rows = result->get();
    for (int row = 0; row < PQntuples(rows); ++row) {
        const QString schema = cell(rows, row, 0);
        const QString table = cell(rows, row, 1);
        names.append(schema == u"public" ? table : schema + u'.' + table);
    }
    return names;
}

Result<PostgresqlConnection::Table> PostgresqlConnection::resolve(const QString& entity)
{
    const QSqlDriver* driver = m_db.driver();
    // "schema.table" names a schema; a bare name is looked up along search_path, as a query
    // naming it would. A name with a dot that is no schema.table is tried as a bare name.
    struct Candidate
    {
        QByteArray sql;
        QList<QByteArray> params;
        QString quoted;
    };
    QList<Candidate> candidates;
    if (const qsizetype dot = entity.indexOf(u'.'); dot > 0 && dot < entity.size() - 1) {
        const QString schema = entity.left(dot);
        const QString table = entity.mid(dot + 1);
        candidates.append({ QByteArrayLiteral("SELECT c.oid FROM pg_catalog.pg_class c "
                                              "JOIN pg_catalog.pg_namespace n ON n.oid = "
                                              "c.relnamespace WHERE n.nspname = $1 AND c.relname "
                                              "= $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"),
            { schema.toUtf8(), table.toUtf8() },
            SqlIdentifier::quote(driver, schema, QSqlDriver::TableName) + u'.'
                + SqlIdentifier::quote(driver, table, QSqlDriver::TableName) });
    }
    candidates.append({ QByteArrayLiteral("SELECT c.oid FROM pg_catalog.pg_class c WHERE c.oid = "
                                          "pg_catalog.to_regclass(pg_catalog.quote_ident($1)) "
                                          "AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"),
        { entity.toUtf8() }, SqlIdentifier::quote(driver, entity, QSqlDriver::TableName) });
    for (const Candidate& candidate : std::as_const(candidates)) {
        Result<PgResult> result = m_session->execParams(candidate.sql, candidate.params);
        if (!result)
            return failure(
                QStringLiteral("cannot look up table '%1'").arg(entity), result.error().message);
        if (PQntuples(result->get()) > 0)
            return Table { QByteArray(PQgetvalue(result->get(), 0, 0)), candidate.quoted };
    }
    return Error::badInput(
        QStringLiteral("table '%1' not found in endpoint %2").arg(entity, m_endpointName));
}

Result<EntityInfo> PostgresqlConnection::describe(const QString& entity)
{
    return describe(entity, nullptr, RowCount::Count);
}

Result<EntityInfo> PostgresqlConnection::describeSchema(const QString& entity)
{
    return describe(entity, nullptr, RowCount::Skip);
}

Result<EntityInfo> PostgresqlConnection::describe(
    const QString& entity, Table* table, RowCount rowCount)
{
    Result<Table> resolved = resolve(entity);
    if (!resolved)
        return resolved.error();
    if (table)
        *table = *resolved;
    const QList<QByteArray> oid = { resolved->oid };
    const auto describeFailure = [&](const Error& error) {
        return failure(QStringLiteral("cannot describe table '%1'").arg(entity), error.message);
    };

    EntityInfo info;
    info.name = entity;
    Result<PgResult> columns = m_session->execParams(
        QByteArrayLiteral("SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
                          "a.attnotnull, a.attcollation <> 0, a.atthasdef OR a.attidentity <> '' "
                          "FROM pg_catalog.pg_attribute a "
                          "WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped "
                          "ORDER BY a.attnum"),
        oid);
    if (!columns)
        return describeFailure(columns.error());
    for (int row = 0; row < PQntuples(columns->get()); ++row) {
        ColumnInfo column;
        column.name = cell(columns->get(), row, 0);
        column.declaredType = cell(columns->get(), row, 1);
        column.type = FieldType::fromDeclared(column.declaredType);
        column.notNull = cellBool(columns->get(), row, 2);
        column.collatable = cellBool(columns->get(), row, 3);
        column.hasDefault = cellBool(columns->get(), row, 4);
        info.columns.append(column);
    }

    // Unique indexes usable as keys, key columns in index order: not partial, not on
    // expressions, valid. Deferrable ones cannot be ON CONFLICT arbiters, so they are left out
    // of uniqueKeys (a deferrable primary key is still the primary key).
    Result<PgResult> keys = m_session->execParams(
        QByteArrayLiteral(
            "SELECT i.indexrelid, i.indisprimary, i.indimmediate, a.attname "
            "FROM pg_catalog.pg_index i "
            "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
            "JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
            "WHERE i.indrelid = $1 AND i.indisunique AND i.indisvalid AND i.indpred IS NULL "
            "AND i.indexprs IS NULL AND k.ord <= i.indnkeyatts "
            "ORDER BY i.indisprimary DESC, i.indexrelid, k.ord"),
        oid);
    if (!keys)
        return describeFailure(keys.error());
    QByteArray currentIndex;
    QStringList current;
    bool currentPrimary = false;
    bool currentImmediate = false;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        if (currentPrimary) {
            info.primaryKey = current;
            for (const QString& name : std::as_const(current)) {
                for (ColumnInfo& column : info.columns) {
                    if (column.name == name)
                        column.primaryKeyPosition = int(current.indexOf(name)) + 1;
                }
            }
        }
        if (currentImmediate && !info.uniqueKeys.contains(current))
            info.uniqueKeys.append(current);
        current.clear();
    };
    for (int row = 0; row < PQntuples(keys->get()); ++row) {
        const QByteArray index(PQgetvalue(keys->get(), row, 0));
        if (index != currentIndex) {
            flush();
            currentIndex = index;
            currentPrimary = cellBool(keys->get(), row, 1);
            currentImmediate = cellBool(keys->get(), row, 2);
        }
        current.append(cell(keys->get(), row, 3));
    }
    flush();

    if (rowCount == RowCount::Skip)
        return info;
    // The planner's estimate; a table never analyzed has none (-1), then count.
    Result<PgResult> estimate = m_session->execParams(
        QByteArrayLiteral("SELECT c.reltuples::bigint FROM pg_catalog.pg_class c WHERE c.oid = $1"),
        oid);
    if (!estimate)
        return describeFailure(estimate.error());
    info.rowEstimate = QByteArray(PQgetvalue(estimate->get(), 0, 0)).toLongLong();
    if (info.rowEstimate < 0) {
        Result<PgResult> count
            = m_session->exec((QStringLiteral("SELECT count(*) FROM ") + resolved->sql).toUtf8());
        if (!count)
            return describeFailure(count.error());
        info.rowEstimate = QByteArray(PQgetvalue(count->get(), 0, 0)).toLongLong();
    }
    return info;
}

Result<std::unique_ptr<RowStream>> PostgresqlConnection::read(const ReadRequest& request)
{
    Table table;
    Result<EntityInfo> info = describe(request.entity, &table, RowCount::Skip);
    if (!info)
        return info.error();
    if (Status checked = RequestCheck::read(request, *info, where()); !checked)
        return checked.error();

    const QSqlDriver* driver = m_db.driver();
    // Qualified column references: a bare ORDER BY name would pick the select list's text
    // column of the same name and sort integers as text.
    const QString alias = QStringLiteral("syncline_src");
    const auto column = [&](const QString& name) -> QString {
        return alias + u'.' + SqlIdentifier::quote(driver, name);
    };
    QStringList selected;
    QList<bool> blobColumns;
    for (const QString& name : request.columns) {
        selected.append(column(name) + QStringLiteral("::text"));
        blobColumns.append(info->column(name)->type.kind == FieldType::Kind::Blob);
    }
    QStringList order;
    for (const QString& key : request.keyColumns) {
        // Bytewise order for text, as KeyCodec orders keys, whatever the column's collation.
        order.append(column(key)
            + (info->column(key)->collatable ? QStringLiteral(" COLLATE \"C\"") : QString()));
    }
    QString select = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + table.sql + QStringLiteral(" AS ") + alias;
    if (!request.watermarkColumn.isEmpty() && request.watermark.isValid()
        && !request.watermark.isNull()) {
        // DECLARE takes no parameters: the watermark goes in as a literal, escaped by the
        // driver, and PostgreSQL casts it to the column's type.
        QSqlField field(QString(), QMetaType(QMetaType::QString));
        field.setValue(request.watermark.toString());
        select += QStringLiteral(" WHERE ") + column(request.watermarkColumn)
            + QStringLiteral(" >= ") + driver->formatValue(field);
    }
    select += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    qCDebug(lcConnectors) << where() << "reads with" << select;

    // A connection of the stream's own, so that writers can use this one meanwhile.
    const QString name = nextConnectionName(QStringLiteral("syncline-pg-stream-"));
    const QString context = QStringLiteral("reading table '%1' of %2").arg(request.entity, where());
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_db, name);
        if (!db.open())
            failure = db.lastError().text();
        else if (Status configured = PgSession(PgSession::connectionOf(db)).configure();
                 !configured)
            failure = configured.error().message;
        if (!failure.isEmpty())
            db.close();
    }
    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        return Error::runtime(context + QStringLiteral(": cannot open a connection: ") + failure);
    }
    auto stream = PostgresqlStream::start(name, select, blobColumns, request.chunkSize, context);
    if (!stream)
        return stream.error();
    return std::unique_ptr<RowStream>(std::move(*stream));
}

Result<std::unique_ptr<EntityWriter>> PostgresqlConnection::writer(const WriteSpec& spec)
{
    Table table;
    Result<EntityInfo> target = describe(spec.entity, &table, RowCount::Skip);
    if (!target)
        return target.error();
    if (Status checked = RequestCheck::write(spec, *target, where()); !checked)
        return checked.error();
    auto writer = PostgresqlWriter::create(m_session->connection(), m_db.driver(), table.sql, spec,
        *target, QStringLiteral("writing table '%1' of %2").arg(spec.entity, where()));
    if (!writer)
        return writer.error();
    return std::unique_ptr<EntityWriter>(std::move(*writer));
}

Result<std::unique_ptr<RowStream>> PostgresqlConnection::readKeys(
    const ReadRequest& request, const QList<QVariantList>& keys)
{
    Table table;
    Result<EntityInfo> info = describe(request.entity, &table, RowCount::Skip);
    if (!info)
        return info.error();
    if (Status checked = RequestCheck::read(request, *info, where()); !checked)
        return checked.error();
    const QString context
        = QStringLiteral("reading rows by key from table '%1' of %2").arg(request.entity, where());

    // Key values are cast to their column's type without its modifiers: varchar(5) or
    // numeric(10,2) would cut or round a value that no row holds into one that some row does.
    Result<PgResult> types = m_session->execParams(
        QByteArrayLiteral("SELECT a.attname, pg_catalog.quote_ident(n.nspname) || '.' || "
                          "pg_catalog.quote_ident(t.typname) FROM pg_catalog.pg_attribute a "
                          "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
                          "JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
                          "WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped"),
        { table.oid });
    if (!types)
        return Error::runtime(context + QStringLiteral(": ") + types.error().message);
    QHash<QString, QString> typeOf;
    for (int row = 0; row < PQntuples(types->get()); ++row)
        typeOf.insert(cell(types->get(), row, 0), cell(types->get(), row, 1));

    // The select read() makes, so that values come out alike.
    const QSqlDriver* driver = m_db.driver();
    const QString alias = QStringLiteral("syncline_src");
    const auto column = [&](const QString& name) -> QString {
        return alias + u'.' + SqlIdentifier::quote(driver, name);
    };
    QStringList selected;
    QList<bool> blobColumns;
    for (const QString& name : request.columns) {
        selected.append(column(name) + QStringLiteral("::text"));
        blobColumns.append(info->column(name)->type.kind == FieldType::Kind::Blob);
    }
    QList<PostgresqlKeyStream::KeyColumn> keyColumns;
    for (const QString& key : request.keyColumns) {
        const ColumnInfo* described = info->column(key);
        keyColumns.append({ column(key), typeOf.value(key), described->collatable,
            described->type.kind == FieldType::Kind::Blob });
    }
    const QString select = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + table.sql + QStringLiteral(" AS ") + alias;
    auto stream = PostgresqlKeyStream::open(
        m_session->connection(), select, keyColumns, blobColumns, keys, request.chunkSize, context);
    if (!stream)
        return stream.error();
    return std::unique_ptr<RowStream>(std::move(*stream));
}

Result<PostgresqlCapture::Table> PostgresqlConnection::captureTable(
    const QString& entity, PostgresqlCapture& capture)
{
    Result<Table> resolved = resolve(entity);
    if (!resolved)
        return resolved.error();
    PostgresqlCapture::Table table;
    table.oid = resolved->oid;
    if (Status identified = capture.identify(table, entity); !identified)
        return identified.error();
    return table;
}

Status PostgresqlConnection::enableCapture(const QString& entity, const QStringList& keyColumns)
{
    PostgresqlCapture capture(m_session->connection(), where());
    Result<PostgresqlCapture::Table> table = captureTable(entity, capture);
    if (!table)
        return table.error();
    Result<EntityInfo> info = describe(entity, nullptr, RowCount::Skip);
    if (!info)
        return info.error();
    return capture.enable(*table, *info, keyColumns);
}

Status PostgresqlConnection::disableCapture(const QString& entity)
{
    PostgresqlCapture capture(m_session->connection(), where());
    Result<PostgresqlCapture::Table> table = captureTable(entity, capture);
    if (!table)
        return table.error();
    return capture.disable(*table);
}

Result<bool> PostgresqlConnection::captureEnabled(const QString& entity)
{
    PostgresqlCapture capture(m_session->connection(), where());
    Result<PostgresqlCapture::Table> table = captureTable(entity, capture);
    if (!table)
        return table.error();
    return capture.isEnabled(*table);
}

Result<std::unique_ptr<ChangeStream>> PostgresqlConnection::readChanges(
    const QString& entity, qint64 afterSequence)
{
    PostgresqlCapture capture(m_session->connection(), where());
    Result<PostgresqlCapture::Table> table = captureTable(entity, capture);
    if (!table)
        return table.error();
    return capture.readChanges(*table, afterSequence);
}

Result<qint64> PostgresqlConnection::latestChange(const QString& entity)
{
    PostgresqlCapture capture(m_session->connection(), where());
    Result<PostgresqlCapture::Table> table = captureTable(entity, capture);
    if (!table)
        return table.error();
    return capture.latest(*table);
}

} // namespace Syncline
