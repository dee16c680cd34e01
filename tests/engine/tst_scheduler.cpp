// SPDX-License-Identifier: GPL-3.0-or-later
// The Scheduler against real SQLite workspaces and endpoints: a job never overlaps itself,
// transient failures (a closed PostgreSQL port) retry with growing backoff caps and every
// attempt is recorded, two schedulers on one workspace never run a job at once, missed fires
// and paused jobs follow their rules. Results are read back from the workspace with plain SQL.
#include "engine/runcontroller.h"
#include "engine/scheduler.h"
#include "store/leaserepository.h"
#include "store/schedulerepository.h"
#include "testdatabase.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

const TableSpec& itemsTable()
{
    static const TableSpec table { QStringLiteral("items"),
        { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
            ColumnSpec { QStringLiteral("name"), ValueKind::Text, false, {} } } };
    return table;
}

QList<QVariantList> itemRows(int count)
{
    QList<QVariantList> rows;
    for (int i = 1; i <= count; ++i)
        rows.append({ QVariant(qlonglong(i)), QVariant(QStringLiteral("item %1").arg(i)) });
    return rows;
}

// A job whose mapping spends about `msPerRow` of JavaScript on each row, so that a run takes
// a known while without sleeping in the engine.
QJsonObject slowConfig(
    const QJsonObject& source, const QJsonObject& target, int msPerRow, const QJsonObject& schedule)
{
    const QString expr = QStringLiteral("(function () { var t = Date.now(); "
                                        "while (Date.now() - t < %1) {} return row.name; })()")
                             .arg(msPerRow);
    const QJsonObject mapping {
        { QStringLiteral("name"), QStringLiteral("m") },
        { QStringLiteral("source"),
            QJsonObject { { QStringLiteral("endpoint"), source.value(QStringLiteral("name")) },
                { QStringLiteral("entity"), QStringLiteral("items") } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("endpoint"), target.value(QStringLiteral("name")) },
                { QStringLiteral("entity"), QStringLiteral("items") } } },
        { QStringLiteral("key"), QJsonArray { QStringLiteral("id") } },
        { QStringLiteral("fields"),
            QJsonArray { QJsonObject { { QStringLiteral("target"), QStringLiteral("id") },
                             { QStringLiteral("source"), QStringLiteral("id") } },
                QJsonObject { { QStringLiteral("target"), QStringLiteral("name") },
                    { QStringLiteral("expr"), expr } } } },
    };
    const QJsonObject job { { QStringLiteral("name"), QStringLiteral("job") },
        { QStringLiteral("mapping"), QStringLiteral("m") }, { QStringLiteral("batch"), 5 },
        { QStringLiteral("schedule"), schedule } };
    return QJsonObject { { QStringLiteral("endpoints"), QJsonArray { source, target } },
        { QStringLiteral("mappings"), QJsonArray { mapping } },
        { QStringLiteral("jobs"), QJsonArray { job } } };
}

struct RunSpan
{
    qint64 id;
    QDateTime started;
    QDateTime finished;
    QString status;
};

// Every run of the workspace, read with plain SQL on a connection of the test's own.
QList<RunSpan> runSpans(const QString& location, QString* error)
{
    QList<RunSpan> spans;
    const QString connection = QStringLiteral("tst_scheduler_runs");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral(
                    "SELECT id, started_at, finished_at, status FROM runs ORDER BY started_at")))
                *error = q.lastError().text();
            while (q.next())
                spans.append({ q.value(0).toLongLong(),
                    QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                    QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                    q.value(3).toString() });
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return spans;
}

// Empty when no two finished runs overlap in time; else which ones do.
QString overlaps(const QList<RunSpan>& spans)
{
    for (qsizetype i = 1; i < spans.size(); ++i) {
        const RunSpan& a = spans[i - 1];
        const RunSpan& b = spans[i];
        if (!a.finished.isValid() || b.started < a.finished)
            return QStringLiteral("run %1 (%2 - %3) overlaps run %4 (starts %5)")
                .arg(a.id)
                .arg(a.started.toString(Qt::ISODateWithMs), a.finished.toString(Qt::ISODateWithMs))
                .arg(b.id)
                .arg(b.started.toString(Qt::ISODateWithMs));
    }
    return {};
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class SchedulerTest final : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        TestSqlite files;
        std::unique_ptr<TestDatabase> source;
        std::unique_ptr<TestDatabase> target;
        std::unique_ptr<TestWorkspace> workspace;
    };

    static void prepare(Setup& setup, int rows, int msPerRow, const QJsonObject& schedule,
        std::optional<QJsonObject> target = std::nullopt)
    {
        QString error;
        QVERIFY(setup.files.isValid());
        setup.source
            = TestDatabase::sqlite(setup.files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(setup.source, qPrintable(error));
        setup.target
            = TestDatabase::sqlite(setup.files.filePath(QStringLiteral("target.sqlite")), &error);
        QVERIFY2(setup.target, qPrintable(error));
        QVERIFY2(
            setup.source->createTable(itemsTable(), itemRows(rows), &error), qPrintable(error));
        QVERIFY2(setup.target->createTable(itemsTable(), {}, &error), qPrintable(error));
        setup.workspace = std::make_unique<TestWorkspace>(setup.files.dirPath());
        QVERIFY2(setup.workspace->import(
                     slowConfig(setup.source->endpointJson(QStringLiteral("src")),
                         target ? *target : setup.target->endpointJson(QStringLiteral("dst")),
                         msPerRow, schedule),
                     &error),
            qPrintable(error));
    }

    // Makes the job due now (a fire one second ago: not "missed").
    static void makeDue(const QString& location, qint64 agoMs = 1000)
    {
        auto workspace = Workspace::open(location);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
        const Status set = ScheduleRepository(**workspace)
                               .setNextFire(QStringLiteral("job"),
                                   QDateTime::currentDateTimeUtc().addMSecs(-agoMs));
        QVERIFY2(set.ok(), qPrintable(set.error().message));
    }

    static Scheduler::Options fastOptions()
    {
        Scheduler::Options options;
        options.tickMs = 50;
        options.heartbeatMs = 200;
        options.leaseTtlMs = 5000;
        return options;
    }

private slots:
    void leaseClaimIsExclusive()
    {
        TestSqlite files;
        QVERIFY(files.isValid());
        auto workspace = Workspace::open(files.filePath(QStringLiteral("ws.db")));
        QVERIFY(workspace.ok());
        LeaseRepository leases(**workspace);
        const QString job = QStringLiteral("job");
        QCOMPARE(leases.claim(job, QStringLiteral("a"), 60000).value(), true);
        QCOMPARE(leases.claim(job, QStringLiteral("b"), 60000).value(), false);
        QCOMPARE(leases.claim(job, QStringLiteral("a"), 60000).value(), true); // renew own
        QCOMPARE(leases.heartbeat(job, QStringLiteral("b"), 60000).value(), false);
        QCOMPARE(leases.get(job).value()->holder, QStringLiteral("a"));
        // An expired lease is taken over; the old holder's heartbeat then fails.
        QCOMPARE(leases.claim(job, QStringLiteral("a"), -1000).value(), true);
        QCOMPARE(leases.claim(job, QStringLiteral("b"), 60000).value(), true);
        QCOMPARE(leases.heartbeat(job, QStringLiteral("a"), 60000).value(), false);
        QVERIFY(leases.release(job, QStringLiteral("a")).ok()); // not a's: stays
        QCOMPARE(leases.get(job).value()->holder, QStringLiteral("b"));
        QVERIFY(leases.release(job, QStringLiteral("b")).ok());
        QVERIFY(!leases.get(job).value().has_value());
    }

    // Runs take about two seconds, the period is one: the next run starts only after the
    // previous one finished.
    void runLongerThanPeriodNeverOverlaps()
    {
        Setup setup;
        prepare(setup, 40, 50, { { QStringLiteral("every"), QStringLiteral("1s") } });
        if (QTest::currentTestFailed())
            return;
        makeDue(setup.workspace->location());
        Scheduler scheduler(setup.workspace->location());
        scheduler.setOptions(fastOptions());
        QSignalSpy finished(&scheduler, &Scheduler::runFinished);
        QSignalSpy started(&scheduler, &Scheduler::runStarted);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 60000);
        QSignalSpy stopped(&scheduler, &Scheduler::stopped);
        scheduler.stop();
        QVERIFY(stopped.size() == 1 || stopped.wait(30000));

        QString error;
        const QList<RunSpan> spans = runSpans(setup.workspace->location(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(spans.size() >= 3);
        QCOMPARE(spans.size(), started.size());
        const QString overlap = overlaps(spans);
        QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
        // Each run really lasted longer than the period.
        QVERIFY(spans.first().started.msecsTo(spans.first().finished) > 1000);
        const auto rows = setup.target->count(QStringLiteral("items"), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(*rows, 40);
    }

    void transientFailureRetriesWithBackoff()
    {
        const QJsonObject closed { { QStringLiteral("name"), QStringLiteral("dst") },
            { QStringLiteral("kind"), QStringLiteral("postgresql") },
            { QStringLiteral("url"),
                QStringLiteral("postgresql://syncline@127.0.0.1:%1/nothing").arg(closedPort()) } };
        Setup setup;
        prepare(setup, 3, 0,
            { { QStringLiteral("every"), QStringLiteral("1h") },
                { QStringLiteral("retry"),
                    QJsonObject { { QStringLiteral("max"), 3 },
                        { QStringLiteral("base"), QStringLiteral("50ms") },
                        { QStringLiteral("max_delay"), QStringLiteral("150ms") } } } },
            closed);
        if (QTest::currentTestFailed())
            return;
        makeDue(setup.workspace->location());
        Scheduler scheduler(setup.workspace->location());
        scheduler.setOptions(fastOptions());
        QSignalSpy finished(&scheduler, &Scheduler::runFinished);
        QSignalSpy retries(&scheduler, &Scheduler::retryScheduled);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 4, 30000);
        // The lease goes back once the last retry failed.
        auto workspace = Workspace::open(setup.workspace->location());
        QVERIFY(workspace.ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            !LeaseRepository(**workspace).get(QStringLiteral("job")).value().has_value(), 10000);
        QCOMPARE(finished.size(), 4);
        QCOMPARE(retries.size(), 3);

        const auto attempts = ScheduleRepository(**workspace).attempts(QStringLiteral("job"));
        QVERIFY2(attempts.ok(), qPrintable(attempts.error().message));
        QCOMPARE(attempts->size(), 4);
        const QList<qint64> ceilings = { 0, 50, 100, 150 }; // doubling, capped by max_delay
        for (int i = 0; i < 4; ++i) {
            const RunAttempt& a = attempts->at(i);
            QCOMPARE(a.attempt, i + 1);
            QCOMPARE(a.status, QStringLiteral("failed"));
            QVERIFY2(a.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                qPrintable(a.error));
            QVERIFY(a.transient);
            QCOMPARE(a.ceilingMs, ceilings[i]);
            QVERIFY(a.delayMs >= 0 && a.delayMs <= a.ceilingMs);
            QCOMPARE(a.fireAt, attempts->first().fireAt);
            if (i > 0)
                QVERIFY(a.startedAt >= attempts->at(i - 1).finishedAt);
        }
    }

    // Two schedulers on one workspace file, both ticking every 50 ms on a job due every
    // second: each fire runs once, and runs never overlap.
    // A manual run (RunController) takes the job's lease: while another holder has it the run
    // is refused, naming the holder, and writes nothing; a dry run is not refused; once free,
    // the run goes through and gives the lease back.
    void manualRunRefusedWhileLeaseHeld()
    {
        Setup setup;
        prepare(setup, 3, 0, { { QStringLiteral("every"), QStringLiteral("1h") } });
        if (QTest::currentTestFailed())
            return;
        const QString job = QStringLiteral("job");
        const QString other = QStringLiteral("elsewhere:4242:other");
        auto workspace = Workspace::open(setup.workspace->location());
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
        LeaseRepository leases(**workspace);
        QCOMPARE(leases.claim(job, other, 60000).value(), true);

        RunController runs(setup.workspace->location());
        QSignalSpy finished(&runs, &RunController::finished);
        QVERIFY(runs.start(job));
        QVERIFY(finished.wait(30000));
        RunReport report = finished.takeFirst().at(0).value<RunReport>();
        QCOMPARE(report.status, RunRecord::Status::Failed);
        QCOMPARE(report.runId, 0);
        QVERIFY2(report.error.message.contains(other), qPrintable(report.error.message));
        QString error;
        QCOMPARE(setup.target->count(QStringLiteral("items"), &error).value_or(-1), 0);
        QCOMPARE(runSpans(setup.workspace->location(), &error).size(), 0);
        QCOMPARE(leases.get(job).value()->holder, other);

        RunOptions dryRun;
        dryRun.dryRun = true;
        QVERIFY(runs.start(job, dryRun));
        QVERIFY(finished.wait(30000));
        report = finished.takeFirst().at(0).value<RunReport>();
        QVERIFY2(report.succeeded(), qPrintable(report.error.message));

        QVERIFY(leases.release(job, other).ok());
        QVERIFY(runs.start(job));
        QVERIFY(finished.wait(30000));
        report = finished.takeFirst().at(0).value<RunReport>();
        QVERIFY2(report.succeeded(), qPrintable(report.error.message));
        QCOMPARE(setup.target->count(QStringLiteral("items"), &error).value_or(-1), 3);
        QVERIFY(!leases.get(job).value().has_value());
    }

    // The lease of a manual run is held (and renewed) while it runs and given back at its
    // end also when the run fails or is cancelled.
    void manualRunReleasesLeaseAfterFailureAndCancel()
    {
        const QJsonObject closed { { QStringLiteral("name"), QStringLiteral("dst") },
            { QStringLiteral("kind"), QStringLiteral("postgresql") },
            { QStringLiteral("url"),
                QStringLiteral("postgresql://syncline@127.0.0.1:%1/nothing").arg(closedPort()) } };
        const QString job = QStringLiteral("job");
        {
            Setup setup;
            prepare(setup, 3, 0, { { QStringLiteral("every"), QStringLiteral("1h") } }, closed);
            if (QTest::currentTestFailed())
                return;
            RunController runs(setup.workspace->location());
            QSignalSpy finished(&runs, &RunController::finished);
            QVERIFY(runs.start(job));
            QVERIFY(finished.wait(30000));
            const auto report = finished.takeFirst().at(0).value<RunReport>();
            QCOMPARE(report.status, RunRecord::Status::Failed);
            // It ran and failed on the closed port; it was not refused for the lease.
            QVERIFY2(report.error.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive)
                    && !report.error.message.contains(QStringLiteral("lease")),
                qPrintable(report.error.message));
            auto workspace = Workspace::open(setup.workspace->location());
            QVERIFY(workspace.ok());
            QVERIFY(!LeaseRepository(**workspace).get(job).value().has_value());
        }
        Setup setup;
        prepare(setup, 40, 50, { { QStringLiteral("every"), QStringLiteral("1h") } });
        if (QTest::currentTestFailed())
            return;
        auto workspace = Workspace::open(setup.workspace->location());
        QVERIFY(workspace.ok());
        LeaseRepository leases(**workspace);
        RunController runs(setup.workspace->location());
        JobLease::Options options;
        options.heartbeatMs = 100;
        options.ttlMs = 5000;
        runs.setLeaseOptions(options);
        QSignalSpy finished(&runs, &RunController::finished);
        QVERIFY(runs.start(job));
        QTRY_VERIFY_WITH_TIMEOUT(leases.get(job).value().has_value(), 10000);
        const Lease held = *leases.get(job).value();
        QCOMPARE(held.holder, runs.holderId());
        // A scheduled fire meanwhile finds the job taken.
        QCOMPARE(leases.claim(job, QStringLiteral("elsewhere:1:x"), 5000).value(), false);
        // Renewed while it runs.
        QTRY_VERIFY_WITH_TIMEOUT(
            leases.get(job).value().value_or(held).heartbeatAt > held.heartbeatAt, 10000);
        runs.cancel(job);
        QVERIFY(finished.wait(30000));
        const auto report = finished.takeFirst().at(0).value<RunReport>();
        QCOMPARE(report.status, RunRecord::Status::Cancelled);
        QVERIFY(!leases.get(job).value().has_value());
    }

    void twoSchedulersNeverRunAJobAtOnce()
    {
        Setup setup;
        prepare(setup, 10, 60, { { QStringLiteral("every"), QStringLiteral("1s") } });
        if (QTest::currentTestFailed())
            return;
        makeDue(setup.workspace->location());
        Scheduler first(setup.workspace->location());
        Scheduler second(setup.workspace->location());
        first.setOptions(fastOptions());
        second.setOptions(fastOptions());
        QVERIFY(first.holderId() != second.holderId());
        QSignalSpy firstFinished(&first, &Scheduler::runFinished);
        QSignalSpy secondFinished(&second, &Scheduler::runFinished);
        first.start();
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(firstFinished.size() + secondFinished.size() >= 5, 60000);
        QSignalSpy firstStopped(&first, &Scheduler::stopped);
        QSignalSpy secondStopped(&second, &Scheduler::stopped);
        first.stop();
        second.stop();
        QTRY_VERIFY_WITH_TIMEOUT(firstStopped.size() == 1 && secondStopped.size() == 1, 30000);

        QString error;
        const QList<RunSpan> spans = runSpans(setup.workspace->location(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(spans.size() >= 5);
        const QString overlap = overlaps(spans);
        QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
        auto workspace = Workspace::open(setup.workspace->location());
        QVERIFY(workspace.ok());
        const auto attempts = ScheduleRepository(**workspace).attempts(QStringLiteral("job"));
        QVERIFY(attempts.ok());
        QSet<QDateTime> fires;
        for (const RunAttempt& a : *attempts) {
            QVERIFY2(!fires.contains(a.fireAt),
                qPrintable(
                    QStringLiteral("fire %1 ran twice").arg(a.fireAt.toString(Qt::ISODateWithMs))));
            fires.insert(a.fireAt);
        }
    }

    void missedRule_data()
    {
        QTest::addColumn<QString>("missed");
        QTest::addColumn<bool>("runs");
        QTest::newRow("run-once") << QStringLiteral("run-once") << true;
        QTest::newRow("skip") << QStringLiteral("skip") << false;
    }

    // The workspace says the job was due two hours ago: nothing ran meanwhile.
    void missedRule()
    {
        QFETCH(QString, missed);
        QFETCH(bool, runs);
        Setup setup;
        prepare(setup, 2, 0,
            { { QStringLiteral("every"), QStringLiteral("1h") },
                { QStringLiteral("missed"), missed } });
        if (QTest::currentTestFailed())
            return;
        makeDue(setup.workspace->location(), 2 * 3600 * 1000);
        Scheduler scheduler(setup.workspace->location());
        scheduler.setOptions(fastOptions());
        QSignalSpy started(&scheduler, &Scheduler::runStarted);
        QSignalSpy finished(&scheduler, &Scheduler::runFinished);
        QSignalSpy ticked(&scheduler, &Scheduler::ticked);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(ticked.size() >= 3, 10000);
        if (runs)
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(started.size(), runs ? 1 : 0);
        auto workspace = Workspace::open(setup.workspace->location());
        QVERIFY(workspace.ok());
        const auto state = ScheduleRepository(**workspace).get(QStringLiteral("job"));
        QVERIFY(state.ok() && state->has_value());
        // Either way the next fire is about an hour away, not a burst of catch-up runs.
        QVERIFY((*state)->nextFire > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE((*state)->lastFire.isValid(), runs);
    }

    void pausedJobDoesNotFire()
    {
        Setup setup;
        prepare(setup, 2, 0, { { QStringLiteral("every"), QStringLiteral("1s") } });
        if (QTest::currentTestFailed())
            return;
        makeDue(setup.workspace->location());
        {
            auto workspace = Workspace::open(setup.workspace->location());
            QVERIFY(workspace.ok());
            QVERIFY(ScheduleRepository(**workspace).setPaused(QStringLiteral("job"), true).ok());
        }
        Scheduler scheduler(setup.workspace->location());
        scheduler.setOptions(fastOptions());
        QSignalSpy started(&scheduler, &Scheduler::runStarted);
        QSignalSpy ticked(&scheduler, &Scheduler::ticked);
        int hookCalls = 0;
        scheduler.setTickHook([&hookCalls] { ++hookCalls; });
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(ticked.size() >= 5, 10000);
        QCOMPARE(started.size(), 0);
        QVERIFY(hookCalls >= 5);
        // Resumed: it fires on a following tick.
        auto workspace = Workspace::open(setup.workspace->location());
        QVERIFY(workspace.ok());
        QVERIFY(ScheduleRepository(**workspace).setPaused(QStringLiteral("job"), false).ok());
        QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 1, 10000);
    }
};

QTEST_GUILESS_MAIN(SchedulerTest)
#include "tst_scheduler.moc"
