// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletestsupport.h"
#include "engine/runcontroller.h"
#include "jobs/jobeditor.h"
#include "jobs/joblistmodel.h"
#include "jobs/jobsview.h"
#include "jobs/plannedchangesmodel.h"
#include "mainwindow.h"
#include "runs/runhistorymodel.h"
#include "runs/runsview.h"
#include "store/leaserepository.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

constexpr int s_sourceRows = 2000;
constexpr int s_bigRows = 300000;
constexpr int s_bigBatch = 1000;
constexpr int s_runTimeoutMs = 180000;
constexpr int s_taskTimeoutMs = 30000;

const auto s_customersJob = QStringLiteral("customers-push");
const auto s_bigJob = QStringLiteral("big-push");

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

void selectData(QComboBox* combo, const QString& data)
{
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

class TestJobsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editorSavesAChange();
    void newJobIsSaved();
    void dryRunShowsPlannedChangesAndWritesNothing();
    void cancelStopsALongRunBetweenBatches();
    void twoJobsRunAtOnce();
    void runNowRefusedWhileLeaseHeld();

private:
    JobsView* view() const { return m_window->jobsView(); }
    QString target(const char* file) const { return m_sqlite.filePath(QLatin1String(file)); }
    void pressSave();
    void saveScreenshot(const QString& fileName);

    TestSqlite m_sqlite;
    QString m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestJobsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Syncline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_jobsview"));
    QSettings().clear();

    QVERIFY(m_sqlite.isValid());
    QString error;
    QStringList source = customerTable(s_sourceRows);
    source.append(customerTable(s_bigRows, QStringLiteral("big")));
    QVERIFY2(m_sqlite.create(QStringLiteral("source.sqlite"), source, &error), qPrintable(error));
    for (const char* file : { "target.sqlite", "big-target.sqlite" }) {
        QVERIFY2(m_sqlite.create(QLatin1String(file),
                     { QStringLiteral("CREATE TABLE customers ") + s_customerColumns }, &error),
            qPrintable(error));
    }

    m_workspace = m_sqlite.filePath(QStringLiteral("workspace.db"));
    WorkspaceConfig config;
    config.endpoints = { sqliteEndpoint(QStringLiteral("crm"), target("source.sqlite")),
        sqliteEndpoint(QStringLiteral("edge"), target("target.sqlite")),
        sqliteEndpoint(QStringLiteral("bigedge"), target("big-target.sqlite")) };
    MappingConfig big = customersMapping(QStringLiteral("big"), QStringLiteral("big"));
    big.target.endpoint = QStringLiteral("bigedge");
    config.mappings
        = { customersMapping(QStringLiteral("customers"), QStringLiteral("customers")), big };
    config.jobs = { pushJob(s_customersJob, QStringLiteral("customers")),
        pushJob(s_bigJob, QStringLiteral("big"), s_bigBatch) };
    const Status imported = importConfig(m_workspace, config);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
}

void TestJobsView::init()
{
    m_window = std::make_unique<MainWindow>(m_workspace);
    for (QAbstractItemModel* model :
        std::initializer_list<QAbstractItemModel*> { view()->jobListModel(),
            view()->plannedChangesModel(), m_window->runsView()->runHistoryModel() }) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(m_window->isLoaded());
    m_window->showView(MainWindow::View::Jobs);
    QTRY_VERIFY(view()->jobListModel()->rowOf(s_customersJob) >= 0);
}

void TestJobsView::cleanup()
{
    m_testers.clear();
    m_window.reset();
}

void TestJobsView::pressSave()
{
    auto* save = child<QPushButton>(view(), "saveButton");
    QVERIFY(save && save->isEnabled());
    QSignalSpy saved(view(), &JobsView::saved);
    QSignalSpy failed(view(), &JobsView::saveFailed);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() == 1, s_taskTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QTRY_COMPARE(view()->selectedJob(), saved.at(0).at(0).toString());
}

void TestJobsView::saveScreenshot(const QString& fileName)
{
    // ctest sets SYNCLINE_BINARY_DIR; run by hand, the screenshots land in the working dir.
    const QString dir = qEnvironmentVariable("SYNCLINE_BINARY_DIR", QDir::currentPath())
        + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + fileName));
}

void TestJobsView::editorSavesAChange()
{
    QVERIFY(view()->selectJob(s_customersJob));
    JobEditor* editor = view()->editor();
    QVERIFY(editor->isEnabled());
    QCOMPARE(editor->job().name, s_customersJob);
    auto* save = child<QPushButton>(view(), "saveButton");
    QVERIFY(!save->isEnabled()); // nothing changed yet

    child<QSpinBox>(editor, "batchSpin")->setValue(250);
    selectData(child<QComboBox>(editor, "modeCombo"), QStringLiteral("full"));
    selectData(child<QComboBox>(editor, "deletesCombo"), QStringLiteral("ignore"));
    // The change column only counts for timestamp and version detection.
    QVERIFY(!child<QComboBox>(editor, "changeColumnCombo")->isEnabled());
    selectData(child<QComboBox>(editor, "detectCombo"), QStringLiteral("timestamp"));
    QVERIFY(child<QComboBox>(editor, "changeColumnCombo")->isEnabled());
    QVERIFY(!editor->problem().isEmpty()); // it needs a change column now
    selectData(child<QComboBox>(editor, "detectCombo"), QStringLiteral("hash"));
    QVERIFY(view()->isDirty());
    saveScreenshot(QStringLiteral("jobs-settings.png"));
    pressSave();

    auto stored = storedConfig(m_workspace);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    const JobConfig* job = stored->job(s_customersJob);
    QVERIFY(job);
    QCOMPARE(job->batch, 250);
    QCOMPARE(job->mode, JobConfig::Mode::Full);
    QCOMPARE(job->deletes, JobConfig::Deletes::Ignore);
    QCOMPARE(job->detect, JobConfig::Detect::Hash);
    QCOMPARE(job->mapping, QStringLiteral("customers"));
    QVERIFY(!view()->isDirty());
    QVERIFY(!save->isEnabled());
    JobListModel* jobs = view()->jobListModel();
    QTRY_COMPARE(jobs->index(jobs->rowOf(s_customersJob), JobListModel::Mode).data().toString(),
        QStringLiteral("full"));
}

void TestJobsView::newJobIsSaved()
{
    m_window->findChild<QAction*>(QStringLiteral("actionNew"))->trigger();
    JobEditor* editor = view()->editor();
    QVERIFY(editor->isNew());
    QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("customers-nightly"));
    selectData(child<QComboBox>(editor, "mappingCombo"), QStringLiteral("customers"));
    selectData(child<QComboBox>(editor, "deletesCombo"), QStringLiteral("soft-delete"));
    QVERIFY(!editor->problem().isEmpty());
    child<QComboBox>(editor, "softDeleteCombo")->setCurrentText(QStringLiteral("deleted"));
    QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
    pressSave();

    auto stored = storedConfig(m_workspace);
    QVERIFY(stored.ok());
    const JobConfig* job = stored->job(QStringLiteral("customers-nightly"));
    QVERIFY(job);
    QCOMPARE(job->mapping, QStringLiteral("customers"));
    QCOMPARE(job->deletes, JobConfig::Deletes::SoftDelete);
    QCOMPARE(job->softDeleteColumn, QStringLiteral("deleted"));

    QSignalSpy removed(view(), &JobsView::removed);
    answerNextMessageBox(QMessageBox::Yes);
    m_window->findChild<QAction*>(QStringLiteral("actionDelete"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, s_taskTimeoutMs);
    stored = storedConfig(m_workspace);
    QVERIFY(stored.ok());
    QVERIFY(!stored->job(QStringLiteral("customers-nightly")));
}

void TestJobsView::dryRunShowsPlannedChangesAndWritesNothing()
{
    QVERIFY(view()->selectJob(s_customersJob));
    const int runsBefore = m_window->runsView()->runHistoryModel()->rowCount();
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    QTest::mouseClick(child<QPushButton>(view(), "dryRunButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    const auto report = finished.at(0).at(0).value<RunReport>();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QVERIFY(report.dryRun);
    QCOMPARE(report.plannedTotal, qint64(s_sourceRows));

    // The planned changes are shown, first of all.
    auto* tabs = child<QTabWidget>(view(), "detailTabs");
    QCOMPARE(tabs->currentWidget(), child<QWidget>(view(), "plannedTab"));
    PlannedChangesModel* planned = view()->plannedChangesModel();
    QCOMPARE(planned->changeCount(), int(report.planned.size()));
    QVERIFY(planned->changeCount() > 0);
    QCOMPARE(
        planned->index(0, PlannedChangesModel::Change).data().toString(), QStringLiteral("Insert"));
    QCOMPARE(planned->index(0, PlannedChangesModel::Key).data().toString(), QStringLiteral("id=1"));
    // One child per field written, with its value.
    const QModelIndex first = planned->index(0, 0);
    QCOMPARE(planned->rowCount(first), 5);
    QStringList fields;
    for (int row = 0; row < planned->rowCount(first); ++row)
        fields.append(planned->index(row, PlannedChangesModel::Change, first).data().toString());
    QVERIFY(fields.contains(QStringLiteral("email")));
    const int email = int(fields.indexOf(QStringLiteral("email")));
    QCOMPARE(planned->index(email, PlannedChangesModel::After, first).data().toString(),
        QStringLiteral("customer1@example.org"));
    const QString summary = child<QLabel>(view(), "plannedSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("nothing was written")), qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().toString(s_sourceRows)), qPrintable(summary));

    // Nothing written, checked on the target itself.
    QString error;
    QCOMPARE(countRows(target("target.sqlite"), QStringLiteral("customers"), &error), qint64(0));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    RunHistoryModel* runs = m_window->runsView()->runHistoryModel();
    QTRY_COMPARE(runs->rowCount(), runsBefore + 1);
    // A reload made while the run ran may arrive first; the one after it shows the outcome.
    QTRY_COMPARE(runs->index(0, RunHistoryModel::Status).data().toString(),
        QStringLiteral("Succeeded (dry run)"));
}

void TestJobsView::cancelStopsALongRunBetweenBatches()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(view()->selectJob(s_bigJob));
    QSignalSpy progressed(m_window->runController(), &RunController::progressed);
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(view()->isRunning(s_bigJob));

    // Wait until rows flow, then cancel with Esc.
    const auto rowsRead = [&progressed] {
        qint64 rows = 0;
        for (const QList<QVariant>& signal : std::as_const(progressed))
            rows = qMax(rows, signal.at(0).value<RunProgress>().processed);
        return rows;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowsRead() > 0 || !finished.isEmpty(), s_runTimeoutMs);
    QVERIFY2(finished.isEmpty(), "the run ended before it could be cancelled");
    auto* bar = child<QProgressBar>(view(), "progressBar");
    QVERIFY(bar->maximum() > 0);
    QVERIFY(bar->value() > 0);
    QVERIFY2(child<QLabel>(view(), "progressLabel")->text().contains(QStringLiteral("rows/s")),
        qPrintable(child<QLabel>(view(), "progressLabel")->text()));
    auto* cancel = m_window->findChild<QAction*>(QStringLiteral("actionCancel"));
    QVERIFY(cancel->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Cancelling")),
        qPrintable(m_window->statusBar()->currentMessage()));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    const auto report = finished.at(0).at(0).value<RunReport>();
    QCOMPARE(report.status, RunRecord::Status::Cancelled);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(m_window->lastNotification().contains(QStringLiteral("cancelled")));

    // Whole batches only, checked on the target itself.
    QString error;
    const qint64 written
        = countRows(target("big-target.sqlite"), QStringLiteral("customers"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(written % s_bigBatch == 0, qPrintable(QString::number(written)));
    QVERIFY2(written < s_bigRows, qPrintable(QString::number(written)));
    QCOMPARE(written, report.counts.inserted);
    RunHistoryModel* runs = m_window->runsView()->runHistoryModel();
    QTRY_COMPARE(
        runs->index(0, RunHistoryModel::Status).data().toString(), QStringLiteral("Cancelled"));
}

void TestJobsView::twoJobsRunAtOnce()
{
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    m_window->startJob(s_bigJob, false);
    m_window->startJob(s_customersJob, false);
    QCOMPARE(m_window->runController()->runningJobs().size(), 2);
    auto* running = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("runningLabel"));
    QVERIFY(running->text().contains(s_bigJob));
    QVERIFY(running->text().contains(s_customersJob));
    QTRY_VERIFY_WITH_TIMEOUT(!view()->isRunning(s_customersJob), s_runTimeoutMs);
    m_window->cancelJob(s_bigJob);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, s_runTimeoutMs);
    for (const QList<QVariant>& signal : std::as_const(finished)) {
        const auto report = signal.at(0).value<RunReport>();
        if (report.job == s_customersJob)
            QVERIFY2(report.succeeded(), qPrintable(report.error.message));
        else
            QVERIFY(report.status == RunRecord::Status::Cancelled || report.succeeded());
    }
    QString error;
    QCOMPARE(countRows(target("target.sqlite"), QStringLiteral("customers"), &error),
        qint64(s_sourceRows));
}

// Run now takes the job's lease like a scheduled fire: while another holder (a scheduler)
// has it, the run is refused and the view says who holds the job; nothing is written.
void TestJobsView::runNowRefusedWhileLeaseHeld()
{
    const QString holder = QStringLiteral("elsewhere:4242:scheduler");
    auto workspace = Workspace::open(m_workspace);
    QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
    LeaseRepository leases(**workspace);
    QCOMPARE(leases.claim(s_customersJob, holder, 600000).value(), true);

    QVERIFY(view()->selectJob(s_customersJob));
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    QTest::mouseClick(child<QPushButton>(view(), "runButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, s_runTimeoutMs);
    const auto report = finished.at(0).at(0).value<RunReport>();
    QCOMPARE(report.status, RunRecord::Status::Failed);
    QCOMPARE(report.runId, 0);
    QVERIFY2(report.error.message.contains(holder), qPrintable(report.error.message));
    auto* message = child<QLabel>(view(), "messageLabel");
    QVERIFY2(message->text().contains(holder), qPrintable(message->text()));
    QCOMPARE(leases.get(s_customersJob).value()->holder, holder);
    QVERIFY(leases.release(s_customersJob, holder).ok());
}

QTEST_MAIN(TestJobsView)
#include "tst_jobsview.moc"
