// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};

const QByteArray s_config = R"({
  "endpoints": [{"name": "db", "kind": "sqlite", "url": "sqlite:db.db"}],
  "mappings": [{"name": "m", "source": {"endpoint": "db", "entity": "a"},
                "target": {"endpoint": "db", "entity": "b"}, "key": ["id"]}],
  "jobs": [{"name": "orders", "mapping": "m"}, {"name": "customers", "mapping": "m"}],
  "channels": [{"name": "desk", "kind": "desktop"}],
  "alerts": [
    {"name": "broken", "job": "orders", "kind": "consecutive-failures", "threshold": 2,
     "channels": ["desk"], "severity": "critical"},
    {"name": "stale", "kind": "not-run-since", "window": "1d"}
  ]
})";

} // namespace

// Runs the built synclinectl's `alerts` commands (and config import/export of alert rules)
// as a separate process, seeding the run history with plain SQL.
class TestAlertsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listCheckAndHistory();
    void testMessageThroughDesktopIsNotDelivered();
    void importRejectsBadRuleWithItsPath();

private:
    Outcome ctl(const QStringList& arguments);
    QString writeFile(const QString& name, const QByteArray& content);
    void addFailedRun(const QString& workspace, const QString& job);

    QTemporaryDir m_dir;
    QString m_binary;
};

void TestAlertsCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString binaryDir = qEnvironmentVariable("SYNCLINE_BINARY_DIR");
    m_binary = binaryDir.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/cli/synclinectl")
        : binaryDir + QStringLiteral("/src/cli/synclinectl");
    QVERIFY2(
        QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QStringLiteral(" is missing")));
}

Outcome TestAlertsCommand::ctl(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SYNCLINE_WORKSPACE"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.err = process.errorString().toUtf8();
        return outcome;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        outcome.err = "timed out: " + process.readAllStandardError();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QString TestAlertsCommand::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestAlertsCommand::addFailedRun(const QString& workspace, const QString& job)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(workspace);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        query.prepare(QStringLiteral("INSERT INTO runs (job, status, started_at, finished_at, "
                                     "error) VALUES (?, 'failed', ?, ?, 'connection refused')"));
        query.addBindValue(job);
        query.addBindValue(now);
        query.addBindValue(now);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
}

void TestAlertsCommand::listCheckAndHistory()
{
    const QString workspace = m_dir.filePath(QStringLiteral("a.db"));
    Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("import"),
        writeFile(QStringLiteral("a.json"), s_config) });
    QVERIFY2(o.exitCode == 0, o.describe());

    // "*" is one line per job.
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("list"),
        QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QJsonArray list = o.jsonArray();
    QCOMPARE(list.size(), 3);
    for (const QJsonValue& row : list)
        QCOMPARE(row[QStringLiteral("state")].toString(), QStringLiteral("ok"));

    addFailedRun(workspace, QStringLiteral("orders"));
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("check") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.out.contains("no change"), o.describe()); // one failure, threshold 2

    addFailedRun(workspace, QStringLiteral("orders"));
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("check") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.out.contains("FIRING broken (job orders): job orders: 2 failed run(s) in a row"),
        o.describe());
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("check") });
    QVERIFY2(o.out.contains("no change"), o.describe()); // no repeat

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("list") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QList<QByteArray> lines = o.out.split('\n');
    QVERIFY2(lines.first().startsWith("RULE"), o.describe());
    bool firingLine = false;
    for (const QByteArray& line : lines)
        firingLine = firingLine
            || (line.startsWith("broken") && line.contains("orders") && line.contains("firing")
                && line.contains("critical"));
    QVERIFY2(firingLine, o.describe());

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("history"),
        QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonArray history = o.jsonArray();
    QCOMPARE(history.size(), 1);
    const QJsonObject event = history.first().toObject();
    QCOMPARE(event[QStringLiteral("rule")].toString(), QStringLiteral("broken"));
    QCOMPARE(event[QStringLiteral("state")].toString(), QStringLiteral("firing"));
    QCOMPARE(event[QStringLiteral("value")].toDouble(), 2.0);
    // No console here: the desktop delivery is recorded as skipped.
    const QJsonArray deliveries = event[QStringLiteral("deliveries")].toArray();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first()[QStringLiteral("channel")].toString(), QStringLiteral("desk"));
    QCOMPARE(deliveries.first()[QStringLiteral("status")].toString(), QStringLiteral("skipped"));

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("history"),
        QStringLiteral("--rule"), QStringLiteral("stale") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.out.trimmed().split('\n').size(), 1); // the header only

    // Export carries the rules and channels; they import again unchanged.
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("export") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonObject exported = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(exported[QStringLiteral("alerts")].toArray().size(), 2);
    QCOMPARE(exported[QStringLiteral("channels")].toArray().size(), 1);
}

void TestAlertsCommand::testMessageThroughDesktopIsNotDelivered()
{
    const QString workspace = m_dir.filePath(QStringLiteral("b.db"));
    Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("import"),
        writeFile(QStringLiteral("b.json"), s_config) });
    QVERIFY2(o.exitCode == 0, o.describe());
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("test"),
        QStringLiteral("desk") });
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains("attempt 1: skipped: no desktop session"), o.describe());
    QVERIFY2(o.err.contains("did not reach channel 'desk'"), o.describe());

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("alerts"), QStringLiteral("test"),
        QStringLiteral("nope") });
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains("unknown alert channel 'nope'"), o.describe());
}

void TestAlertsCommand::importRejectsBadRuleWithItsPath()
{
    const QString workspace = m_dir.filePath(QStringLiteral("c.db"));
    QByteArray bad = s_config;
    bad.replace("\"window\": \"1d\"", "\"window\": \"daily\"");
    Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("import"),
        writeFile(QStringLiteral("c.json"), bad) });
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains("$.alerts[1].window: expected a duration"), o.describe());

    QByteArray unknownChannel = s_config;
    unknownChannel.replace("\"channels\": [\"desk\"]", "\"channels\": [\"pager\"]");
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("import"),
        writeFile(QStringLiteral("d.json"), unknownChannel) });
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains("alert 'broken': channels: unknown channel 'pager'"), o.describe());
}

QTEST_GUILESS_MAIN(TestAlertsCommand)
#include "tst_alertscommand.moc"
