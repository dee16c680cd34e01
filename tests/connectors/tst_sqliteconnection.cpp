// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/connectionfactory.h"
#include "connectors/sqlite/sqliteconnection.h"
#include "core/canonicalizer.h"
#include "testsqlite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace Syncline;
using Syncline::Test::TestSqlite;

namespace {

using Rows = QList<QVariantList>;
using K = FieldType::Kind;

// Every row a read request streams, or the stream's error.
Result<Rows> readAll(Connection& connection, const ReadRequest& request)
{
    auto stream = connection.read(request);
    if (!stream)
        return stream.error();
    Rows rows;
    QVariantList row;
    while (true) {
        Result<bool> more = (*stream)->next(row);
        if (!more)
            return more.error();
        if (!*more)
            return rows;
        rows.append(row);
    }
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

} // namespace

// SqliteConnection against real SQLite files: URLs, describe, ordered chunked reads (keyset
// pagination), the writer's upserts, deletes and rejected rows. Results are checked with
// plain SQL on a connection of the test's own.
class SqliteConnectionTest final : public QObject
{
    Q_OBJECT

private:
    TestSqlite m_files;
    QString m_path;
    QString m_verifyName = QStringLiteral("tst_sqliteconnection_verify");

    std::unique_ptr<Connection> open(const QString& url = QString())
    {
        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("local");
        endpoint.kind = QStringLiteral("sqlite");
        endpoint.url = url.isEmpty() ? QStringLiteral("sqlite://") + m_path : url;
        auto connection = ConnectionFactory::open(endpoint, QString());
        if (!connection) {
            qWarning() << connection.error().message;
            return nullptr;
        }
        return std::move(*connection);
    }

    // Runs statements on the test's own connection to the file.
    bool exec(const QStringList& statements)
    {
        QString error;
        const bool ok = TestSqlite::exec(m_path, statements, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    // Rows of a plain SQL query on the test's own connection.
    Rows query(const QString& sql)
    {
        Rows rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_verifyName);
            db.setDatabaseName(m_path);
            if (!db.open())
                qWarning() << db.lastError().text();
            QSqlQuery q(db);
            if (!q.exec(sql))
                qWarning() << sql << q.lastError().text();
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.isNull(i) ? QVariant() : q.value(i));
                rows.append(row);
            }
        }
        QSqlDatabase::removeDatabase(m_verifyName);
        return rows;
    }

private slots:
    void init()
    {
        static int counter = 0;
        QVERIFY(m_files.isValid());
        const QString file = QStringLiteral("db%1.sqlite").arg(++counter);
        QVERIFY(m_files.create(file, { QStringLiteral("PRAGMA user_version = 1") }));
        m_path = m_files.filePath(file);
    }

    void urls()
    {
        const QString relativeDir = QDir::currentPath();
        QDir::setCurrent(m_files.dirPath());
        const QString file = QFileInfo(m_path).fileName();
        QVERIFY(open(QStringLiteral("sqlite:") + file));
        QVERIFY(open(QStringLiteral("sqlite:./") + file));
        QDir::setCurrent(relativeDir);
        QVERIFY(open(QStringLiteral("sqlite://") + m_path));
        QVERIFY(open(QStringLiteral("sqlite:") + m_path));
        QCOMPARE(*SqliteConnection::pathFromUrl(QStringLiteral("sqlite:///a/b.db")),
            QStringLiteral("/a/b.db"));
        QVERIFY(!SqliteConnection::pathFromUrl(QStringLiteral("sqlite://host/b.db")));

        EndpointConfig missing;
        missing.name = QStringLiteral("gone");
        missing.kind = QStringLiteral("sqlite");
        missing.url = QStringLiteral("sqlite://") + m_files.filePath(QStringLiteral("nope.db"));
        auto failed = ConnectionFactory::open(missing, QString());
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::BadInput);
        QVERIFY2(failed.error().message.contains(QStringLiteral("nope.db")),
            qPrintable(failed.error().message));
        QVERIFY(!QFileInfo::exists(m_files.filePath(QStringLiteral("nope.db"))));

        auto connection = open();
        QVERIFY(connection);
        QCOMPARE(connection->kind(), QStringLiteral("sqlite"));
        auto version = connection->serverVersion();
        QVERIFY(version);
        QVERIFY2(version->startsWith(QStringLiteral("SQLite 3.")), qPrintable(*version));
    }

    void entitiesAndMissingTable()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY AUTOINCREMENT)"),
            QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE VIEW v AS SELECT * FROM a") }));
        auto connection = open();
        QVERIFY(connection);
        auto entities = connection->entities();
        QVERIFY(entities);
        // No sqlite_sequence, no views.
        QCOMPARE(*entities, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));

        auto missing = connection->describe(QStringLiteral("nope"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::BadInput);
        QCOMPARE(
            missing.error().message, QStringLiteral("table 'nope' not found in endpoint local"));
        auto read = connection->read(
            request(QStringLiteral("nope"), { QStringLiteral("id") }, { QStringLiteral("id") }));
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::BadInput);
        auto badColumn = connection->read(request(QStringLiteral("a"),
            { QStringLiteral("id"), QStringLiteral("x") }, { QStringLiteral("id") }));
        QVERIFY(!badColumn);
        QVERIFY2(badColumn.error().message.contains(QStringLiteral("'x'")),
            qPrintable(badColumn.error().message));
    }

    void describeTypesAndKeys()
    {
        QVERIFY(exec({ QStringLiteral(
                           "CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, "
                           "price DECIMAL(18,4), weight REAL, seen DATETIME, photo BLOB, "
                           "anything, flag BOOLEAN, region TEXT, sku TEXT)"),
            QStringLiteral("CREATE UNIQUE INDEX items_region_sku ON items (region, sku)"),
            QStringLiteral("CREATE UNIQUE INDEX items_partial ON items (weight) "
                           "WHERE weight > 0"),
            QStringLiteral("CREATE UNIQUE INDEX items_expr ON items (lower(sku))"),
            QStringLiteral("INSERT INTO items (id, code) VALUES (1, 'a'), (2, 'b')"),
            QStringLiteral("CREATE TABLE pairs (a TEXT, b INTEGER, v TEXT, "
                           "PRIMARY KEY (b, a)) WITHOUT ROWID") }));
        auto connection = open();
        QVERIFY(connection);
        auto info = connection->describe(QStringLiteral("items"));
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->name, QStringLiteral("items"));
        QCOMPARE(info->columns.size(), 10);
        QCOMPARE(info->columns[0].name, QStringLiteral("id"));
        QCOMPARE(info->columns[0].type.kind, K::Integer);
        QCOMPARE(info->columns[0].primaryKeyPosition, 1);
        QCOMPARE(info->columns[1].declaredType, QStringLiteral("TEXT"));
        QCOMPARE(info->columns[1].type.kind, K::Text);
        QVERIFY(info->columns[1].notNull);
        QVERIFY(info->columns[1].collatable);
        QCOMPARE(info->columns[2].type, FieldType::decimal(18, 4));
        QCOMPARE(info->columns[3].type.kind, K::Real);
        QCOMPARE(info->columns[4].type.kind, K::Timestamp);
        QCOMPARE(info->columns[5].type.kind, K::Blob);
        QCOMPARE(info->columns[6].type.kind, K::Any);
        QCOMPARE(info->columns[7].type.kind, K::Bool);
        QCOMPARE(info->primaryKey, QStringList({ QStringLiteral("id") }));
        // The primary key first; neither the partial nor the expression index.
        QCOMPARE(info->uniqueKeys.size(), 3);
        QCOMPARE(info->uniqueKeys[0], QStringList({ QStringLiteral("id") }));
        QVERIFY(info->uniqueKeys.contains(QStringList({ QStringLiteral("code") })));
        QVERIFY(info->uniqueKeys.contains(
            QStringList({ QStringLiteral("region"), QStringLiteral("sku") })));
        QCOMPARE(info->rowEstimate, 2);

        auto pairs = connection->describe(QStringLiteral("PAIRS"));
        QVERIFY(pairs);
        QCOMPARE(pairs->primaryKey, QStringList({ QStringLiteral("b"), QStringLiteral("a") }));
        QCOMPARE(pairs->columns[0].primaryKeyPosition, 2);
        QCOMPARE(pairs->columns[1].primaryKeyPosition, 1);
        QCOMPARE(pairs->uniqueKeys, QList<QStringList>({ pairs->primaryKey }));
        QCOMPARE(pairs->rowEstimate, 0);
    }

    void weirdNames()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE \"order\" (\"select\" INTEGER PRIMARY KEY, "
                                      "\"Full Name\" TEXT, \"we\"\"ird\" TEXT, \"a.b\" TEXT, "
                                      "\"[x]\" TEXT)"),
            QStringLiteral("INSERT INTO \"order\" VALUES (2, 'Bob', 'q\"', 'dot', 'br')"),
            QStringLiteral("INSERT INTO \"order\" VALUES (1, 'Ann', NULL, NULL, NULL)") }));
        auto connection = open();
        QVERIFY(connection);
        const QStringList columns = { QStringLiteral("select"), QStringLiteral("Full Name"),
            QStringLiteral("we\"ird"), QStringLiteral("a.b"), QStringLiteral("[x]") };
        auto info = connection->describe(QStringLiteral("order"));
        QVERIFY2(info, qPrintable(info.error().message));
        QStringList names;
        for (const ColumnInfo& c : info->columns)
            names.append(c.name);
        QCOMPARE(names, columns);
        QCOMPARE(info->primaryKey, QStringList({ QStringLiteral("select") }));

        auto rows = readAll(*connection,
            request(QStringLiteral("order"), columns, { QStringLiteral("select") }, 1));
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0),
            QVariantList({ 1LL, QStringLiteral("Ann"), QVariant(), QVariant(), QVariant() }));
        QCOMPARE(rows->at(1).at(2), QVariant(QStringLiteral("q\"")));

        WriteSpec spec;
        spec.entity = QStringLiteral("order");
        spec.columns = columns;
        spec.types = { FieldType::of(K::Integer), FieldType::of(K::Text), FieldType::of(K::Text),
            FieldType::of(K::Text), FieldType::of(K::Text) };
        spec.keyIndexes = { 0 };
        auto writer = connection->writer(spec);
        QVERIFY2(writer, qPrintable(writer.error().message));
        WriteBatch batch;
        batch.upserts = { { 2LL, QStringLiteral("Bobby"), QStringLiteral("w"), QStringLiteral("d"),
                              QStringLiteral("b") },
            { 3LL, QStringLiteral("Cy"), QVariant(), QVariant(), QVariant() } };
        batch.deletes = { { 1LL } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 2);
        QCOMPARE(outcome->deleted, 1);
        QVERIFY(outcome->rejected.isEmpty());
        writer->reset();
        QCOMPARE(query(QStringLiteral("SELECT \"select\", \"Full Name\", \"we\"\"ird\", \"a.b\", "
                                      "\"[x]\" FROM \"order\" ORDER BY 1")),
            Rows({ { 2LL, QStringLiteral("Bobby"), QStringLiteral("w"), QStringLiteral("d"),
                       QStringLiteral("b") },
                { 3LL, QStringLiteral("Cy"), QVariant(), QVariant(), QVariant() } }));
    }

    void readIntegerKeysInChunks()
    {
        QStringList statements
            = { QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)") };
        // Inserted out of order: the stream sorts.
        for (int id : { 7, 3, 10, 1, 9, 2, 8, 4, 6, 5 })
            statements.append(QStringLiteral("INSERT INTO t VALUES (%1, 'v%1')").arg(id));
        QVERIFY(exec(statements));
        auto connection = open();
        QVERIFY(connection);
        for (int chunk : { 1, 3, 5, 10, 11, 1000 }) {
            auto rows = readAll(*connection,
                request(QStringLiteral("t"), { QStringLiteral("v"), QStringLiteral("id") },
                    { QStringLiteral("id") }, chunk));
            QVERIFY2(rows, qPrintable(rows.error().message));
            QCOMPARE(rows->size(), 10);
            for (int i = 0; i < 10; ++i) {
                QCOMPARE(rows->at(i).at(1), QVariant(qlonglong(i + 1)));
                QCOMPARE(rows->at(i).at(0), QVariant(QStringLiteral("v%1").arg(i + 1)));
            }
        }
    }

    void readTextKeysBytewise()
    {
        // NOCASE would sort "a" and "A" together; the stream orders bytewise as KeyCodec does.
        const QStringList keys = { QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("a"),
            QStringLiteral("é"), QStringLiteral("E"), QStringLiteral("z"), QStringLiteral("Z"),
            QStringLiteral("😀"), QStringLiteral("É"), QStringLiteral("e"), QStringLiteral("ab"),
            QStringLiteral("") };
        QStringList statements
            = { QStringLiteral("CREATE TABLE t (k TEXT COLLATE NOCASE PRIMARY KEY, n INTEGER)") };
        for (int i = 0; i < keys.size(); ++i) {
            QString key = keys[i];
            key.replace(u'\'', QStringLiteral("''"));
            statements.append(QStringLiteral("INSERT INTO t VALUES ('%1', %2)").arg(key).arg(i));
        }
        // "a" and "A" are one key under NOCASE: the table keeps a subset; expect what it has.
        QString error;
        TestSqlite::exec(m_path, { statements.first() }, &error);
        for (int i = 1; i < statements.size(); ++i)
            TestSqlite::exec(m_path, { statements[i] }, &error);
        QStringList expected;
        for (const QVariantList& row : query(QStringLiteral("SELECT k FROM t")))
            expected.append(row.at(0).toString());
        std::sort(expected.begin(), expected.end(),
            [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        QVERIFY(expected.size() >= 8);

        auto connection = open();
        QVERIFY(connection);
        for (int chunk : { 1, 3, 100 }) {
            auto rows = readAll(*connection,
                request(
                    QStringLiteral("t"), { QStringLiteral("k") }, { QStringLiteral("k") }, chunk));
            QVERIFY2(rows, qPrintable(rows.error().message));
            QStringList got;
            for (const QVariantList& row : *rows)
                got.append(row.at(0).toString());
            QCOMPARE(got, expected);
        }
    }

    void readCompositeKeysAndWatermark()
    {
        QStringList statements = { QStringLiteral(
            "CREATE TABLE t (region TEXT, id INTEGER, changed TEXT, PRIMARY KEY (region, id))") };
        int n = 0;
        for (const QString& region :
            { QStringLiteral("eu"), QStringLiteral("EU"), QStringLiteral("us") }) {
            for (int id : { 3, 1, 2 })
                statements.append(QStringLiteral("INSERT INTO t VALUES ('%1', %2, '2024-01-%3')")
                                      .arg(region)
                                      .arg(id)
                                      .arg(++n, 2, 10, QLatin1Char('0')));
        }
        QVERIFY(exec(statements));
        auto connection = open();
        QVERIFY(connection);
        const QStringList columns
            = { QStringLiteral("region"), QStringLiteral("id"), QStringLiteral("changed") };
        const QStringList keys = { QStringLiteral("region"), QStringLiteral("id") };
        auto rows = readAll(*connection, request(QStringLiteral("t"), columns, keys, 2));
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 9);
        QStringList got;
        for (const QVariantList& row : *rows)
            got.append(row.at(0).toString() + u':' + row.at(1).toString());
        QCOMPARE(got,
            QStringList({ QStringLiteral("EU:1"), QStringLiteral("EU:2"), QStringLiteral("EU:3"),
                QStringLiteral("eu:1"), QStringLiteral("eu:2"), QStringLiteral("eu:3"),
                QStringLiteral("us:1"), QStringLiteral("us:2"), QStringLiteral("us:3") }));

        ReadRequest since = request(QStringLiteral("t"), columns, keys, 2);
        since.watermarkColumn = QStringLiteral("changed");
        since.watermark = QStringLiteral("2024-01-05");
        rows = readAll(*connection, since);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 5);
        for (const QVariantList& row : *rows)
            QVERIFY(row.at(2).toString() >= QStringLiteral("2024-01-05"));
    }

    void readRawValues()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a, b TEXT, c REAL, "
                                      "d BLOB)"),
            QStringLiteral("INSERT INTO t VALUES (1, 42, '', 1.5, x'00ff5c')"),
            QStringLiteral("INSERT INTO t VALUES (2, 'text', NULL, NULL, NULL)"),
            QStringLiteral("INSERT INTO t VALUES (3, 2.5, 'x', 3, x'')") }));
        auto connection = open();
        QVERIFY(connection);
        auto rows = readAll(*connection,
            request(QStringLiteral("t"),
                { QStringLiteral("id"), QStringLiteral("a"), QStringLiteral("b"),
                    QStringLiteral("c"), QStringLiteral("d") },
                { QStringLiteral("id") }));
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 3);
        // Storage classes as SQLite keeps them; NULL is an invalid QVariant, '' is not.
        QCOMPARE(rows->at(0).at(1).typeId(), QMetaType::LongLong);
        QCOMPARE(rows->at(0).at(2).typeId(), QMetaType::QString);
        QVERIFY(rows->at(0).at(2).isValid());
        QCOMPARE(rows->at(0).at(2).toString(), QString());
        QCOMPARE(rows->at(0).at(3), QVariant(1.5));
        QCOMPARE(rows->at(0).at(4), QVariant(QByteArray("\x00\xff\\", 3)));
        QCOMPARE(rows->at(1).at(1), QVariant(QStringLiteral("text")));
        for (int i = 2; i < 5; ++i)
            QVERIFY(!rows->at(1).at(i).isValid());
        QCOMPARE(rows->at(2).at(1), QVariant(2.5));
        QCOMPARE(rows->at(2).at(3), QVariant(3.0));
    }

    void writerCommitsBetweenChunks()
    {
        // The rollback journal: a reader holding a SHARED lock would keep any writer from
        // committing. The stream holds none between chunks.
        QStringList statements
            = { QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)") };
        for (int id = 1; id <= 10; ++id)
            statements.append(QStringLiteral("INSERT INTO t VALUES (%1, 'old')").arg(id));
        QVERIFY(exec(statements));
        QCOMPARE(query(QStringLiteral("PRAGMA journal_mode")).value(0).value(0).toString(),
            QStringLiteral("delete"));
        auto reader = open();
        QVERIFY(reader);
        auto stream = reader->read(request(QStringLiteral("t"),
            { QStringLiteral("id"), QStringLiteral("v") }, { QStringLiteral("id") }, 3));
        QVERIFY(stream);
        QVariantList row;
        QVERIFY(*(*stream)->next(row));
        QCOMPARE(row.at(0), QVariant(1LL));

        // Another connection writes (the engine's pattern: keys at or before the last one
        // read), and the reader's own connection writes too.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(exec({ QStringLiteral("UPDATE t SET v = 'new' WHERE id = 1") }));
        QVERIFY2(timer.elapsed() < 2000, "the writer waited for a lock");
        WriteSpec spec;
        spec.entity = QStringLiteral("t");
        spec.columns = { QStringLiteral("id"), QStringLiteral("v") };
        spec.types = { FieldType::of(K::Integer), FieldType::of(K::Text) };
        spec.keyIndexes = { 0 };
        auto writer = reader->writer(spec);
        QVERIFY(writer);
        WriteBatch batch;
        batch.upserts = { { 2LL, QStringLiteral("mine") } };
        QVERIFY((*writer)->apply(batch));

        QStringList ids;
        int count = 1;
        while (*(*stream)->next(row))
            ++count;
        QCOMPARE(count, 10);
        writer->reset();
        stream->reset();
        QCOMPARE(query(QStringLiteral("SELECT v FROM t WHERE id <= 2 ORDER BY id")),
            Rows({ { QStringLiteral("new") }, { QStringLiteral("mine") } }));
    }

    void writerUpsertsAndDeletes()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                      "price DECIMAL(18,4), seen TIMESTAMP, seen_tz TIMESTAMP, "
                                      "born DATE, flag BOOLEAN, photo BLOB, ratio REAL, extra, "
                                      "qty INTEGER CHECK (qty >= 0))"),
            QStringLiteral("INSERT INTO t (id, name) VALUES (1, 'one'), (2, 'two'), "
                           "(3, 'three')") }));
        auto connection = open();
        QVERIFY(connection);
        WriteSpec spec;
        spec.entity = QStringLiteral("t");
        spec.columns = { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"),
            QStringLiteral("seen"), QStringLiteral("seen_tz"), QStringLiteral("born"),
            QStringLiteral("flag"), QStringLiteral("photo"), QStringLiteral("ratio"),
            QStringLiteral("extra"), QStringLiteral("qty") };
        spec.types = { FieldType::of(K::Integer), FieldType::of(K::Text), FieldType::decimal(18, 4),
            FieldType::of(K::Timestamp), FieldType::of(K::TimestampTz), FieldType::of(K::Date),
            FieldType::of(K::Bool), FieldType::of(K::Blob), FieldType::of(K::Real),
            FieldType::of(K::Any), FieldType::of(K::Integer) };
        spec.keyIndexes = { 0 };
        auto writer = connection->writer(spec);
        QVERIFY2(writer, qPrintable(writer.error().message));

        const qlonglong micros
            = *Canonicalizer::parseTimestampMicros(u"2024-02-29 12:34:56.123456");
        const qlonglong days = *Canonicalizer::parseDateDays(u"1999-12-31");
        WriteBatch batch;
        batch.upserts = {
            { 2LL, QStringLiteral("TWO"), QStringLiteral("1.5000"), micros, micros, days, true,
                QByteArray("\x00\x01", 2), 0.25, 7LL, 5LL },
            { 4LL, QString(), QVariant(), QVariant(), QVariant(), QVariant(), false, QByteArray(),
                QVariant(), QStringLiteral("x"), QVariant() },
            { 5LL, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                QVariant(), QVariant(), QVariant(), QVariant() }, // NOT NULL: rejected
            { 6LL, QStringLiteral("six"), QVariant(), QVariant(), QVariant(), QVariant(),
                QVariant(), QVariant(), QVariant(), QVariant(), -1LL }, // CHECK: rejected
            { 7LL, QStringLiteral("seven"), QVariant(), QVariant(), QVariant(), QVariant(),
                QVariant(), QVariant(), QVariant(), QVariant(), QVariant() },
        };
        batch.deletes = { { 3LL }, { 99LL } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 3);
        QCOMPARE(outcome->deleted, 2);
        QCOMPARE(outcome->rejected.size(), 2);
        QCOMPARE(outcome->rejected[0].isDelete, false);
        QCOMPARE(outcome->rejected[0].index, 2);
        QVERIFY2(outcome->rejected[0].error.contains(QStringLiteral("NOT NULL constraint failed")),
            qPrintable(outcome->rejected[0].error));
        QCOMPARE(outcome->rejected[1].index, 3);
        QVERIFY2(outcome->rejected[1].error.contains(QStringLiteral("CHECK constraint failed")),
            qPrintable(outcome->rejected[1].error));

        const Rows rows = query(QStringLiteral(
            "SELECT id, name, price, seen, seen_tz, born, flag, photo, ratio, extra, qty, "
            "typeof(name), typeof(photo) FROM t ORDER BY id"));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].at(0), QVariant(1LL));
        QCOMPARE(rows[1],
            QVariantList(
                { 2LL, QStringLiteral("TWO"), 1.5, QStringLiteral("2024-02-29 12:34:56.123456"),
                    QStringLiteral("2024-02-29 12:34:56.123456+00:00"),
                    QStringLiteral("1999-12-31"), 1LL, QByteArray("\x00\x01", 2), 0.25, 7LL, 5LL,
                    QStringLiteral("text"), QStringLiteral("blob") }));
        // An empty string stays one, and so does an empty blob; NULL stays NULL.
        QCOMPARE(rows[2].at(0), QVariant(4LL));
        QCOMPARE(rows[2].at(11), QVariant(QStringLiteral("text")));
        QCOMPARE(rows[2].at(1), QVariant(QString()));
        QCOMPARE(rows[2].at(6), QVariant(0LL));
        QCOMPARE(rows[2].at(12), QVariant(QStringLiteral("blob")));
        QVERIFY(!rows[2].at(2).isValid());
        QCOMPARE(rows[3].at(0), QVariant(7LL));

        // Re-applying the same batch is harmless.
        outcome = (*writer)->apply(batch);
        QVERIFY(outcome);
        QCOMPARE(outcome->upserted, 3);
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM t")).value(0).value(0), QVariant(4LL));
    }

    void writerWithoutUniqueKeyAndSoftDelete()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE t (code TEXT, part INTEGER, v TEXT, "
                                      "deleted BOOLEAN NOT NULL DEFAULT 0)"),
            QStringLiteral("INSERT INTO t (code, part, v) VALUES ('a', 1, 'old'), "
                           "('b', 1, 'keep')") }));
        auto connection = open();
        QVERIFY(connection);
        WriteSpec spec;
        spec.entity = QStringLiteral("t");
        spec.columns = { QStringLiteral("code"), QStringLiteral("part"), QStringLiteral("v") };
        spec.types = { FieldType::of(K::Text), FieldType::of(K::Integer), FieldType::of(K::Text) };
        spec.keyIndexes = { 0, 1 };
        spec.softDeleteColumn = QStringLiteral("deleted");
        auto writer = connection->writer(spec);
        QVERIFY2(writer, qPrintable(writer.error().message));
        WriteBatch batch;
        batch.upserts = { { QStringLiteral("a"), 1LL, QStringLiteral("new") },
            { QStringLiteral("a"), 2LL, QStringLiteral("added") } };
        batch.deletes = { { QStringLiteral("b"), 1LL } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 2);
        QCOMPARE(outcome->deleted, 1);
        QCOMPARE(query(QStringLiteral("SELECT code, part, v, deleted FROM t ORDER BY code, part")),
            Rows({ { QStringLiteral("a"), 1LL, QStringLiteral("new"), 0LL },
                { QStringLiteral("a"), 2LL, QStringLiteral("added"), 0LL },
                { QStringLiteral("b"), 1LL, QStringLiteral("keep"), 1LL } }));

        // Only key columns, no unique key: the row is inserted once.
        WriteSpec keysOnly = spec;
        keysOnly.columns = { QStringLiteral("code"), QStringLiteral("part") };
        keysOnly.types = { FieldType::of(K::Text), FieldType::of(K::Integer) };
        keysOnly.softDeleteColumn.clear();
        auto keyWriter = connection->writer(keysOnly);
        QVERIFY2(keyWriter, qPrintable(keyWriter.error().message));
        WriteBatch keys;
        keys.upserts = { { QStringLiteral("c"), 1LL }, { QStringLiteral("a"), 1LL } };
        QVERIFY((*keyWriter)->apply(keys));
        QVERIFY((*keyWriter)->apply(keys));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM t")).value(0).value(0), QVariant(4LL));
    }

    void writerReportsLockedDatabase()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)") }));
        auto connection = open();
        QVERIFY(connection);
        WriteSpec spec;
        spec.entity = QStringLiteral("t");
        spec.columns = { QStringLiteral("id") };
        spec.types = { FieldType::of(K::Integer) };
        spec.keyIndexes = { 0 };
        auto writer = connection->writer(spec);
        QVERIFY(writer);
        // Another connection holds the write lock: the batch fails as a whole (after the busy
        // timeout), it is not a rejected row.
        const QString lockName = QStringLiteral("tst_sqliteconnection_lock");
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
            lock.setDatabaseName(m_path);
            QVERIFY(lock.open());
            QSqlQuery q(lock);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            WriteBatch batch;
            batch.upserts = { { 1LL } };
            auto outcome = (*writer)->apply(batch);
            QVERIFY(!outcome);
            QCOMPARE(outcome.error().kind, ErrorKind::Runtime);
            QVERIFY2(outcome.error().message.contains(QStringLiteral("locked")),
                qPrintable(outcome.error().message));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            // And works again once the lock is gone.
            outcome = (*writer)->apply(batch);
            QVERIFY2(outcome, qPrintable(outcome.error().message));
            QCOMPARE(outcome->upserted, 1);
        }
        QSqlDatabase::removeDatabase(lockName);
    }

    void connectionNamesAreRemoved()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)") }));
        const QStringList before = QSqlDatabase::connectionNames();
        {
            auto a = open();
            auto b = open();
            QVERIFY(a && b);
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }
};

QTEST_GUILESS_MAIN(SqliteConnectionTest)
#include "tst_sqliteconnection.moc"
