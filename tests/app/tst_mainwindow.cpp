// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditmodel.h"
#include "audit/auditview.h"
#include "conflicts/conflictsview.h"
#include "consoletestsupport.h"
#include "dashboard/dashboardview.h"
#include "dashboard/jobtile.h"
#include "dashboard/metrictile.h"
#include "endpoints/endpointlistmodel.h"
#include "endpoints/endpointsview.h"
#include "endpoints/schemamodel.h"
#include "engine/runcontroller.h"
#include "jobs/joblistmodel.h"
#include "jobs/jobsview.h"
#include "jobs/plannedchangesmodel.h"
#include "mainwindow.h"
#include "mappinglist/mappinglistmodel.h"
#include "mappinglist/mappingsview.h"
#include "mappings/mappingdesigner.h"
#include "runs/quarantinemodel.h"
#include "runs/runfiltermodel.h"
#include "runs/runhistorymodel.h"
#include "runs/runsview.h"
#include "widgets/emptystate.h"
#include "workspacesnapshotloader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

constexpr int s_sourceRows = 2000;
constexpr int s_runTimeoutMs = 120000;

const auto s_goodJob = QStringLiteral("customers-push");
const auto s_brokenJob = QStringLiteral("missing-table-push");

using Testers = std::vector<std::unique_ptr<QAbstractItemModelTester>>;

// Every model of the window, under QAbstractItemModelTester while the tester lives.
Testers testModels(const MainWindow& window)
{
    const QList<QAbstractItemModel*> models { window.jobsView()->jobListModel(),
        window.jobsView()->plannedChangesModel(), window.runsView()->runHistoryModel(),
        window.runsView()->runFilterModel(), window.runsView()->quarantineModel(),
        window.endpointsView()->endpointModel(), window.endpointsView()->schemaModel(),
        window.mappingsView()->mappingListModel(), window.auditView()->auditModel(),
        window.auditView()->filterModel() };
    Testers testers;
    for (QAbstractItemModel* model : models) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    return testers;
}

QString sidebarText(const MainWindow& window, int row)
{
    return window.findChild<QListWidget*>(QStringLiteral("sidebar"))->item(row)->text();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyWorkspaceShowsEmptyStates();
    void sidebarSwitchesViewsByClick();
    void shortcutsSwitchViews();
    void windowRemembersItsState();
    void runNowUpdatesProgressAndAddsRunsRow();
    void failedRunShowsItsError();
    void runsViewFiltersAndReruns();
    void runFilterModelFiltersByJobStatusAndTime();
    void quarantinedRowsShowTheDatabaseMessage();
    void auditViewFilters();
    void dashboardAndConflictsShowTheWorkspace();
    void mappingEditedInTheDesignerIsSaved();

private:
    void showWindow(MainWindow& window);

    TestSqlite m_sqlite;
    QString m_workspace;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Syncline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));

    QVERIFY(m_sqlite.isValid());
    QString error;
    QVERIFY2(m_sqlite.create(QStringLiteral("source.sqlite"), customerTable(s_sourceRows), &error),
        qPrintable(error));
    QVERIFY2(m_sqlite.create(QStringLiteral("target.sqlite"),
                 { QStringLiteral("CREATE TABLE customers ") + s_customerColumns }, &error),
        qPrintable(error));

    m_workspace = m_sqlite.filePath(QStringLiteral("workspace.db"));
    WorkspaceConfig config;
    config.endpoints = {
        sqliteEndpoint(QStringLiteral("crm"), m_sqlite.filePath(QStringLiteral("source.sqlite"))),
        sqliteEndpoint(QStringLiteral("edge"), m_sqlite.filePath(QStringLiteral("target.sqlite")))
    };
    config.mappings = { customersMapping(QStringLiteral("customers"), QStringLiteral("customers")),
        customersMapping(QStringLiteral("invoices"), QStringLiteral("invoices")) };
    config.jobs = { pushJob(s_goodJob, QStringLiteral("customers")),
        pushJob(s_brokenJob, QStringLiteral("invoices")) };
    const Status imported = importConfig(m_workspace, config);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::showWindow(MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(window.isLoaded());
}

void TestMainWindow::emptyWorkspaceShowsEmptyStates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window(dir.path());
    showWindow(window);
    const Testers testers = testModels(window);

    window.showView(MainWindow::View::Jobs);
    auto* stack = window.jobsView()->findChild<QStackedWidget*>(QStringLiteral("jobsStack"));
    auto* empty = window.jobsView()->findChild<EmptyState*>(QStringLiteral("jobsEmptyState"));
    QVERIFY(stack && empty);
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY(empty->text().contains(QStringLiteral("synclinectl import")));
    QVERIFY(empty->text().contains(QStringLiteral("synclinectl demo")));
    QCOMPARE(window.jobsView()->jobListModel()->rowCount(), 0);

    const auto* runNow = window.findChild<QAction*>(QStringLiteral("actionRunNow"));
    const auto* cancel = window.findChild<QAction*>(QStringLiteral("actionCancel"));
    const auto* newAction = window.findChild<QAction*>(QStringLiteral("actionNew"));
    QVERIFY(runNow && cancel && newAction);
    QVERIFY(!runNow->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(newAction->isEnabled()); // a job can be added even to an empty workspace

    QCOMPARE(
        window.conflictsView()->emptyState()->title(), QStringLiteral("No conflicts pending."));
    auto* dashboardEmpty
        = window.dashboardView()->findChild<EmptyState*>(QStringLiteral("emptyState"));
    QVERIFY(dashboardEmpty && dashboardEmpty->isVisibleTo(window.dashboardView()));
    QCOMPARE(dashboardEmpty->title(), QStringLiteral("No jobs yet."));

    // The icons are compiled in and drawn by the SVG plugin (Debian: libqt6svg6).
    QVERIFY(QFile::exists(QStringLiteral(":/icons/syncline.svg")));
    QVERIFY2(!runNow->icon().pixmap(24, 24).isNull(), "no SVG icon engine: install libqt6svg6");
}

void TestMainWindow::sidebarSwitchesViewsByClick()
{
    MainWindow window(m_workspace);
    showWindow(window);
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("viewStack"));
    QVERIFY(sidebar && stack);
    QCOMPARE(sidebar->count(), MainWindow::ViewCount);
    const QStringList titles { QStringLiteral("Dashboard"), QStringLiteral("Endpoints"),
        QStringLiteral("Mappings"), QStringLiteral("Jobs"), QStringLiteral("Runs"),
        QStringLiteral("Conflicts"), QStringLiteral("Audit") };
    // Backwards, so that every click changes the view.
    for (int row = MainWindow::ViewCount - 1; row >= 0; --row) {
        QCOMPARE(sidebarText(window, row), titles[row]);
        const QRect rect = sidebar->visualItemRect(sidebar->item(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(int(window.currentView()), row);
        QCOMPARE(stack->currentWidget(), window.view(MainWindow::View(row)));
    }
}

void TestMainWindow::shortcutsSwitchViews()
{
    MainWindow window(m_workspace);
    showWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int i = MainWindow::ViewCount - 1; i >= 0; --i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(int(window.currentView()), i);
    }

    // Ctrl+N adds to the view shown: a new job in the Jobs view, a new endpoint in Endpoints.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY(!window.jobsView()->selectedJob().isEmpty());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.jobsView()->selectedJob().isEmpty());
    QVERIFY(window.jobsView()->isDirty());
    auto* jobName = window.jobsView()->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QVERIFY(jobName && !jobName->isReadOnly() && jobName->text().isEmpty());

    answerNextMessageBox(QMessageBox::Discard); // leaving the new job asks first
    window.jobsView()->selectJob(s_goodJob);
    QTRY_COMPARE(window.jobsView()->selectedJob(), s_goodJob);
    QVERIFY(!window.jobsView()->isDirty());
    QApplication::setActiveWindow(&window); // back from the message box
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.endpointsView()->selectedEndpoint().isEmpty());
    QVERIFY(window.endpointsView()->isDirty());
}

void TestMainWindow::windowRemembersItsState()
{
    {
        MainWindow window(m_workspace);
        showWindow(window);
        window.resize(1100, 700);
        window.showView(MainWindow::View::Audit);
        QVERIFY(window.close());
    }
    MainWindow again(m_workspace);
    QCOMPARE(again.currentView(), MainWindow::View::Audit);
    QCOMPARE(again.size(), QSize(1100, 700));
}

void TestMainWindow::runNowUpdatesProgressAndAddsRunsRow()
{
    MainWindow window(m_workspace);
    showWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Testers testers = testModels(window);

    window.showView(MainWindow::View::Jobs);
    QVERIFY(window.jobsView()->selectJob(s_goodJob));
    RunHistoryModel* runs = window.runsView()->runHistoryModel();
    const int runsBefore = runs->rowCount();

    auto* runNow = window.findChild<QAction*>(QStringLiteral("actionRunNow"));
    auto* cancel = window.findChild<QAction*>(QStringLiteral("actionCancel"));
    QVERIFY(runNow && cancel);
    QVERIFY(runNow->isEnabled());
    QVERIFY(!cancel->isEnabled());

    QSignalSpy started(window.runController(), &RunController::started);
    QSignalSpy progressed(window.runController(), &RunController::progressed);
    QSignalSpy finished(window.runController(), &RunController::finished);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), s_goodJob);
    // Until the queued finish arrives the job counts as running.
    QVERIFY(!runNow->isEnabled());
    QVERIFY(cancel->isEnabled());
    auto* runningLabel = window.statusBar()->findChild<QLabel*>(QStringLiteral("runningLabel"));
    QVERIFY(runningLabel);
    QVERIFY2(runningLabel->text().contains(s_goodJob), qPrintable(runningLabel->text()));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    const auto report = finished.at(0).at(0).value<RunReport>();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.inserted, qint64(s_sourceRows));
    QVERIFY(progressed.count() >= 1);
    QVERIFY(runNow->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(runningLabel->text(), QStringLiteral("No jobs running"));

    auto* bar = window.jobsView()->findChild<QProgressBar*>(QStringLiteral("progressBar"));
    auto* inserted = window.jobsView()->findChild<QLabel*>(QStringLiteral("insertedValue"));
    auto* progressLabel = window.jobsView()->findChild<QLabel*>(QStringLiteral("progressLabel"));
    QVERIFY(bar && inserted && progressLabel);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(inserted->text(), QLocale().toString(s_sourceRows));
    QVERIFY2(progressLabel->text().contains(QLocale().toString(s_sourceRows)),
        qPrintable(progressLabel->text()));
    QVERIFY2(window.lastNotification().contains(QStringLiteral("customers-push finished")),
        qPrintable(window.lastNotification()));

    // The Runs view reloads from the workspace after the run.
    QTRY_COMPARE(runs->rowCount(), runsBefore + 1);
    // A reload made while the run ran may arrive first; the one after it shows the outcome.
    QTRY_COMPARE(
        runs->index(0, RunHistoryModel::Status).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(runs->index(0, RunHistoryModel::Id).data().toLongLong(), report.runId);
    QCOMPARE(runs->index(0, RunHistoryModel::Job).data().toString(), s_goodJob);
    QCOMPARE(runs->index(0, RunHistoryModel::Inserted).data().toString(),
        QLocale().toString(s_sourceRows));
    JobListModel* jobs = window.jobsView()->jobListModel();
    QTRY_COMPARE(jobs->index(jobs->rowOf(s_goodJob), JobListModel::LastStatus).data().toString(),
        QStringLiteral("Succeeded"));
    QCOMPARE(window.jobsView()->selectedJob(), s_goodJob); // the reload kept the selection

    // Checked on the target itself, not through the engine.
    QString error;
    QCOMPARE(countRows(m_sqlite.filePath(QStringLiteral("target.sqlite")),
                 QStringLiteral("customers"), &error),
        qint64(s_sourceRows));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::failedRunShowsItsError()
{
    MainWindow window(m_workspace);
    showWindow(window);
    const Testers testers = testModels(window);
    window.showView(MainWindow::View::Jobs);
    QVERIFY(window.jobsView()->selectJob(s_brokenJob));
    const int runsBefore = window.runsView()->runHistoryModel()->rowCount();

    QSignalSpy finished(window.runController(), &RunController::finished);
    auto* runButton = window.jobsView()->findChild<QPushButton*>(QStringLiteral("runButton"));
    QVERIFY(runButton && runButton->isEnabled());
    QTest::mouseClick(runButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    const auto report = finished.at(0).at(0).value<RunReport>();
    QCOMPARE(report.status, RunRecord::Status::Failed);
    QVERIFY(!report.error.message.isEmpty());

    const auto* errorLabel = window.jobsView()->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(errorLabel);
    QVERIFY(errorLabel->isVisible());
    QCOMPARE(errorLabel->text(), report.error.message);
    QVERIFY2(window.statusBar()->currentMessage().contains(report.error.message),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.lastNotification().contains(QStringLiteral("missing-table-push failed")),
        qPrintable(window.lastNotification()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    JobListModel* jobs = window.jobsView()->jobListModel();
    const QModelIndex status = jobs->index(jobs->rowOf(s_brokenJob), JobListModel::LastStatus);
    QCOMPARE(status.data().toString(), QStringLiteral("Failed"));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), report.error.message);
    // A run that fails before it begins (its mapping names a missing table) is not recorded.
    if (report.runId > 0) {
        QTRY_COMPARE(window.runsView()->runHistoryModel()->rowCount(), runsBefore + 1);
        QTRY_COMPARE(window.runsView()->runHistoryModel()->index(0, RunHistoryModel::Status).data(),
            QVariant(QStringLiteral("Failed")));
    }
    // The dashboard shows the failure all the same.
    QTRY_VERIFY(!window.dashboardView()->jobTiles().isEmpty());
    for (const JobTile* tile : window.dashboardView()->jobTiles()) {
        if (tile->job() == s_brokenJob)
            QCOMPARE(tile->stateText(), QStringLiteral("Failed"));
    }
}

void TestMainWindow::runsViewFiltersAndReruns()
{
    MainWindow window(m_workspace);
    showWindow(window);
    const Testers testers = testModels(window);
    window.showView(MainWindow::View::Runs);
    RunsView* view = window.runsView();
    RunFilterModel* filter = view->runFilterModel();
    QTRY_VERIFY(view->runHistoryModel()->rowCount() >= 1); // the run of the tests above

    auto* status = view->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    auto* job = view->findChild<QComboBox*>(QStringLiteral("jobFilter"));
    auto* time = view->findChild<QComboBox*>(QStringLiteral("timeFilter"));
    QVERIFY(status && job && time);
    status->setCurrentIndex(status->findText(QStringLiteral("Succeeded")));
    QVERIFY(filter->rowCount() >= 1);
    for (int row = 0; row < filter->rowCount(); ++row)
        QCOMPARE(filter->index(row, RunHistoryModel::Status).data().toString(),
            QStringLiteral("Succeeded"));
    status->setCurrentIndex(status->findText(QStringLiteral("Cancelled")));
    QCOMPARE(filter->rowCount(), 0);
    status->setCurrentIndex(0);
    job->setCurrentIndex(job->findData(s_goodJob));
    QVERIFY(filter->rowCount() >= 1);
    for (int row = 0; row < filter->rowCount(); ++row)
        QCOMPARE(filter->index(row, RunHistoryModel::Job).data().toString(), s_goodJob);
    time->setCurrentIndex(time->findText(QStringLiteral("Last hour")));
    QVERIFY(filter->rowCount() >= 1); // the runs above started moments ago

    // The selected run's details and Re-run, which starts its job again.
    QTRY_VERIFY(view->selectedRun() > 0);
    auto* details = view->findChild<QLabel*>(QStringLiteral("runDetails"));
    QVERIFY(details);
    QTRY_VERIFY2(details->text().contains(QStringLiteral("inserted")), qPrintable(details->text()));
    auto* rerun = view->findChild<QPushButton*>(QStringLiteral("rerunButton"));
    QVERIFY(rerun && rerun->isEnabled());
    QSignalSpy started(window.runController(), &RunController::started);
    QSignalSpy finished(window.runController(), &RunController::finished);
    QTest::mouseClick(rerun, Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), s_goodJob);
    QVERIFY(!rerun->isEnabled()); // its job runs
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    QVERIFY(finished.at(0).at(0).value<RunReport>().succeeded());
}

void TestMainWindow::runFilterModelFiltersByJobStatusAndTime()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto record = [&](qint64 id, const QString& job, RunRecord::Status status, qint64 age,
                            bool dryRun = false) {
        RunRecord run;
        run.id = id;
        run.job = job;
        run.status = status;
        run.dryRun = dryRun;
        run.startedAt = now.addSecs(-age);
        run.finishedAt = run.startedAt.addSecs(3);
        run.seconds = 3;
        return run;
    };
    RunHistoryModel history;
    RunFilterModel filter;
    filter.setSourceModel(&history);
    QAbstractItemModelTester historyTester(
        &history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setRuns({ record(5, QStringLiteral("a"), RunRecord::Status::Running, 10),
        record(4, QStringLiteral("b"), RunRecord::Status::Failed, 600),
        record(3, QStringLiteral("a"), RunRecord::Status::Succeeded, 7200, true),
        record(2, QStringLiteral("a"), RunRecord::Status::Cancelled, 3 * 86400),
        record(1, QStringLiteral("b"), RunRecord::Status::Succeeded, 40 * 86400) });
    const auto ids = [&filter] {
        QList<qint64> out;
        for (int row = 0; row < filter.rowCount(); ++row)
            out.append(filter.index(row, 0).data(RunHistoryModel::RunIdRole).toLongLong());
        return out;
    };
    QCOMPARE(ids(), (QList<qint64> { 5, 4, 3, 2, 1 }));
    filter.setJob(QStringLiteral("a"));
    QCOMPARE(ids(), (QList<qint64> { 5, 3, 2 }));
    filter.setStatus(RunFilterModel::StatusFilter::DryRuns);
    QCOMPARE(ids(), (QList<qint64> { 3 }));
    filter.setJob(QString());
    filter.setStatus(RunFilterModel::StatusFilter::Succeeded);
    QCOMPARE(ids(), (QList<qint64> { 3, 1 }));
    filter.setStatus(RunFilterModel::StatusFilter::Any);
    filter.setStartedSince(now.addSecs(-3600));
    QCOMPARE(ids(), (QList<qint64> { 5, 4 }));
    filter.setStartedSince(now.addSecs(-7 * 86400));
    QCOMPARE(ids(), (QList<qint64> { 5, 4, 3, 2 }));
    filter.setStatus(RunFilterModel::StatusFilter::Running);
    QCOMPARE(ids(), (QList<qint64> { 5 }));
}

void TestMainWindow::quarantinedRowsShowTheDatabaseMessage()
{
    TestSqlite sqlite;
    QString error;
    QVERIFY2(sqlite.create(QStringLiteral("source.sqlite"), customerTable(50), &error),
        qPrintable(error));
    // The target refuses balances of 50 or more: ids 40..50 (balance = id * 1.25).
    QVERIFY2(sqlite.create(QStringLiteral("target.sqlite"),
                 { QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT "
                                  "NULL, email TEXT, balance NUMERIC CHECK (balance < 50), "
                                  "created_at TEXT)") },
                 &error),
        qPrintable(error));
    const QString location = sqlite.filePath(QStringLiteral("workspace.db"));
    WorkspaceConfig config;
    config.endpoints = { sqliteEndpoint(QStringLiteral("crm"),
                             sqlite.filePath(QStringLiteral("source.sqlite"))),
        sqliteEndpoint(QStringLiteral("edge"), sqlite.filePath(QStringLiteral("target.sqlite"))) };
    config.mappings
        = { customersMapping(QStringLiteral("customers"), QStringLiteral("customers")) };
    config.jobs = { pushJob(s_goodJob, QStringLiteral("customers"), 10) };
    QVERIFY(importConfig(location, config).ok());

    MainWindow window(location);
    showWindow(window);
    const Testers testers = testModels(window);
    QSignalSpy finished(window.runController(), &RunController::finished);
    window.startJob(s_goodJob, false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    const auto report = finished.at(0).at(0).value<RunReport>();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.quarantined, qint64(11));

    window.showView(MainWindow::View::Runs);
    RunsView* view = window.runsView();
    QSignalSpy loaded(view, &RunsView::detailsLoaded);
    QTRY_VERIFY(view->selectRun(report.runId));
    QTRY_VERIFY(view->quarantineModel()->rowCount() == 11);
    QuarantineModel* rows = view->quarantineModel();
    QCOMPARE(rows->index(0, QuarantineModel::Key).data().toString().left(3), QStringLiteral("id="));
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString message = rows->index(row, QuarantineModel::Error).data().toString();
        QVERIFY2(message.contains(QStringLiteral("CHECK constraint failed")), qPrintable(message));
    }
    QCOMPARE(countRows(sqlite.filePath(QStringLiteral("target.sqlite")),
                 QStringLiteral("customers"), &error),
        qint64(39));
}

void TestMainWindow::auditViewFilters()
{
    MainWindow window(m_workspace);
    showWindow(window);
    const Testers testers = testModels(window);
    window.showView(MainWindow::View::Audit);
    AuditView* view = window.auditView();
    QTRY_VERIFY(view->auditModel()->rowCount() > 0);
    const int all = view->filterModel()->rowCount();
    QCOMPARE(all, view->auditModel()->rowCount());
    // The import of initTestCase, by the actor it named.
    view->setFilterText(QStringLiteral("job:customers-push"));
    QVERIFY(view->filterModel()->rowCount() >= 1);
    QVERIFY(view->filterModel()->rowCount() < all);
    for (int row = 0; row < view->filterModel()->rowCount(); ++row) {
        QCOMPARE(view->filterModel()->index(row, AuditModel::Actor).data().toString(),
            QStringLiteral("tst"));
    }
    view->setFilterText(QStringLiteral("no such thing anywhere"));
    QCOMPARE(view->filterModel()->rowCount(), 0);
    view->setFilterText(QString());
    QCOMPARE(view->filterModel()->rowCount(), all);
}

void TestMainWindow::dashboardAndConflictsShowTheWorkspace()
{
    MainWindow window(m_workspace);
    showWindow(window);
    window.showView(MainWindow::View::Dashboard);
    DashboardView* dashboard = window.dashboardView();
    QTRY_COMPARE(dashboard->jobTiles().size(), 2);
    QStringList states;
    for (const JobTile* tile : dashboard->jobTiles())
        states.append(tile->job() + QLatin1Char('=') + tile->stateText());
    QVERIFY2(
        states.contains(QStringLiteral("customers-push=Succeeded")), qPrintable(states.join(u' ')));
    QVERIFY(dashboard->runsTile()->value().toInt() >= 2);

    // A click on a tile shows its job.
    JobTile* tile = dashboard->jobTiles().first();
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    QCOMPARE(window.currentView(), MainWindow::View::Jobs);
    QCOMPARE(window.jobsView()->selectedJob(), tile->job());

    // No two-way jobs, so no conflicts, and the page says why.
    QCOMPARE(
        window.conflictsView()->emptyState()->title(), QStringLiteral("No conflicts pending."));
    QVERIFY(
        window.conflictsView()->emptyState()->text().contains(QStringLiteral("no two-way jobs")));
}

void TestMainWindow::mappingEditedInTheDesignerIsSaved()
{
    MainWindow window(m_workspace);
    showWindow(window);
    window.showView(MainWindow::View::Mappings);
    MappingsView* view = window.mappingsView();
    QSignalSpy loaded(view, &MappingsView::mappingLoaded);
    QTRY_VERIFY(window.snapshot().config.mapping(QStringLiteral("customers")));
    QVERIFY(view->selectMapping(QStringLiteral("customers")));
    QTRY_COMPARE(view->loadedMapping(), QStringLiteral("customers"));
    MappingDesigner* designer = view->designer();
    QVERIFY(designer->isVisible());
    // A mapping without fields shows the same-name pairs a run uses, as explicit fields.
    QCOMPARE(designer->mapping().fields.size(), 5);
    auto* save = view->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save && !save->isEnabled());

    designer->selectField(QStringLiteral("email"));
    designer->unmapSelectedField();
    QVERIFY(designer->isModified());
    QVERIFY(save->isEnabled());
    QSignalSpy saved(view, &MappingsView::saved);
    QSignalSpy failed(view, &MappingsView::saveFailed);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() == 1, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!designer->isModified());

    const auto stored = storedConfig(m_workspace);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    const MappingConfig* mapping = stored->mapping(QStringLiteral("customers"));
    QVERIFY(mapping);
    QStringList targets;
    for (const FieldMapping& field : mapping->fields)
        targets.append(field.target);
    QCOMPARE(targets.size(), 4);
    QVERIFY(!targets.contains(QStringLiteral("email")));
    QVERIFY(targets.contains(QStringLiteral("name")));
    // The reload after saving leaves the designer as it is.
    QTRY_VERIFY(!window.snapshotLoader()->isLoading());
    QCOMPARE(designer->mapping().fields.size(), 4);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
