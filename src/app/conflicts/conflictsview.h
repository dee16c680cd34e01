// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/conflictresolver.h"
#include "store/conflictfilter.h"
#include "store/conflictrule.h"
#include "widgets/consoleview.h"

#include <QList>

#include <memory>

class QAction;
class QMenu;
class QProgressDialog;
class QTableView;
class QTimer;

namespace Ui {
class ConflictsView;
}

namespace Syncline {

class ConflictDetailPanel;
class ConflictListModel;
class EmptyState;
class WorkspaceTasks;

// The Conflicts page: a filter bar (job, entity, kind, field, key search, snoozed) over the
// lazily loaded list of pending conflicts (ConflictListModel), and the side-by-side review of
// the current one (ConflictDetailPanel) beside it. Several conflicts (or every one matching
// the filter) are resolved at once by a side or a saved rule, on a pool thread with a progress
// dialog that can cancel; failures stay pending and are listed. Snooze and un-snooze, saved
// rules (ConflictRulesDialog). Every database access goes through WorkspaceTasks. Child of
// MainWindow's view stack; GUI thread.
class ConflictsView final : public ConsoleView
{
    Q_OBJECT

public:
    explicit ConflictsView(WorkspaceTasks* tasks, QWidget* parent = nullptr);
    ~ConflictsView() override;

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    void runFinished(const RunReport& report) override;
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;

    // For MainWindow (the sidebar count) and the tests.
    ConflictListModel* listModel() const { return m_model; }
    QTableView* conflictTable() const;
    ConflictDetailPanel* detailPanel() const { return m_panel; }
    EmptyState* emptyState() const;
    qint64 pendingCount() const { return m_pendingCount; } // not snoozed, all jobs; -1 unknown
    QList<qint64> selectedIds() const; // in list order
    bool isBusy() const { return m_bulkRunning; }
    const BulkOutcome& lastBulkOutcome() const { return m_lastBulk; }
    QList<ConflictRule> rules() const { return m_rules; }
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    QAction* snoozeAction() const { return m_snoozeDay; }
    QAction* unsnoozeAction() const { return m_unsnooze; }

    // The filter bar's state, applied at once (no debounce), for the tests.
    void setFilter(const ConflictFilter& filter);
    void setSelectAllMatching(bool all);
    // Resolves the selection (or every match) without asking; the UI asks first.
    void resolveSelection(const BulkDecision& decision);
    void snoozeSelection(const QDateTime& until); // invalid: un-snooze
    void selectNext();
    void selectPrevious();
    void refreshPendingCount();

signals:
    void pendingCountChanged(qint64 count);
    void bulkFinished();

private:
    void createActions();
    void scheduleFilter();
    void applyFilterBar();
    void loadFacets();
    void loadRules();
    void updateResolveMenu();
    void updateCount();
    void updateActionsEnabled();
    void onCurrentChanged();
    void showCurrent(qint64 conflictId);
    void askResolve(const BulkDecision& decision, const QString& how);
    void startBulk(const QList<qint64>& ids, const BulkDecision& decision);
    void finishBulk(const Result<BulkOutcome>& outcome);
    void onPanelResolved(qint64 conflictId);
    void showContextMenu(const QPoint& position);
    void editRules();
    void afterChange();

    std::unique_ptr<Ui::ConflictsView> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    ConflictListModel* m_model = nullptr;
    ConflictDetailPanel* m_panel = nullptr;
    QTimer* m_filterTimer = nullptr;
    QMenu* m_resolveMenu = nullptr;
    QMenu* m_snoozeMenu = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_takeSource = nullptr;
    QAction* m_takeTarget = nullptr;
    QAction* m_snoozeHour = nullptr;
    QAction* m_snoozeDay = nullptr;
    QAction* m_snoozeWeek = nullptr;
    QAction* m_unsnooze = nullptr;
    QAction* m_search = nullptr;
    QProgressDialog* m_progress = nullptr;
    QList<ConflictRule> m_rules;
    BulkOutcome m_lastBulk;
    qint64 m_pendingCount = -1;
    qint64 m_shownId = 0;
    quint64 m_detailGeneration = 0;
    bool m_bulkRunning = false;
    bool m_hasTwoWay = false;
    bool m_loaded = false;
    bool m_updatingCombos = false;
    bool m_columnsFitted = false;
};

} // namespace Syncline
