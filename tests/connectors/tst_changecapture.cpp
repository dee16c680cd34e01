// SPDX-License-Identifier: GPL-3.0-or-later
//
// Change-log capture (enableCapture ... latestChange) and reading rows by key (readKeys), the
// same cases against a real SQLite file and, built with SYNCLINE_CAPTURE_POSTGRES, against the
// test PostgreSQL server (scripts/with-test-postgres.sh; the test fails without one). The
// database is checked with plain SQL on a connection of the test's own.
#include "connectors/connectionfactory.h"
#include "testpostgres.h"
#include "testsqlite.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Syncline;

namespace {

using Rows = QList<QVariantList>;

#ifdef SYNCLINE_CAPTURE_POSTGRES
constexpr bool Postgres = true;
#else
constexpr bool Postgres = false;
#endif

QStringList strings(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* value : values)
        out.append(QString::fromUtf8(value));
    return out;
}

// Equal values of the same type: the engine canonicalizes by type, so qlonglong 1 and "1"
// are different raw values here.
bool same(const QVariant& a, const QVariant& b)
{
    if (a.isValid() != b.isValid())
        return false;
    if (!a.isValid())
        return true;
    if (a.typeId() != b.typeId())
        return false;
    if (a.typeId() == QMetaType::Double) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x == y || (std::isnan(x) && std::isnan(y));
    }
    return a == b;
}

bool sameList(const QVariantList& a, const QVariantList& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!same(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

QString show(const QVariantList& values)
{
    QStringList parts;
    for (const QVariant& value : values) {
        if (!value.isValid())
            parts.append(QStringLiteral("NULL"));
        else if (value.typeId() == QMetaType::QByteArray)
            parts.append(
                QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex())));
        else
            parts.append(QStringLiteral("%1(%2)").arg(
                QString::fromLatin1(value.typeName()), value.toString()));
    }
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QString show(const Rows& rows)
{
    QStringList parts;
    for (const QVariantList& row : rows)
        parts.append(show(row));
    return parts.join(QStringLiteral(" "));
}

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

Result<QList<CapturedChange>> readAll(ChangeStream& stream)
{
    QList<CapturedChange> changes;
    CapturedChange change;
    while (true) {
        Result<bool> more = stream.next(change);
        if (!more)
            return more.error();
        if (!*more)
            return changes;
        changes.append(change);
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

// "name" for SQL written by hand in the tests.
QString quoted(const QString& name)
{
    return Test::TestPostgres::quoted(name);
}

// What a plain SQL check uses, SQLite or PostgreSQL.
class Database
{
public:
    virtual ~Database() = default;
    // An empty database for one test function; false with a warning on error.
    virtual bool create(const QString& name) = 0;
    virtual void drop() = 0;
    virtual EndpointConfig endpoint() const = 0;
    // A plain connection of the test's own; `session` 1 is a second one (PostgreSQL).
    virtual QSqlDatabase admin(int session = 0) const = 0;
};

class SqliteDatabase final : public Database
{
public:
    bool create(const QString& name) override
    {
        m_path = m_files.filePath(QStringLiteral("%1_%2.db").arg(name).arg(++m_serial));
        QString error;
        if (!Test::TestSqlite::exec(m_path, {}, &error)) {
            qWarning() << error;
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), adminName());
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        return db.open();
    }
    void drop() override
    {
        QSqlDatabase::database(adminName(), false).close();
        QSqlDatabase::removeDatabase(adminName());
    }
    EndpointConfig endpoint() const override
    {
        EndpointConfig e;
        e.name = QStringLiteral("local");
        e.kind = QStringLiteral("sqlite");
        e.url = QStringLiteral("sqlite://") + m_path;
        return e;
    }
    QSqlDatabase admin(int) const override { return QSqlDatabase::database(adminName(), false); }

private:
    static QString adminName() { return QStringLiteral("tst_changecapture_sqlite_admin"); }
    Test::TestSqlite m_files;
    QString m_path;
    int m_serial = 0;
};

class PostgresDatabase final : public Database
{
public:
    bool create(const QString& name) override
    {
        m_database = m_pg.createDatabase(QStringLiteral("tst_capture_") + name);
        if (m_database.isEmpty()) {
            qWarning() << m_pg.lastError();
            return false;
        }
        for (int session = 0; session < 2; ++session) {
            QSqlDatabase db = m_pg.open(m_database, adminName(session));
            if (!db.isOpen()) {
                qWarning() << m_pg.lastError();
                return false;
            }
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        }
        return true;
    }
    void drop() override
    {
        for (int session = 0; session < 2; ++session) {
            QSqlDatabase::database(adminName(session), false).close();
            QSqlDatabase::removeDatabase(adminName(session));
        }
        if (!m_database.isEmpty())
            m_pg.dropDatabase(m_database);
        m_database.clear();
    }
    EndpointConfig endpoint() const override
    {
        EndpointConfig e;
        e.name = QStringLiteral("warehouse");
        e.kind = QStringLiteral("postgresql");
        e.url = m_pg.url(m_database);
        return e;
    }
    QSqlDatabase admin(int session) const override
    {
        return QSqlDatabase::database(adminName(session), false);
    }

private:
    static QString adminName(int session)
    {
        return QStringLiteral("tst_changecapture_pg_admin_%1").arg(session);
    }
    Test::TestPostgres m_pg;
    QString m_database;
};

} // namespace

// See the top of the file.
class ChangeCaptureTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    std::unique_ptr<Connection> open()
    {
        auto connection = ConnectionFactory::open(m_db->endpoint(), QString());
        if (!connection) {
            qWarning() << connection.error().message;
            return nullptr;
        }
        return std::move(*connection);
    }

    bool exec(const QStringList& statements, int session = 0)
    {
        QSqlDatabase db = m_db->admin(session);
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                qWarning() << statement << q.lastError().text();
                return false;
            }
        }
        return true;
    }

    // Rows of a plain SQL query, every value as text (NULL as an empty string).
    QList<QStringList> query(const QString& sql)
    {
        QList<QStringList> rows;
        QSqlQuery q(m_db->admin());
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            rows.append(row);
        }
        return rows;
    }

    QStringList column(const QString& sql)
    {
        QStringList values;
        for (const QStringList& row : query(sql))
            values.append(row.value(0));
        return values;
    }

    QString logTable() const
    {
        return Postgres ? QStringLiteral("syncline.changelog")
                        : QStringLiteral("syncline_changelog");
    }

    // The names of the table's triggers, sorted (PostgreSQL: the table's oid as regclass text).
    // The names of the table's triggers, sorted.
    QStringList triggers(const QString& table)
    {
        QString name = Postgres ? quoted(table) : table;
        name.replace(u'\'', QStringLiteral("''"));
        if (Postgres)
            return column(QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = "
                                         "'%1'::regclass AND NOT tgisinternal ORDER BY tgname")
                              .arg(name));
        return column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                     "tbl_name = '%1' ORDER BY name")
                          .arg(name));
    }

    bool logExists()
    {
        if (Postgres)
            return column(QStringLiteral("SELECT to_regclass('syncline.changelog') IS NOT NULL"))
                       .value(0)
                == u"true";
        return !column(QStringLiteral("SELECT name FROM sqlite_master WHERE name = "
                                      "'syncline_changelog'"))
                    .isEmpty();
    }

    // The table's entity name as the log stores it.
    QString logged(const QString& table) const
    {
        return Postgres ? QStringLiteral("public.") + table : table;
    }

    // Raw key value of an integer column as read() returns it.
    static QVariant integer(qlonglong value)
    {
        return Postgres ? QVariant(QString::number(value)) : QVariant(value);
    }

    static QString blobLiteral(const QByteArray& bytes)
    {
        return Postgres ? QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(bytes.toHex()))
                        : QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.toHex()));
    }

    // A trigger of the table's own that writes a line into `audit` on every insert.
    QStringList userTrigger(const QString& table)
    {
        if (Postgres)
            return { QStringLiteral("CREATE FUNCTION audit_insert() RETURNS trigger LANGUAGE "
                                    "plpgsql AS $$BEGIN INSERT INTO audit VALUES ('ins ' || "
                                    "NEW.id); RETURN NULL; END$$"),
                QStringLiteral("CREATE TRIGGER %1_audit AFTER INSERT ON %1 FOR EACH ROW "
                               "EXECUTE FUNCTION audit_insert()")
                    .arg(table) };
        return { QStringLiteral("CREATE TRIGGER %1_audit AFTER INSERT ON %1 BEGIN INSERT INTO "
                                "audit VALUES ('ins ' || NEW.id); END")
                     .arg(table) };
    }

private slots:
    void initTestCase()
    {
        if (Postgres) {
            SYNCLINE_REQUIRE_POSTGRES();
            m_db = std::make_unique<PostgresDatabase>();
        } else {
            m_db = std::make_unique<SqliteDatabase>();
        }
    }

    void init()
    {
        QVERIFY(m_db->create(QString::fromLatin1(QTest::currentTestFunction()).toLower()));
    }

    void cleanup() { m_db->drop(); }

    void enableInstallsLogAndTriggers()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)") }));
        auto connection = open();
        QVERIFY(connection);
        auto enabled = connection->captureEnabled(QStringLiteral("items"));
        QVERIFY2(enabled, qPrintable(enabled.error().message));
        QVERIFY(!*enabled);
        QVERIFY(!logExists());

        const Status made
            = connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") });
        QVERIFY2(made, qPrintable(made.error().message));
        enabled = connection->captureEnabled(QStringLiteral("items"));
        QVERIFY(enabled && *enabled);
        QVERIFY(logExists());
        QStringList expected = { QStringLiteral("syncline_capture_items_del"),
            QStringLiteral("syncline_capture_items_ins"),
            QStringLiteral("syncline_capture_items_upd") };
        if (Postgres)
            expected.insert(2, QStringLiteral("syncline_capture_items_trn"));
        QCOMPARE(triggers(QStringLiteral("items")), expected);
        // A table name in another case names the same SQLite table.
        if (!Postgres) {
            enabled = connection->captureEnabled(QStringLiteral("ITEMS"));
            QVERIFY(enabled && *enabled);
        }
        // The log is no entity to sync.
        auto entities = connection->entities();
        QVERIFY(entities);
        QCOMPARE(*entities, QStringList { QStringLiteral("items") });
        auto latest = connection->latestChange(QStringLiteral("items"));
        QVERIFY2(latest, qPrintable(latest.error().message));
        QCOMPARE(*latest, 0);
    }

    void logsInsertUpdateDeleteInOrder()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)") }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES (1, 'a')"),
            QStringLiteral("INSERT INTO items VALUES (2, 'b')"),
            QStringLiteral("UPDATE items SET name = 'c' WHERE id = 1"),
            QStringLiteral("DELETE FROM items WHERE id = 2"),
            QStringLiteral("UPDATE items SET id = 10 WHERE id = 1") }));

        auto stream = connection->readChanges(QStringLiteral("items"), 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto changes = readAll(**stream);
        QVERIFY2(changes, qPrintable(changes.error().message));
        const Rows expected = { { integer(1) }, { integer(2) }, { integer(1) }, { integer(2) },
            { integer(1) }, { integer(10) } };
        QCOMPARE(changes->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(sameList(changes->at(i).key, expected.at(i)),
                qPrintable(QStringLiteral("change %1: %2").arg(i).arg(show(changes->at(i).key))));
            if (i > 0)
                QVERIFY(changes->at(i).sequence > changes->at(i - 1).sequence);
        }
        QCOMPARE(column(QStringLiteral("SELECT op FROM %1 ORDER BY seq").arg(logTable())),
            QStringList({ QStringLiteral("I"), QStringLiteral("I"), QStringLiteral("U"),
                QStringLiteral("D"), QStringLiteral("D"), QStringLiteral("I") }));

        auto latest = connection->latestChange(QStringLiteral("items"));
        QVERIFY2(latest, qPrintable(latest.error().message));
        QCOMPARE(*latest, changes->constLast().sequence);

        stream = connection->readChanges(QStringLiteral("items"), changes->at(2).sequence);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto rest = readAll(**stream);
        QVERIFY2(rest, qPrintable(rest.error().message));
        QCOMPARE(rest->size(), 3);
        QCOMPARE(rest->at(0).sequence, changes->at(3).sequence);
        QVERIFY(sameList(rest->at(2).key, { integer(10) }));

        stream = connection->readChanges(QStringLiteral("items"), *latest);
        QVERIFY2(stream, qPrintable(stream.error().message));
        rest = readAll(**stream);
        QVERIFY(rest && rest->isEmpty());
    }

    void manyChangesAcrossChunks()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)") }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        QStringList inserts;
        for (int id = 1; id <= 2500; ++id)
            inserts.append(QStringLiteral("INSERT INTO items VALUES (%1, 'x')").arg(id));
        QVERIFY(m_db->admin().transaction());
        QVERIFY(exec(inserts));
        QVERIFY(m_db->admin().commit());
        auto stream = connection->readChanges(QStringLiteral("items"), 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto changes = readAll(**stream);
        QVERIFY2(changes, qPrintable(changes.error().message));
        QCOMPARE(changes->size(), 2500);
        for (int i = 0; i < 2500; ++i) {
            QVERIFY(sameList(changes->at(i).key, { integer(i + 1) }));
            if (i > 0)
                QVERIFY(changes->at(i).sequence > changes->at(i - 1).sequence);
        }
    }

    // Keys from the log are the very values read() returns for the key columns, whatever the
    // type, and readKeys() takes them back.
    void rawKeysMatchRead_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("values");
        if (Postgres) {
            QTest::newRow("integer")
                << QStringLiteral("integer") << strings({ "3", "-7", "2147483647", "0" });
            QTest::newRow("bigint")
                << QStringLiteral("bigint") << strings({ "9223372036854775807", "-1" });
            QTest::newRow("text") << QStringLiteral("text")
                                  << strings({ "'b'", "'A'", "'é'", "'😀'", "'a b'", "''",
                                         "'back\\slash'", "'quote''s'" });
            QTest::newRow("varchar")
                << QStringLiteral("varchar(5)") << strings({ "'ab'", "'abcde'" });
            QTest::newRow("char") << QStringLiteral("char(4)") << strings({ "'ab'", "'abcd'" });
            QTest::newRow("bytea")
                << QStringLiteral("bytea") << strings({ "'\\x00ff'", "'\\x'", "'\\x41'" });
            QTest::newRow("timestamptz")
                << QStringLiteral("timestamptz")
                << strings({ "'2024-03-01 12:34:56.789+02'", "'1999-12-31 23:59:59Z'" });
            QTest::newRow("timestamp")
                << QStringLiteral("timestamp(3)") << strings({ "'2024-03-01 12:34:56.789'" });
            QTest::newRow("date") << QStringLiteral("date") << strings({ "'2024-02-29'" });
            QTest::newRow("numeric")
                << QStringLiteral("numeric(10,2)") << strings({ "1.5", "-3", "12345678.99" });
            QTest::newRow("double")
                << QStringLiteral("double precision") << strings({ "0.1", "1e300", "'Infinity'" });
            QTest::newRow("uuid") << QStringLiteral("uuid")
                                  << strings({ "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'" });
            QTest::newRow("boolean") << QStringLiteral("boolean") << strings({ "true", "false" });
        } else {
            QTest::newRow("integer")
                << QStringLiteral("INTEGER") << strings({ "3", "-7", "9223372036854775807", "0" });
            QTest::newRow("text") << QStringLiteral("TEXT")
                                  << strings({ "'b'", "'A'", "'é'", "'😀'", "'a b'", "''",
                                         "'quote''s \"x\" \\'" });
            QTest::newRow("real") << QStringLiteral("REAL")
                                  << strings({ "0.1", "1.0", "-2.5", "1e300", "0.30000000000000004",
                                         "9e999", "-9e999" });
            QTest::newRow("blob") << QStringLiteral("BLOB")
                                  << strings({ "x'00ff'", "x''", "x'41'" });
            // No declared type: each value keeps its storage class.
            QTest::newRow("untyped") << QString() << strings({ "1", "'x'", "2.5", "x'01'", "'1'" });
        }
    }

    void rawKeysMatchRead()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, values);
        QVERIFY(exec({ QStringLiteral("CREATE TABLE kv (k %1 PRIMARY KEY, v TEXT)").arg(type) }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("kv"), { QStringLiteral("k") }));
        // Whatever the writing session's settings, the log holds what read() returns.
        if (Postgres)
            QVERIFY(exec({ QStringLiteral("SET TimeZone = 'America/New_York'"),
                QStringLiteral("SET DateStyle = 'SQL, DMY'"),
                QStringLiteral("SET extra_float_digits = 0"),
                QStringLiteral("SET bytea_output = 'escape'") }));
        for (const QString& value : values)
            QVERIFY(exec({ QStringLiteral("INSERT INTO kv VALUES (%1, 'v')").arg(value) }));
        if (Postgres)
            QVERIFY(exec({ QStringLiteral("RESET ALL"),
                QStringLiteral("SET client_min_messages = warning") }));

        auto stream = connection->read(request(QStringLiteral("kv"),
            { QStringLiteral("k"), QStringLiteral("v") }, { QStringLiteral("k") }));
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto rows = readAll(**stream);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), values.size());

        auto changeStream = connection->readChanges(QStringLiteral("kv"), 0);
        QVERIFY(changeStream);
        auto changes = readAll(**changeStream);
        QVERIFY2(changes, qPrintable(changes.error().message));
        QCOMPARE(changes->size(), values.size());
        QList<QVariantList> keys;
        for (const CapturedChange& change : std::as_const(*changes)) {
            const auto found = std::find_if(rows->cbegin(), rows->cend(),
                [&](const QVariantList& row) { return sameList({ row.at(0) }, change.key); });
            QVERIFY2(found != rows->cend(),
                qPrintable(QStringLiteral("logged key %1 is no key read() returns: %2")
                               .arg(show(change.key), show(*rows))));
            keys.append(change.key);
        }

        // Backwards, to show that readKeys() sorts.
        std::reverse(keys.begin(), keys.end());
        auto byKey = connection->readKeys(
            request(QStringLiteral("kv"), { QStringLiteral("k"), QStringLiteral("v") },
                { QStringLiteral("k") }, 2),
            keys);
        QVERIFY2(byKey, qPrintable(byKey.error().message));
        auto found = readAll(**byKey);
        QVERIFY2(found, qPrintable(found.error().message));
        QVERIFY2(found->size() == rows->size()
                && std::equal(found->cbegin(), found->cend(), rows->cbegin(),
                    [](const QVariantList& a, const QVariantList& b) { return sameList(a, b); }),
            qPrintable(show(*found) + QStringLiteral(" <> ") + show(*rows)));
    }

    void readKeysInKeyOrder()
    {
        QStringList setup = { QStringLiteral("CREATE TABLE nums (id INTEGER PRIMARY KEY, v TEXT)"),
            QStringLiteral("CREATE TABLE words (name TEXT PRIMARY KEY, v TEXT)"),
            QStringLiteral("CREATE TABLE pairs (region TEXT, id INTEGER, v TEXT, "
                           "PRIMARY KEY (region, id))") };
        for (int id : { 17, 3, 25, 9, 12, 1, 24, 5, 2, 8, 11, 20, 21, 22, 23, 4, 6, 7 })
            setup.append(QStringLiteral("INSERT INTO nums VALUES (%1, 'n%1')").arg(id));
        const QStringList words = { QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("a"),
            QStringLiteral("É"), QStringLiteral("é"), QStringLiteral("e"), QStringLiteral("z"),
            QStringLiteral("Z"), QStringLiteral("ä"), QStringLiteral("😀"), QStringLiteral("\uFFFD"),
            QStringLiteral("ab"), QStringLiteral("a b"), QStringLiteral("A") };
        for (const QString& word : words)
            setup.append(QStringLiteral("INSERT INTO words VALUES ('%1', 'w')").arg(word));
        for (const QString& region :
            { QStringLiteral("eu"), QStringLiteral("EU"), QStringLiteral("us") }) {
            for (int id : { 2, 10, 1 })
                setup.append(
                    QStringLiteral("INSERT INTO pairs VALUES ('%1', %2, 'p')").arg(region).arg(id));
        }
        QVERIFY(exec(setup));
        auto connection = open();
        QVERIFY(connection);

        // Integers numerically, across chunks of 3, missing and repeated keys.
        const Rows numberKeys = { { integer(17) }, { integer(3) }, { integer(25) }, { integer(9) },
            { integer(100) }, { integer(3) }, { integer(12) }, { integer(1) }, { integer(24) },
            { integer(5) }, { QVariant() } };
        auto stream = connection->readKeys(
            request(QStringLiteral("nums"), { QStringLiteral("v"), QStringLiteral("id") },
                { QStringLiteral("id") }),
            numberKeys);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto rows = readAll(**stream);
        QVERIFY2(rows, qPrintable(rows.error().message));
        Rows expected;
        for (int id : { 1, 3, 5, 9, 12, 17, 24, 25 })
            expected.append({ QVariant(QStringLiteral("n%1").arg(id)), integer(id) });
        QVERIFY2(std::equal(rows->cbegin(), rows->cend(), expected.cbegin(), expected.cend(),
                     [](const QVariantList& a, const QVariantList& b) { return sameList(a, b); }),
            qPrintable(show(*rows)));
        // PostgreSQL also takes integers as the engine holds them.
        if (Postgres) {
            stream = connection->readKeys(
                request(QStringLiteral("nums"), { QStringLiteral("v"), QStringLiteral("id") },
                    { QStringLiteral("id") }),
                { { QVariant(qlonglong(24)) }, { QVariant(qlonglong(3)) } });
            QVERIFY2(stream, qPrintable(stream.error().message));
            rows = readAll(**stream);
            QVERIFY2(rows, qPrintable(rows.error().message));
            QCOMPARE(rows->size(), 2);
            QVERIFY(sameList(rows->at(0), { QVariant(QStringLiteral("n3")), integer(3) }));
        }
        // No keys, no rows.
        stream = connection->readKeys(
            request(QStringLiteral("nums"), { QStringLiteral("id") }, { QStringLiteral("id") }),
            {});
        QVERIFY2(stream, qPrintable(stream.error().message));
        rows = readAll(**stream);
        QVERIFY(rows && rows->isEmpty());

        // Text bytewise as UTF-8 (case and accents included), like read().
        Rows wordKeys;
        for (const QString& word : words)
            wordKeys.append({ QVariant(word) });
        wordKeys.append({ QVariant(QStringLiteral("missing")) });
        stream = connection->readKeys(request(QStringLiteral("words"), { QStringLiteral("name") },
                                          { QStringLiteral("name") }),
            wordKeys);
        QVERIFY2(stream, qPrintable(stream.error().message));
        rows = readAll(**stream);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QStringList bytewise = words;
        std::sort(bytewise.begin(), bytewise.end(),
            [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        QStringList got;
        for (const QVariantList& row : std::as_const(*rows))
            got.append(row.at(0).toString());
        QCOMPARE(got, bytewise);

        // Composite keys: text first, then integers numerically.
        Rows pairKeys;
        for (const QString& region : { QStringLiteral("us"), QStringLiteral("EU"),
                 QStringLiteral("eu"), QStringLiteral("xx") }) {
            for (int id : { 10, 1, 2 })
                pairKeys.append({ QVariant(region), integer(id) });
        }
        stream = connection->readKeys(
            request(QStringLiteral("pairs"), { QStringLiteral("region"), QStringLiteral("id") },
                { QStringLiteral("region"), QStringLiteral("id") }, 2),
            pairKeys);
        QVERIFY2(stream, qPrintable(stream.error().message));
        rows = readAll(**stream);
        QVERIFY2(rows, qPrintable(rows.error().message));
        auto all = connection->read(
            request(QStringLiteral("pairs"), { QStringLiteral("region"), QStringLiteral("id") },
                { QStringLiteral("region"), QStringLiteral("id") }));
        QVERIFY2(all, qPrintable(all.error().message));
        auto allRows = readAll(**all);
        QVERIFY2(allRows, qPrintable(allRows.error().message));
        QCOMPARE(rows->size(), 9);
        QVERIFY2(std::equal(rows->cbegin(), rows->cend(), allRows->cbegin(), allRows->cend(),
                     [](const QVariantList& a, const QVariantList& b) { return sameList(a, b); }),
            qPrintable(show(*rows)));
        QVERIFY(sameList(rows->at(0), { QVariant(QStringLiteral("EU")), integer(1) }));
        QVERIFY(sameList(rows->at(2), { QVariant(QStringLiteral("EU")), integer(10) }));

        // A key of the wrong size is refused.
        auto wrong = connection->readKeys(
            request(QStringLiteral("pairs"), { QStringLiteral("region"), QStringLiteral("id") },
                { QStringLiteral("region"), QStringLiteral("id") }),
            { { QVariant(QStringLiteral("eu")) } });
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::BadInput);
    }

    void userTriggersSurvive()
    {
        QStringList setup
            = { QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)"),
                  QStringLiteral("CREATE TABLE audit (note TEXT)") };
        setup += userTrigger(QStringLiteral("items"));
        QVERIFY(exec(setup));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        QVERIFY(triggers(QStringLiteral("items")).contains(QStringLiteral("items_audit")));
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES (1, 'a')") }));
        QCOMPARE(column(QStringLiteral("SELECT note FROM audit")), strings({ "ins 1" }));
        QCOMPARE(
            column(QStringLiteral("SELECT count(*) FROM %1").arg(logTable())), strings({ "1" }));

        QVERIFY(connection->disableCapture(QStringLiteral("items")));
        QCOMPARE(triggers(QStringLiteral("items")), strings({ "items_audit" }));
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES (2, 'b')") }));
        QCOMPARE(column(QStringLiteral("SELECT note FROM audit ORDER BY note")),
            strings({ "ins 1", "ins 2" }));
    }

    void enableTwiceIsIdempotent()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT "
                                      "UNIQUE, name TEXT)") }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        const QStringList installed = triggers(QStringLiteral("items"));
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES (1, 'a', 'x')") }));
        const Status again
            = connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") });
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(triggers(QStringLiteral("items")), installed);
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES (2, 'b', 'y')") }));
        // One entry per change, and the entry made before the second enable is still there.
        QCOMPARE(
            column(QStringLiteral("SELECT count(*) FROM %1").arg(logTable())), strings({ "2" }));

        // Another key needs a disable first.
        const Status otherKey
            = connection->enableCapture(QStringLiteral("items"), { QStringLiteral("code") });
        QVERIFY(!otherKey);
        QCOMPARE(otherKey.error().kind, ErrorKind::BadInput);
        QVERIFY2(otherKey.error().message.contains(QStringLiteral("disable")),
            qPrintable(otherKey.error().message));
        auto enabled = connection->captureEnabled(QStringLiteral("items"));
        QVERIFY(enabled && *enabled);
        QCOMPARE(
            column(QStringLiteral("SELECT count(*) FROM %1").arg(logTable())), strings({ "2" }));
        QVERIFY(connection->disableCapture(QStringLiteral("items")));
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("code") }));
        QVERIFY(exec({ QStringLiteral("UPDATE items SET name = 'z' WHERE id = 1") }));
        auto stream = connection->readChanges(QStringLiteral("items"), 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto changes = readAll(**stream);
        QVERIFY2(changes, qPrintable(changes.error().message));
        QCOMPARE(changes->size(), 1);
        QVERIFY(sameList(changes->at(0).key, { QVariant(QStringLiteral("a")) }));
    }

    // A captured table dropped and made again: capture starts over, by the new key.
    void recreatedTableStartsOver()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY)") }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        QVERIFY(exec(
            { QStringLiteral("INSERT INTO items VALUES (1)"), QStringLiteral("DROP TABLE items"),
                QStringLiteral("CREATE TABLE items (code TEXT PRIMARY KEY)") }));
        auto enabled = connection->captureEnabled(QStringLiteral("items"));
        QVERIFY2(enabled, qPrintable(enabled.error().message));
        QVERIFY(!*enabled);
        const Status made
            = connection->enableCapture(QStringLiteral("items"), { QStringLiteral("code") });
        QVERIFY2(made, qPrintable(made.error().message));
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES ('a')") }));
        auto stream = connection->readChanges(QStringLiteral("items"), 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto changes = readAll(**stream);
        QVERIFY2(changes, qPrintable(changes.error().message));
        QCOMPARE(changes->size(), 1);
        QVERIFY(sameList(changes->at(0).key, { QVariant(QStringLiteral("a")) }));
        QVERIFY(connection->disableCapture(QStringLiteral("items")));
        QVERIFY(!logExists());
    }

    void disableRemovesOnlyOurs()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY)") }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("a"), { QStringLiteral("id") }));
        QVERIFY(connection->enableCapture(QStringLiteral("b"), { QStringLiteral("id") }));
        QVERIFY(exec({ QStringLiteral("INSERT INTO a VALUES (1)"),
            QStringLiteral("INSERT INTO b VALUES (1)"),
            QStringLiteral("INSERT INTO b VALUES (2)") }));
        auto latest = connection->latestChange(QStringLiteral("b"));
        QVERIFY2(latest, qPrintable(latest.error().message));
        const qint64 before = *latest;

        QVERIFY(connection->disableCapture(QStringLiteral("a")));
        QVERIFY(triggers(QStringLiteral("a")).isEmpty());
        QCOMPARE(triggers(QStringLiteral("b")).size(), Postgres ? 4 : 3);
        QVERIFY(logExists());
        QCOMPARE(column(QStringLiteral("SELECT entity FROM %1").arg(logTable())),
            QStringList({ logged(QStringLiteral("b")), logged(QStringLiteral("b")) }));
        auto enabled = connection->captureEnabled(QStringLiteral("a"));
        QVERIFY(enabled && !*enabled);
        auto notEnabled = connection->readChanges(QStringLiteral("a"), 0);
        QVERIFY(!notEnabled);
        QCOMPARE(notEnabled.error().kind, ErrorKind::BadInput);
        auto noLatest = connection->latestChange(QStringLiteral("a"));
        QVERIFY(!noLatest);
        QCOMPARE(noLatest.error().kind, ErrorKind::BadInput);
        // Disabling twice is fine.
        QVERIFY(connection->disableCapture(QStringLiteral("a")));

        QVERIFY(connection->disableCapture(QStringLiteral("b")));
        QVERIFY(triggers(QStringLiteral("b")).isEmpty());
        QVERIFY(!logExists());
        if (Postgres) {
            QCOMPARE(column(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                           "'syncline'")),
                strings({ "0" }));
            QCOMPARE(column(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname LIKE "
                                           "'capture\\_%'")),
                strings({ "0" }));
        } else {
            QVERIFY(column(QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE "
                                          "'syncline%'"))
                        .isEmpty());
        }
        // Writes go on without the log.
        QVERIFY(exec({ QStringLiteral("INSERT INTO b VALUES (3)") }));

        // A new log numbers above the dropped one, so stored watermarks never run ahead.
        QVERIFY(connection->enableCapture(QStringLiteral("b"), { QStringLiteral("id") }));
        QVERIFY(exec({ QStringLiteral("INSERT INTO b VALUES (4)") }));
        latest = connection->latestChange(QStringLiteral("b"));
        QVERIFY2(latest, qPrintable(latest.error().message));
        QVERIFY2(*latest > before, qPrintable(QStringLiteral("%1 <= %2").arg(*latest).arg(before)));
    }

    void weirdIdentifiers()
    {
        const QString table = QStringLiteral("Order \"Lines\" 2024");
        const QString entity = Postgres ? QStringLiteral("Sales Dept.") + table : table;
        const QString sqlTable = Postgres
            ? quoted(QStringLiteral("Sales Dept")) + u'.' + quoted(table)
            : quoted(table);
        const QString lineNo = QStringLiteral("Line No.");
        const QString region = QStringLiteral("Région's");
        QStringList setup;
        if (Postgres)
            setup.append(QStringLiteral("CREATE SCHEMA \"Sales Dept\""));
        setup.append(QStringLiteral("CREATE TABLE %1 (%2 INTEGER, %3 TEXT, \"Note\" TEXT, "
                                    "PRIMARY KEY (%3, %2))")
                         .arg(sqlTable, quoted(lineNo), quoted(region)));
        QVERIFY(exec(setup));
        auto connection = open();
        QVERIFY(connection);
        const Status made = connection->enableCapture(entity, { region, lineNo });
        QVERIFY2(made, qPrintable(made.error().message));
        QVERIFY(exec(
            { QStringLiteral("INSERT INTO %1 VALUES (1, 'eu', 'a'), (2, 'eu', 'b')").arg(sqlTable),
                QStringLiteral("UPDATE %1 SET %2 = 3 WHERE %2 = 2").arg(sqlTable, quoted(lineNo)),
                QStringLiteral("DELETE FROM %1 WHERE %2 = 1").arg(sqlTable, quoted(lineNo)) }));
        auto stream = connection->readChanges(entity, 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto changes = readAll(**stream);
        QVERIFY2(changes, qPrintable(changes.error().message));
        const Rows expected = { { QVariant(QStringLiteral("eu")), integer(1) },
            { QVariant(QStringLiteral("eu")), integer(2) },
            { QVariant(QStringLiteral("eu")), integer(2) },
            { QVariant(QStringLiteral("eu")), integer(3) },
            { QVariant(QStringLiteral("eu")), integer(1) } };
        QCOMPARE(changes->size(), expected.size());
        Rows keys;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(
                sameList(changes->at(i).key, expected.at(i)), qPrintable(show(changes->at(i).key)));
            keys.append(changes->at(i).key);
        }
        auto byKey = connection->readKeys(
            request(entity, { lineNo, QStringLiteral("Note"), region }, { region, lineNo }), keys);
        QVERIFY2(byKey, qPrintable(byKey.error().message));
        auto rows = readAll(**byKey);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 1);
        QVERIFY(sameList(rows->at(0),
            { integer(3), QVariant(QStringLiteral("b")), QVariant(QStringLiteral("eu")) }));
        QVERIFY(connection->disableCapture(entity));
        auto enabled = connection->captureEnabled(entity);
        QVERIFY(enabled && !*enabled);

        // A name so long that PostgreSQL's 63-byte names must shorten the trigger names.
        const QString longName
            = QStringLiteral("a_table_name_that_is_quite_long_ärger_and_longer_still_x");
        QVERIFY(exec(
            { QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY)").arg(quoted(longName)) }));
        QVERIFY(connection->enableCapture(longName, { QStringLiteral("id") }));
        QCOMPARE(triggers(longName).size(), Postgres ? 4 : 3);
        QVERIFY(exec({ QStringLiteral("INSERT INTO %1 VALUES (7)").arg(quoted(longName)) }));
        stream = connection->readChanges(longName, 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        changes = readAll(**stream);
        QVERIFY(changes && changes->size() == 1);
        QVERIFY(connection->disableCapture(longName));
        QVERIFY(triggers(longName).isEmpty());
    }

    void refusesWhatCannotBeCaptured()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE VIEW items_view AS SELECT id FROM items") }));
        auto connection = open();
        QVERIFY(connection);
        const auto refused = [&](const Status& status, const QString& word) {
            return !status && status.error().kind == ErrorKind::BadInput
                && status.error().message.contains(word);
        };
        QVERIFY(refused(
            connection->enableCapture(QStringLiteral("items_view"), { QStringLiteral("id") }),
            QStringLiteral("view")));
        QVERIFY(refused(connection->enableCapture(QStringLiteral("nope"), { QStringLiteral("id") }),
            QStringLiteral("nope")));
        QVERIFY(
            refused(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("idx") }),
                QStringLiteral("idx")));
        QVERIFY(
            refused(connection->enableCapture(QStringLiteral("items"), {}), QStringLiteral("key")));
        // Disabling what was never enabled is fine and leaves nothing behind.
        const Status noop = connection->disableCapture(QStringLiteral("items"));
        QVERIFY2(noop, qPrintable(noop.error().message));
        QVERIFY(!logExists());
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        const QString log = Postgres ? QStringLiteral("syncline.changelog")
                                     : QStringLiteral("syncline_changelog");
        QVERIFY(refused(connection->enableCapture(log, { QStringLiteral("seq") }),
            QStringLiteral("change-log")));
        QVERIFY(!triggers(QStringLiteral("items")).isEmpty());
    }

    // PostgreSQL leaves the engine's own writes out of the log (the writer marks its batches
    // with syncline.applying); SQLite logs them, and the engine knows its echoes by hash.
    void writerEcho()
    {
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT "
                                      "NOT NULL)"),
            QStringLiteral("INSERT INTO items VALUES (3, 'c')") }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        WriteSpec spec;
        spec.entity = QStringLiteral("items");
        spec.columns = { QStringLiteral("id"), QStringLiteral("name") };
        spec.types
            = { FieldType::of(FieldType::Kind::Integer), FieldType::of(FieldType::Kind::Text) };
        spec.keyIndexes = { 0 };
        auto writer = connection->writer(spec);
        QVERIFY2(writer, qPrintable(writer.error().message));
        WriteBatch batch;
        batch.upserts = { { QVariant(qlonglong(1)), QVariant(QStringLiteral("a")) },
            { QVariant(qlonglong(2)), QVariant(QStringLiteral("b")) } };
        batch.deletes = { { QVariant(qlonglong(3)) } };
        auto outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 2);
        // A batch with a rejected row goes row by row: still the engine's own writes.
        batch.upserts = { { QVariant(qlonglong(4)), QVariant(QStringLiteral("d")) },
            { QVariant(qlonglong(5)), QVariant() } };
        batch.deletes.clear();
        outcome = (*writer)->apply(batch);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->upserted, 1);
        QCOMPARE(outcome->rejected.size(), 1);
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM items")), strings({ "3" }));

        // Somebody else's write on the same database.
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES (6, 'f')") }));
        auto stream = connection->readChanges(QStringLiteral("items"), 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto changes = readAll(**stream);
        QVERIFY2(changes, qPrintable(changes.error().message));
        Rows keys;
        for (const CapturedChange& change : std::as_const(*changes))
            keys.append(change.key);
        const Rows expected = Postgres ? Rows { { integer(6) } }
                                       : Rows { { integer(3) }, { integer(1) }, { integer(2) },
                                             { integer(4) }, { integer(6) } };
        QVERIFY2(keys.size() == expected.size()
                && std::equal(keys.cbegin(), keys.cend(), expected.cbegin(),
                    [](const QVariantList& a, const QVariantList& b) { return sameList(a, b); }),
            qPrintable(show(keys)));
    }

    // Sequences follow commit order on PostgreSQL: a change committed after a reader passed a
    // later-numbered one is still read on the next call.
    void lateCommitIsNotSkipped()
    {
        if (!Postgres)
            QSKIP("SQLite commits one writer at a time: sequence order is commit order");
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY)") }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        QVERIFY(
            exec({ QStringLiteral("BEGIN"), QStringLiteral("INSERT INTO items VALUES (1)") }, 1));
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES (2)") }));
        auto stream = connection->readChanges(QStringLiteral("items"), 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto first = readAll(**stream);
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->size(), 1);
        QVERIFY(sameList(first->at(0).key, { integer(2) }));
        const qint64 watermark = first->at(0).sequence;
        auto latest = connection->latestChange(QStringLiteral("items"));
        QVERIFY2(latest, qPrintable(latest.error().message));
        QCOMPARE(*latest, watermark);

        QVERIFY(exec({ QStringLiteral("COMMIT") }, 1));
        stream = connection->readChanges(QStringLiteral("items"), watermark);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto second = readAll(**stream);
        QVERIFY2(second, qPrintable(second.error().message));
        QCOMPARE(second->size(), 1);
        QVERIFY(sameList(second->at(0).key, { integer(1) }));
        QVERIFY(second->at(0).sequence > watermark);
    }

    // Row triggers on a partitioned table fire on its partitions; the log still names the
    // partitioned table.
    void partitionedTable()
    {
        if (!Postgres)
            QSKIP("SQLite has no partitioned tables");
        QVERIFY(exec({ QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, v TEXT) "
                                      "PARTITION BY RANGE (id)"),
            QStringLiteral("CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (0) TO "
                           "(100)"),
            QStringLiteral("CREATE TABLE events_high PARTITION OF events FOR VALUES FROM (100) "
                           "TO (1000)") }));
        auto connection = open();
        QVERIFY(connection);
        const Status made
            = connection->enableCapture(QStringLiteral("events"), { QStringLiteral("id") });
        QVERIFY2(made, qPrintable(made.error().message));
        QVERIFY(exec({ QStringLiteral("INSERT INTO events VALUES (1, 'a'), (500, 'b')"),
            QStringLiteral("UPDATE events SET id = 200 WHERE id = 1"),
            QStringLiteral("TRUNCATE events") }));
        QCOMPARE(column(QStringLiteral("SELECT DISTINCT entity FROM syncline.changelog")),
            strings({ "public.events" }));
        auto stream = connection->readChanges(QStringLiteral("events"), 0);
        QVERIFY2(stream, qPrintable(stream.error().message));
        auto changes = readAll(**stream);
        QVERIFY2(changes, qPrintable(changes.error().message));
        Rows keys;
        for (const CapturedChange& change : std::as_const(*changes))
            keys.append(change.key);
        // Moving a row to another partition is a delete and an insert there; TRUNCATE logs
        // the keys it removes, in no particular order.
        QCOMPARE(keys.size(), 6);
        QCOMPARE(show(keys.mid(0, 4)),
            show(Rows { { integer(1) }, { integer(500) }, { integer(1) }, { integer(200) } }));
        QStringList truncated = { keys.at(4).at(0).toString(), keys.at(5).at(0).toString() };
        truncated.sort();
        QCOMPARE(truncated, strings({ "200", "500" }));
        QVERIFY(connection->disableCapture(QStringLiteral("events")));
        QVERIFY(triggers(QStringLiteral("events_low")).isEmpty());
        QVERIFY(!logExists());
    }

    void truncateLogsDeletes()
    {
        if (!Postgres)
            QSKIP("SQLite has no TRUNCATE; DELETE without WHERE fires the row triggers");
        QVERIFY(exec({ QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY)"),
            QStringLiteral("INSERT INTO items VALUES (1), (2)") }));
        auto connection = open();
        QVERIFY(connection);
        QVERIFY(connection->enableCapture(QStringLiteral("items"), { QStringLiteral("id") }));
        QVERIFY(exec({ QStringLiteral("TRUNCATE items") }));
        QCOMPARE(
            column(QStringLiteral("SELECT key::text || op FROM syncline.changelog ORDER BY id")),
            strings({ "[\"1\"]D", "[\"2\"]D" }));
        // Renamed, the table still truncates.
        QVERIFY(exec({ QStringLiteral("INSERT INTO items VALUES (3)"),
            QStringLiteral("ALTER TABLE items RENAME TO goods"),
            QStringLiteral("TRUNCATE goods") }));
        QCOMPARE(
            column(QStringLiteral("SELECT count(*) FROM syncline.changelog")), strings({ "4" }));
    }
};

QTEST_GUILESS_MAIN(ChangeCaptureTest)
#include "tst_changecapture.moc"
