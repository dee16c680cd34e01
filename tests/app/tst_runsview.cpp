// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/runfiltermodel.h"
#include "runs/runhistorymodel.h"
#include "runs/runsview.h"
#include "store/runrepository.h"
#include "store/workspace.h"
#include "workspacesnapshot.h"
#include "workspacetasks.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Syncline;

namespace {

constexpr int s_runs = 5000;
constexpr int s_timeoutMs = 30000;

} // namespace

// The Runs page reads the history page by page from the store, with the filters in the
// store's query: a workspace of 5,000 runs shows the first page, loads more as the table
// scrolls, and a filter shows exactly the store's matching runs.
class TestRunsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyLoadsLazilyAndFiltersInTheStore();
    void selectingAnOlderRunReadsOnUntilItIsLoaded();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Workspace> m_workspace;
};

void TestRunsView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = m_dir.filePath(QStringLiteral("workspace.db"));
    auto workspace = Workspace::open(m_location);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
    m_workspace = std::move(workspace).value();
    QSqlDatabase db = m_workspace->database();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO runs (job, status, dry_run, started_at, "
                                          "finished_at, inserted) VALUES (?, ?, 0, ?, ?, ?)")));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    for (int i = 0; i < s_runs; ++i) {
        insert.addBindValue(i % 4 == 0 ? QStringLiteral("beta") : QStringLiteral("alpha"));
        insert.addBindValue(i % 10 == 3 ? QStringLiteral("failed") : QStringLiteral("succeeded"));
        const QDateTime at = start.addSecs(qint64(i) * 120);
        insert.addBindValue(at.toString(Qt::ISODateWithMs));
        insert.addBindValue(at.addSecs(2).toString(Qt::ISODateWithMs));
        insert.addBindValue(i);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(db.commit());
}

void TestRunsView::historyLoadsLazilyAndFiltersInTheStore()
{
    WorkspaceTasks tasks(m_location);
    RunsView view(&tasks);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RunHistoryModel* history = view.runHistoryModel();
    // (The model testers come last: they call fetchMore() themselves.)
    WorkspaceSnapshot snapshot;
    snapshot.location = m_location;
    auto recent = RunRepository(*m_workspace).list(QString(), 10);
    QVERIFY(recent);
    snapshot.runs = *recent;
    view.showSnapshot(snapshot);
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), s_timeoutMs);
    // One page, not the whole history; the count comes from the store.
    QCOMPARE(history->rowCount(), 200);
    QCOMPARE(history->matchingCount(), qint64(s_runs));
    QVERIFY(history->canFetchMore());
    auto* count = view.findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(count);
    QVERIFY2(count->text().contains(QStringLiteral("of")), qPrintable(count->text()));
    QTRY_VERIFY(view.selectedRun() > 0);
    QCOMPARE(view.selectedRun(), qint64(s_runs)); // the newest

    // Scrolling to the end loads the next page, without gaps or repeats.
    auto* table = view.findChild<QTableView*>(QStringLiteral("runsTable"));
    QVERIFY(table);
    table->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= 400, s_timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), s_timeoutMs);
    for (int row = 1; row < history->rowCount(); ++row)
        QCOMPARE(history->run(row)->id, history->run(row - 1)->id - 1);

    // The job filter is the store's: every run of beta, counted by the store.
    auto* job = view.findChild<QComboBox*>(QStringLiteral("jobFilter"));
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(job && status);
    const int beta = job->findData(QStringLiteral("beta"));
    QVERIFY(beta > 0);
    job->setCurrentIndex(beta);
    QVERIFY(history->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), s_timeoutMs);
    QCOMPARE(history->matchingCount(), qint64(s_runs / 4));
    QCOMPARE(history->rowCount(), 200);
    for (int row = 0; row < history->rowCount(); ++row)
        QCOMPARE(history->run(row)->job, QStringLiteral("beta"));
    while (history->canFetchMore()) {
        history->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), s_timeoutMs);
    }
    QCOMPARE(history->rowCount(), s_runs / 4);
    QCOMPARE(view.runFilterModel()->rowCount(), s_runs / 4);

    // Status and job together.
    status->setCurrentIndex(status->findText(QStringLiteral("Failed")));
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), s_timeoutMs);
    // i % 4 == 0 and i % 10 == 3 never meet: beta never failed.
    QCOMPARE(history->matchingCount(), 0);
    QCOMPARE(history->rowCount(), 0);
    job->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), s_timeoutMs);
    QCOMPARE(history->matchingCount(), qint64(s_runs / 10));
    for (int row = 0; row < history->rowCount(); ++row)
        QCOMPARE(history->run(row)->status, RunRecord::Status::Failed);

    QAbstractItemModelTester tester(
        history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        view.runFilterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), s_timeoutMs);
}

// The Dashboard opens the run behind a clicked point, often weeks old: far past the first page.
void TestRunsView::selectingAnOlderRunReadsOnUntilItIsLoaded()
{
    WorkspaceTasks tasks(m_location);
    RunsView view(&tasks);
    view.resize(1200, 700);
    view.show();
    RunHistoryModel* history = view.runHistoryModel();
    WorkspaceSnapshot snapshot;
    snapshot.location = m_location;
    view.showSnapshot(snapshot);
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), s_timeoutMs);
    QCOMPARE(history->rowCount(), 200);
    QTRY_COMPARE(view.selectedRun(), qint64(s_runs));

    const qint64 old = 7; // the 7th oldest of all: on the last page
    QVERIFY(!view.selectRun(old)); // not loaded yet
    QTRY_COMPARE_WITH_TIMEOUT(view.selectedRun(), old, s_timeoutMs);
    QVERIFY(history->rowCount() > s_runs - 200);
}

QTEST_MAIN(TestRunsView)
#include "tst_runsview.moc"
