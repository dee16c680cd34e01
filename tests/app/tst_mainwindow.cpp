// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspaceconfig.h"
#include "engine/runcontroller.h"
#include "jobs/joblistmodel.h"
#include "mainwindow.h"
#include "runs/runhistorymodel.h"
#include "store/configrepository.h"
#include "store/workspace.h"
#include "testsqlite.h"
#include "workspacesnapshotloader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Syncline;

namespace {

constexpr int s_sourceRows = 2000;
constexpr int s_runTimeoutMs = 120000;

const auto s_goodJob = QStringLiteral("customers-push");
const auto s_brokenJob = QStringLiteral("missing-table-push");

// Two SQLite endpoints, a mapping with no fields (every target column from the source column
// of the same name) and a push job; a second job reads a table the source does not have.
WorkspaceConfig testConfig(const QString& sourcePath, const QString& targetPath)
{
    WorkspaceConfig config;
    EndpointConfig crm;
    crm.name = QStringLiteral("crm");
    crm.kind = QStringLiteral("sqlite");
    crm.url = QStringLiteral("sqlite://") + sourcePath;
    EndpointConfig edge = crm;
    edge.name = QStringLiteral("edge");
    edge.url = QStringLiteral("sqlite://") + targetPath;
    config.endpoints = { crm, edge };

    MappingConfig customers;
    customers.name = QStringLiteral("customers");
    customers.source = { crm.name, QStringLiteral("customers") };
    customers.target = { edge.name, QStringLiteral("customers") };
    customers.key = { QStringLiteral("id") };
    MappingConfig invoices = customers;
    invoices.name = QStringLiteral("invoices");
    invoices.source.entity = QStringLiteral("invoices");
    config.mappings = { customers, invoices };

    JobConfig push;
    push.name = s_goodJob;
    push.mapping = customers.name;
    push.direction = JobConfig::Direction::Push;
    push.mode = JobConfig::Mode::Incremental;
    push.detect = JobConfig::Detect::Hash;
    JobConfig broken = push;
    broken.name = s_brokenJob;
    broken.mapping = invoices.name;
    config.jobs = { push, broken };
    return config;
}

qint64 countRows(const QString& path, const QString& table, QString* error)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_mainwindow_count_%1").arg(++counter);
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
                rows = query.value(0).toLongLong();
            else
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyWorkspaceSaysHowToStart();
    void runNowSyncsAndShowsCounts();
    void failedRunShowsItsErrorInline();
    void screenshot();

private:
    void saveScreenshot(QWidget& window, const QString& fileName);

    Test::TestSqlite m_sqlite;
    QString m_workspace;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Syncline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();

    QVERIFY(m_sqlite.isValid());
    const QString columns
        = QStringLiteral("(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, "
                         "balance NUMERIC, created_at TEXT)");
    QStringList source { QStringLiteral("CREATE TABLE customers ") + columns };
    for (int id = 1; id <= s_sourceRows; ++id) {
        source.append(QStringLiteral("INSERT INTO customers VALUES (%1, 'Customer %1', "
                                     "'customer%1@example.org', %2, '2024-01-%3T10:00:00Z')")
                          .arg(id)
                          .arg(id * 1.25, 0, 'f', 2)
                          .arg(id % 28 + 1, 2, 10, QLatin1Char('0')));
    }
    QString error;
    QVERIFY2(m_sqlite.create(QStringLiteral("source.sqlite"), source, &error), qPrintable(error));
    QVERIFY2(m_sqlite.create(QStringLiteral("target.sqlite"),
                 { QStringLiteral("CREATE TABLE customers ") + columns }, &error),
        qPrintable(error));

    m_workspace = m_sqlite.filePath(QStringLiteral("workspace.db"));
    const WorkspaceConfig config = testConfig(m_sqlite.filePath(QStringLiteral("source.sqlite")),
        m_sqlite.filePath(QStringLiteral("target.sqlite")));
    {
        auto workspace = Workspace::open(m_workspace);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
        ConfigRepository repository(**workspace);
        const Status imported = repository.import(config, QStringLiteral("tst_mainwindow"));
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    }
}

void TestMainWindow::emptyWorkspaceSaysHowToStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window(dir.path());
    window.resize(1280, 800);
    window.show();

    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("jobsStack"));
    auto* emptyPage = window.findChild<QWidget*>(QStringLiteral("jobsEmptyPage"));
    auto* emptyLabel = window.findChild<QLabel*>(QStringLiteral("emptyLabel"));
    QVERIFY(stack && emptyPage && emptyLabel);
    QTRY_VERIFY(emptyLabel->text().contains(QStringLiteral("synclinectl import")));
    QCOMPARE(stack->currentWidget(), emptyPage);
    QVERIFY(emptyLabel->text().contains(QStringLiteral("synclinectl demo")));
    QCOMPARE(window.jobListModel()->rowCount(), 0);

    const auto* runNow = window.findChild<QAction*>(QStringLiteral("actionRunNow"));
    const auto* cancel = window.findChild<QAction*>(QStringLiteral("actionCancel"));
    QVERIFY(runNow && cancel);
    QVERIFY(!runNow->isEnabled());
    QVERIFY(!cancel->isEnabled());
    // The icons are compiled in and drawn by the SVG plugin (Debian: libqt6svg6).
    QVERIFY(QFile::exists(QStringLiteral(":/icons/syncline.svg")));
    QVERIFY2(!runNow->icon().pixmap(24, 24).isNull(), "no SVG icon engine: install libqt6svg6");
    saveScreenshot(window, QStringLiteral("mainwindow-empty.png"));
}

void TestMainWindow::runNowSyncsAndShowsCounts()
{
    MainWindow window(m_workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    JobListModel* jobs = window.jobListModel();
    RunHistoryModel* runs = window.runHistoryModel();
    QAbstractItemModelTester jobsTester(
        jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester runsTester(
        runs, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTRY_COMPARE(jobs->rowCount(), 2);
    QVERIFY(jobs->rowOf(s_goodJob) >= 0);
    QCOMPARE(runs->rowCount(), 0);
    QVERIFY(window.selectJob(s_goodJob));
    QCOMPARE(window.selectedJob(), s_goodJob);

    auto* runNow = window.findChild<QAction*>(QStringLiteral("actionRunNow"));
    auto* cancel = window.findChild<QAction*>(QStringLiteral("actionCancel"));
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(runNow && cancel && toolBar);
    QVERIFY(runNow->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QWidget* runButton = toolBar->widgetForAction(runNow);
    QVERIFY(runButton);

    QSignalSpy started(window.runController(), &RunController::started);
    QSignalSpy finished(window.runController(), &RunController::finished);
    QTest::mouseClick(runButton, Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), s_goodJob);
    // Until the queued finish arrives the job counts as running.
    QVERIFY(!runNow->isEnabled());
    QVERIFY(cancel->isEnabled());
    QVERIFY(window.statusBar()->findChildren<QLabel*>().size() >= 2);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    const auto report = finished.at(0).at(0).value<RunReport>();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.job, s_goodJob);
    QCOMPARE(report.counts.inserted, qint64(s_sourceRows));

    QVERIFY(runNow->isEnabled());
    QVERIFY(!cancel->isEnabled());

    const auto* bar = window.findChild<QProgressBar*>(QStringLiteral("progressBar"));
    const auto* inserted = window.findChild<QLabel*>(QStringLiteral("insertedValue"));
    const auto* progressLabel = window.findChild<QLabel*>(QStringLiteral("progressLabel"));
    QVERIFY(bar && inserted && progressLabel);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(inserted->text(), QLocale().toString(s_sourceRows));
    QVERIFY2(progressLabel->text().contains(QLocale().toString(s_sourceRows)),
        qPrintable(progressLabel->text()));

    // The history reloads from the workspace after the run.
    QTRY_COMPARE(runs->rowCount(), 1);
    QCOMPARE(runs->index(0, RunHistoryModel::Id).data().toLongLong(), report.runId);
    QCOMPARE(runs->index(0, RunHistoryModel::Job).data().toString(), s_goodJob);
    QCOMPARE(
        runs->index(0, RunHistoryModel::Status).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(runs->index(0, RunHistoryModel::Inserted).data().toString(),
        QLocale().toString(s_sourceRows));
    const int row = jobs->rowOf(s_goodJob);
    QTRY_COMPARE(
        jobs->index(row, JobListModel::LastStatus).data().toString(), QStringLiteral("Succeeded"));
    QVERIFY(!jobs->index(row, JobListModel::LastRun).data().toString().isEmpty());
    QCOMPARE(window.selectedJob(), s_goodJob); // the reload kept the selection

    // Checked on the target itself, not through the engine.
    QString error;
    QCOMPARE(countRows(m_sqlite.filePath(QStringLiteral("target.sqlite")),
                 QStringLiteral("customers"), &error),
        qint64(s_sourceRows));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::failedRunShowsItsErrorInline()
{
    MainWindow window(m_workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester jobsTester(
        window.jobListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester runsTester(
        window.runHistoryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(window.jobListModel()->rowCount(), 2);
    const int runsBefore = window.runHistoryModel()->rowCount();
    QVERIFY(window.selectJob(s_brokenJob));

    QSignalSpy finished(window.runController(), &RunController::finished);
    window.findChild<QAction*>(QStringLiteral("actionRunNow"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    const auto report = finished.at(0).at(0).value<RunReport>();
    QCOMPARE(report.status, RunRecord::Status::Failed);
    QVERIFY(!report.error.message.isEmpty());

    const auto* errorLabel = window.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(errorLabel);
    QVERIFY(errorLabel->isVisible());
    QCOMPARE(errorLabel->text(), report.error.message);
    QVERIFY2(window.statusBar()->currentMessage().contains(report.error.message),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    const QModelIndex status = window.jobListModel()->index(
        window.jobListModel()->rowOf(s_brokenJob), JobListModel::LastStatus);
    QCOMPARE(status.data().toString(), QStringLiteral("Failed"));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), report.error.message);

    if (report.runId > 0) {
        QTRY_COMPARE(window.runHistoryModel()->rowCount(), runsBefore + 1);
        QCOMPARE(window.runHistoryModel()->index(0, RunHistoryModel::Status).data().toString(),
            QStringLiteral("Failed"));
    }
    // The reload keeps showing the error.
    QTRY_VERIFY(!window.snapshotLoader()->isLoading());
    QCOMPARE(errorLabel->text(), report.error.message);
    QCOMPARE(status.data().toString(), QStringLiteral("Failed"));
    saveScreenshot(window, QStringLiteral("mainwindow-failed.png"));
}

void TestMainWindow::screenshot()
{
    MainWindow window(m_workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.jobListModel()->rowCount(), 2);
    QVERIFY(window.selectJob(s_goodJob));
    saveScreenshot(window, QStringLiteral("mainwindow.png"));
}

void TestMainWindow::saveScreenshot(QWidget& window, const QString& fileName)
{
    // ctest sets SYNCLINE_BINARY_DIR; run by hand, the screenshots land in the working dir.
    const QString binaryDir = qEnvironmentVariable("SYNCLINE_BINARY_DIR", QDir::currentPath());
    const QString dir = binaryDir + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QLatin1Char('/') + fileName;
    // Let pending layout requests run, as they would before the window paints.
    QCoreApplication::sendPostedEvents();
    QVERIFY2(window.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
