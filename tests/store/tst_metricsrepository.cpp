// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcheck.h"
#include "store/metricsrepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Syncline;
using Syncline::Test::SqlCheck;

class tst_MetricsRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordRollsUpToHourAndDay();
    void percentilesMergeWeightedAndRunFollowsMax();
    void compactDropsExpiredBuckets();
    void resolutionFollowsRange_data();
    void resolutionFollowsRange();
    void queryMergesAllJobs();
    void aMonthOfMinutePointsStaysBounded();
    void healthReportsLastRunLagAndConflicts();

private:
    qint64 count(const QString& where);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

namespace {

// Noon UTC, 1 June 2026: an hour and a day boundary.
const QDateTime s_now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

MetricPoint value(
    const char* job, const char* metric, const QDateTime& at, double v, qint64 runId = 1)
{
    MetricPoint point;
    point.job = QString::fromLatin1(job);
    point.metric = QString::fromLatin1(metric);
    point.bucket = at.toSecsSinceEpoch();
    point.sample = MetricSummary::of(v);
    point.runId = runId;
    return point;
}

} // namespace

void tst_MetricsRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace = Workspace::open(m_dir->filePath(QStringLiteral("workspace.db")));
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
    m_workspace = std::move(*workspace);
}

void tst_MetricsRepository::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

qint64 tst_MetricsRepository::count(const QString& where)
{
    const SqlCheck check(m_workspace->location());
    return check.value(QStringLiteral("SELECT COUNT(*) FROM metric_points WHERE ") + where)
        .toLongLong();
}

void tst_MetricsRepository::recordRollsUpToHourAndDay()
{
    MetricsRepository repository(*m_workspace);
    // Three values in two minutes of one hour.
    QVERIFY(repository.record({ value("a", "latency_ms", s_now.addSecs(5), 10),
        value("a", "latency_ms", s_now.addSecs(30), 30),
        value("a", "latency_ms", s_now.addSecs(65), 50) }));
    QCOMPARE(count(QStringLiteral("resolution = 60")), 2);
    QCOMPARE(count(QStringLiteral("resolution = 3600")), 1);
    QCOMPARE(count(QStringLiteral("resolution = 86400")), 1);
    SqlCheck check(m_workspace->location());
    QCOMPARE(check
                 .value(QStringLiteral("SELECT count || '/' || sum || '/' || min || '/' || max "
                                       "FROM metric_points WHERE resolution = 3600"))
                 .toString(),
        QStringLiteral("3/90.0/10.0/50.0"));
    QCOMPARE(check
                 .value(QStringLiteral("SELECT bucket FROM metric_points WHERE resolution = "
                                       "86400"))
                 .toLongLong(),
        QDateTime(s_now.date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(check
                 .value(QStringLiteral("SELECT count || '/' || sum FROM metric_points WHERE "
                                       "resolution = 60 AND bucket = %1")
                            .arg(s_now.toSecsSinceEpoch()))
                 .toString(),
        QStringLiteral("2/40.0"));
}

void tst_MetricsRepository::percentilesMergeWeightedAndRunFollowsMax()
{
    MetricsRepository repository(*m_workspace);
    MetricPoint first = value("a", "latency_ms", s_now, 0, 7);
    first.sample = { 3, 30, 5, 20, 10, 20 };
    MetricPoint second = value("a", "latency_ms", s_now.addSecs(10), 0, 8);
    second.sample = { 1, 100, 100, 100, 100, 100 };
    QVERIFY(repository.record({ first, second }));
    auto series = repository.query(QStringLiteral("a"), QStringLiteral("latency_ms"),
        s_now.addSecs(-3600), s_now.addSecs(60), s_now.addSecs(60));
    QVERIFY(series);
    QCOMPARE(series->resolution, MetricsRepository::Minute);
    QCOMPARE(series->points.size(), 1);
    const MetricPoint& point = series->points.first();
    QCOMPARE(point.sample.count, 4);
    QCOMPARE(point.sample.p50, (10.0 * 3 + 100) / 4);
    QCOMPARE(point.sample.p95, (20.0 * 3 + 100) / 4);
    QCOMPARE(point.sample.min, 5.0);
    QCOMPARE(point.sample.max, 100.0);
    QCOMPARE(point.runId, 8); // the run with the largest value
}

void tst_MetricsRepository::compactDropsExpiredBuckets()
{
    MetricsRepository repository(*m_workspace);
    QVERIFY(repository.record({ value("a", "m", s_now.addSecs(-49 * 3600), 1),
        value("a", "m", s_now.addSecs(-47 * 3600), 1), value("a", "m", s_now.addDays(-31), 1),
        value("a", "m", s_now.addDays(-800), 1) }));
    QCOMPARE(count(QStringLiteral("resolution = 60")), 4);
    QVERIFY(repository.compact(s_now));
    // Minutes: only the one 47 hours old. Hours: not the 31- and 800-day-old ones. Days: not
    // the 800-day-old one (the 47- and 49-hour-old ones share a day).
    QCOMPARE(count(QStringLiteral("resolution = 60")), 1);
    QCOMPARE(count(QStringLiteral("resolution = 3600")), 2);
    QCOMPARE(count(QStringLiteral("resolution = 86400")), 2); // 30 May and 1 May
    // Compacting again changes nothing.
    QVERIFY(repository.compact(s_now));
    QCOMPARE(*repository.pointCount(), 5);
}

void tst_MetricsRepository::resolutionFollowsRange_data()
{
    QTest::addColumn<qint64>("rangeSeconds");
    QTest::addColumn<qint64>("endsBefore");
    QTest::addColumn<int>("resolution");
    QTest::newRow("1 h") << qint64(3600) << qint64(0) << MetricsRepository::Minute;
    QTest::newRow("24 h") << qint64(86400) << qint64(0) << MetricsRepository::Minute;
    QTest::newRow("24 h, 3 days ago")
        << qint64(86400) << qint64(2 * 86400) << MetricsRepository::Hour;
    QTest::newRow("7 d") << qint64(7 * 86400) << qint64(0) << MetricsRepository::Hour;
    QTest::newRow("30 d") << qint64(30 * 86400) << qint64(0) << MetricsRepository::Hour;
    QTest::newRow("90 d") << qint64(90 * 86400) << qint64(0) << MetricsRepository::Day;
}

void tst_MetricsRepository::resolutionFollowsRange()
{
    QFETCH(qint64, rangeSeconds);
    QFETCH(qint64, endsBefore);
    QFETCH(int, resolution);
    const qint64 now = s_now.toSecsSinceEpoch();
    const qint64 to = now - endsBefore;
    QCOMPARE(MetricsRepository::resolutionFor(to - rangeSeconds, to, now), resolution);
}

void tst_MetricsRepository::queryMergesAllJobs()
{
    MetricsRepository repository(*m_workspace);
    QVERIFY(repository.record({ value("a", "rows_applied", s_now.addSecs(-600), 10, 1),
        value("b", "rows_applied", s_now.addSecs(-590), 30, 2),
        value("b", "rows_applied", s_now.addSecs(-60), 5, 3),
        value("b", "other", s_now.addSecs(-60), 99, 3) }));
    auto all = repository.query(
        QString(), QStringLiteral("rows_applied"), s_now.addSecs(-3600), s_now, s_now);
    QVERIFY(all);
    QCOMPARE(all->points.size(), 2);
    QCOMPARE(all->points[0].sample.sum, 40.0);
    QCOMPARE(all->points[0].sample.count, 2);
    QCOMPARE(all->points[0].runId, 2);
    QCOMPARE(all->points[1].sample.sum, 5.0);
    QVERIFY(all->points[0].bucket < all->points[1].bucket);
    auto one = repository.query(
        QStringLiteral("a"), QStringLiteral("rows_applied"), s_now.addSecs(-3600), s_now, s_now);
    QVERIFY(one);
    QCOMPARE(one->points.size(), 1);
    QCOMPARE(one->points[0].sample.sum, 10.0);
}

void tst_MetricsRepository::aMonthOfMinutePointsStaysBounded()
{
    // A job that runs every minute for 30 days, compacted once a day as the daemon would.
    MetricsRepository repository(*m_workspace);
    const QDateTime start = s_now.addDays(-30);
    for (int day = 0; day < 30; ++day) {
        QList<MetricPoint> values;
        for (int minute = 0; minute < 24 * 60; ++minute)
            values.append(value("a", "latency_ms", start.addSecs(day * 86400 + minute * 60),
                100 + minute % 50, day * 1440 + minute + 1));
        QVERIFY(repository.record(values));
        QVERIFY(repository.compact(start.addDays(day + 1)));
    }
    // The bound: 48 h of minutes + 30 days of hours + one day per day (+ 1 partial each).
    const qint64 bound = 48 * 60 + 1 + 30 * 24 + 1 + 31;
    const qint64 stored = *repository.pointCount();
    QVERIFY2(stored <= bound, qPrintable(QStringLiteral("%1 > %2").arg(stored).arg(bound)));
    QCOMPARE(*repository.pointCount(MetricsRepository::Minute), 48 * 60);
    // Each range reads at most s_maxPoints buckets, and the month reads hours.
    auto month = repository.query(
        QStringLiteral("a"), QStringLiteral("latency_ms"), s_now.addDays(-30), s_now, s_now);
    QVERIFY(month);
    QCOMPARE(month->resolution, MetricsRepository::Hour);
    QVERIFY(month->points.size() >= 29 * 24);
    QVERIFY(month->points.size() <= MetricsRepository::s_maxPoints);
    auto day = repository.query(
        QStringLiteral("a"), QStringLiteral("latency_ms"), s_now.addDays(-1), s_now, s_now);
    QVERIFY(day);
    QCOMPARE(day->resolution, MetricsRepository::Minute);
    QCOMPARE(day->points.size(), 24 * 60);
}

void tst_MetricsRepository::healthReportsLastRunLagAndConflicts()
{
    RunRepository runs(*m_workspace);
    auto first = runs.begin(QStringLiteral("a"), false);
    QVERIFY(first);
    RunRecord ok;
    ok.id = *first;
    ok.job = QStringLiteral("a");
    ok.status = RunRecord::Status::Succeeded;
    QVERIFY(runs.finish(ok));
    for (int i = 0; i < 2; ++i) {
        auto failed = runs.begin(QStringLiteral("a"), false);
        QVERIFY(failed);
        RunRecord record = ok;
        record.id = *failed;
        record.status = RunRecord::Status::Failed;
        QVERIFY(runs.finish(record));
    }
    auto dry = runs.begin(QStringLiteral("b"), true); // dry runs do not count
    QVERIFY(dry);
    SqlCheck check(m_workspace->location());
    QVERIFY(check.exec(QStringLiteral(
        "INSERT INTO conflicts (job, key, kind, detected_at, updated_at) VALUES "
        "('a', x'01', 'update', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), "
        "('a', x'02', 'update', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    MetricsRepository repository(*m_workspace);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(100);
    auto health = repository.health(later);
    QVERIFY(health);
    QCOMPARE(health->size(), 1);
    const JobHealth& a = health->first();
    QCOMPARE(a.job, QStringLiteral("a"));
    QCOMPARE(a.lastRunId, *first + 2);
    QCOMPARE(a.lastStatus, RunRecord::Status::Failed);
    QCOMPARE(a.consecutiveFailures, 2);
    QCOMPARE(a.pendingConflicts, 2);
    QVERIFY(a.lagSeconds >= 100 && a.lagSeconds < 200);
    QCOMPARE(*repository.pendingConflicts(QStringLiteral("a")), 2);
}

QTEST_GUILESS_MAIN(tst_MetricsRepository)
#include "tst_metricsrepository.moc"
