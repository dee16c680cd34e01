// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsqlite.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using Syncline::Test::TestSqlite;

// Checks TestSqlite: files are created in its directory, statements run, errors say which
// statement failed and leave nothing half done.
class TestSqliteTest final : public QObject
{
    Q_OBJECT

private slots:
    void createAndRead()
    {
        TestSqlite sqlite;
        QVERIFY(sqlite.isValid());
        QString error;
        QVERIFY2(sqlite.create(QStringLiteral("a.sqlite"),
                     { QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"),
                         QStringLiteral("INSERT INTO t VALUES (1, 'one')") },
                     &error),
            qPrintable(error));
        const QString path = sqlite.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(QFileInfo::exists(path));

        const QString connectionName = QStringLiteral("tst_testsqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM t WHERE id = 1")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("one"));
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    void errorNamesTheStatementAndRollsBack()
    {
        TestSqlite sqlite;
        QString error;
        QVERIFY(!sqlite.create(QStringLiteral("b.sqlite"),
            { QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)"),
                QStringLiteral("INSERT INTO missing VALUES (1)") },
            &error));
        QVERIFY2(error.contains(QStringLiteral("INSERT INTO missing")), qPrintable(error));

        QVERIFY2(TestSqlite::exec(sqlite.filePath(QStringLiteral("b.sqlite")),
                     { QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)") }, &error),
            qPrintable(error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteTest)
#include "tst_testsqlite.moc"
