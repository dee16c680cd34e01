// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/connectionfactory.h"
#include "core/canonicalizer.h"
#include "testpostgres.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace Syncline;
using Syncline::Test::TestPostgres;

namespace {

using Rows = QList<QVariantList>;
using K = FieldType::Kind;

Result<Rows> readAll(RowStream& stream)
{
    Rows rows;
    QVariantList row;
    while (true) {
        Result<bool> more = stream.next(row);
        if (!more)
            return more.error();
        if (!*more)
            return rows;
        rows.append(row);
    }
}

Result<Rows> readAll(Connection& connection, const ReadRequest& request)
{
    auto stream = connection.read(request);
    if (!stream)
        return stream.error();
    return readAll(**stream);
}

ReadRequest request(
    const QString& entity, const QStringList& columns, const QStringList& keys, int chunkSize = 3)
{
    ReadRequest r;
    r.entity = entity;
    r.columns = columns;
    r.keyColumns = keys;
    r.chunkSize = chunkSize;
    return r;
}

WriteSpec spec(const QString& entity, const QStringList& columns, const QList<FieldType>& types,
    const QList<int>& keys)
{
    WriteSpec s;
    s.entity = entity;
    s.columns = columns;
    s.types = types;
    s.keyIndexes = keys;
    return s;
}

} // namespace

// PostgresqlConnection against the test PostgreSQL server (scripts/with-test-postgres.sh):
// describe through pg_catalog, cursor reads in bytewise key order, the COPY writer with its
// row-by-row fallback. Results are checked with plain SQL on a connection of the test's own.
class PostgresqlConnectionTest final : public QObject
{
    Q_OBJECT

private:
    TestPostgres m_pg;
    QString m_database;
    const QString m_admin = QStringLiteral("tst_postgresqlconnection_admin");

    QSqlDatabase admin() const { return QSqlDatabase::database(m_admin, false); }

    std::unique_ptr<Connection> open()
    {
        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("warehouse");
        endpoint.kind = QStringLiteral("postgresql");
        endpoint.url = m_pg.url(m_database);
        auto connection = ConnectionFactory::open(endpoint, QString());
        if (!connection) {
            qWarning() << connection.error().message;
            return nullptr;
        }
        return std::move(*connection);
    }

    bool exec(const QStringList& statements)
    {
        QSqlDatabase db = admin();
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                qWarning() << statement << q.lastError().text();
                return false;
            }
        }
        return true;
    }

    // Rows of a plain SQL query, every value as text (NULL as an invalid QVariant).
    Rows query(const QString& sql)
    {
        Rows rows;
        QSqlQuery q(admin());
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.isNull(i) ? QVariant() : QVariant(q.value(i).toString()));
            rows.append(row);
        }
        return rows;
    }

    QString scalar(const QString& sql) { return query(sql).value(0).value(0).toString(); }

private slots:
    void initTestCase()
    {
        SYNCLINE_REQUIRE_POSTGRES();
        m_database = m_pg.createDatabase(QStringLiteral("tst_pgconnection"));
        QVERIFY2(!m_database.isEmpty(), qPrintable(m_pg.lastError()));
        QSqlDatabase db = m_pg.open(m_database, m_admin);
        QVERIFY2(db.isOpen(), qPrintable(m_pg.lastError()));
        QVERIFY(exec({ QStringLiteral("SET client_min_messages = warning"),
            QStringLiteral("SET TimeZone = 'UTC'") }));
    }

    void openAndConnectionErrors()
    {
        auto connection = open();
        QVERIFY(connection);
        QCOMPARE(connection->kind(), QStringLiteral("postgresql"));
        auto version = connection->serverVersion();
        QVERIFY2(version, qPrintable(version.error().message));
        QVERIFY2(version->startsWith(QStringLiteral("PostgreSQL ")), qPrintable(*version));

        // Nothing listens on port 1: a runtime error naming endpoint and URL, never the password.
        EndpointConfig bad;
        bad.name = QStringLiteral("nowhere");
        bad.kind = QStringLiteral("postgresql");
        bad.url = QStringLiteral("postgresql://someone@127.0.0.1:1/db?connect_timeout=5");
        auto failed = ConnectionFactory::open(bad, QStringLiteral("s3cr3t-pw"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::Runtime);
        QVERIFY2(failed.error().message.contains(QStringLiteral("endpoint nowhere")),
            qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(bad.url), qPrintable(failed.error().message));
        QVERIFY(!failed.error().message.contains(QStringLiteral("s3cr3t-pw")));

        EndpointConfig missingDb = bad;
        missingDb.url = m_pg.url(QStringLiteral("no_such_database_here"));
        failed = ConnectionFactory::open(missingDb, QString());
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("no_such_database_here")),
            qPrintable(failed.error().message));

        EndpointConfig withPassword = bad;
        withPassword.url = QStringLiteral("postgresql://u:pw@127.0.0.1:1/db");
        failed = ConnectionFactory::open(withPassword, QString());
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::BadInput);
        QVERIFY(!failed.error().message.contains(QStringLiteral(":pw@")));
    }

    void describeTypesAndKeys()
    {
        QVERIFY(exec({
            QStringLiteral("CREATE TABLE items (id integer PRIMARY KEY, gone text, "
                           "code varchar(80) NOT NULL UNIQUE, price numeric(18,4), "
                           "weight double precision, seen timestamptz, seen_local timestamp(3), "
                           "born date, flag boolean, photo bytea, note text, region text, "
                           "sku text, doc jsonb)"),
            QStringLiteral("ALTER TABLE items DROP COLUMN gone"),
            QStringLiteral("CREATE UNIQUE INDEX items_region_sku ON items (region, sku)"),
            QStringLiteral("CREATE UNIQUE INDEX items_partial ON items (weight) WHERE weight > 0"),
            QStringLiteral("CREATE UNIQUE INDEX items_expr ON items (lower(sku))"),
            QStringLiteral("CREATE UNIQUE INDEX items_note ON items (note) INCLUDE (sku)"),
            QStringLiteral("INSERT INTO items (id, code) VALUES (1, 'a'), (2, 'b'), (3, 'c')"),
            QStringLiteral("CREATE SCHEMA sales"),
            QStringLiteral("CREATE TABLE sales.orders (region text, id bigint, total numeric, "
                           "PRIMARY KEY (id, region))"),
        }));
        auto connection = open();
        QVERIFY(connection);
        auto info = connection->describe(QStringLiteral("items"));
        QVERIFY2(info, qPrintable(info.error().message));
        QStringList names;
        for (const ColumnInfo& c : info->columns)
            names.append(c.name);
        QCOMPARE(names,
            QStringList({ QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("price"),
                QStringLiteral("weight"), QStringLiteral("seen"), QStringLiteral("seen_local"),
                QStringLiteral("born"), QStringLiteral("flag"), QStringLiteral("photo"),
                QStringLiteral("note"), QStringLiteral("region"), QStringLiteral("sku"),
                QStringLiteral("doc") }));
        const auto col = [&](const QString& name) { return *info->column(name); };
        QCOMPARE(col(QStringLiteral("id")).declaredType, QStringLiteral("integer"));
        QCOMPARE(col(QStringLiteral("id")).type.kind, K::Integer);
        QVERIFY(col(QStringLiteral("id")).notNull);
        QVERIFY(!col(QStringLiteral("id")).collatable);
        QCOMPARE(col(QStringLiteral("id")).primaryKeyPosition, 1);
        QCOMPARE(col(QStringLiteral("code")).declaredType, QStringLiteral("character varying(80)"));
        QCOMPARE(col(QStringLiteral("code")).type.kind, K::Text);
        QVERIFY(col(QStringLiteral("code")).notNull);
        QVERIFY(col(QStringLiteral("code")).collatable);
        QCOMPARE(col(QStringLiteral("code")).primaryKeyPosition, 0);
        QCOMPARE(col(QStringLiteral("price")).declaredType, QStringLiteral("numeric(18,4)"));
        QCOMPARE(col(QStringLiteral("price")).type, FieldType::decimal(18, 4));
        QVERIFY(!col(QStringLiteral("price")).notNull);
        QCOMPARE(col(QStringLiteral("weight")).type.kind, K::Real);
        QCOMPARE(
            col(QStringLiteral("seen")).declaredType, QStringLiteral("timestamp with time zone"));
        QCOMPARE(col(QStringLiteral("seen")).type.kind, K::TimestampTz);
        QCOMPARE(col(QStringLiteral("seen_local")).declaredType,
            QStringLiteral("timestamp(3) without time zone"));
        QCOMPARE(col(QStringLiteral("seen_local")).type.kind, K::Timestamp);
        QCOMPARE(col(QStringLiteral("born")).type.kind, K::Date);
        QCOMPARE(col(QStringLiteral("flag")).type.kind, K::Bool);
        QCOMPARE(col(QStringLiteral("photo")).type.kind, K::Blob);
        QVERIFY(!col(QStringLiteral("photo")).collatable);
        QCOMPARE(col(QStringLiteral("doc")).type.kind, K::Text);
        QVERIFY(!col(QStringLiteral("doc")).collatable);
        QCOMPARE(info->primaryKey, QStringList({ QStringLiteral("id") }));
        // Primary key first; no partial or expression index; INCLUDE columns are no key.
        QCOMPARE(info->uniqueKeys.size(), 4);
        QCOMPARE(info->uniqueKeys[0], QStringList({ QStringLiteral("id") }));
        QVERIFY(info->uniqueKeys.contains(QStringList({ QStringLiteral("code") })));
        QVERIFY(info->uniqueKeys.contains(
            QStringList({ QStringLiteral("region"), QStringLiteral("sku") })));
        QVERIFY(info->uniqueKeys.contains(QStringList({ QStringLiteral("note") })));
        QCOMPARE(info->rowEstimate, 3);
        QVERIFY(exec({ QStringLiteral("ANALYZE items") }));
        info = connection->describe(QStringLiteral("items"));
        QVERIFY(info);
        QCOMPARE(info->rowEstimate, 3);

        auto orders = connection->describe(QStringLiteral("sales.orders"));
        QVERIFY2(orders, qPrintable(orders.error().message));
        QCOMPARE(orders->name, QStringLiteral("sales.orders"));
        QCOMPARE(
            orders->primaryKey, QStringList({ QStringLiteral("id"), QStringLiteral("region") }));
        QCOMPARE(orders->columns[0].primaryKeyPosition, 2);
        QCOMPARE(orders->columns[1].primaryKeyPosition, 1);
        QCOMPARE(orders->columns[2].type, FieldType::decimal(-1, -1));
        QCOMPARE(orders->rowEstimate, 0);

        auto entities = connection->entities();
        QVERIFY2(entities, qPrintable(entities.error().message));
        QVERIFY(entities->contains(QStringLiteral("items")));
        QVERIFY(entities->contains(QStringLiteral("sales.orders")));
        QVERIFY(!entities->contains(QStringLiteral("pg_class")));
        QVERIFY(entities->indexOf(QStringLiteral("items"))
            < entities->indexOf(QStringLiteral("sales.orders")));

        for (const QString& missing : { QStringLiteral("nope"), QStringLiteral("sales.nope"),
                 QStringLiteral("nope.items") }) {
            auto failed = connection->describe(missing);
            QVERIFY(!failed);
            QCOMPARE(failed.error().kind, ErrorKind::BadInput);
            QCOMPARE(failed.error().message,
                QStringLiteral("table '%1' not found in endpoint warehouse").arg(missing));
        }
    }

    void weirdNames()
    {
        QVERIFY(exec({
            QStringLiteral("CREATE SCHEMA \"My Schema\""),
            QStringLiteral(
                "CREATE TABLE \"My Schema\".\"order\" (\"select\" integer PRIMARY KEY, "
                "\"Full Name\" text, \"we\"\"ird\" text, \"a.b\" text, \"\"\"q\"\"\" text)"),
            QStringLiteral("INSERT INTO \"My Schema\".\"order\" VALUES (2, 'Bob', 'x', 'y', 'z'), "
                           "(1, 'Ann', NULL, NULL, NULL)"),
            QStringLiteral("CREATE TABLE \"Mixed.Case\" (\"ID\" integer PRIMARY KEY)"),
            QStringLiteral("INSERT INTO \"Mixed.Case\" VALUES (5)"),
        }));
        auto connection = open();
        QVERIFY(connection);
        const QString entity = QStringLiteral("My Schema.order");
        const QStringList columns = { QStringLiteral("select"), QStringLiteral("Full Name"),
            QStringLiteral("we\"ird"), QStringLiteral("a.b"), QStringLiteral("\"q\"") };
        auto info = connection->describe(entity);
        QVERIFY2(info, qPrintable(info->name));
        QStringList names;
        for (const ColumnInfo& c : info->columns)
            names.append(c.name);
        QCOMPARE(names, columns);
        QCOMPARE(info->primaryKey, QStringList({ QStringLiteral("select") }));
        auto entities = connection->entities();
        QVERIFY(entities);
        QVERIFY(entities->contains(entity));
        QVERIFY(entities->contains(QStringLiteral("Mixed.Case")));

        auto rows = readAll(*connection, request(entity, columns, { QStringLiteral("select") }, 1));
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(*rows,
            Rows({ { QStringLiteral("1"), QStringLiteral("Ann"), QVariant(), QVariant(),
                       QVariant() },
                { QStringLiteral("2"), QStringLiteral("Bob"), QStringLiteral("x"),
                    QStringLiteral("y"), QStringLiteral("z") } }));
        // A dot that separates no schema: the whole name is the table.
        auto mixed = readAll(*connection,
            request(
                QStringLiteral("Mixed.Case"), { QStringLiteral("ID") }, { QStringLiteral("ID") }));
        QVERIFY2(mixed, qPrintable(mixed.error().message));
        QCOMPARE(*mixed, Rows({ { QStringLiteral("5") } }));

        auto writer = connection->writer(spec(entity, columns,
            { FieldType::of(K::Integer), FieldType::of(K::Text), FieldType::of(K::Text),
                FieldType::of(K::Text), FieldType::of(K::Text) },
            { 0 }));
        QVERIFY2(writer, qPrintable(writer.error().message));
        WriteBatch batch;
        batch.upserts = { { 2LL, QStringLiteral("Bobby"), QStringLiteral("w"), QVariant(),
                              QStringLiteral("q") },
            { 3LL, QStringLiteral("Cy"), QVariant(), QVariant(), QVariant() } };
        batch.deletes = { { 1LL } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QVERIFY(outcome->rejected.isEmpty());
        QCOMPARE(outcome->upserted, 2);
        QCOMPARE(outcome->deleted, 1);
        // Row by row too (a NOT NULL-free table has no bad rows: force it with a CHECK).
        QVERIFY(exec({ QStringLiteral("ALTER TABLE \"My Schema\".\"order\" ADD CHECK "
                                      "(\"select\" < 100)") }));
        batch.upserts
            = { { 4LL, QStringLiteral("Di"), QVariant(), QStringLiteral("d"), QVariant() },
                  { 100LL, QStringLiteral("bad"), QVariant(), QVariant(), QVariant() } };
        batch.deletes = { { 3LL } };
        outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->rejected.size(), 1);
        QCOMPARE(outcome->rejected[0].index, 1);
        writer->reset();
        QCOMPARE(query(QStringLiteral("SELECT \"select\", \"Full Name\", \"we\"\"ird\", \"a.b\", "
                                      "\"\"\"q\"\"\" FROM \"My Schema\".\"order\" ORDER BY 1")),
            Rows({ { QStringLiteral("2"), QStringLiteral("Bobby"), QStringLiteral("w"), QVariant(),
                       QStringLiteral("q") },
                { QStringLiteral("4"), QStringLiteral("Di"), QVariant(), QStringLiteral("d"),
                    QVariant() } }));
    }

    void readIntegerKeysInChunks()
    {
        QStringList statements
            = { QStringLiteral("CREATE TABLE ints (id integer PRIMARY KEY, v text)") };
        for (int id : { 7, 3, 10, 1, 9, 2, 8, 4, 6, 5, 20 })
            statements.append(QStringLiteral("INSERT INTO ints VALUES (%1, 'v%1')").arg(id));
        QVERIFY(exec(statements));
        auto connection = open();
        QVERIFY(connection);
        for (int chunk : { 1, 3, 10, 11, 12, 1000 }) {
            auto rows = readAll(*connection,
                request(QStringLiteral("ints"), { QStringLiteral("v"), QStringLiteral("id") },
                    { QStringLiteral("id") }, chunk));
            QVERIFY2(rows, qPrintable(rows.error().message));
            QStringList ids;
            for (const QVariantList& row : *rows)
                ids.append(row.at(1).toString());
            // Numeric order, not the text order of the ::text values ("10" < "2").
            QCOMPARE(ids,
                QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                    QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                    QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                    QStringLiteral("10"), QStringLiteral("20") }));
            QCOMPARE(rows->at(0).at(0), QVariant(QStringLiteral("v1")));
        }
    }

    void readTextKeysBytewise()
    {
        const QStringList keys = { QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("a"),
            QStringLiteral("é"), QStringLiteral("E"), QStringLiteral("z"), QStringLiteral("Z"),
            QStringLiteral("😀"), QStringLiteral("É"), QStringLiteral("e"), QStringLiteral("ab"),
            QStringLiteral("a b"), QStringLiteral("") };
        QStringList statements
            = { QStringLiteral("CREATE TABLE words (k varchar(20) PRIMARY KEY, n integer)") };
        for (int i = 0; i < keys.size(); ++i)
            statements.append(
                QStringLiteral("INSERT INTO words VALUES ('%1', %2)").arg(keys[i]).arg(i));
        QVERIFY(exec(statements));
        QStringList expected = keys;
        std::sort(expected.begin(), expected.end(),
            [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });

        // The database's own order differs when its collation is a real locale (the test
        // server uses en_US.UTF-8 when the machine has it).
        const QString collation = scalar(QStringLiteral(
            "SELECT datcollate FROM pg_database WHERE datname = current_database()"));
        QStringList localeOrder;
        for (const QVariantList& row : query(QStringLiteral("SELECT k FROM words ORDER BY k")))
            localeOrder.append(row.at(0).toString());
        if (collation.startsWith(QStringLiteral("en_US")))
            QVERIFY(localeOrder != expected);

        auto connection = open();
        QVERIFY(connection);
        for (int chunk : { 1, 3, 100 }) {
            auto rows = readAll(*connection,
                request(QStringLiteral("words"), { QStringLiteral("k"), QStringLiteral("n") },
                    { QStringLiteral("k") }, chunk));
            QVERIFY2(rows, qPrintable(rows.error().message));
            QStringList got;
            for (const QVariantList& row : *rows)
                got.append(row.at(0).toString());
            QCOMPARE(got, expected);
            // '' is a value, not NULL.
            QVERIFY(rows->at(0).at(0).isValid());
        }
    }

    void readCompositeKeysAndWatermark()
    {
        QStringList statements = { QStringLiteral(
            "CREATE TABLE regional (region text, id integer, changed timestamptz, "
            "PRIMARY KEY (id, region))") };
        int n = 0;
        for (const QString& region :
            { QStringLiteral("eu"), QStringLiteral("EU"), QStringLiteral("us") }) {
            for (int id : { 3, 1, 12 })
                statements.append(
                    QStringLiteral("INSERT INTO regional VALUES ('%1', %2, "
                                   "'2024-01-01 00:00:00+00'::timestamptz + %3 * interval '1.5 s')")
                        .arg(region)
                        .arg(id)
                        .arg(++n));
        }
        QVERIFY(exec(statements));
        auto connection = open();
        QVERIFY(connection);
        const QStringList columns
            = { QStringLiteral("region"), QStringLiteral("id"), QStringLiteral("changed") };
        const QStringList keys = { QStringLiteral("region"), QStringLiteral("id") };
        auto rows = readAll(*connection, request(QStringLiteral("regional"), columns, keys, 2));
        QVERIFY2(rows, qPrintable(rows.error().message));
        QStringList got;
        for (const QVariantList& row : *rows)
            got.append(row.at(0).toString() + u':' + row.at(1).toString());
        QCOMPARE(got,
            QStringList({ QStringLiteral("EU:1"), QStringLiteral("EU:3"), QStringLiteral("EU:12"),
                QStringLiteral("eu:1"), QStringLiteral("eu:3"), QStringLiteral("eu:12"),
                QStringLiteral("us:1"), QStringLiteral("us:3"), QStringLiteral("us:12") }));
        // Timestamps come in UTC with microseconds, whatever the server's zone.
        QCOMPARE(rows->at(4).at(2), QVariant(QStringLiteral("2024-01-01 00:00:01.5+00")));

        // A watermark as an earlier read returned it.
        ReadRequest since = request(QStringLiteral("regional"), columns, keys, 2);
        since.watermarkColumn = QStringLiteral("changed");
        since.watermark = rows->at(3).at(2);
        auto recent = readAll(*connection, since);
        QVERIFY2(recent, qPrintable(recent.error().message));
        QCOMPARE(recent->size(), 8);
        since.watermark = QStringLiteral("2024-01-01 00:00:12+00");
        recent = readAll(*connection, since);
        QVERIFY2(recent, qPrintable(recent.error().message));
        QCOMPARE(recent->size(), 2);
        for (const QVariantList& row : *recent)
            QCOMPARE(row.at(0), QVariant(QStringLiteral("us")));
        // A quote in a watermark is data, not SQL.
        since.watermarkColumn = QStringLiteral("region");
        since.watermark = QStringLiteral("u'; DROP TABLE regional; --");
        recent = readAll(*connection, since);
        QVERIFY2(recent, qPrintable(recent.error().message));
        QCOMPARE(recent->size(), 3);
    }

    void readValues()
    {
        QVERIFY(exec({
            QStringLiteral("CREATE TABLE vals (id integer PRIMARY KEY, price numeric(18,4), "
                           "seen timestamptz, seen_local timestamp, born date, flag boolean, "
                           "photo bytea, ratio double precision, note text, big bigint)"),
            QStringLiteral("INSERT INTO vals VALUES (1, '12345678901234.5678', "
                           "'2024-02-29 13:34:56.123456+01', '2024-02-29 12:34:56.000001', "
                           "'1999-12-31', true, '\\x00ff5c09'::bytea, 0.1, 'tab\there', "
                           "9223372036854775807)"),
            QStringLiteral(
                "INSERT INTO vals (id, note, photo, flag) VALUES (2, '', ''::bytea, false)"),
            QStringLiteral("INSERT INTO vals (id) VALUES (3)"),
        }));
        auto connection = open();
        QVERIFY(connection);
        const QStringList columns = { QStringLiteral("id"), QStringLiteral("price"),
            QStringLiteral("seen"), QStringLiteral("seen_local"), QStringLiteral("born"),
            QStringLiteral("flag"), QStringLiteral("photo"), QStringLiteral("ratio"),
            QStringLiteral("note"), QStringLiteral("big") };
        auto rows = readAll(
            *connection, request(QStringLiteral("vals"), columns, { QStringLiteral("id") }));
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0),
            QVariantList({ QStringLiteral("1"), QStringLiteral("12345678901234.5678"),
                QStringLiteral("2024-02-29 12:34:56.123456+00"),
                QStringLiteral("2024-02-29 12:34:56.000001"), QStringLiteral("1999-12-31"),
                QStringLiteral("true"), QByteArray("\x00\xff\x5c\x09", 4), QStringLiteral("0.1"),
                QStringLiteral("tab\there"), QStringLiteral("9223372036854775807") }));
        // Empty text and an empty blob are values; NULL is an invalid QVariant.
        QCOMPARE(rows->at(1).at(8).typeId(), QMetaType::QString);
        QCOMPARE(rows->at(1).at(8).toString(), QString());
        QCOMPARE(rows->at(1).at(6).typeId(), QMetaType::QByteArray);
        QCOMPARE(rows->at(1).at(6).toByteArray().size(), 0);
        QCOMPARE(rows->at(1).at(5), QVariant(QStringLiteral("false")));
        for (int i = 1; i < columns.size(); ++i)
            QVERIFY2(!rows->at(2).at(i).isValid(), qPrintable(columns.at(i)));

        // What the engine will make of them.
        QCOMPARE(*Canonicalizer::canonicalize(rows->at(0).at(1), FieldType::decimal(18, 4)),
            QVariant(QStringLiteral("12345678901234.5678")));
        QCOMPARE(*Canonicalizer::canonicalize(rows->at(0).at(2), FieldType::of(K::TimestampTz)),
            QVariant(*Canonicalizer::parseTimestampMicros(u"2024-02-29 12:34:56.123456")));
        QCOMPARE(
            *Canonicalizer::canonicalize(rows->at(0).at(7), FieldType::of(K::Real)), QVariant(0.1));
    }

    void streamSnapshotWhileWriting()
    {
        QStringList statements
            = { QStringLiteral("CREATE TABLE snap (id integer PRIMARY KEY, v text)") };
        for (int id = 1; id <= 10; ++id)
            statements.append(QStringLiteral("INSERT INTO snap VALUES (%1, 'old')").arg(id));
        QVERIFY(exec(statements));
        auto connection = open();
        QVERIFY(connection);
        const QStringList before = QSqlDatabase::connectionNames();
        auto stream = connection->read(request(QStringLiteral("snap"),
            { QStringLiteral("id"), QStringLiteral("v") }, { QStringLiteral("id") }, 3));
        QVERIFY2(stream, qPrintable(stream.error().message));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
        QVariantList row;
        QVERIFY(*(*stream)->next(row));
        QCOMPARE(row.at(0), QVariant(QStringLiteral("1")));

        // The endpoint's connection writes while the stream is open (its own connection).
        auto writer = connection->writer(
            spec(QStringLiteral("snap"), { QStringLiteral("id"), QStringLiteral("v") },
                { FieldType::of(K::Integer), FieldType::of(K::Text) }, { 0 }));
        QVERIFY2(writer, qPrintable(writer.error().message));
        WriteBatch batch;
        batch.upserts = { { 1LL, QStringLiteral("new") }, { 11LL, QStringLiteral("added") } };
        batch.deletes = { { 5LL } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM snap")), QStringLiteral("10"));

        // The stream goes on in its snapshot: row 5 still there, row 11 not yet.
        auto rest = readAll(**stream);
        QVERIFY2(rest, qPrintable(rest.error().message));
        QCOMPARE(rest->size(), 9);
        QCOMPARE(rest->at(3).at(0), QVariant(QStringLiteral("5")));
        QCOMPARE(rest->last().at(0), QVariant(QStringLiteral("10")));
        // At the end, and it stays there.
        QVERIFY(!*(*stream)->next(row));
        stream->reset();
        QCOMPARE(QSqlDatabase::connectionNames(), before);

        // A stream dropped half-way leaves no connection behind; the endpoint goes on.
        stream = connection->read(
            request(QStringLiteral("snap"), { QStringLiteral("id") }, { QStringLiteral("id") }, 2));
        QVERIFY(stream);
        QVERIFY(*(*stream)->next(row));
        stream->reset();
        QCOMPARE(QSqlDatabase::connectionNames(), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                       "current_database() AND state = 'idle in transaction'")),
            QStringLiteral("0"));
        QVERIFY(connection->describe(QStringLiteral("snap")));
    }

    void writerUpsertsDeletesAndRejects()
    {
        QVERIFY(exec({
            QStringLiteral("CREATE TABLE w (id integer PRIMARY KEY, name text NOT NULL, "
                           "price numeric(18,4), seen timestamptz, seen_local timestamp, "
                           "born date, flag boolean, photo bytea, ratio double precision, "
                           "note text, qty integer CHECK (qty >= 0), active integer)"),
            QStringLiteral("INSERT INTO w (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')"),
        }));
        auto connection = open();
        QVERIFY(connection);
        auto writer = connection->writer(spec(QStringLiteral("w"),
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"),
                QStringLiteral("seen"), QStringLiteral("seen_local"), QStringLiteral("born"),
                QStringLiteral("flag"), QStringLiteral("photo"), QStringLiteral("ratio"),
                QStringLiteral("note"), QStringLiteral("qty"), QStringLiteral("active") },
            { FieldType::of(K::Integer), FieldType::of(K::Text), FieldType::decimal(18, 4),
                FieldType::of(K::TimestampTz), FieldType::of(K::Timestamp), FieldType::of(K::Date),
                FieldType::of(K::Bool), FieldType::of(K::Blob), FieldType::of(K::Real),
                FieldType::of(K::Text), FieldType::of(K::Integer), FieldType::of(K::Bool) },
            { 0 }));
        QVERIFY2(writer, qPrintable(writer.error().message));

        const qlonglong micros
            = *Canonicalizer::parseTimestampMicros(u"2024-02-29 12:34:56.123456");
        const qlonglong days = *Canonicalizer::parseDateDays(u"1999-12-31");
        const QString tricky = QStringLiteral("tab\there\nline\r\\N back\\slash 'q' \"d\" é😀");
        const QVariantList none = { QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
            QVariant(), QVariant(), QVariant(), QVariant(), QVariant() };
        WriteBatch batch;
        batch.upserts = {
            QVariantList({ 2LL, QStringLiteral("TWO"), QStringLiteral("12345678901234.5678"),
                micros, micros + 1, days, true, QByteArray("\x00\xff\\\t\n", 5), 0.1, tricky, 5LL,
                true }),
            QVariantList({ 4LL, QString() }) + none, // empty name, all else NULL
            QVariantList({ 5LL, QVariant() }) + none, // NOT NULL: rejected
            QVariantList({ 6LL, QStringLiteral("six"), QVariant(), QVariant(), QVariant(),
                QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), -1LL,
                QVariant() }), // CHECK: rejected
            QVariantList({ 7LL, QStringLiteral("nul"), QVariant(), QVariant(), QVariant(),
                QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("a\u0000b"),
                QVariant(), QVariant() }), // NUL: rejected before sending
            QVariantList({ 8LL, QStringLiteral("eight"), QStringLiteral("-0.5000") }) + none.mid(1),
        };
        batch.deletes = { { 3LL }, { 99LL } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 3);
        QCOMPARE(outcome->deleted, 2);
        QCOMPARE(outcome->rejected.size(), 3);
        QMap<int, QString> rejected;
        for (const RejectedRow& r : outcome->rejected) {
            QVERIFY(!r.isDelete);
            rejected.insert(r.index, r.error);
        }
        QCOMPARE(rejected.keys(), QList<int>({ 2, 3, 4 }));
        QVERIFY2(rejected[2].contains(QStringLiteral("null value in column \"name\"")),
            qPrintable(rejected[2]));
        QVERIFY2(rejected[2].contains(QStringLiteral("DETAIL: Failing row contains")),
            qPrintable(rejected[2]));
        QVERIFY2(rejected[3].contains(QStringLiteral("violates check constraint \"w_qty_check\"")),
            qPrintable(rejected[3]));
        QVERIFY2(rejected[4].contains(QStringLiteral("U+0000")) && rejected[4].contains(u"'note'"),
            qPrintable(rejected[4]));

        const QString select = QStringLiteral(
            "SELECT id, name, price::text, seen::text, seen_local::text, born::text, flag::text, "
            "encode(photo, 'hex'), ratio::text, note, qty, active FROM w ORDER BY id");
        Rows rows = query(select);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].at(1), QVariant(QStringLiteral("one")));
        QCOMPARE(rows[1],
            QVariantList(
                { QStringLiteral("2"), QStringLiteral("TWO"), QStringLiteral("12345678901234.5678"),
                    QStringLiteral("2024-02-29 12:34:56.123456+00"),
                    QStringLiteral("2024-02-29 12:34:56.123457"), QStringLiteral("1999-12-31"),
                    QStringLiteral("true"), QStringLiteral("00ff5c090a"), QStringLiteral("0.1"),
                    tricky, QStringLiteral("5"), QStringLiteral("1") }));
        QCOMPARE(rows[2].at(0), QVariant(QStringLiteral("4")));
        QCOMPARE(rows[2].at(1), QVariant(QString()));
        QVERIFY(rows[2].at(1).isValid());
        for (int i = 2; i < 12; ++i)
            QVERIFY(!rows[2].at(i).isValid());
        QCOMPARE(rows[3].at(2), QVariant(QStringLiteral("-0.5000")));

        // Re-applying the batch is harmless (and its bad rows are still bad).
        outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->rejected.size(), 3);
        QCOMPARE(query(select), rows);
        // The fast path alone once the bad rows are gone.
        batch.upserts = { batch.upserts[0], batch.upserts[1], batch.upserts[5] };
        outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QVERIFY(outcome->rejected.isEmpty());
        QCOMPARE(query(select), rows);
    }

    void writerIntoKnownEmptyTable()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE empty_t (id bigint PRIMARY KEY, "
                                      "v text NOT NULL, b bytea)") }));
        auto connection = open();
        QVERIFY(connection);
        WriteSpec s = spec(QStringLiteral("empty_t"),
            { QStringLiteral("id"), QStringLiteral("v"), QStringLiteral("b") },
            { FieldType::of(K::Integer), FieldType::of(K::Text), FieldType::of(K::Blob) }, { 0 });
        s.targetKnownEmpty = true;
        auto writer = connection->writer(s);
        QVERIFY2(writer, qPrintable(writer.error().message));
        WriteBatch batch;
        // Enough for several COPY pieces.
        const QString filler(200, u'x');
        for (int i = 0; i < 20000; ++i)
            batch.upserts.append(QVariantList({ qlonglong(i), QString(filler + QString::number(i)),
                QByteArray(QByteArray::number(i) + QByteArray("\0\\", 2)) }));
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 20000);
        QCOMPARE(query(QStringLiteral("SELECT count(*), sum(length(v)), count(DISTINCT b), "
                                      "min(encode(b, 'hex')) FROM empty_t")),
            Rows({ { QStringLiteral("20000"), QString::number(20000 * 200 + 88890),
                QStringLiteral("20000"), QStringLiteral("30005c") } }));

        // A key already there and a bad row: COPY fails, the batch is redone row by row.
        WriteBatch second;
        second.upserts = { { 5LL, QStringLiteral("five"), QVariant() },
            { 20000LL, QStringLiteral("new"), QVariant() }, { 20001LL, QVariant(), QVariant() } };
        outcome = (*writer)->apply(second);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 2);
        QCOMPARE(outcome->rejected.size(), 1);
        QCOMPARE(outcome->rejected[0].index, 2);
        QCOMPARE(
            query(QStringLiteral("SELECT v, b FROM empty_t WHERE id IN (5, 20000) ORDER BY id")),
            Rows(
                { { QStringLiteral("five"), QVariant() }, { QStringLiteral("new"), QVariant() } }));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM empty_t")), QStringLiteral("20001"));
    }

    void writerWithoutUniqueKeyAndSoftDelete()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE nokey (code text, part integer, "
                                      "v text CHECK (v <> 'bad'), deleted boolean NOT NULL "
                                      "DEFAULT false)"),
            QStringLiteral("INSERT INTO nokey (code, part, v) VALUES ('a', 1, 'old'), "
                           "('b', 1, 'keep'), ('b', 2, 'gone')") }));
        auto connection = open();
        QVERIFY(connection);
        WriteSpec s = spec(QStringLiteral("nokey"),
            { QStringLiteral("code"), QStringLiteral("part"), QStringLiteral("v") },
            { FieldType::of(K::Text), FieldType::of(K::Integer), FieldType::of(K::Text) },
            { 0, 1 });
        s.softDeleteColumn = QStringLiteral("deleted");
        auto writer = connection->writer(s);
        QVERIFY2(writer, qPrintable(writer.error().message));
        WriteBatch batch;
        batch.upserts = { { QStringLiteral("a"), 1LL, QStringLiteral("new") },
            { QStringLiteral("a"), 2LL, QStringLiteral("added") } };
        batch.deletes = { { QStringLiteral("b"), 1LL } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 2);
        QCOMPARE(outcome->deleted, 1);
        const QString select
            = QStringLiteral("SELECT code, part::text, v, deleted::text FROM nokey ORDER BY 1, 2");
        QCOMPARE(query(select),
            Rows({ { QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("new"),
                       QStringLiteral("false") },
                { QStringLiteral("a"), QStringLiteral("2"), QStringLiteral("added"),
                    QStringLiteral("false") },
                { QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("keep"),
                    QStringLiteral("true") },
                { QStringLiteral("b"), QStringLiteral("2"), QStringLiteral("gone"),
                    QStringLiteral("false") } }));

        // Row by row without a unique key: UPDATE, then INSERT when nothing matched.
        batch.upserts = { { QStringLiteral("a"), 1LL, QStringLiteral("bad") },
            { QStringLiteral("a"), 2LL, QStringLiteral("changed") },
            { QStringLiteral("c"), 1LL, QStringLiteral("third") } };
        batch.deletes = { { QStringLiteral("b"), 2LL } };
        outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 2);
        QCOMPARE(outcome->deleted, 1);
        QCOMPARE(outcome->rejected.size(), 1);
        QVERIFY2(outcome->rejected[0].error.contains(QStringLiteral("nokey_v_check")),
            qPrintable(outcome->rejected[0].error));
        QCOMPARE(query(select),
            Rows({ { QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("new"),
                       QStringLiteral("false") },
                { QStringLiteral("a"), QStringLiteral("2"), QStringLiteral("changed"),
                    QStringLiteral("false") },
                { QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("keep"),
                    QStringLiteral("true") },
                { QStringLiteral("b"), QStringLiteral("2"), QStringLiteral("gone"),
                    QStringLiteral("true") },
                { QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("third"),
                    QStringLiteral("false") } }));
        writer->reset();
        // The writer's staging tables went with it.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE "
                                       "'syncline\\_stage\\_%' AND relpersistence = 't'")),
            QStringLiteral("0"));
    }

    void writerDeletesByCompositeKey()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE comp (region text, id integer, v text, "
                                      "PRIMARY KEY (region, id))"),
            QStringLiteral("INSERT INTO comp VALUES ('eu', 1, 'a'), ('eu', 2, 'b'), "
                           "('us', 1, 'c'), ('EU', 1, 'd')") }));
        auto connection = open();
        QVERIFY(connection);
        // Key columns given in another order than the table's.
        auto writer = connection->writer(spec(QStringLiteral("comp"),
            { QStringLiteral("v"), QStringLiteral("id"), QStringLiteral("region") },
            { FieldType::of(K::Text), FieldType::of(K::Integer), FieldType::of(K::Text) },
            { 2, 1 }));
        QVERIFY2(writer, qPrintable(writer.error().message));
        WriteBatch batch;
        batch.deletes = { { QStringLiteral("eu"), 1LL }, { QStringLiteral("us"), 1LL },
            { QStringLiteral("xx"), 9LL } };
        batch.upserts = { { QStringLiteral("B"), 2LL, QStringLiteral("eu") } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->deleted, 3);
        QCOMPARE(query(QStringLiteral(
                     "SELECT region, id::text, v FROM comp ORDER BY region COLLATE \"C\", id")),
            Rows({ { QStringLiteral("EU"), QStringLiteral("1"), QStringLiteral("d") },
                { QStringLiteral("eu"), QStringLiteral("2"), QStringLiteral("B") } }));

        // The same key twice in one batch (ON CONFLICT cannot touch a row twice in one
        // statement): the batch goes row by row and the later row wins.
        batch.deletes.clear();
        batch.upserts = { { QStringLiteral("first"), 7LL, QStringLiteral("eu") },
            { QStringLiteral("second"), 7LL, QStringLiteral("eu") } };
        outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 2);
        QVERIFY(outcome->rejected.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT v FROM comp WHERE region = 'eu' AND id = 7")),
            QStringLiteral("second"));
    }

    void writerLosesConnection()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE lost (id integer PRIMARY KEY)") }));
        auto connection = open();
        QVERIFY(connection);
        auto writer = connection->writer(spec(QStringLiteral("lost"), { QStringLiteral("id") },
            { FieldType::of(K::Integer) }, { 0 }));
        QVERIFY(writer);
        QVERIFY(exec({ QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = current_database() "
                                      "AND pid <> pg_backend_pid()") }));
        WriteBatch batch;
        batch.upserts = { { 1LL } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, ErrorKind::Runtime);
        QVERIFY2(outcome.error().message.contains(QStringLiteral("lost")),
            qPrintable(outcome.error().message));
        writer->reset();
        connection.reset();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM lost")), QStringLiteral("0"));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(m_admin, false).close();
        QSqlDatabase::removeDatabase(m_admin);
        if (!m_database.isEmpty())
            QVERIFY2(m_pg.dropDatabase(m_database), qPrintable(m_pg.lastError()));
    }
};

QTEST_GUILESS_MAIN(PostgresqlConnectionTest)
#include "tst_postgresqlconnection.moc"
