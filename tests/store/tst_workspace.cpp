// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcheck.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Syncline;
using Syncline::Test::SqlCheck;

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void migrationsCreateTheSchema();
    void reopeningIsIdempotent();
    void directoryAndFileLocations();
    void exists();
    void newerSchemaIsRefused();
    void notADatabaseIsAnError();
    void defaultLocation();
    void destructorRemovesTheConnection();
    void transactionCommitsAndRollsBack();
    void nestedTransactionFailureUndoesOnlyItsOwnWrites();
    void concurrentOpenOfANewFileMigratesOnce();

private:
    static qint64 count(Workspace& workspace, const QString& table)
    {
        QSqlQuery query(workspace.database());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
};

void tst_Workspace::migrationsCreateTheSchema()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = Workspace::open(dir.path());
    QVERIFY2(workspace, qPrintable(workspace.error().message));
    const QString file = dir.filePath(QStringLiteral("workspace.db"));
    QCOMPARE((*workspace)->location(), file);
    QCOMPARE((*workspace)->schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(Workspace::latestSchemaVersion(), 6);

    SqlCheck sql(file);
    QStringList tables;
    for (const auto& row : sql.rows(QStringLiteral(
             "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
             "ORDER BY name")))
        tables.append(row.first().toString());
    QCOMPARE(tables,
        QStringList({ QStringLiteral("alert_channels"), QStringLiteral("alert_deliveries"),
            QStringLiteral("alert_events"), QStringLiteral("alert_rules"), QStringLiteral("audit"),
            QStringLiteral("conflict_rules"), QStringLiteral("conflicts"),
            QStringLiteral("endpoints"), QStringLiteral("job_state"), QStringLiteral("jobs"),
            QStringLiteral("journal"), QStringLiteral("leases"), QStringLiteral("mappings"),
            QStringLiteral("metric_points"), QStringLiteral("quarantine"),
            QStringLiteral("run_attempts"), QStringLiteral("run_metrics"), QStringLiteral("runs"),
            QStringLiteral("schedule_state"), QStringLiteral("schema_migrations") }));
    QVERIFY(sql.value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'journal'"))
                .toString()
                .contains(QLatin1String("WITHOUT ROWID")));
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                      "AND name = 'runs_job_id'"))
                 .toInt(),
        1);
    QCOMPARE(sql.rows(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")),
        QList<QVariantList>({ { 1 }, { 2 }, { 3 }, { 4 }, { 5 }, { 6 } }));
    QCOMPARE(sql.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    // The workspace's own connection has the pragmas set.
    QSqlQuery query((*workspace)->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    QCOMPARE(query.value(0).toInt(), 10000);
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1); // NORMAL
}

void tst_Workspace::reopeningIsIdempotent()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.db"));
    {
        auto workspace = Workspace::open(file);
        QVERIFY2(workspace, qPrintable(workspace.error().message));
        QSqlQuery query((*workspace)->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO audit (at, actor, action, object, detail) "
                                          "VALUES ('x', 'a', 'b', 'c', '{}')")));
    }
    SqlCheck sql(file);
    const QString before = sql.dump();
    for (int i = 0; i < 3; ++i) {
        auto workspace = Workspace::open(file);
        QVERIFY2(workspace, qPrintable(workspace.error().message));
        QCOMPARE((*workspace)->schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(count(**workspace, QStringLiteral("audit")), 1);
    }
    QCOMPARE(sql.dump(), before);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
        Workspace::latestSchemaVersion());
}

void tst_Workspace::directoryAndFileLocations()
{
    QTemporaryDir dir;
    // Missing parent directories are created.
    const QString nested = dir.filePath(QStringLiteral("a/b/c/mine.db"));
    {
        auto workspace = Workspace::open(nested);
        QVERIFY2(workspace, qPrintable(workspace.error().message));
        QCOMPARE((*workspace)->location(), nested);
    }
    QVERIFY(QFile::exists(nested));

    // A path with a trailing slash is a directory, created when missing.
    const QString newDir = dir.filePath(QStringLiteral("fresh")) + QLatin1Char('/');
    {
        auto workspace = Workspace::open(newDir);
        QVERIFY2(workspace, qPrintable(workspace.error().message));
        QCOMPARE((*workspace)->location(), dir.filePath(QStringLiteral("fresh/workspace.db")));
    }
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("fresh/workspace.db"))));

    auto empty = Workspace::open(QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, ErrorKind::BadInput);
}

void tst_Workspace::exists()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("x.db"));
    QVERIFY(!Workspace::exists(file));
    QVERIFY(!Workspace::exists(dir.path()));
    QVERIFY(!QFile::exists(file)); // asking does not create
    {
        auto workspace = Workspace::open(file);
        QVERIFY(workspace);
    }
    QVERIFY(Workspace::exists(file));
    QVERIFY(!Workspace::exists(dir.path()));
    {
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace);
    }
    QVERIFY(Workspace::exists(dir.path()));
}

void tst_Workspace::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.db"));
    {
        auto workspace = Workspace::open(file);
        QVERIFY(workspace);
    }
    {
        SqlCheck sql(file);
        QVERIFY(sql.exec(QStringLiteral(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'later')")));
    }
    auto workspace = Workspace::open(file);
    QVERIFY(!workspace);
    QVERIFY2(workspace.error().message.contains(QLatin1String("newer")),
        qPrintable(workspace.error().message));
    QVERIFY(workspace.error().message.contains(QLatin1String("99")));
    QVERIFY(workspace.error().message.contains(file));
}

void tst_Workspace::notADatabaseIsAnError()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("garbage.db"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const QStringList before = QSqlDatabase::connectionNames();
    auto workspace = Workspace::open(file);
    QVERIFY(!workspace);
    QVERIFY2(workspace.error().message.contains(file), qPrintable(workspace.error().message));
    QCOMPARE(QSqlDatabase::connectionNames(), before); // the failed open left no connection
}

void tst_Workspace::defaultLocation()
{
    const QByteArray saved = qgetenv("SYNCLINE_WORKSPACE");
    qputenv("SYNCLINE_WORKSPACE", "/somewhere/else.db");
    QCOMPARE(Workspace::defaultLocation(), QStringLiteral("/somewhere/else.db"));
    qunsetenv("SYNCLINE_WORKSPACE");
    QCOMPARE(Workspace::defaultLocation(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/workspace.db"));
    if (!saved.isNull())
        qputenv("SYNCLINE_WORKSPACE", saved);
}

void tst_Workspace::destructorRemovesTheConnection()
{
    QTemporaryDir dir;
    const QStringList before = QSqlDatabase::connectionNames();
    QString name;
    {
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace);
        name = (*workspace)->database().connectionName();
        QVERIFY(QSqlDatabase::contains(name));
        auto second = Workspace::open(dir.path());
        QVERIFY(second);
        QVERIFY((*second)->database().connectionName() != name);
    }
    QVERIFY(!QSqlDatabase::contains(name));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void tst_Workspace::transactionCommitsAndRollsBack()
{
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.path());
    QVERIFY(opened);
    Workspace& workspace = **opened;
    const auto insert = [&](const QString& object) {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("INSERT INTO audit (at, actor, action, object, detail) "
                                     "VALUES ('t', 'a', 'x', ?, '{}')"));
        query.addBindValue(object);
        return query.exec();
    };
    QVERIFY(workspace.transaction([&]() -> Status {
        if (!workspace.inTransaction())
            return Error::runtime(QStringLiteral("not inside a transaction"));
        insert(QStringLiteral("kept"));
        return {};
    }));
    QVERIFY(!workspace.inTransaction());
    const Status failed = workspace.transaction([&]() -> Status {
        insert(QStringLiteral("dropped"));
        return Error::badInput(QStringLiteral("no"));
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error().message, QStringLiteral("no"));
    QVERIFY(!workspace.inTransaction());

    SqlCheck sql(workspace.location());
    QCOMPARE(sql.rows(QStringLiteral("SELECT object FROM audit")),
        QList<QVariantList>({ { QStringLiteral("kept") } }));
}

void tst_Workspace::nestedTransactionFailureUndoesOnlyItsOwnWrites()
{
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.path());
    QVERIFY(opened);
    Workspace& workspace = **opened;
    const auto insert = [&](const QString& object) {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("INSERT INTO audit (at, actor, action, object, detail) "
                                     "VALUES ('t', 'a', 'x', ?, '{}')"));
        query.addBindValue(object);
        return query.exec();
    };
    const Status outer = workspace.transaction([&]() -> Status {
        insert(QStringLiteral("outer"));
        const Status inner = workspace.transaction([&]() -> Status {
            insert(QStringLiteral("inner-dropped"));
            return Error::runtime(QStringLiteral("inner failed"));
        });
        if (inner)
            return Error::runtime(QStringLiteral("the inner transaction should have failed"));
        return workspace.transaction([&]() -> Status {
            insert(QStringLiteral("inner-kept"));
            return {};
        });
    });
    QVERIFY2(outer, qPrintable(outer.error().message));
    SqlCheck sql(workspace.location());
    QCOMPARE(sql.rows(QStringLiteral("SELECT object FROM audit ORDER BY id")),
        QList<QVariantList>({ { QStringLiteral("outer") }, { QStringLiteral("inner-kept") } }));

    // A failing outer transaction undoes the committed savepoints inside it too.
    QVERIFY(!workspace.transaction([&]() -> Status {
        const Status inner = workspace.transaction([&]() -> Status {
            insert(QStringLiteral("gone"));
            return {};
        });
        Q_UNUSED(inner);
        return Error::runtime(QStringLiteral("outer failed"));
    }));
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM audit")).toInt(), 2);
}

void tst_Workspace::concurrentOpenOfANewFileMigratesOnce()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("race.db"));
    constexpr int threads = 4;
    QSemaphore ready;
    QSemaphore go;
    QStringList errors;
    QMutex errorsMutex;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back(QThread::create([&]() {
            ready.release();
            go.acquire();
            auto workspace = Workspace::open(file);
            QMutexLocker lock(&errorsMutex);
            if (!workspace)
                errors.append(workspace.error().message);
            else if ((*workspace)->schemaVersion() != Workspace::latestSchemaVersion())
                errors.append(
                    QStringLiteral("schema version %1").arg((*workspace)->schemaVersion()));
        }));
        workers.back()->start();
    }
    ready.acquire(threads);
    go.release(threads);
    for (const auto& worker : workers)
        QVERIFY(worker->wait(60000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    SqlCheck sql(file);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
        Workspace::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
