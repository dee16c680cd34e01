// SPDX-License-Identifier: GPL-3.0-or-later
// `synclinectl daemon --listen` as a separate process: /health and /metrics over HTTP (the
// metrics checked by a small Prometheus text-format parser), SIGTERM in the middle of a run
// ends it after its batch with exit status 0 and no half-applied run; and `schedule list|
// pause|resume` on the same workspace.
#include "core/configparser.h"
#include "store/configrepository.h"
#include "store/workspace.h"
#include "testsqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

QString synclinectl()
{
    const QString binaryDir = qEnvironmentVariable("SYNCLINE_BINARY_DIR");
    return binaryDir.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/cli/synclinectl")
        : binaryDir + QStringLiteral("/src/cli/synclinectl");
}

struct Sample
{
    QString name;
    QHash<QString, QString> labels;
    double value = 0;
};

// A strict reader of the Prometheus text exposition format (0.0.4): HELP and TYPE at most
// once per family and before its samples, known types, well-formed names, label sets with
// escaped values, numeric values. Returns an error text, or fills `samples`.
QString parseExposition(const QString& text, QList<Sample>* samples)
{
    static const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    static const QStringList types = { QStringLiteral("counter"), QStringLiteral("gauge"),
        QStringLiteral("histogram"), QStringLiteral("summary"), QStringLiteral("untyped") };
    QHash<QString, QString> typeOf;
    QSet<QString> helped;
    QSet<QString> sampled;
    if (!text.endsWith(QLatin1Char('\n')))
        return QStringLiteral("the exposition does not end with a line feed");
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n + 1 < lines.size(); ++n) {
        const QString& line = lines[n];
        const QString where = QStringLiteral("line %1 '%2': ").arg(n + 1).arg(line);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.size() < 3 || (words[1] != u"HELP" && words[1] != u"TYPE"))
                continue; // a comment
            const QString& family = words[2];
            if (!metricName.match(family).hasMatch())
                return where + QStringLiteral("bad metric name");
            if (sampled.contains(family))
                return where + QStringLiteral("HELP/TYPE after the family's samples");
            if (words[1] == u"HELP") {
                if (helped.contains(family))
                    return where + QStringLiteral("second HELP");
                helped.insert(family);
            } else {
                if (words.size() != 4 || !types.contains(words[3]))
                    return where + QStringLiteral("bad TYPE");
                if (typeOf.contains(family))
                    return where + QStringLiteral("second TYPE");
                typeOf.insert(family, words[3]);
            }
            continue;
        }
        Sample sample;
        qsizetype i = 0;
        while (i < line.size() && line[i] != u'{' && line[i] != u' ')
            ++i;
        sample.name = line.left(i);
        if (!metricName.match(sample.name).hasMatch())
            return where + QStringLiteral("bad metric name");
        if (i < line.size() && line[i] == u'{') {
            ++i;
            while (i < line.size() && line[i] != u'}') {
                const qsizetype eq = line.indexOf(QLatin1Char('='), i);
                if (eq < 0)
                    return where + QStringLiteral("label without '='");
                const QString name = line.mid(i, eq - i);
                if (!labelName.match(name).hasMatch())
                    return where + QStringLiteral("bad label name '%1'").arg(name);
                if (eq + 1 >= line.size() || line[eq + 1] != u'"')
                    return where + QStringLiteral("label value not quoted");
                QString value;
                qsizetype j = eq + 2;
                for (; j < line.size() && line[j] != u'"'; ++j) {
                    if (line[j] == u'\\') {
                        if (++j >= line.size())
                            return where + QStringLiteral("dangling escape");
                        if (line[j] == u'n')
                            value += QLatin1Char('\n');
                        else if (line[j] == u'\\' || line[j] == u'"')
                            value += line[j];
                        else
                            return where + QStringLiteral("bad escape");
                    } else {
                        value += line[j];
                    }
                }
                if (j >= line.size())
                    return where + QStringLiteral("unterminated label value");
                sample.labels.insert(name, value);
                i = j + 1;
                if (i < line.size() && line[i] == u',')
                    ++i;
            }
            if (i >= line.size())
                return where + QStringLiteral("unterminated label set");
            ++i;
        }
        if (i >= line.size() || line[i] != u' ')
            return where + QStringLiteral("no value");
        const QStringList rest = line.mid(i + 1).split(QLatin1Char(' '));
        bool ok = false;
        sample.value = rest.first().toDouble(&ok);
        if (!ok && rest.first() != u"NaN" && rest.first() != u"+Inf" && rest.first() != u"-Inf")
            return where + QStringLiteral("bad value");
        if (rest.size() > 2)
            return where + QStringLiteral("trailing text");
        QString family = sample.name;
        for (const QString& suffix :
            { QStringLiteral("_bucket"), QStringLiteral("_sum"), QStringLiteral("_count") }) {
            if (!typeOf.contains(family) && family.endsWith(suffix))
                family.chop(suffix.size());
        }
        if (!typeOf.contains(family))
            return where + QStringLiteral("sample without a TYPE line");
        sampled.insert(family);
        samples->append(sample);
    }
    return {};
}

std::optional<double> valueOf(
    const QList<Sample>& samples, const QString& name, const QHash<QString, QString>& labels)
{
    for (const Sample& s : samples) {
        if (s.name == name && s.labels == labels)
            return s.value;
    }
    return std::nullopt;
}

} // namespace

class DaemonTest final : public QObject
{
    Q_OBJECT

private:
    TestSqlite m_files;
    QString m_workspace;
    QString m_target;
    int m_serial = 0;

    // A fresh workspace with job "job": 40 rows in batches of 5, each row ~25 ms of
    // JavaScript, every second.
    void makeWorkspace(
        const QString& every = QStringLiteral("1s"), int rowCount = 40, int msPerRow = 25)
    {
        const QString dir = m_files.filePath(QStringLiteral("d%1").arg(++m_serial));
        QVERIFY(QDir().mkpath(dir));
        QStringList rows
            = { QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)") };
        for (int i = 1; i <= rowCount; ++i)
            rows.append(QStringLiteral("INSERT INTO items VALUES (%1, 'item %1')").arg(i));
        QString error;
        QVERIFY2(m_files.create(QStringLiteral("d%1/src.db").arg(m_serial), rows, &error),
            qPrintable(error));
        QVERIFY2(m_files.create(QStringLiteral("d%1/dst.db").arg(m_serial),
                     { QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)") },
                     &error),
            qPrintable(error));
        m_target = dir + QStringLiteral("/dst.db");
        const QString expr
            = QStringLiteral("(function () { var t = Date.now(); while (Date.now() - t "
                             "< %1) {} return row.name; })()")
                  .arg(msPerRow);
        const QJsonObject config {
            { QStringLiteral("endpoints"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("src") },
                                 { QStringLiteral("kind"), QStringLiteral("sqlite") },
                                 { QStringLiteral("url"),
                                     QString(QStringLiteral("sqlite://") + dir
                                         + QStringLiteral("/src.db")) } },
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("dst") },
                        { QStringLiteral("kind"), QStringLiteral("sqlite") },
                        { QStringLiteral("url"),
                            QString(QStringLiteral("sqlite://") + m_target) } } } },
            { QStringLiteral("mappings"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("m") },
                    { QStringLiteral("source"),
                        QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("src") },
                            { QStringLiteral("entity"), QStringLiteral("items") } } },
                    { QStringLiteral("target"),
                        QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("dst") },
                            { QStringLiteral("entity"), QStringLiteral("items") } } },
                    { QStringLiteral("key"), QJsonArray { QStringLiteral("id") } },
                    { QStringLiteral("fields"),
                        QJsonArray {
                            QJsonObject { { QStringLiteral("target"), QStringLiteral("id") },
                                { QStringLiteral("source"), QStringLiteral("id") } },
                            QJsonObject { { QStringLiteral("target"), QStringLiteral("name") },
                                { QStringLiteral("expr"), expr } } } } } } },
            { QStringLiteral("jobs"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("job") },
                    { QStringLiteral("mapping"), QStringLiteral("m") },
                    { QStringLiteral("mode"), QStringLiteral("full") },
                    { QStringLiteral("batch"), 5 },
                    { QStringLiteral("schedule"),
                        QJsonObject { { QStringLiteral("every"), every } } } } } },
        };
        auto parsed = ConfigParser::parse(QJsonDocument(config).toJson(), QStringLiteral("t.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        m_workspace = dir + QStringLiteral("/workspace.db");
        auto workspace = Workspace::open(m_workspace);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
        const Status imported
            = ConfigRepository(**workspace).import(*parsed, QStringLiteral("tst"));
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    }

    QVariant scalar(const QString& file, const QString& sql)
    {
        const QString connection = QStringLiteral("tst_daemon_%1").arg(++m_serial);
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    result = q.value(0);
                else
                    qWarning() << sql << q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return result;
    }

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Outcome synclinectlRun(const QStringList& arguments)
    {
        QProcess process;
        process.start(
            synclinectl(), QStringList { QStringLiteral("--workspace"), m_workspace } + arguments);
        Outcome outcome;
        if (!process.waitForFinished(60000))
            return outcome;
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.out = QString::fromUtf8(process.readAllStandardOutput());
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

    QByteArray get(QNetworkAccessManager& network, const QUrl& url, int* status)
    {
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15000)) {
            reply->deleteLater();
            return {};
        }
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void daemonServesHealthAndMetricsAndStopsOnSigterm()
    {
        makeWorkspace();
        if (QTest::currentTestFailed())
            return;
        QProcess daemon;
        daemon.start(synclinectl(),
            { QStringLiteral("--workspace"), m_workspace, QStringLiteral("daemon"),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tick"),
                QStringLiteral("100") });
        QVERIFY(daemon.waitForStarted(10000));
        QString banner;
        static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += QString::fromUtf8(daemon.readAllStandardOutput())).contains(listening),
            15000);
        const QUrl base(listening.match(banner).captured(1));

        // /health, once a run is under way.
        QNetworkAccessManager network;
        QJsonObject health;
        int status = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (health = QJsonDocument::fromJson(
                 get(network, base.resolved(QUrl(QStringLiteral("/health"))), &status))
                          .object())
                .value(QStringLiteral("running_jobs"))
                .toArray()
                .contains(QStringLiteral("job")),
            20000);
        QCOMPARE(status, 200);
        QCOMPARE(health.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!health.value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(!health.value(QStringLiteral("last_tick")).toString().isEmpty());

        // /metrics after at least one run finished.
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(
                m_workspace, QStringLiteral("SELECT count(*) FROM runs WHERE status = 'succeeded'"))
                    .toInt()
                >= 1,
            30000);
        const QByteArray metrics
            = get(network, base.resolved(QUrl(QStringLiteral("/metrics"))), &status);
        QCOMPARE(status, 200);
        QList<Sample> samples;
        const QString problem = parseExposition(QString::fromUtf8(metrics), &samples);
        QVERIFY2(problem.isEmpty(),
            qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(metrics)));
        QCOMPARE(valueOf(samples, QStringLiteral("syncline_scheduler_up"), {}), 1.0);
        const auto succeeded = valueOf(samples, QStringLiteral("syncline_runs_total"),
            { { QStringLiteral("job"), QStringLiteral("job") },
                { QStringLiteral("status"), QStringLiteral("succeeded") } });
        QVERIFY(succeeded && *succeeded >= 1);
        QCOMPARE(valueOf(samples, QStringLiteral("syncline_last_run_rows_read"),
                     { { QStringLiteral("job"), QStringLiteral("job") } }),
            40.0);

        // SIGTERM while a run is under way: it ends after its batch, the daemon exits 0.
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(
                m_workspace, QStringLiteral("SELECT count(*) FROM runs WHERE status = 'running'"))
                    .toInt()
                == 1,
            20000);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        const QString daemonErr = QString::fromUtf8(daemon.readAllStandardError());
        qInfo().noquote() << "daemon stderr:" << daemonErr;

        // No run left half-done: none is "running", the last one was cancelled (or had just
        // finished), no lease is left, and the target holds whole batches of what the last run
        // says it applied.
        QCOMPARE(scalar(m_workspace,
                     QStringLiteral("SELECT count(*) FROM runs WHERE status = 'running'"))
                     .toInt(),
            0);
        const QString last = scalar(
            m_workspace, QStringLiteral("SELECT status FROM runs ORDER BY id DESC LIMIT 1"))
                                 .toString();
        QVERIFY2(last == u"cancelled" || last == u"succeeded", qPrintable(last));
        QCOMPARE(scalar(m_workspace, QStringLiteral("SELECT count(*) FROM leases")).toInt(), 0);
        QCOMPARE(scalar(m_workspace,
                     QStringLiteral("SELECT count(*) FROM run_attempts WHERE finished_at IS NULL"))
                     .toInt(),
            0);
        QCOMPARE(scalar(m_target, QStringLiteral("SELECT count(*) FROM items")).toInt(), 40);
        QCOMPARE(scalar(m_target,
                     QStringLiteral("SELECT count(*) FROM items WHERE name <> 'item ' || id"))
                     .toInt(),
            0);
    }

    // SIGTERM during the first run (2048 rows, mapped 512 at a time, written in batches of 5):
    // the target holds exactly the whole batches the runs recorded as applied, and the run is
    // recorded as cancelled (or succeeded, had it just ended), never left running.
    void sigtermDuringFirstRunKeepsWholeBatches()
    {
        makeWorkspace(QStringLiteral("1s"), 2048, 1);
        if (QTest::currentTestFailed())
            return;
        QProcess daemon;
        daemon.start(synclinectl(),
            { QStringLiteral("--workspace"), m_workspace, QStringLiteral("daemon"),
                QStringLiteral("--tick"), QStringLiteral("100") });
        QVERIFY(daemon.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(
                m_workspace, QStringLiteral("SELECT count(*) FROM runs WHERE status = 'running'"))
                    .toInt()
                == 1,
            20000);
        // Some batches are in: the target already has rows.
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(m_target, QStringLiteral("SELECT count(*) FROM items")).toInt() >= 5, 20000);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);

        const QString status = scalar(
            m_workspace, QStringLiteral("SELECT status FROM runs ORDER BY id DESC LIMIT 1"))
                                   .toString();
        QVERIFY2(status == u"cancelled" || status == u"succeeded", qPrintable(status));
        const int inserted
            = scalar(m_workspace, QStringLiteral("SELECT sum(inserted) FROM runs")).toInt();
        const int rows = scalar(m_target, QStringLiteral("SELECT count(*) FROM items")).toInt();
        qInfo() << "SIGTERM left run" << status << "with" << rows << "of 2048 rows applied";
        QCOMPARE(rows, inserted);
        QVERIFY2(rows % 5 == 0 || rows == 2048, qPrintable(QString::number(rows)));
        QVERIFY(rows >= 5);
        QCOMPARE(scalar(m_workspace,
                     QStringLiteral("SELECT count(*) FROM runs WHERE status = 'running'"))
                     .toInt(),
            0);
        QCOMPARE(scalar(m_workspace, QStringLiteral("SELECT count(*) FROM leases")).toInt(), 0);
    }

    void scheduleListPauseResume()
    {
        makeWorkspace(QStringLiteral("10m"));
        if (QTest::currentTestFailed())
            return;
        Outcome listed = synclinectlRun(
            { QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        QJsonArray jobs = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(jobs.size(), 1);
        QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value(QStringLiteral("job")).toString(), QStringLiteral("job"));
        QCOMPARE(job.value(QStringLiteral("schedule")).toString(), QStringLiteral("every 10m"));
        QCOMPARE(job.value(QStringLiteral("paused")).toBool(), false);
        QVERIFY(job.value(QStringLiteral("next_fire")).isString());

        const Outcome paused = synclinectlRun(
            { QStringLiteral("schedule"), QStringLiteral("pause"), QStringLiteral("job") });
        QCOMPARE(paused.exitCode, 0);
        QCOMPARE(scalar(m_workspace,
                     QStringLiteral("SELECT paused FROM schedule_state WHERE job = 'job'"))
                     .toInt(),
            1);
        QCOMPARE(scalar(m_workspace,
                     QStringLiteral("SELECT count(*) FROM audit WHERE action = 'schedule.pause'"))
                     .toInt(),
            1);
        listed = synclinectlRun(
            { QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("paused"))
                     .toBool(),
            true);
        const Outcome table
            = synclinectlRun({ QStringLiteral("schedule"), QStringLiteral("list") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("every 10m"))
                && table.out.contains(QStringLiteral("LEASE HOLDER")),
            qPrintable(table.out));

        QCOMPARE(synclinectlRun({ QStringLiteral("schedule"), QStringLiteral("resume"),
                                    QStringLiteral("job") })
                     .exitCode,
            0);
        QCOMPARE(scalar(m_workspace,
                     QStringLiteral("SELECT paused FROM schedule_state WHERE job = 'job'"))
                     .toInt(),
            0);

        const Outcome unknown = synclinectlRun(
            { QStringLiteral("schedule"), QStringLiteral("pause"), QStringLiteral("nope") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(
            unknown.err.contains(QStringLiteral("unknown job 'nope'")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(DaemonTest)
#include "tst_daemon.moc"
