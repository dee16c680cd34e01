// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcheck.h"
#include "store/journalrepository.h"
#include "store/quarantinerepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"

#include <QMutex>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Syncline;
using Syncline::Test::SqlCheck;

class tst_RunRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statusStrings();
    void beginRecordsARunningRun();
    void finishWritesTheOutcome();
    void finishOfUnknownRunFails();
    void listIsNewestFirst();
    void queryFiltersAndPagesInTheDatabase();
    void metricsUpsert();
    void markInterruptedFailsOnlyThatJobsRunningRuns();
    void twoThreadsWriteConcurrently();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void tst_RunRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->path());
    QVERIFY2(workspace, qPrintable(workspace.error().message));
    m_workspace = std::move(workspace).value();
}

void tst_RunRepository::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void tst_RunRepository::statusStrings()
{
    using S = RunRecord::Status;
    for (S s : { S::Running, S::Succeeded, S::Failed, S::Cancelled })
        QCOMPARE(RunRecord::statusFromString(RunRecord::toString(s)), s);
    QCOMPARE(RunRecord::toString(S::Succeeded), QStringLiteral("succeeded"));
    QCOMPARE(RunRecord::toString(S::Cancelled), QStringLiteral("cancelled"));
    QCOMPARE(RunRecord::statusFromString(QStringLiteral("bogus")), S::Failed);
}

void tst_RunRepository::beginRecordsARunningRun()
{
    RunRepository runs(*m_workspace);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto id = runs.begin(QStringLiteral("customers-push"), true);
    QVERIFY2(id, qPrintable(id.error().message));
    QVERIFY(*id > 0);
    auto run = runs.get(*id);
    QVERIFY(run);
    QCOMPARE(run->id, *id);
    QCOMPARE(run->job, QStringLiteral("customers-push"));
    QCOMPARE(run->status, RunRecord::Status::Running);
    QVERIFY(run->dryRun);
    QCOMPARE(run->startedAt.timeSpec(), Qt::UTC);
    QVERIFY(run->startedAt >= before && run->startedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!run->finishedAt.isValid());
    QCOMPARE(run->host, QSysInfo::machineHostName());
    QCOMPARE(run->counts, RunCounts());

    SqlCheck sql(m_workspace->location());
    const auto rows = sql.rows(
        QStringLiteral("SELECT status, dry_run, started_at, finished_at FROM runs WHERE id = ?"),
        { *id });
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0].toString(), QStringLiteral("running"));
    QCOMPARE(rows[0][1].toInt(), 1);
    QVERIFY(rows[0][2].toString().endsWith(QLatin1Char('Z'))); // ISO 8601 UTC with ms
    QCOMPARE(rows[0][2].toString().size(), 24);
    QVERIFY(rows[0][3].isNull());
}

void tst_RunRepository::finishWritesTheOutcome()
{
    RunRepository runs(*m_workspace);
    auto id = runs.begin(QStringLiteral("job"), false);
    QVERIFY(id);
    RunRecord run = *runs.get(*id);
    run.status = RunRecord::Status::Failed;
    run.finishedAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    run.seconds = 12.5;
    run.counts = { 100, 90, 5, 4, 3, 88, 2, 1 };
    run.error = QStringLiteral("target: constraint failed");
    QVERIFY(runs.finish(run));

    auto stored = runs.get(*id);
    QVERIFY(stored);
    QCOMPARE(stored->status, RunRecord::Status::Failed);
    QCOMPARE(stored->finishedAt, run.finishedAt);
    QCOMPARE(stored->seconds, 12.5);
    QCOMPARE(stored->counts, run.counts);
    QCOMPARE(stored->counts.applied(), 12);
    QCOMPARE(stored->error, run.error);
    QCOMPARE(stored->startedAt, run.startedAt);

    SqlCheck sql(m_workspace->location());
    QCOMPARE(sql.rows(QStringLiteral("SELECT status, finished_at, inserted, conflicts FROM runs")),
        QList<QVariantList>(
            { { QStringLiteral("failed"), QStringLiteral("2030-01-02T03:04:05.678Z"), 5, 1 } }));

    // Without finishedAt, now is taken.
    run.finishedAt = QDateTime();
    run.status = RunRecord::Status::Succeeded;
    QVERIFY(runs.finish(run));
    QVERIFY(qAbs(runs.get(*id)->finishedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void tst_RunRepository::finishOfUnknownRunFails()
{
    RunRepository runs(*m_workspace);
    RunRecord run;
    run.id = 404;
    run.status = RunRecord::Status::Succeeded;
    const Status finished = runs.finish(run);
    QVERIFY(!finished);
    QVERIFY(finished.error().message.contains(QLatin1String("404")));
    QVERIFY(!runs.get(404));
}

void tst_RunRepository::listIsNewestFirst()
{
    RunRepository runs(*m_workspace);
    QList<qint64> a, b;
    for (int i = 0; i < 5; ++i) {
        a.append(*runs.begin(QStringLiteral("a"), false));
        b.append(*runs.begin(QStringLiteral("b"), false));
    }
    auto all = runs.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 10);
    QCOMPARE(all->first().id, b.last());
    QCOMPARE(all->last().id, a.first());
    for (qsizetype i = 1; i < all->size(); ++i)
        QVERIFY((*all)[i - 1].id > (*all)[i].id);

    auto onlyA = runs.list(QStringLiteral("a"), 3);
    QVERIFY(onlyA);
    QCOMPARE(onlyA->size(), 3);
    QCOMPARE(onlyA->at(0).id, a[4]);
    QCOMPARE(onlyA->at(1).id, a[3]);
    QCOMPARE(onlyA->at(2).id, a[2]);
    QVERIFY(runs.list(QStringLiteral("none"))->isEmpty());
}

// 5,000 runs of three jobs with mixed statuses and start times; every filter combination is
// compared with the same filter applied to the whole list, and pages join up without gaps.
void tst_RunRepository::queryFiltersAndPagesInTheDatabase()
{
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QStringList jobs
        = { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma") };
    const QStringList statuses = { QStringLiteral("succeeded"), QStringLiteral("failed"),
        QStringLiteral("cancelled"), QStringLiteral("succeeded"), QStringLiteral("running") };
    {
        QSqlDatabase db = m_workspace->database();
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO runs (job, status, dry_run, started_at) VALUES (?, ?, ?, ?)")));
        for (int i = 0; i < 5000; ++i) {
            insert.addBindValue(jobs[i % 3]);
            insert.addBindValue(statuses[i % 5]);
            insert.addBindValue(i % 7 == 0 ? 1 : 0);
            insert.addBindValue(t0.addSecs(qint64(i) * 60).toString(Qt::ISODateWithMs));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    RunRepository runs(*m_workspace);
    auto everything = runs.list(QString(), -1);
    QVERIFY(everything);
    QCOMPARE(everything->size(), 5000);

    using F = RunQuery::StatusFilter;
    struct Case
    {
        QString job;
        F status;
        QDateTime from;
        QDateTime before;
    };
    const QList<Case> cases = {
        { QString(), F::Any, {}, {} },
        { QStringLiteral("beta"), F::Any, {}, {} },
        { QStringLiteral("alpha"), F::Failed, {}, {} },
        { QString(), F::DryRuns, {}, {} },
        { QString(), F::Running, t0.addSecs(1000 * 60), t0.addSecs(2500 * 60) },
        { QStringLiteral("gamma"), F::Succeeded, t0.addSecs(4000 * 60), {} },
        { QStringLiteral("nobody"), F::Any, {}, {} },
    };
    for (const Case& c : cases) {
        QList<qint64> expected;
        for (const RunRecord& run : std::as_const(*everything)) {
            if (!c.job.isEmpty() && run.job != c.job)
                continue;
            if (c.from.isValid() && run.startedAt < c.from)
                continue;
            if (c.before.isValid() && run.startedAt >= c.before)
                continue;
            const bool statusOk = c.status == F::Any || (c.status == F::DryRuns && run.dryRun)
                || (c.status == F::Failed && run.status == RunRecord::Status::Failed)
                || (c.status == F::Running && run.status == RunRecord::Status::Running)
                || (c.status == F::Succeeded && run.status == RunRecord::Status::Succeeded);
            if (statusOk)
                expected.append(run.id);
        }
        RunQuery query;
        query.job = c.job;
        query.status = c.status;
        query.startedFrom = c.from;
        query.startedBefore = c.before;
        query.limit = 333;
        auto total = runs.count(query);
        QVERIFY(total);
        QCOMPARE(*total, expected.size());
        QList<qint64> paged;
        for (int page = 0; page < 100; ++page) {
            auto rows = runs.query(query);
            QVERIFY2(rows, qPrintable(rows.error().message));
            QVERIFY(rows->size() <= query.limit);
            for (const RunRecord& run : std::as_const(*rows))
                paged.append(run.id);
            if (rows->size() < query.limit)
                break;
            query.beforeId = rows->last().id;
        }
        QCOMPARE(paged, expected);
    }
}

void tst_RunRepository::metricsUpsert()
{
    RunRepository runs(*m_workspace);
    const qint64 id = *runs.begin(QStringLiteral("job"), false);
    QVERIFY(runs.addMetric(id, QStringLiteral("rows_per_second"), 100));
    QVERIFY(runs.addMetric(id, QStringLiteral("read_seconds"), 1.5));
    QVERIFY(runs.addMetric(id, QStringLiteral("rows_per_second"), 250.25));
    auto metrics = runs.metrics(id);
    QVERIFY(metrics);
    const QList<std::pair<QString, double>> expected = { { QStringLiteral("read_seconds"), 1.5 },
        { QStringLiteral("rows_per_second"), 250.25 } };
    QCOMPARE(*metrics, expected);
    SqlCheck sql(m_workspace->location());
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM run_metrics")).toInt(), 2);
    // A metric of a run that does not exist is refused (foreign key).
    QVERIFY(!runs.addMetric(id + 1000, QStringLiteral("x"), 1));
}

void tst_RunRepository::markInterruptedFailsOnlyThatJobsRunningRuns()
{
    RunRepository runs(*m_workspace);
    const qint64 stale1 = *runs.begin(QStringLiteral("a"), false);
    const qint64 stale2 = *runs.begin(QStringLiteral("a"), true);
    const qint64 done = *runs.begin(QStringLiteral("a"), false);
    RunRecord finished = *runs.get(done);
    finished.status = RunRecord::Status::Succeeded;
    QVERIFY(runs.finish(finished));
    const qint64 other = *runs.begin(QStringLiteral("b"), false);

    QVERIFY(runs.markInterrupted(QStringLiteral("a")));
    for (qint64 id : { stale1, stale2 }) {
        const RunRecord run = *runs.get(id);
        QCOMPARE(run.status, RunRecord::Status::Failed);
        QCOMPARE(run.error, QStringLiteral("interrupted (the process running it stopped)"));
        QVERIFY(run.finishedAt.isValid());
        QVERIFY(run.seconds >= 0);
    }
    QCOMPARE(runs.get(done)->status, RunRecord::Status::Succeeded);
    QVERIFY(runs.get(done)->error.isEmpty());
    QCOMPARE(runs.get(other)->status, RunRecord::Status::Running);
    SqlCheck sql(m_workspace->location());
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'running'")).toInt(), 1);
    QVERIFY(runs.markInterrupted(QStringLiteral("nothing-running")));
}

// Two Workspace instances on the same file, one per thread, as the console's worker threads
// use it: WAL plus BEGIN IMMEDIATE plus the busy timeout make writers wait, never fail.
void tst_RunRepository::twoThreadsWriteConcurrently()
{
    constexpr int threads = 2;
    constexpr int runsPerThread = 150;
    const QString location = m_workspace->location();
    QSemaphore ready;
    QSemaphore go;
    QMutex mutex;
    QStringList errors;
    const auto record = [&](const Error& error) {
        QMutexLocker lock(&mutex);
        errors.append(error.message);
    };
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t]() {
            auto opened = Workspace::open(location);
            ready.release();
            if (!opened) {
                record(opened.error());
                return;
            }
            go.acquire();
            Workspace& workspace = **opened;
            RunRepository runs(workspace);
            JournalRepository journal(workspace);
            QuarantineRepository quarantine(workspace);
            const QString job = QStringLiteral("job-%1").arg(t);
            for (int i = 0; i < runsPerThread; ++i) {
                auto id = runs.begin(job, false);
                if (!id) {
                    record(id.error());
                    return;
                }
                QList<JournalEntry> entries;
                for (int k = 0; k < 50; ++k)
                    entries.append({ QByteArray::number(i * 100 + k), quint64(k), {} });
                const QList<Status> steps = {
                    journal.apply(job, entries, {}),
                    journal.setWatermark(job, QVariant(qlonglong(i))),
                    runs.addMetric(*id, QStringLiteral("rows_per_second"), i),
                    quarantine.add({ QuarantinedRow { 0, *id, job, QStringLiteral("id=%1").arg(i),
                        QStringLiteral("upsert"), {}, QStringLiteral("rejected"), {} } }),
                };
                for (const Status& s : steps) {
                    if (!s) {
                        record(s.error());
                        return;
                    }
                }
                RunRecord run = *runs.get(*id);
                run.status = RunRecord::Status::Succeeded;
                run.counts.inserted = 50;
                if (auto s = runs.finish(run); !s) {
                    record(s.error());
                    return;
                }
            }
        }));
        workers.back()->start();
    }
    ready.acquire(threads);
    go.release(threads);
    for (const auto& worker : workers)
        QVERIFY(worker->wait(120000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    SqlCheck sql(location);
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'succeeded'")).toInt(),
        threads * runsPerThread);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM journal")).toInt(),
        threads * runsPerThread * 50);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM quarantine")).toInt(),
        threads * runsPerThread);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM run_metrics")).toInt(),
        threads * runsPerThread);
}

QTEST_GUILESS_MAIN(tst_RunRepository)
#include "tst_runrepository.moc"
