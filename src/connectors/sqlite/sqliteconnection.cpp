// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include "connectors/connectorslogging.h"
#include "connectors/requestcheck.h"
#include "connectors/sqlidentifier.h"
#include "sqlitecapture.h"
#include "sqlitekeystream.h"
#include "sqlitestream.h"
#include "sqlitewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace Syncline {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter { 0 };
    return QStringLiteral("syncline-sqlite-%1").arg(counter.fetch_add(1) + 1);
}

const QString MemoryPath = QStringLiteral(":memory:");

} // namespace

Result<QString> SqliteConnection::pathFromUrl(const QString& url)
{
    const QString scheme = QStringLiteral("sqlite:");
    if (!url.startsWith(scheme))
        return Error::badInput(QStringLiteral("'%1' is not a sqlite: URL").arg(url));
    QString path = url.mid(scheme.size());
    if (path.startsWith(QStringLiteral("//"))) {
        // sqlite:///abs/path: an empty authority, then an absolute path.
        path = path.mid(2);
        if (!path.startsWith(u'/'))
            return Error::badInput(QStringLiteral("'%1': expected sqlite:///absolute/path or "
                                                  "sqlite:relative/path")
                                       .arg(url));
    }
    if (path.isEmpty())
        return Error::badInput(QStringLiteral("'%1' names no file").arg(url));
    if (path == MemoryPath)
        return path;
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(
    const QString& endpointName, const QString& url)
{
    const QString where = QStringLiteral("endpoint %1 (%2)").arg(endpointName, url);
    Result<QString> path = pathFromUrl(url);
    if (!path)
        return path.error().within(QStringLiteral("endpoint %1").arg(endpointName));
    // QSQLITE would create a missing file: a typo in a URL must not make an empty database.
    if (*path != MemoryPath && !QFileInfo(*path).isFile())
        return Error::badInput(
            QStringLiteral("%1: the SQLite file %2 does not exist").arg(where, *path));

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(*path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            qCDebug(lcConnectors) << "opened" << where << "as" << name;
            return std::unique_ptr<SqliteConnection>(new SqliteConnection(endpointName, url, db));
        }
    }
    const QString text = QSqlDatabase::database(name, false).lastError().text();
    QSqlDatabase::removeDatabase(name);
    return Error::runtime(QStringLiteral("%1: cannot open: %2").arg(where, text));
}

SqliteConnection::SqliteConnection(QString endpointName, QString url, QSqlDatabase database)
    : m_endpointName(std::move(endpointName))
    , m_url(std::move(url))
    , m_db(std::move(database))
{ }

SqliteConnection::~SqliteConnection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    // removeDatabase() wants no QSqlDatabase object of the connection left.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString SqliteConnection::where() const
{
    return QStringLiteral("endpoint %1 (%2)").arg(m_endpointName, m_url);
}

Error SqliteConnection::failure(const QString& what, const QString& driverText) const
{
    return Error::runtime(QStringLiteral("%1: %2: %3").arg(where(), what, driverText));
}

Result<QString> SqliteConnection::serverVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return failure(QStringLiteral("cannot read the SQLite version"), query.lastError().text());
    return QString(QStringLiteral("SQLite ") + query.value(0).toString());
}

Result<QStringList> SqliteConnection::entities()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                   "AND name NOT IN ('syncline_changelog', 'syncline_capture') "
                                   "ORDER BY name")))
        return failure(QStringLiteral("cannot list tables"), query.lastError().text());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<EntityInfo> SqliteConnection::describe(const QString& entity)
{
    return describe(entity, RowCount::Count);
}

Result<EntityInfo> SqliteConnection::describeSchema(const QString& entity)
{
    return describe(entity, RowCount::Skip);
}

Result<EntityInfo> SqliteConnection::describe(const QString& entity, RowCount rowCount)
{
    // SQLite matches table names without regard to case; so does the lookup.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                 "AND name = ? COLLATE NOCASE"));
    query.addBindValue(entity);
    if (!query.exec())
        return failure(
            QStringLiteral("cannot look up table '%1'").arg(entity), query.lastError().text());
    if (!query.next())
        return Error::badInput(
            QStringLiteral("table '%1' not found in endpoint %2").arg(entity, m_endpointName));
    const QString table = query.value(0).toString();
    query.finish();

    EntityInfo info;
    info.name = entity;
    QList<QPair<int, QString>> primaryKey;
    query.prepare(QStringLiteral("SELECT name, type, \"notnull\", pk, dflt_value IS NOT NULL "
                                 "FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    if (!query.exec())
        return failure(
            QStringLiteral("cannot describe table '%1'").arg(entity), query.lastError().text());
    while (query.next()) {
        ColumnInfo column;
        column.name = query.value(0).toString();
        column.declaredType = query.value(1).toString();
        column.type = FieldType::fromDeclared(column.declaredType);
        column.notNull = query.value(2).toLongLong() != 0;
        column.primaryKeyPosition = query.value(3).toInt();
        column.hasDefault = query.value(4).toLongLong() != 0;
        // Text, and untyped columns that may hold text, compare under a collation.
        column.collatable
            = column.type.kind == FieldType::Kind::Text || column.type.kind == FieldType::Kind::Any;
        if (column.primaryKeyPosition > 0)
            primaryKey.append({ column.primaryKeyPosition, column.name });
        info.columns.append(column);
    }
    query.finish();
    std::sort(primaryKey.begin(), primaryKey.end());
    for (const auto& part : std::as_const(primaryKey))
        info.primaryKey.append(part.second);
    // A single-column INTEGER PRIMARY KEY is the rowid: SQLite assigns it when left out.
    if (info.primaryKey.size() == 1) {
        for (ColumnInfo& column : info.columns) {
            if (column.name == info.primaryKey.first()
                && column.declaredType.compare(u"integer", Qt::CaseInsensitive) == 0)
                column.hasDefault = true;
        }
    }
    if (!info.primaryKey.isEmpty())
        info.uniqueKeys.append(info.primaryKey);

    // Unique indexes and UNIQUE constraints; partial indexes and indexes on expressions are
    // no keys. The primary key's own index (origin 'pk') is already listed.
    QStringList uniqueIndexes;
    query.prepare(QStringLiteral("SELECT name FROM pragma_index_list(?) "
                                 "WHERE \"unique\" = 1 AND partial = 0 AND origin <> 'pk' "
                                 "ORDER BY name"));
    query.addBindValue(table);
    if (!query.exec())
        return failure(QStringLiteral("cannot list the indexes of table '%1'").arg(entity),
            query.lastError().text());
    while (query.next())
        uniqueIndexes.append(query.value(0).toString());
    query.finish();
    for (const QString& index : std::as_const(uniqueIndexes)) {
        query.prepare(QStringLiteral("SELECT cid, name FROM pragma_index_info(?) ORDER BY seqno"));
        query.addBindValue(index);
        if (!query.exec())
            return failure(
                QStringLiteral("cannot read index '%1'").arg(index), query.lastError().text());
        QStringList columns;
        bool plainColumns = true;
        while (query.next()) {
            plainColumns = plainColumns && query.value(0).toInt() >= 0;
            columns.append(query.value(1).toString());
        }
        query.finish();
        if (plainColumns && !columns.isEmpty() && !info.uniqueKeys.contains(columns))
            info.uniqueKeys.append(columns);
    }

    if (rowCount == RowCount::Skip)
        return info;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ")
            + SqlIdentifier::quote(m_db.driver(), table, QSqlDriver::TableName))
        || !query.next())
        return failure(QStringLiteral("cannot count the rows of table '%1'").arg(entity),
            query.lastError().text());
    info.rowEstimate = query.value(0).toLongLong();
    return info;
}

Result<std::unique_ptr<RowStream>> SqliteConnection::read(const ReadRequest& request)
{
    Result<EntityInfo> info = describe(request.entity, RowCount::Skip);
    if (!info)
        return info.error();
    if (Status checked = RequestCheck::read(request, *info, where()); !checked)
        return checked.error();

    const QSqlDriver* driver = m_db.driver();
    QList<int> keyIndexes;
    QStringList keyTerms;
    for (const QString& key : request.keyColumns) {
        keyIndexes.append(int(request.columns.indexOf(key)));
        // Bytewise order for text whatever collation the column declares, as KeyCodec orders.
        QString term = SqlIdentifier::quote(driver, key);
        if (info->column(key)->collatable)
            term += QStringLiteral(" COLLATE BINARY");
        keyTerms.append(term);
    }
    const bool hasWatermark = !request.watermarkColumn.isEmpty() && request.watermark.isValid()
        && !request.watermark.isNull();
    const QString select = QStringLiteral("SELECT ")
        + SqlIdentifier::quoteList(driver, request.columns) + QStringLiteral(" FROM ")
        + SqlIdentifier::quote(driver, request.entity, QSqlDriver::TableName);
    const QString watermark = hasWatermark
        ? SqlIdentifier::quote(driver, request.watermarkColumn) + QStringLiteral(" >= ?")
        : QString();
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < keyTerms.size(); ++i)
        placeholders += QStringLiteral(", ?");
    const QString after = QStringLiteral("(") + keyTerms.join(QStringLiteral(", "))
        + QStringLiteral(") > (") + placeholders + QStringLiteral(")");
    const QString tail = QStringLiteral(" ORDER BY ") + keyTerms.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT ") + QString::number(request.chunkSize);

    SqliteStream::Statements statements;
    statements.first
        = select + (hasWatermark ? QStringLiteral(" WHERE ") + watermark : QString()) + tail;
    statements.next = select + QStringLiteral(" WHERE ")
        + (hasWatermark ? watermark + QStringLiteral(" AND ") : QString()) + after + tail;
    qCDebug(lcConnectors) << where() << "reads with" << statements.next;
    auto stream = SqliteStream::open(m_db, statements,
        hasWatermark ? request.watermark : QVariant(), keyIndexes, request.chunkSize,
        QStringLiteral("reading table '%1' of %2").arg(request.entity, where()));
    if (!stream)
        return stream.error();
    return std::unique_ptr<RowStream>(std::move(*stream));
}

Result<std::unique_ptr<EntityWriter>> SqliteConnection::writer(const WriteSpec& spec)
{
    Result<EntityInfo> target = describe(spec.entity, RowCount::Skip);
    if (!target)
        return target.error();
    if (Status checked = RequestCheck::write(spec, *target, where()); !checked)
        return checked.error();
    auto writer = SqliteWriter::create(
        m_db, spec, *target, QStringLiteral("writing table '%1' of %2").arg(spec.entity, where()));
    if (!writer)
        return writer.error();
    return std::unique_ptr<EntityWriter>(std::move(*writer));
}

Result<std::unique_ptr<RowStream>> SqliteConnection::readKeys(
    const ReadRequest& request, const QList<QVariantList>& keys)
{
    Result<EntityInfo> info = describe(request.entity, RowCount::Skip);
    if (!info)
        return info.error();
    if (Status checked = RequestCheck::read(request, *info, where()); !checked)
        return checked.error();
    auto stream = SqliteKeyStream::open(m_db,
        SqlIdentifier::quote(m_db.driver(), request.entity, QSqlDriver::TableName), request, *info,
        keys,
        QStringLiteral("reading rows by key from table '%1' of %2").arg(request.entity, where()));
    if (!stream)
        return stream.error();
    return std::unique_ptr<RowStream>(std::move(*stream));
}

Status SqliteConnection::enableCapture(const QString& entity, const QStringList& keyColumns)
{
    SqliteCapture capture(m_db, where());
    Result<QString> table = capture.tableName(entity);
    if (!table)
        return table.error();
    Result<EntityInfo> info = describe(*table, RowCount::Skip);
    if (!info)
        return info.error();
    return capture.enable(*table, *info, keyColumns);
}

Status SqliteConnection::disableCapture(const QString& entity)
{
    SqliteCapture capture(m_db, where());
    Result<QString> table = capture.tableName(entity);
    if (!table)
        return table.error();
    return capture.disable(*table);
}

Result<bool> SqliteConnection::captureEnabled(const QString& entity)
{
    SqliteCapture capture(m_db, where());
    Result<QString> table = capture.tableName(entity);
    if (!table)
        return table.error();
    return capture.isEnabled(*table);
}

Result<std::unique_ptr<ChangeStream>> SqliteConnection::readChanges(
    const QString& entity, qint64 afterSequence)
{
    SqliteCapture capture(m_db, where());
    Result<QString> table = capture.tableName(entity);
    if (!table)
        return table.error();
    return capture.readChanges(*table, afterSequence);
}

Result<qint64> SqliteConnection::latestChange(const QString& entity)
{
    SqliteCapture capture(m_db, where());
    Result<QString> table = capture.tableName(entity);
    if (!table)
        return table.error();
    return capture.latest(*table);
}

} // namespace Syncline
