// SPDX-License-Identifier: GPL-3.0-or-later
// Runs with detect "changelog": only logged keys are read, and the engine's own writes do
// not come back as changes (no echo, no ping-pong between the two sides).
#include "connectors/connectionfactory.h"
#include "core/configparser.h"
#include "engine/syncrun.h"
#include "store/configrepository.h"
#include "store/workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Syncline;

class ChangelogRunTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneWayReadsOnlyLoggedKeys();
    void twoWayDoesNotEcho();

private:
    bool exec(const QString& file, const QStringList& statements);
    QString dump(const QString& file);
    bool setUp(const QString& direction);
    RunReport run();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

bool ChangelogRunTest::exec(const QString& file, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_dir->filePath(file));
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return ok;
}

QString ChangelogRunTest::dump(const QString& file)
{
    QStringList rows;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(m_dir->filePath(file));
        db.open();
        QSqlQuery query(QStringLiteral("SELECT id, name FROM people ORDER BY id"), db);
        while (query.next())
            rows.append(query.value(0).toString() + QLatin1Char('=') + query.value(1).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return rows.join(QLatin1Char(' '));
}

void ChangelogRunTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(QStringLiteral("workspace.db"));
    for (const QString& file : { QStringLiteral("a.db"), QStringLiteral("b.db") })
        QVERIFY(exec(
            file, { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)") }));
    QVERIFY(exec(QStringLiteral("a.db"),
        { QStringLiteral("INSERT INTO people VALUES (1, 'ann'), (2, 'bob'), (3, 'cy')") }));
}

void ChangelogRunTest::cleanup()
{
    m_dir.reset();
}

bool ChangelogRunTest::setUp(const QString& direction)
{
    const QString json = QStringLiteral(
        R"({"endpoints": [{"name": "a", "kind": "sqlite", "url": "sqlite://%1"},
                          {"name": "b", "kind": "sqlite", "url": "sqlite://%2"}],
            "mappings": [{"name": "m", "source": {"endpoint": "a", "entity": "people"},
                          "target": {"endpoint": "b", "entity": "people"}, "key": ["id"]}],
            "jobs": [{"name": "j", "mapping": "m", "direction": "%3", "detect": "changelog",
                      "conflicts": "manual"}]})")
                             .arg(m_dir->filePath(QStringLiteral("a.db")),
                                 m_dir->filePath(QStringLiteral("b.db")), direction);
    auto config = ConfigParser::parse(json.toUtf8(), QStringLiteral("test.json"));
    if (!config) {
        qWarning() << config.error().message;
        return false;
    }
    auto workspace = Workspace::open(m_workspace);
    if (!workspace || !ConfigRepository(**workspace).import(*config, QStringLiteral("test")))
        return false;
    for (const EndpointConfig& endpoint : config->endpoints) {
        auto connection = ConnectionFactory::open(endpoint, QString());
        if (!connection
            || !(*connection)->enableCapture(QStringLiteral("people"), { QStringLiteral("id") })) {
            qWarning() << "cannot enable capture on" << endpoint.name;
            return false;
        }
    }
    return true;
}

RunReport ChangelogRunTest::run()
{
    return SyncRun(m_workspace, QStringLiteral("j")).execute();
}

void ChangelogRunTest::oneWayReadsOnlyLoggedKeys()
{
    // Rows that existed before capture was enabled are not in the log: a hash run copies
    // them; from then on only logged keys are read.
    QVERIFY(setUp(QStringLiteral("push")));
    QVERIFY(exec(QStringLiteral("b.db"),
        { QStringLiteral("INSERT INTO people VALUES (1, 'ann'), (2, 'bob'), (3, 'cy')") }));
    RunReport report = run();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.sourceRows, 0);

    QVERIFY(exec(QStringLiteral("a.db"),
        { QStringLiteral("UPDATE people SET name = 'bobby' WHERE id = 2"),
            QStringLiteral("DELETE FROM people WHERE id = 3"),
            QStringLiteral("INSERT INTO people VALUES (4, 'dee')") }));
    report = run();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.sourceRows, 2); // keys 2 and 4 still exist; 3 is gone
    QCOMPARE(report.counts.inserted + report.counts.updated, 2);
    QCOMPARE(report.counts.deleted, 1);
    QCOMPARE(dump(QStringLiteral("b.db")), QStringLiteral("1=ann 2=bobby 4=dee"));

    report = run();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.sourceRows, 0);
    QCOMPARE(report.counts.applied(), 0);
}

void ChangelogRunTest::twoWayDoesNotEcho()
{
    QVERIFY(setUp(QStringLiteral("two-way")));
    // Make the source's existing rows known to the log, as an admin would after enabling.
    QVERIFY(exec(QStringLiteral("a.db"), { QStringLiteral("UPDATE people SET name = name") }));
    RunReport report = run();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.inserted, 3);
    QCOMPARE(dump(QStringLiteral("b.db")), QStringLiteral("1=ann 2=bob 3=cy"));

    // The run's writes to b were logged; they must not come back as changes.
    for (int round = 0; round < 2; ++round) {
        report = run();
        QVERIFY2(report.succeeded(), qPrintable(report.error.message));
        QCOMPARE(report.counts.applied(), 0);
        QCOMPARE(report.counts.conflicts, 0);
    }

    QVERIFY(exec(
        QStringLiteral("b.db"), { QStringLiteral("UPDATE people SET name = 'bea' WHERE id = 2") }));
    QVERIFY(exec(QStringLiteral("a.db"),
        { QStringLiteral("UPDATE people SET name = 'cyril' WHERE id = 3") }));
    report = run();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.updated, 2);
    QCOMPARE(dump(QStringLiteral("a.db")), QStringLiteral("1=ann 2=bea 3=cyril"));
    QCOMPARE(dump(QStringLiteral("b.db")), QStringLiteral("1=ann 2=bea 3=cyril"));
    report = run();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.applied(), 0);
}

QTEST_GUILESS_MAIN(ChangelogRunTest)
#include "tst_changelogrun.moc"
