// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/connectionfactory.h"
#include "connectors/postgresql/copyencoder.h"
#include "connectors/postgresql/postgresqlconnection.h"
#include "connectors/secretstore.h"
#include "connectors/sqlite/sqliteconnection.h"
#include "core/canonicalizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Syncline;

using K = FieldType::Kind;

// What needs no database server: endpoint URLs, dispatch on the endpoint kind, where
// passwords come from, and the COPY text encoding.
class ConnectionFactoryTest final : public QObject
{
    Q_OBJECT

private slots:
    void postgresqlUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");

        const QString timeout = QStringLiteral("connect_timeout=10");
        QTest::newRow("full") << QStringLiteral("postgresql://sync@db.example.com:6543/sales")
                              << QStringLiteral("db.example.com") << 6543 << QStringLiteral("sync")
                              << QStringLiteral("sales") << timeout;
        QTest::newRow("postgres scheme, defaults")
            << QStringLiteral("postgres://localhost/app") << QStringLiteral("localhost") << -1
            << QString() << QStringLiteral("app") << timeout;
        QTest::newRow("no host") << QStringLiteral("postgresql:///app") << QString() << -1
                                 << QString() << QStringLiteral("app") << timeout;
        QTest::newRow("ipv6") << QStringLiteral("postgresql://u@[::1]:5433/app")
                              << QStringLiteral("::1") << 5433 << QStringLiteral("u")
                              << QStringLiteral("app") << timeout;
        QTest::newRow("percent-encoded")
            << QStringLiteral("postgresql://us%40er@%2Fvar%2Frun%2Fpostgresql/my%20db")
            << QStringLiteral("/var/run/postgresql") << -1 << QStringLiteral("us@er")
            << QStringLiteral("my db") << timeout;
        QTest::newRow("parameters")
            << QStringLiteral("postgresql://u@h/db?sslmode=require&application_name=my%20app"
                              "&connect_timeout=3")
            << QStringLiteral("h") << -1 << QStringLiteral("u") << QStringLiteral("db")
            << QStringLiteral("sslmode='require';application_name='my app';connect_timeout='3'");
    }

    void postgresqlUrls()
    {
        QFETCH(QString, url);
        auto target = PostgresqlConnection::parseUrl(url);
        QVERIFY2(target, qPrintable(target.error().message));
        QTEST(target->host, "host");
        QTEST(target->port, "port");
        QTEST(target->user, "user");
        QTEST(target->database, "database");
        QTEST(target->connectOptions, "options");
    }

    void badPostgresqlUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scheme") << QStringLiteral("mysql://h/db")
                                << QStringLiteral("not a postgresql");
        QTest::newRow("no database")
            << QStringLiteral("postgresql://h:5432") << QStringLiteral("no database name");
        QTest::newRow("empty database")
            << QStringLiteral("postgresql://h/") << QStringLiteral("no database name");
        QTest::newRow("port") << QStringLiteral("postgresql://h:http/db")
                              << QStringLiteral("not a port number");
        QTest::newRow("password") << QStringLiteral("postgresql://u:hunter2@h/db")
                                  << QStringLiteral("contains a password");
        QTest::newRow("password parameter")
            << QStringLiteral("postgresql://u@h/db?password=hunter2")
            << QStringLiteral("contains a password");
        QTest::newRow("parameter name") << QStringLiteral("postgresql://u@h/db?a b=1")
                                        << QStringLiteral("not a connection parameter");
    }

    void badPostgresqlUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        auto target = PostgresqlConnection::parseUrl(url);
        QVERIFY(!target);
        QCOMPARE(target.error().kind, ErrorKind::BadInput);
        QVERIFY2(target.error().message.contains(expected), qPrintable(target.error().message));
        QVERIFY2(!target.error().message.contains(QStringLiteral("hunter2")),
            qPrintable(target.error().message));
    }

    void sqliteUrls()
    {
        QCOMPARE(*SqliteConnection::pathFromUrl(QStringLiteral("sqlite:///a/b.db")),
            QStringLiteral("/a/b.db"));
        QCOMPARE(*SqliteConnection::pathFromUrl(QStringLiteral("sqlite:/a/b.db")),
            QStringLiteral("/a/b.db"));
        QCOMPARE(*SqliteConnection::pathFromUrl(QStringLiteral("sqlite:rel/b.db")),
            QDir::current().absoluteFilePath(QStringLiteral("rel/b.db")));
        QCOMPARE(*SqliteConnection::pathFromUrl(QStringLiteral("sqlite::memory:")),
            QStringLiteral(":memory:"));
        QVERIFY(!SqliteConnection::pathFromUrl(QStringLiteral("sqlite://host/b.db")));
        QVERIFY(!SqliteConnection::pathFromUrl(QStringLiteral("sqlite:")));
        QVERIFY(!SqliteConnection::pathFromUrl(QStringLiteral("file:///a.db")));
    }

    void factoryDispatch()
    {
        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("crm");
        endpoint.kind = QStringLiteral("oracle");
        endpoint.url = QStringLiteral("oracle://x");
        auto connection = ConnectionFactory::open(endpoint, QString());
        QVERIFY(!connection);
        QCOMPARE(connection.error().kind, ErrorKind::BadInput);
        QVERIFY2(connection.error().message.contains(QStringLiteral("endpoint crm")),
            qPrintable(connection.error().message));

        endpoint.kind = QStringLiteral("sqlite");
        endpoint.url = QStringLiteral("sqlite::memory:");
        connection = ConnectionFactory::open(endpoint, QString());
        QVERIFY2(connection, qPrintable(connection.error().message));
        QCOMPARE((*connection)->kind(), QStringLiteral("sqlite"));
        QVERIFY((*connection)->entities());
    }

    void passwordFromEnvironment()
    {
        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("warehouse");
        endpoint.kind = QStringLiteral("postgresql");
        endpoint.passwordEnv = QStringLiteral("SYNCLINE_TST_PASSWORD");
        endpoint.keychain = true; // the variable wins
        qputenv("SYNCLINE_TST_PASSWORD", "s3cr3t ü");
        auto password = SecretStore::password(endpoint);
        QVERIFY(password);
        QCOMPARE(*password, QStringLiteral("s3cr3t ü"));
        qputenv("SYNCLINE_TST_PASSWORD", "");
        password = SecretStore::password(endpoint);
        QVERIFY(password);
        QCOMPARE(*password, QString());

        qunsetenv("SYNCLINE_TST_PASSWORD");
        password = SecretStore::password(endpoint);
        QVERIFY(!password);
        QCOMPARE(password.error().kind, ErrorKind::BadInput);
        QCOMPARE(password.error().message,
            QStringLiteral("endpoint warehouse: the environment variable "
                           "SYNCLINE_TST_PASSWORD (password_env) is not set"));

        endpoint.passwordEnv.clear();
        endpoint.keychain = false;
        password = SecretStore::password(endpoint);
        QVERIFY(password);
        QVERIFY(password->isEmpty());
    }

    void keychainAnswersOrExplains()
    {
        // Test machines have no keychain, or one without this entry: either way an error
        // naming the endpoint and pointing at password_env, never a hang.
        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("syncline-test-no-such-entry");
        endpoint.kind = QStringLiteral("postgresql");
        endpoint.keychain = true;
        QElapsedTimer timer;
        timer.start();
        auto password = SecretStore::password(endpoint);
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY(!password);
        QVERIFY2(
            password.error().message.contains(endpoint.name), qPrintable(password.error().message));
        QVERIFY2(password.error().message.contains(QStringLiteral("password_env")),
            qPrintable(password.error().message));
    }

    void copyText_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("copy");
        QTest::newRow("null") << QVariant() << FieldType::of(K::Text) << QByteArray()
                              << QByteArray("\\N");
        QTest::newRow("empty text")
            << QVariant(QString()) << FieldType::of(K::Text) << QByteArray("") << QByteArray("");
        QTest::newRow("escapes") << QVariant(QStringLiteral("a\tb\nc\rd\\e\\N"))
                                 << FieldType::of(K::Text) << QByteArray("a\tb\nc\rd\\e\\N")
                                 << QByteArray("a\\tb\\nc\\rd\\\\e\\\\N");
        QTest::newRow("utf-8") << QVariant(QStringLiteral("é😀")) << FieldType::of(K::Text)
                               << QByteArray("\xc3\xa9\xf0\x9f\x98\x80")
                               << QByteArray("\xc3\xa9\xf0\x9f\x98\x80");
        QTest::newRow("integer") << QVariant(-42LL) << FieldType::of(K::Integer)
                                 << QByteArray("-42") << QByteArray("-42");
        QTest::newRow("bool") << QVariant(true) << FieldType::of(K::Bool) << QByteArray("true")
                              << QByteArray("t");
        QTest::newRow("decimal") << QVariant(QStringLiteral("12345678901234.5678"))
                                 << FieldType::decimal(18, 4) << QByteArray("12345678901234.5678")
                                 << QByteArray("12345678901234.5678");
        QTest::newRow("real") << QVariant(0.1) << FieldType::of(K::Real) << QByteArray("0.1")
                              << QByteArray("0.1");
        QTest::newRow("blob") << QVariant(QByteArray("\x00\xff", 2)) << FieldType::of(K::Blob)
                              << QByteArray("\\x00ff") << QByteArray("\\\\x00ff");
        QTest::newRow("empty blob") << QVariant(QByteArray()) << FieldType::of(K::Blob)
                                    << QByteArray("\\x") << QByteArray("\\\\x");
        const qlonglong micros = *Canonicalizer::parseTimestampMicros(u"2024-02-29 12:34:56.5");
        QTest::newRow("timestamptz") << QVariant(micros) << FieldType::of(K::TimestampTz)
                                     << QByteArray("2024-02-29 12:34:56.5+00:00")
                                     << QByteArray("2024-02-29 12:34:56.5+00:00");
        QTest::newRow("date") << QVariant(0LL) << FieldType::of(K::Date) << QByteArray("1970-01-01")
                              << QByteArray("1970-01-01");
    }

    void copyText()
    {
        QFETCH(QVariant, value);
        QFETCH(FieldType, type);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, copy);
        const QByteArray got = CopyEncoder::text(value, type);
        QCOMPARE(got, text);
        QCOMPARE(got.isNull(), text.isNull());
        QByteArray line;
        CopyEncoder({ type, FieldType::of(K::Integer) }).appendRow(line, { value, 7LL });
        QCOMPARE(line, copy + QByteArray("\t7\n"));
    }

    void nulInText()
    {
        const QList<FieldType> types
            = { FieldType::of(K::Integer), FieldType::of(K::Blob), FieldType::of(K::Text) };
        QCOMPARE(
            CopyEncoder::firstNulColumn({ 1LL, QByteArray("\0", 1), QStringLiteral("ok") }, types),
            -1);
        QCOMPARE(
            CopyEncoder::firstNulColumn({ 1LL, QVariant(), QStringLiteral("a\u0000") }, types), 2);
    }
};

QTEST_GUILESS_MAIN(ConnectionFactoryTest)
#include "tst_connectionfactory.moc"
