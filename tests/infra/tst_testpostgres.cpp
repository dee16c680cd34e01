// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpostgres.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using Syncline::Test::TestPostgres;

// Checks the test PostgreSQL itself: that TestPostgres makes usable, separate databases
// and drops them, so other tests can rely on it.
class TestPostgresTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SYNCLINE_REQUIRE_POSTGRES(); }

    void createUseAndDrop()
    {
        TestPostgres pg;
        const QString name = pg.createDatabase(QStringLiteral("Infra-Self Test"));
        QVERIFY2(!name.isEmpty(), qPrintable(pg.lastError()));
        QVERIFY2(name.startsWith(QStringLiteral("infra_self_test_")), qPrintable(name));
        QCOMPARE(name, name.toLower());
        QCOMPARE(pg.url(name),
            QStringLiteral("postgresql://%1@%2:%3/%4")
                .arg(pg.user(), pg.host())
                .arg(pg.port())
                .arg(name));

        const QString connectionName = QStringLiteral("tst_testpostgres");
        {
            QSqlDatabase db = pg.open(name, connectionName);
            QVERIFY2(db.isOpen(), qPrintable(pg.lastError()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral(
                         R"(CREATE TABLE "MixedCase" ("Id" integer PRIMARY KEY, "Name" text))")),
                qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(QStringLiteral(
                         R"(INSERT INTO "MixedCase" ("Id", "Name") VALUES (1, 'Zoë'), (2, 'a'))")),
                qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(QStringLiteral(
                         R"(SELECT "Id", "Name" FROM "MixedCase" ORDER BY "Name" COLLATE "C")")),
                qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QCOMPARE(query.value(1).toString(), QStringLiteral("Zoë"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            QVERIFY(!query.next());
        }
        QSqlDatabase::removeDatabase(connectionName);

        QVERIFY2(pg.dropDatabase(name), qPrintable(pg.lastError()));
        {
            QSqlDatabase db = pg.open(QStringLiteral("postgres"), connectionName);
            QVERIFY2(db.isOpen(), qPrintable(pg.lastError()));
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
            query.addBindValue(name);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    void namesAreUnique()
    {
        TestPostgres pg;
        const QString first = pg.createDatabase(QStringLiteral("infra"));
        QVERIFY2(!first.isEmpty(), qPrintable(pg.lastError()));
        const QString second = pg.createDatabase(QStringLiteral("infra"));
        QVERIFY2(!second.isEmpty(), qPrintable(pg.lastError()));
        QVERIFY(first != second);
        QVERIFY2(pg.dropDatabase(first), qPrintable(pg.lastError()));
        QVERIFY2(pg.dropDatabase(second), qPrintable(pg.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresTest)
#include "tst_testpostgres.moc"
