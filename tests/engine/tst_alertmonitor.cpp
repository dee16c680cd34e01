// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/configparser.h"
#include "engine/alertmonitor.h"
#include "engine/alerts/desktopnotifier.h"
#include "store/alertrepository.h"
#include "store/configrepository.h"
#include "store/workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Syncline;

namespace {

// The console's side of desktop notifications, minus the tray: remembers what it was asked
// to show.
class RecordingNotifier final : public DesktopNotifier
{
public:
    bool showAlert(const AlertEvent& event, const QString& title, const QString&) override
    {
        shown.append(event);
        titles.append(title);
        return true;
    }
    QList<AlertEvent> shown;
    QStringList titles;
};

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void errorRateOfRunsFiresAndRecovers();
    void errorRateOfRowsCountsQuarantine();
    void latencyP95ReadsRunMetrics();
    void consecutiveFailuresFireAtThreshold();
    void pendingConflictsFireAndRecover();
    void notRunSinceWatchesEveryJob();
    void onlyTransitionsNotify();
    void twoMonitorsAnnounceOnce();
    void configRejectsBadRules_data();
    void configRejectsBadRules();
    void configRoundTripsThroughTheStore();

private:
    // Imports endpoints, a mapping, jobs "orders" and "customers", the desktop channel and
    // `rules`.
    void importRules(const QJsonArray& rules);
    // A finished run of `job`, started `minutesAgo` before m_now.
    qint64 addRun(const QString& job, const QString& status, int minutesAgo, qint64 inserted = 0,
        qint64 quarantined = 0);
    void exec(const QString& sql, const QVariantList& values = {});
    // (rule, job, state, value) of every event, oldest first, read with plain SQL.
    QList<QStringList> events();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    QDateTime m_now;
};

void TestAlertMonitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_dir->filePath(QStringLiteral("workspace.db"));
    m_now = QDateTime::currentDateTimeUtc();
}

void TestAlertMonitor::cleanup()
{
    QSqlDatabase::removeDatabase(QStringLiteral("tst_alertmonitor"));
    m_dir.reset();
}

void TestAlertMonitor::importRules(const QJsonArray& rules)
{
    const QJsonObject config {
        { QStringLiteral("endpoints"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("src") },
                             { QStringLiteral("kind"), QStringLiteral("sqlite") },
                             { QStringLiteral("url"), QStringLiteral("sqlite:src.db") } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("dst") },
                    { QStringLiteral("kind"), QStringLiteral("sqlite") },
                    { QStringLiteral("url"), QStringLiteral("sqlite:dst.db") } } } },
        { QStringLiteral("mappings"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("m") },
                { QStringLiteral("source"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("src") },
                        { QStringLiteral("entity"), QStringLiteral("t") } } },
                { QStringLiteral("target"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("dst") },
                        { QStringLiteral("entity"), QStringLiteral("t") } } },
                { QStringLiteral("key"), QJsonArray { QStringLiteral("id") } } } } },
        { QStringLiteral("jobs"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("orders") },
                             { QStringLiteral("mapping"), QStringLiteral("m") } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("customers") },
                    { QStringLiteral("mapping"), QStringLiteral("m") } } } },
        { QStringLiteral("channels"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("desk") },
                { QStringLiteral("kind"), QStringLiteral("desktop") } } } },
        { QStringLiteral("alerts"), rules },
    };
    auto parsed = ConfigParser::parse(QJsonDocument(config).toJson(), QStringLiteral("t.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    auto workspace = Workspace::open(m_location);
    QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
    const Status imported = ConfigRepository(**workspace).import(*parsed, QStringLiteral("tst"));
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
}

void TestAlertMonitor::exec(const QString& sql, const QVariantList& values)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("tst_alertmonitor"), false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(
            QStringLiteral("QSQLITE"), QStringLiteral("tst_alertmonitor"));
        db.setDatabaseName(m_location);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
    QSqlQuery query(db);
    QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(sql + QStringLiteral(": ") + query.lastError().text()));
}

qint64 TestAlertMonitor::addRun(
    const QString& job, const QString& status, int minutesAgo, qint64 inserted, qint64 quarantined)
{
    const QDateTime started = m_now.addSecs(-60 * minutesAgo);
    exec(QStringLiteral("INSERT INTO runs (job, status, started_at, finished_at, inserted, "
                        "quarantined) VALUES (?, ?, ?, ?, ?, ?)"),
        { job, status, iso(started), iso(started.addSecs(5)), inserted, quarantined });
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("tst_alertmonitor")));
    query.exec(QStringLiteral("SELECT MAX(id) FROM runs"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<QStringList> TestAlertMonitor::events()
{
    QList<QStringList> out;
    exec(QStringLiteral("SELECT 1")); // opens the connection
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("tst_alertmonitor")));
    query.exec(QStringLiteral("SELECT rule, job, state, value FROM alert_events ORDER BY id"));
    while (query.next())
        out.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), QString::number(query.value(3).toDouble(), 'g', 4) });
    return out;
}

void TestAlertMonitor::errorRateOfRunsFiresAndRecovers()
{
    importRules({ QJsonObject { { QStringLiteral("name"), QStringLiteral("orders-failing") },
        { QStringLiteral("job"), QStringLiteral("orders") },
        { QStringLiteral("kind"), QStringLiteral("error-rate") },
        { QStringLiteral("threshold"), 0.5 }, { QStringLiteral("window"), QStringLiteral("30m") },
        { QStringLiteral("severity"), QStringLiteral("critical") } } });
    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 10);
    addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 5);
    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 90); // outside the window
    addRun(QStringLiteral("customers"), QStringLiteral("failed"), 3); // another job

    AlertMonitor monitor(m_location);
    auto first = monitor.evaluate(m_now);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->size(), 0); // 1 of 2 = 50%, not above 50%
    QCOMPARE(events().size(), 0);

    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 1);
    auto second = monitor.evaluate(m_now);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->first().state, AlertEvent::State::Firing);
    QCOMPARE(second->first().severity, QStringLiteral("critical"));
    QVERIFY2(second->first().message.contains(QStringLiteral("2 of 3 runs failed")),
        qPrintable(second->first().message));
    QCOMPARE(events(),
        (QList<QStringList> { { QStringLiteral("orders-failing"), QStringLiteral("orders"),
            QStringLiteral("firing"), QStringLiteral("0.6667") } }));

    // An hour later the window holds no runs: it recovers.
    auto later = monitor.evaluate(m_now.addSecs(3600));
    QVERIFY(later.ok());
    QCOMPARE(later->size(), 1);
    QCOMPARE(later->first().state, AlertEvent::State::Ok);
    QCOMPARE(events().size(), 2);
    QCOMPARE(events().last().at(2), QStringLiteral("ok"));
}

void TestAlertMonitor::errorRateOfRowsCountsQuarantine()
{
    importRules({ QJsonObject { { QStringLiteral("name"), QStringLiteral("rejects") },
        { QStringLiteral("job"), QStringLiteral("orders") },
        { QStringLiteral("kind"), QStringLiteral("error-rate") },
        { QStringLiteral("measure"), QStringLiteral("rows") }, { QStringLiteral("threshold"), 0.1 },
        { QStringLiteral("window"), QStringLiteral("1h") } } });
    addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 20, 95, 5); // 5%
    AlertMonitor monitor(m_location);
    auto first = monitor.evaluate(m_now);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 0);
    addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 10, 70, 30); // 35 of 200
    auto second = monitor.evaluate(m_now);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->first().value, 35.0 / 200.0);
    QCOMPARE(events().size(), 1);
}

void TestAlertMonitor::latencyP95ReadsRunMetrics()
{
    importRules({ QJsonObject { { QStringLiteral("name"), QStringLiteral("slow") },
        { QStringLiteral("job"), QStringLiteral("*") },
        { QStringLiteral("kind"), QStringLiteral("latency-p95") },
        { QStringLiteral("threshold"), 2000 },
        { QStringLiteral("window"), QStringLiteral("15m") } } });
    const qint64 fast = addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 5);
    exec(QStringLiteral("INSERT INTO run_metrics (run_id, name, value) VALUES (?, ?, ?)"),
        { fast, QStringLiteral("latency_p95_ms"), 800.0 });
    AlertMonitor monitor(m_location);
    auto first = monitor.evaluate(m_now);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 0);

    const qint64 slow = addRun(QStringLiteral("customers"), QStringLiteral("succeeded"), 2);
    exec(QStringLiteral("INSERT INTO run_metrics (run_id, name, value) VALUES (?, ?, ?)"),
        { slow, QStringLiteral("latency_p95_ms"), 4500.0 });
    auto second = monitor.evaluate(m_now);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->first().job, QStringLiteral("customers"));
    QCOMPARE(second->first().value, 4500.0);

    // Twenty minutes on, the slow run left the window: no data reads as ok.
    auto later = monitor.evaluate(m_now.addSecs(20 * 60));
    QVERIFY(later.ok());
    QCOMPARE(later->size(), 1);
    QCOMPARE(later->first().state, AlertEvent::State::Ok);
    QCOMPARE(events().size(), 2);
}

void TestAlertMonitor::consecutiveFailuresFireAtThreshold()
{
    importRules({ QJsonObject { { QStringLiteral("name"), QStringLiteral("broken") },
        { QStringLiteral("job"), QStringLiteral("orders") },
        { QStringLiteral("kind"), QStringLiteral("consecutive-failures") },
        { QStringLiteral("threshold"), 3 } } });
    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 50);
    addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 40);
    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 30);
    addRun(QStringLiteral("orders"), QStringLiteral("cancelled"), 25);
    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 20);
    AlertMonitor monitor(m_location);
    auto first = monitor.evaluate(m_now);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 0); // two in a row since the success

    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 10);
    auto second = monitor.evaluate(m_now);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->first().value, 3.0);

    addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 1);
    auto third = monitor.evaluate(m_now);
    QVERIFY(third.ok());
    QCOMPARE(third->size(), 1);
    QCOMPARE(third->first().state, AlertEvent::State::Ok);
    QCOMPARE(third->first().value, 0.0);
}

void TestAlertMonitor::pendingConflictsFireAndRecover()
{
    importRules({ QJsonObject { { QStringLiteral("name"), QStringLiteral("backlog") },
        { QStringLiteral("job"), QStringLiteral("customers") },
        { QStringLiteral("kind"), QStringLiteral("pending-conflicts") },
        { QStringLiteral("threshold"), 2 } } });
    const auto addConflict = [&](const QString& job, const QByteArray& key) {
        exec(QStringLiteral("INSERT INTO conflicts (job, key, key_text, kind, detected_at, "
                            "updated_at) VALUES (?, ?, ?, 'update-update', ?, ?)"),
            { job, key, QString::fromLatin1(key), iso(m_now), iso(m_now) });
    };
    addConflict(QStringLiteral("customers"), "1");
    addConflict(QStringLiteral("orders"), "2");
    AlertMonitor monitor(m_location);
    auto first = monitor.evaluate(m_now);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 0);

    addConflict(QStringLiteral("customers"), "3");
    auto second = monitor.evaluate(m_now);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->first().value, 2.0);

    exec(QStringLiteral("UPDATE conflicts SET status = 'resolved' WHERE key = ?"),
        { QByteArray("3") });
    auto third = monitor.evaluate(m_now);
    QVERIFY(third.ok());
    QCOMPARE(third->size(), 1);
    QCOMPARE(third->first().state, AlertEvent::State::Ok);
}

void TestAlertMonitor::notRunSinceWatchesEveryJob()
{
    importRules({ QJsonObject { { QStringLiteral("name"), QStringLiteral("stale") },
        { QStringLiteral("kind"), QStringLiteral("not-run-since") },
        { QStringLiteral("window"), QStringLiteral("1h") } } });
    addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 120);
    addRun(QStringLiteral("customers"), QStringLiteral("failed"), 30);
    AlertMonitor monitor(m_location);
    auto first = monitor.evaluate(m_now);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->first().job, QStringLiteral("orders"));
    QCOMPARE(first->first().threshold, 3600.0);
    QVERIFY(first->first().value >= 7200.0);

    addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 0);
    auto second = monitor.evaluate(m_now);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->first().state, AlertEvent::State::Ok);

    // Two hours later both jobs are stale, each on its own.
    auto later = monitor.evaluate(m_now.addSecs(7200));
    QVERIFY(later.ok());
    QCOMPARE(later->size(), 2);

    auto workspace = Workspace::open(m_location);
    QVERIFY(workspace.ok());
    auto statuses = AlertMonitor::statuses(**workspace);
    QVERIFY(statuses.ok());
    QCOMPARE(statuses->size(), 2);
    for (const AlertStatus& status : std::as_const(*statuses))
        QCOMPARE(status.state, AlertEvent::State::Firing);
}

void TestAlertMonitor::onlyTransitionsNotify()
{
    importRules({ QJsonObject { { QStringLiteral("name"), QStringLiteral("broken") },
        { QStringLiteral("job"), QStringLiteral("orders") },
        { QStringLiteral("kind"), QStringLiteral("consecutive-failures") },
        { QStringLiteral("threshold"), 1 },
        { QStringLiteral("channels"), QJsonArray { QStringLiteral("desk") } } } });
    RecordingNotifier notifier;
    QObject context;
    AlertMonitor monitor(m_location);
    monitor.setDesktopNotifier(&notifier, &context);
    QSignalSpy transitions(&monitor, &AlertMonitor::transitioned);

    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(monitor.evaluate(m_now).ok());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.pendingDeliveries(), 0, 10000);
    QCOMPARE(notifier.shown.size(), 1);
    QVERIFY(notifier.titles.first().contains(QStringLiteral("FIRING")));

    addRun(QStringLiteral("orders"), QStringLiteral("succeeded"), 1);
    for (int i = 0; i < 3; ++i)
        QVERIFY(monitor.evaluate(m_now).ok());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.pendingDeliveries(), 0, 10000);
    QCOMPARE(notifier.shown.size(), 2);
    QCOMPARE(notifier.shown.last().state, AlertEvent::State::Ok);
    QVERIFY(notifier.titles.last().contains(QStringLiteral("RESOLVED")));
    QCOMPARE(transitions.size(), 2);
    QCOMPARE(events().size(), 2);

    // Each notification is a recorded delivery of its event.
    auto workspace = Workspace::open(m_location);
    QVERIFY(workspace.ok());
    for (const AlertEvent& event : std::as_const(notifier.shown)) {
        auto deliveries = AlertRepository(**workspace).deliveries(event.id);
        QVERIFY(deliveries.ok());
        QCOMPARE(deliveries->size(), 1);
        QCOMPARE(deliveries->first().channel, QStringLiteral("desk"));
        QCOMPARE(deliveries->first().status, AlertDelivery::Status::Sent);
    }

    // Without a console the desktop channel records a skipped delivery.
    AlertMonitor headless(m_location);
    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 0);
    auto fired = headless.evaluate(m_now);
    QVERIFY(fired.ok());
    QCOMPARE(fired->size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(headless.pendingDeliveries(), 0, 10000);
    auto skipped = AlertRepository(**workspace).deliveries(fired->first().id);
    QVERIFY(skipped.ok());
    QCOMPARE(skipped->size(), 1);
    QCOMPARE(skipped->first().status, AlertDelivery::Status::Skipped);
}

void TestAlertMonitor::twoMonitorsAnnounceOnce()
{
    importRules({ QJsonObject { { QStringLiteral("name"), QStringLiteral("broken") },
        { QStringLiteral("job"), QStringLiteral("orders") },
        { QStringLiteral("kind"), QStringLiteral("consecutive-failures") },
        { QStringLiteral("threshold"), 1 } } });
    addRun(QStringLiteral("orders"), QStringLiteral("failed"), 3);
    AlertMonitor console(m_location);
    AlertMonitor daemon(m_location);
    auto a = console.evaluate(m_now);
    auto b = daemon.evaluate(m_now);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->size() + b->size(), 1);
    QCOMPARE(events().size(), 1);
}

void TestAlertMonitor::configRejectsBadRules_data()
{
    QTest::addColumn<QByteArray>("alert");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown kind") << QByteArray(R"({"name":"a","kind":"boom"})")
                                  << QStringLiteral("$.alerts[0].kind: unknown value 'boom'");
    QTest::newRow("rate above 1") << QByteArray(
        R"({"name":"a","kind":"error-rate","threshold":5,"window":"1h"})")
                                  << QStringLiteral(
                                         "$.alerts[0].threshold: an error rate is a fraction");
    QTest::newRow("bad window") << QByteArray(
        R"({"name":"a","kind":"error-rate","threshold":0.1,"window":"soon"})")
                                << QStringLiteral("$.alerts[0].window: expected a duration");
    QTest::newRow("window on count")
        << QByteArray(R"({"name":"a","kind":"consecutive-failures","threshold":2,"window":"1h"})")
        << QStringLiteral("$.alerts[0].window: does not apply to kind \"consecutive-failures\"");
    QTest::newRow("missing threshold") << QByteArray(R"({"name":"a","kind":"pending-conflicts"})")
                                       << QStringLiteral("$.alerts[0].threshold: is required");
    QTest::newRow("typo") << QByteArray(
        R"({"name":"a","kind":"not-run-since","window":"1h","chanels":["x"]})")
                          << QStringLiteral("$.alerts[0].chanels: unknown key");
}

void TestAlertMonitor::configRejectsBadRules()
{
    QFETCH(QByteArray, alert);
    QFETCH(QString, error);
    const QByteArray json = R"({"alerts":[)" + alert + "]}";
    auto parsed = ConfigParser::parse(json, QStringLiteral("a.json"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("a.json: ") + error),
        qPrintable(parsed.error().message));
}

void TestAlertMonitor::configRoundTripsThroughTheStore()
{
    const QByteArray json = R"({
        "channels": [
            {"name": "hook", "kind": "webhook", "url": "https://hooks.example.com/x",
             "retries": 2, "backoff": 0.5, "timeout": "5s"},
            {"name": "mail", "kind": "email", "server": "smtp.example.com", "from": "a@example.com",
             "to": ["ops@example.com"], "username": "a", "password_env": "SMTP_PASSWORD"}
        ],
        "alerts": [
            {"name": "unknown-channel", "kind": "not-run-since", "window": "2h",
             "channels": ["hook", "nope"]}
        ]})";
    auto parsed = ConfigParser::parse(json, QStringLiteral("a.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    auto workspace = Workspace::open(m_location);
    QVERIFY(workspace.ok());
    // All or nothing: the bad reference keeps the channels out too.
    const Status refused = ConfigRepository(**workspace).import(*parsed, QStringLiteral("tst"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("unknown channel 'nope'")),
        qPrintable(refused.error().message));
    QCOMPARE(ConfigRepository(**workspace).load()->channels.size(), 0);

    parsed->alerts.first().channels
        = QStringList { QStringLiteral("hook"), QStringLiteral("mail") };
    const Status imported = ConfigRepository(**workspace).import(*parsed, QStringLiteral("tst"));
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    auto loaded = ConfigRepository(**workspace).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->channels, parsed->channels);
    QCOMPARE(loaded->alerts, parsed->alerts);
    const QJsonObject exported = ConfigParser::toJson(*loaded);
    QCOMPARE(exported.value(QStringLiteral("alerts")).toArray().size(), 1);
    QCOMPARE(exported.value(QStringLiteral("channels")).toArray().size(), 2);
    auto again = ConfigParser::parse(QJsonDocument(exported).toJson(), QStringLiteral("x.json"));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->alerts, loaded->alerts);
    QCOMPARE(again->channels, loaded->channels);
}

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
