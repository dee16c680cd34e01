// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alerthistorymodel.h"
#include "alerts/alertspanel.h"
#include "alerts/alertstatemodel.h"
#include "core/configparser.h"
#include "engine/alertmonitor.h"
#include "store/configrepository.h"
#include "store/workspace.h"
#include "workspacetasks.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Syncline;

// The alerts panel over a real workspace: rule states (firing first) and the recent events,
// read through WorkspaceTasks off the GUI thread.
class TestAlertsPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsStatesAndHistory();
};

void TestAlertsPanel::showsStatesAndHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("workspace.db"));
    const QByteArray json = R"({
      "endpoints": [{"name": "db", "kind": "sqlite", "url": "sqlite:db.db"}],
      "mappings": [{"name": "m", "source": {"endpoint": "db", "entity": "a"},
                    "target": {"endpoint": "db", "entity": "b"}, "key": ["id"]}],
      "jobs": [{"name": "orders", "mapping": "m"}, {"name": "customers", "mapping": "m"}],
      "alerts": [{"name": "broken", "kind": "consecutive-failures", "threshold": 1,
                  "severity": "critical"}]
    })";
    {
        auto parsed = ConfigParser::parse(json, QStringLiteral("t.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        auto workspace = Workspace::open(location);
        QVERIFY(workspace.ok());
        QVERIFY(ConfigRepository(**workspace).import(*parsed, QStringLiteral("tst")).ok());
        QSqlQuery insert((*workspace)->database());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO runs (job, status, started_at, finished_at) VALUES ('orders', "
            "'failed', '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:05.000Z')")));
    }
    AlertMonitor monitor(location);
    auto fired = monitor.evaluate();
    QVERIFY(fired.ok());
    QCOMPARE(fired->size(), 1);

    WorkspaceTasks tasks(location);
    AlertsPanel panel(&tasks);
    QAbstractItemModelTester stateTester(panel.stateModel());
    QAbstractItemModelTester historyTester(panel.historyModel());
    QSignalSpy loaded(&panel, &AlertsPanel::loaded);
    panel.reload();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toInt(), 1);

    AlertStateModel* states = panel.stateModel();
    QCOMPARE(states->rowCount(), 2); // "*": one row per job
    QCOMPARE(states->index(0, AlertStateModel::Job).data().toString(), QStringLiteral("orders"));
    QCOMPARE(states->index(0, AlertStateModel::State).data().toString(), QStringLiteral("firing"));
    QCOMPARE(states->index(1, AlertStateModel::State).data().toString(), QStringLiteral("ok"));
    QVERIFY(states->index(0, AlertStateModel::Message)
                .data()
                .toString()
                .contains(QStringLiteral("in a row")));

    AlertHistoryModel* history = panel.historyModel();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(
        history->index(0, AlertHistoryModel::Rule).data().toString(), QStringLiteral("broken"));
    QCOMPARE(
        history->index(0, AlertHistoryModel::State).data().toString(), QStringLiteral("fired"));

    // Recovery shows after the next reload.
    {
        auto workspace = Workspace::open(location);
        QVERIFY(workspace.ok());
        QSqlQuery insert((*workspace)->database());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO runs (job, status, started_at, finished_at) VALUES ('orders', "
            "'succeeded', '2026-01-01T11:00:00.000Z', '2026-01-01T11:00:05.000Z')")));
    }
    QVERIFY(monitor.evaluate().ok());
    panel.reload();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().first().toInt(), 0);
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(
        history->index(0, AlertHistoryModel::State).data().toString(), QStringLiteral("recovered"));
}

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
