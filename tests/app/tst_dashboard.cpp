// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard's charts over the demo's month of history: series per range and job, a click
// on a point opens its run, and long series are downsampled before they are drawn.
#include "dashboard/dashboardquery.h"
#include "dashboard/dashboardview.h"
#include "dashboard/jobtile.h"
#include "dashboard/metricchart.h"
#include "engine/demoworkspace.h"
#include "mainwindow.h"
#include "runs/runsview.h"
#include "store/workspace.h"

#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

using namespace Syncline;

class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsShowTheHistory();
    void changingTheRangeQueriesAgain();
    void jobSelectorNarrowsTheCharts();
    void clickingAPointOpensItsRun();
    void hundredThousandPointsAreDownsampled();
    void renderToImage();

private:
    void open(MainWindow& window);

    QTemporaryDir m_dir;
    QString m_workspace;
};

void tst_Dashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("workspace.db"));
    auto created = DemoWorkspace::create(m_workspace, m_dir.filePath(QStringLiteral("demo")));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    // The query the dashboard runs on a pool thread, here on the test's thread.
    auto workspace = Workspace::open(m_workspace);
    QVERIFY(workspace);
    auto data = DashboardData::load(**workspace, QString(), 86400, QDateTime::currentDateTimeUtc());
    QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
    QVERIFY(!data->latency.points.isEmpty());
    QVERIFY(data->health.size() >= 2); // customers-push, orders-push (and later additions)
}

void tst_Dashboard::open(MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), 20000);
    window.showView(MainWindow::View::Dashboard);
    DashboardView* dashboard = window.dashboardView();
    QTRY_VERIFY_WITH_TIMEOUT(
        !dashboard->chartsLoading() && dashboard->chartData().generation > 0, 20000);
}

void tst_Dashboard::chartsShowTheHistory()
{
    MainWindow window(m_workspace);
    open(window);
    DashboardView* dashboard = window.dashboardView();
    QCOMPARE(dashboard->range(), DashboardView::Range::Day);
    QVERIFY(dashboard->chartJob().isEmpty());
    const DashboardData& data = dashboard->chartData();
    QCOMPARE(data.resolution, 60);
    // orders-push runs every 15 minutes and knows its change times: ~96 points a day.
    QList<QLineSeries*> latency = dashboard->latencyChart()->lineSeries();
    QCOMPARE(latency.size(), 2);
    QVERIFY2(latency[0]->count() >= 80, qPrintable(QString::number(latency[0]->count())));
    QCOMPARE(latency[1]->count(), latency[0]->count());
    for (int i = 0; i < latency[0]->count(); ++i)
        QVERIFY(latency[0]->at(i).y() <= latency[1]->at(i).y()); // p50 <= p95
    // Both jobs' runs: 48 + 96 a day.
    // All jobs: one throughput line per job.
    QCOMPARE(dashboard->throughputChart()->lineSeries().size(), data.health.size());
    qsizetype runs = 0;
    for (const QLineSeries* line : dashboard->throughputChart()->lineSeries())
        runs += line->count();
    QVERIFY2(runs >= 100, qPrintable(QString::number(runs)));
    QVERIFY(dashboard->failuresChart()->lineSeries().first()->count() >= 100);
    // The demo's outage 6.5 hours ago failed runs of orders-push.
    double worst = 0;
    const QLineSeries* failures = dashboard->failuresChart()->lineSeries().first();
    for (int i = 0; i < failures->count(); ++i)
        worst = qMax(worst, failures->at(i).y());
    QCOMPARE(worst, 100.0);
    QCOMPARE(dashboard->conflictsChart()->lineSeries().size(), 1);

    // Health tiles: each job ran, so each has a lag.
    QCOMPARE(dashboard->jobTiles().size(), data.health.size());
    for (const JobTile* tile : dashboard->jobTiles())
        QVERIFY2(
            tile->healthText().startsWith(QStringLiteral("Lag")), qPrintable(tile->healthText()));
}

void tst_Dashboard::changingTheRangeQueriesAgain()
{
    MainWindow window(m_workspace);
    open(window);
    DashboardView* dashboard = window.dashboardView();
    const qsizetype dayPoints = dashboard->throughputChart()->lineSeries().first()->count();
    const int queries = dashboard->chartQueries();
    QSignalSpy updated(dashboard, &DashboardView::chartsUpdated);

    // The 30 d button, as a user clicks it.
    auto* month = dashboard->findChild<QToolButton*>(QStringLiteral("rangeMonth"));
    QVERIFY(month);
    QTest::mouseClick(month, Qt::LeftButton);
    QCOMPARE(dashboard->range(), DashboardView::Range::Month);
    QCOMPARE(dashboard->chartQueries(), queries + 1);
    QVERIFY(updated.wait(20000));
    QCOMPARE(dashboard->chartData().resolution, 3600);
    QCOMPARE(dashboard->chartData().toMs - dashboard->chartData().fromMs, 30 * 86400 * 1000LL);
    const qsizetype monthPoints = dashboard->throughputChart()->lineSeries().first()->count();
    QVERIFY2(monthPoints > 24 * 25 && monthPoints <= 24 * 30 + 1,
        qPrintable(QString::number(monthPoints)));
    QVERIFY(monthPoints > dayPoints);

    dashboard->setRange(DashboardView::Range::Hour);
    QCOMPARE(dashboard->chartQueries(), queries + 2);
    QVERIFY(updated.wait(20000));
    QCOMPARE(dashboard->chartData().resolution, 60);
    QVERIFY(dashboard->throughputChart()->lineSeries().first()->count() < dayPoints);
}

void tst_Dashboard::jobSelectorNarrowsTheCharts()
{
    MainWindow window(m_workspace);
    open(window);
    DashboardView* dashboard = window.dashboardView();
    QSignalSpy updated(dashboard, &DashboardView::chartsUpdated);
    qsizetype allRuns = 0;
    for (const QLineSeries* line : dashboard->throughputChart()->lineSeries())
        allRuns += line->count();
    dashboard->setChartJob(QStringLiteral("customers-push"));
    QVERIFY(updated.wait(20000));
    QCOMPARE(dashboard->chartData().job, QStringLiteral("customers-push"));
    const qsizetype jobRuns = dashboard->throughputChart()->lineSeries().first()->count();
    QVERIFY2(jobRuns > 0 && jobRuns < allRuns,
        qPrintable(QStringLiteral("%1 of %2").arg(jobRuns).arg(allRuns)));
    // A hash job does not know when changes were made: no latency.
    QCOMPARE(dashboard->latencyChart()->lineSeries().first()->count(), 0);
}

void tst_Dashboard::clickingAPointOpensItsRun()
{
    MainWindow window(m_workspace);
    open(window);
    DashboardView* dashboard = window.dashboardView();
    QSignalSpy activated(dashboard, &DashboardView::runActivated);
    MetricChart* chart = dashboard->latencyChart();
    QLineSeries* p95 = chart->lineSeries().at(1);
    QVERIFY(p95->count() > 0);
    // The newest point: a click where QtCharts reports it.
    const QPointF point = p95->at(p95->count() - 1);
    const qint64 expected = dashboard->chartData().latency.points.constLast().runId;
    QVERIFY(expected > 0);
    emit p95->clicked(point);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), expected);
    QCOMPARE(window.currentView(), MainWindow::View::Runs);
    QVERIFY(chart->toolTipFor(1, point).contains(QString::number(expected)));

    // A point between two buckets opens the nearer one's run.
    const QPointF nearFirst(p95->at(0).x() + 1000, 0);
    QCOMPARE(chart->runNear(1, nearFirst), dashboard->chartData().latency.points.first().runId);
}

void tst_Dashboard::hundredThousandPointsAreDownsampled()
{
    MetricChart chart(QStringLiteral("test"));
    chart.resize(800, 300);
    MetricChart::Line line { QStringLiteral("big"), Qt::blue, {}, {} };
    const qint64 start = 1'700'000'000'000;
    for (int i = 0; i < 100000; ++i) {
        line.points.append(QPointF(double(start + qint64(i) * 60000), 100 + (i % 13)));
        line.runIds.append(i + 1);
    }
    line.points[54321].setY(9000); // a spike must survive
    chart.setLines({ line }, start, start + 100000LL * 60000);
    QCOMPARE(chart.pointCount(0), MetricChart::s_drawBudget);
    QLineSeries* series = chart.lineSeries().first();
    QCOMPARE(series->count(), MetricChart::s_drawBudget);
    double top = 0;
    for (int i = 0; i < series->count(); ++i)
        top = qMax(top, series->at(i).y());
    QCOMPARE(top, 9000.0);
    QCOMPARE(chart.runNear(0, QPointF(double(start + 54321LL * 60000), 0)), 54322);
    QCOMPARE(series->at(0), line.points.first());
    QCOMPARE(series->at(series->count() - 1), line.points.last());
    // The chart paints the reduced series.
    QVERIFY(!chart.grab().isNull());
}

void tst_Dashboard::renderToImage()
{
    // For people: SYNCLINE_DASHBOARD_PNG=/tmp/dashboard.png keeps a picture of the page.
    const QString path = qEnvironmentVariable("SYNCLINE_DASHBOARD_PNG");
    if (path.isEmpty())
        QSKIP("SYNCLINE_DASHBOARD_PNG not set");
    MainWindow window(m_workspace);
    open(window);
    QCoreApplication::sendPostedEvents(); // QtCharts lays out on posted events
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(path));
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
