// SPDX-License-Identifier: GPL-3.0-or-later
// The Conflicts view, offscreen: the list of a real two-way job's pending conflicts, filters
// that re-query the store, bulk resolve through the UI (checked in both databases), the
// sidebar count, snoozing, and a queue of 100,000 loaded page by page.
#include "audit/auditview.h"
#include "conflicts/conflictdetailpanel.h"
#include "conflicts/conflictlistmodel.h"
#include "conflicts/conflictsview.h"
#include "consoletestsupport.h"
#include "mainwindow.h"
#include "twowaysetup.h"
#include "workspacetasks.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

using Side = TwoWaySetup::Side;

const TableSpec& itemsTable()
{
    static const TableSpec table { QStringLiteral("items"),
        { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
            ColumnSpec { QStringLiteral("a"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("b"), ValueKind::Integer, false, {} } } };
    return table;
}

// `count` rows edited differently on both sides: one pending conflict each.
bool makeConflicts(TwoWaySetup& setup, int count, QString* error)
{
    QList<QVariantList> rows;
    for (int id = 1; id <= count; ++id)
        rows.append({ QVariant(qlonglong(id)), QStringLiteral("a %1").arg(id), QVariant(id) });
    if (!setup.prepare(itemsTable(), rows, rows,
            { { QStringLiteral("conflicts"), QStringLiteral("manual") } }, error))
        return false;
    if (setup.run().status != RunRecord::Status::Succeeded)
        return false;
    return setup.exec(Side::Source, { QStringLiteral("UPDATE items SET a = 'src ' || id") }, error)
        && setup.exec(Side::Target, { QStringLiteral("UPDATE items SET a = 'tgt ' || id") }, error)
        && setup.run().status == RunRecord::Status::Succeeded;
}

QString sidebarText(MainWindow& window)
{
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    return sidebar ? sidebar->item(int(MainWindow::View::Conflicts))->text() : QString();
}

} // namespace

class ConflictsViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("syncline-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_conflictsview"));
    }

    void listFiltersBulkResolveAndSidebarCount()
    {
        TwoWaySetup setup;
        QString error;
        QVERIFY2(makeConflicts(setup, 30, &error), qPrintable(error));

        MainWindow window(setup.workspace->location());
        window.resize(1280, 800);
        window.show();
        window.showView(MainWindow::View::Conflicts);
        ConflictsView* view = window.conflictsView();
        ConflictListModel* model = view->listModel();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 30, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->matchingCount(), 30, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sidebarText(window), QStringLiteral("Conflicts (30)"), 20000);
        const QModelIndex first = model->index(0, ConflictListModel::Key);
        QCOMPARE(model->index(0, ConflictListModel::Job).data().toString(), QStringLiteral("job"));
        QVERIFY2(first.data().toString().contains(QStringLiteral("1")),
            qPrintable(first.data().toString()));
        QCOMPARE(model->index(0, ConflictListModel::Kind).data().toString(),
            QStringLiteral("update/update"));
        QCOMPARE(model->index(0, ConflictListModel::Fields).data().toString(), QStringLiteral("a"));

        // The key search re-queries the store: keys with a "2" in them (2, 12, 20..29).
        ConflictFilter filter;
        filter.keySearch = QStringLiteral("2");
        view->setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(model->matchingCount(), 12, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 20000);
        filter.keySearch.clear();
        filter.kind = QStringLiteral("insert/insert");
        view->setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(model->matchingCount(), 0, 20000);
        QCOMPARE(model->rowCount(), 0);
        view->setFilter(ConflictFilter());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 30, 20000);

        // Next / previous move the selection, with their shortcuts shown.
        QTRY_VERIFY_WITH_TIMEOUT(view->conflictTable()->currentIndex().isValid(), 20000);
        QCOMPARE(view->conflictTable()->currentIndex().row(), 0);
        QVERIFY(view->nextAction()->toolTip().contains(QStringLiteral("Alt+Down")));
        view->nextAction()->trigger();
        QCOMPARE(view->conflictTable()->currentIndex().row(), 1);
        view->previousAction()->trigger();
        QCOMPARE(view->conflictTable()->currentIndex().row(), 0);
        // The keys themselves, in the list and in the detail panel beside it, which has an
        // Alt+Down of its own: neither may make the other's ambiguous.
        window.activateWindow();
        view->conflictTable()->setFocus();
        QTest::keyClick(view->conflictTable(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->conflictTable()->currentIndex().row(), 1);
        auto* panel = view->findChild<ConflictDetailPanel*>();
        QVERIFY(panel);
        panel->fieldTable()->setFocus();
        QTest::keyClick(panel->fieldTable(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->conflictTable()->currentIndex().row(), 2);
        QTest::keyClick(panel->fieldTable(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(view->conflictTable()->currentIndex().row(), 1);
        view->previousAction()->trigger();
        QCOMPARE(view->conflictTable()->currentIndex().row(), 0);

        // Bulk: the first ten, taking the source, through the action and its confirmation.
        QItemSelection selection(
            model->index(0, 0), model->index(9, ConflictListModel::ColumnCount - 1));
        view->conflictTable()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(view->selectedIds().size(), 10);
        const QList<qint64> resolvedIds = view->selectedIds();
        QSignalSpy finished(view, &ConflictsView::bulkFinished);
        QAction* takeSource = nullptr;
        for (QAction* action : view->conflictTable()->actions()) {
            if (action->text() == QStringLiteral("Take source for all selected"))
                takeSource = action;
        }
        QVERIFY(takeSource && takeSource->isEnabled());
        answerNextMessageBox(QMessageBox::Yes);
        takeSource->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QCOMPARE(view->lastBulkOutcome().resolved, resolvedIds);
        QVERIFY(view->lastBulkOutcome().failures.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sidebarText(window), QStringLiteral("Conflicts (20)"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 20, 20000);

        // Both databases hold the source's values for those rows, the others still differ.
        const auto source = setup.rows(Side::Source, &error);
        const auto target = setup.rows(Side::Target, &error);
        QVERIFY2(source && target, qPrintable(error));
        int settled = 0;
        for (int id = 1; id <= 30; ++id) {
            const QString key = QString::number(id);
            if (target->value(key).value(1) == quoteText(QStringLiteral("src %1").arg(id))) {
                QCOMPARE(source->value(key), target->value(key));
                ++settled;
            }
        }
        QCOMPARE(settled, 10);
        const auto audit = setup.audit(QStringLiteral("conflict.resolve"), &error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(audit->size(), 10);

        // The Audit view lists the resolutions on their own.
        window.auditView()->setActionFilter(QStringLiteral("conflict.resolve"));
        QTRY_COMPARE_WITH_TIMEOUT(window.auditView()->filterModel()->rowCount(), 10, 20000);

        // Snooze the current one: it leaves the list and the count.
        view->conflictTable()->selectRow(0);
        view->snoozeAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(sidebarText(window), QStringLiteral("Conflicts (19)"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 19, 20000);
        filter = ConflictFilter();
        filter.snoozed = ConflictFilter::Snoozed::Include;
        view->setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 20, 20000);
        view->conflictTable()->selectRow(0);
        view->unsnoozeAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(sidebarText(window), QStringLiteral("Conflicts (20)"), 20000);
    }

    void selectAllMatchingResolvesByTarget()
    {
        TwoWaySetup setup;
        QString error;
        QVERIFY2(makeConflicts(setup, 250, &error), qPrintable(error));
        WorkspaceTasks tasks(setup.workspace->location());
        ConflictsView view(&tasks);
        view.resize(1200, 700);
        view.show();
        WorkspaceSnapshot snapshot;
        snapshot.location = setup.workspace->location();
        view.showSnapshot(snapshot);
        ConflictListModel* model = view.listModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->matchingCount(), 250, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), ConflictListModel::PageSize, 20000);

        // Only ids above 100 (keys id=101..250 contain... use the key search on a digit run).
        view.setSelectAllMatching(true);
        QSignalSpy finished(&view, &ConflictsView::bulkFinished);
        BulkDecision decision;
        decision.by = BulkDecision::By::Target;
        view.resolveSelection(decision);
        QVERIFY(finished.wait(120000));
        QCOMPARE(view.lastBulkOutcome().resolved.size(), 250); // the unloaded ones too
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingCount(), 0, 20000);
        const auto source = setup.rows(Side::Source, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(
            source->value(QStringLiteral("250")).value(1), quoteText(QStringLiteral("tgt 250")));
        QCOMPARE(setup.convergenceProblem(), QString());
    }

    void hundredThousandLoadLazily()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString location = dir.filePath(QStringLiteral("workspace.db"));
        {
            auto workspace = Workspace::open(location);
            QVERIFY2(workspace, qPrintable(workspace.error().message));
        }
        {
            // Straight into the queue, as 100,000 parked conflicts of a run would be.
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
            db.setDatabaseName(location);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(
                query.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "100000) "
                    "INSERT INTO conflicts (job, entity, key, key_text, kind, fields, base, "
                    "source, "
                    "target, detected_at, updated_at, status) SELECT CASE WHEN i % 2 THEN 'crm' "
                    "ELSE "
                    "'erp' END, 'customers -> customers', CAST(i AS BLOB), 'id=' || i, "
                    "'update/update', '[\"name\"]', '{}', '{}', '{}', "
                    "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'pending' FROM n")),
                qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));

        WorkspaceTasks tasks(location);
        ConflictsView view(&tasks);
        view.resize(1200, 700);
        view.show();
        ConflictListModel* model = view.listModel();
        // No QAbstractItemModelTester here: it would fetch every page (the first test has one).
        WorkspaceSnapshot snapshot;
        snapshot.location = location;
        view.showSnapshot(snapshot);
        QTRY_COMPARE_WITH_TIMEOUT(model->matchingCount(), 100000, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), ConflictListModel::PageSize, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingCount(), 100000, 30000);

        // Scrolling to the end asks for one more page at a time, never for everything.
        QTableView* table = view.conflictTable();
        for (int pages = 2; pages <= 5; ++pages) {
            table->scrollToBottom();
            QTRY_COMPARE_WITH_TIMEOUT(
                model->rowCount(), pages * ConflictListModel::PageSize, 30000);
        }
        QVERIFY(model->rowCount() < 100000);
        QVERIFY(model->canFetchMore());
        QCOMPARE(model->conflict(model->rowCount() - 1)->keyText,
            QStringLiteral("id=%1").arg(model->rowCount()));

        // A filter starts over with a first page of its own.
        ConflictFilter filter;
        filter.job = QStringLiteral("erp");
        view.setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(model->matchingCount(), 50000, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), ConflictListModel::PageSize, 30000);
        QCOMPARE(model->conflict(0)->keyText, QStringLiteral("id=2"));
    }
};

QTEST_MAIN(ConflictsViewTest)
#include "tst_conflictsview.moc"
