// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsview.h"

#include "conflictdetailpanel.h"
#include "conflictlistmodel.h"
#include "conflictrulesdialog.h"
#include "store/auditrepository.h"
#include "store/conflictrepository.h"
#include "store/conflictrulerepository.h"
#include "ui_conflictsview.h"
#include "widgets/emptystate.h"
#include "widgets/runtext.h"
#include "widgets/tablelook.h"
#include "workspacetasks.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Syncline {

namespace {

const auto s_splitterKey = QStringLiteral("splitter");
const auto s_headerKey = QStringLiteral("conflictHeader");
constexpr int s_debounceMs = 250;

// The facets of the pending queue, for the filter combos.
struct Facets
{
    QStringList jobs, entities, kinds, fields;
};

// The combo's "any" entry has no data; the rest carry their value.
void fillCombo(QComboBox* combo, const QString& any, const QStringList& values)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(any, QString());
    for (const QString& value : values)
        combo->addItem(value, value);
    const int index = combo->findData(current);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!current.isEmpty()) {
        // Keep a filter that now matches nothing rather than widening it behind the user's back.
        combo->addItem(current, current);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

void selectData(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace

ConflictsView::ConflictsView(WorkspaceTasks* tasks, QWidget* parent)
    : ConsoleView(parent)
    , m_ui(std::make_unique<Ui::ConflictsView>())
    , m_tasks(tasks)
    , m_model(new ConflictListModel(tasks, this))
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->conflictTable->setModel(m_model);
    TableLook::setUp(m_ui->conflictTable);
    m_ui->conflictTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->conflictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->conflictTable->setSortingEnabled(false); // the store's order: oldest first
    m_ui->listEmptyState->setTitle(tr("Loading the workspace…"));
    m_ui->listStack->setCurrentWidget(m_ui->listEmptyState);

    m_panel = new ConflictDetailPanel(tasks->location(), m_ui->panelHost);
    m_ui->panelLayout->addWidget(m_panel);
    // Both panes may shrink below their hints: the window's minimum size stays the sidebar's
    // business, not the sum of two wide panes.
    m_ui->listPane->setMinimumWidth(0);
    m_ui->listPane->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->panelHost->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({ 480, 820 });

    for (QComboBox* combo :
        { m_ui->jobCombo, m_ui->entityCombo, m_ui->kindCombo, m_ui->fieldCombo }) {
        combo->setMinimumContentsLength(6);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingCombos)
                scheduleFilter();
        });
    }
    fillCombo(m_ui->jobCombo, tr("All jobs"), {});
    fillCombo(m_ui->entityCombo, tr("All entities"), {});
    fillCombo(m_ui->kindCombo, tr("All kinds"), {});
    fillCombo(m_ui->fieldCombo, tr("All fields"), {});
    connect(m_ui->keySearchEdit, &QLineEdit::textChanged, this, &ConflictsView::scheduleFilter);
    connect(m_ui->showSnoozedCheck, &QCheckBox::toggled, this, &ConflictsView::scheduleFilter);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(s_debounceMs);
    connect(m_filterTimer, &QTimer::timeout, this, &ConflictsView::applyFilterBar);

    createActions();

    connect(m_model, &ConflictListModel::matchingCountChanged, this, &ConflictsView::updateCount);
    connect(m_model, &ConflictListModel::pageLoaded, this, [this] {
        updateCount();
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            TableLook::fitColumns(m_ui->conflictTable, 260);
            m_columnsFitted = true;
        }
        // Nothing chosen yet: review the oldest.
        if (!m_ui->conflictTable->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->conflictTable->selectRow(0);
    });
    connect(m_model, &ConflictListModel::modelReset, this, [this] { updateCount(); });
    connect(m_model, &ConflictListModel::loadFailed, this,
        [this](const QString& error) { emit statusMessage(error, 15000); });
    connect(m_ui->conflictTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConflictsView::onCurrentChanged);
    connect(m_ui->conflictTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConflictsView::updateActionsEnabled);
    connect(m_ui->conflictTable, &QWidget::customContextMenuRequested, this,
        &ConflictsView::showContextMenu);
    connect(m_ui->selectAllButton, &QToolButton::toggled, this, [this](bool all) {
        if (all)
            m_ui->conflictTable->selectAll();
        updateCount();
        updateActionsEnabled();
    });
    connect(m_ui->rulesButton, &QToolButton::clicked, this, &ConflictsView::editRules);

    connect(m_panel, &ConflictDetailPanel::resolved, this, &ConflictsView::onPanelResolved);
    connect(
        m_panel, &ConflictDetailPanel::applyFailed, this, [this](qint64 id, const QString& error) {
            emit statusMessage(tr("Conflict %1 stays pending: %2").arg(id).arg(error), 15000);
        });
    connect(m_panel, &ConflictDetailPanel::nextRequested, this, &ConflictsView::selectNext);
    connect(m_panel, &ConflictDetailPanel::previousRequested, this, &ConflictsView::selectPrevious);

    updateCount();
    updateActionsEnabled();
}

ConflictsView::~ConflictsView() = default;

QTableView* ConflictsView::conflictTable() const
{
    return m_ui->conflictTable;
}

EmptyState* ConflictsView::emptyState() const
{
    return m_ui->listEmptyState;
}

void ConflictsView::createActions()
{
    const auto make = [this](const QString& text, const QKeySequence& key, const QString& tip) {
        auto* action = new QAction(text, this);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        } else {
            action->setToolTip(tip);
        }
        action->setShortcutVisibleInContextMenu(true);
        addAction(action);
        return action;
    };
    m_next = make(tr("Next conflict"), QKeySequence(Qt::ALT | Qt::Key_Down),
        tr("Review the next conflict in the list"));
    m_previous = make(tr("Previous conflict"), QKeySequence(Qt::ALT | Qt::Key_Up),
        tr("Review the previous conflict in the list"));
    m_search = make(tr("Search keys"), QKeySequence::Find, tr("Search the keys"));
    connect(m_next, &QAction::triggered, this, &ConflictsView::selectNext);
    connect(m_previous, &QAction::triggered, this, &ConflictsView::selectPrevious);
    connect(m_search, &QAction::triggered, this, [this] {
        m_ui->keySearchEdit->setFocus();
        m_ui->keySearchEdit->selectAll();
    });

    m_takeSource
        = make(tr("Take source for all selected"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left),
            tr("Resolve the selected conflicts with the source's rows"));
    m_takeTarget = make(tr("Take target for all selected"),
        QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
        tr("Resolve the selected conflicts with the target's rows"));
    connect(m_takeSource, &QAction::triggered, this, [this] {
        BulkDecision decision;
        decision.by = BulkDecision::By::Source;
        askResolve(decision, tr("taking the source's row"));
    });
    connect(m_takeTarget, &QAction::triggered, this, [this] {
        BulkDecision decision;
        decision.by = BulkDecision::By::Target;
        askResolve(decision, tr("taking the target's row"));
    });
    m_resolveMenu = new QMenu(this);
    m_ui->resolveButton->setMenu(m_resolveMenu);
    updateResolveMenu();

    const auto snoozeFor = [this](qint64 seconds) {
        snoozeSelection(QDateTime::currentDateTimeUtc().addSecs(seconds));
    };
    m_snoozeHour = make(
        tr("Snooze for an hour"), QKeySequence(), tr("Hide the selected conflicts for an hour"));
    m_snoozeDay = make(tr("Snooze for a day"), QKeySequence(Qt::ALT | Qt::Key_S),
        tr("Hide the selected conflicts until this time tomorrow"));
    m_snoozeWeek = make(
        tr("Snooze for a week"), QKeySequence(), tr("Hide the selected conflicts for a week"));
    m_unsnooze = make(tr("Un-snooze"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_S),
        tr("Bring the selected snoozed conflicts back now"));
    connect(m_snoozeHour, &QAction::triggered, this, [snoozeFor] { snoozeFor(3600); });
    connect(m_snoozeDay, &QAction::triggered, this, [snoozeFor] { snoozeFor(86400); });
    connect(m_snoozeWeek, &QAction::triggered, this, [snoozeFor] { snoozeFor(7 * 86400); });
    connect(m_unsnooze, &QAction::triggered, this, [this] { snoozeSelection(QDateTime()); });
    m_snoozeMenu = new QMenu(this);
    m_snoozeMenu->addActions({ m_snoozeHour, m_snoozeDay, m_snoozeWeek });
    m_snoozeMenu->addSeparator();
    m_snoozeMenu->addAction(m_unsnooze);
    m_ui->snoozeButton->setMenu(m_snoozeMenu);

    // The detail panel beside the list has Alt+arrow keys of its own for the conflict it
    // shows; the list's keys act while the list has the focus, so that the two never claim
    // one shortcut at once (Qt would treat it as ambiguous and run neither).
    for (QAction* action :
        { m_next, m_previous, m_takeSource, m_takeTarget, m_snoozeDay, m_unsnooze }) {
        removeAction(action);
        m_ui->conflictTable->addAction(action);
    }
}

void ConflictsView::updateResolveMenu()
{
    m_resolveMenu->clear();
    m_resolveMenu->addAction(m_takeSource);
    m_resolveMenu->addAction(m_takeTarget);
    m_resolveMenu->addSeparator();
    if (m_rules.isEmpty()) {
        QAction* none = m_resolveMenu->addAction(tr("No saved rules (Rules… creates one)"));
        none->setEnabled(false);
    }
    for (const ConflictRule& rule : std::as_const(m_rules)) {
        QAction* action = m_resolveMenu->addAction(tr("By rule “%1”").arg(rule.name));
        action->setToolTip(rule.description);
        const QString name = rule.name;
        connect(action, &QAction::triggered, this, [this, name] {
            BulkDecision decision;
            decision.by = BulkDecision::By::Rule;
            decision.rule = name;
            askResolve(decision, tr("by the rule “%1”").arg(name));
        });
    }
}

void ConflictsView::showSnapshot(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok())
        return;
    m_hasTwoWay = false;
    for (const JobConfig& job : std::as_const(snapshot.config.jobs))
        m_hasTwoWay = m_hasTwoWay || job.direction == JobConfig::Direction::TwoWay;
    if (!m_hasTwoWay && m_model->rowCount() == 0) {
        m_ui->listEmptyState->setTitle(tr("No conflicts pending."));
        m_ui->listEmptyState->setText(
            tr("A conflict is a row a two-way job found changed differently on both sides. This "
               "workspace has no two-way jobs, so none can arise."));
    }
    if (!m_loaded) {
        m_loaded = true;
        applyFilterBar();
        loadRules();
    } else if (!m_bulkRunning) {
        // Runs may have parked or settled conflicts: look again, keeping the current one.
        m_model->reload();
        loadFacets();
    }
    refreshPendingCount();
}

void ConflictsView::runFinished(const RunReport& report)
{
    Q_UNUSED(report)
    refreshPendingCount();
}

void ConflictsView::scheduleFilter()
{
    m_filterTimer->start();
}

void ConflictsView::setFilter(const ConflictFilter& filter)
{
    m_updatingCombos = true;
    selectData(m_ui->jobCombo, filter.job);
    selectData(m_ui->entityCombo, filter.entity);
    selectData(m_ui->kindCombo, filter.kind);
    selectData(m_ui->fieldCombo, filter.field);
    m_ui->keySearchEdit->setText(filter.keySearch);
    m_ui->showSnoozedCheck->setChecked(filter.snoozed != ConflictFilter::Snoozed::Exclude);
    m_updatingCombos = false;
    applyFilterBar();
}

void ConflictsView::applyFilterBar()
{
    m_filterTimer->stop();
    ConflictFilter filter;
    filter.job = m_ui->jobCombo->currentData().toString();
    filter.entity = m_ui->entityCombo->currentData().toString();
    filter.kind = m_ui->kindCombo->currentData().toString();
    filter.field = m_ui->fieldCombo->currentData().toString();
    filter.keySearch = m_ui->keySearchEdit->text().trimmed();
    filter.snoozed = m_ui->showSnoozedCheck->isChecked() ? ConflictFilter::Snoozed::Include
                                                         : ConflictFilter::Snoozed::Exclude;
    m_ui->selectAllButton->setChecked(false);
    m_shownId = 0;
    m_model->setFilter(filter);
    loadFacets();
}

void ConflictsView::loadFacets()
{
    const ConflictFilter filter = m_model->filter();
    m_tasks->withWorkspace(
        this,
        [filter](Workspace& workspace) -> Result<Facets> {
            const ConflictRepository conflicts(workspace);
            Facets facets;
            using C = ConflictFilter::Column;
            for (auto [column, into] :
                { std::pair { C::Job, &facets.jobs }, std::pair { C::Entity, &facets.entities },
                    std::pair { C::Kind, &facets.kinds },
                    std::pair { C::Field, &facets.fields } }) {
                auto values = conflicts.distinctValues(column, filter);
                if (!values)
                    return values.error();
                *into = *values;
            }
            return facets;
        },
        [this](const Result<Facets>& facets) {
            if (!facets)
                return;
            m_updatingCombos = true;
            fillCombo(m_ui->jobCombo, tr("All jobs"), facets->jobs);
            fillCombo(m_ui->entityCombo, tr("All entities"), facets->entities);
            fillCombo(m_ui->kindCombo, tr("All kinds"), facets->kinds);
            fillCombo(m_ui->fieldCombo, tr("All fields"), facets->fields);
            m_updatingCombos = false;
        });
}

void ConflictsView::loadRules()
{
    m_tasks->withWorkspace(
        this, [](Workspace& workspace) { return ConflictRuleRepository(workspace).list(); },
        [this](const Result<QList<ConflictRule>>& rules) {
            if (!rules)
                return;
            m_rules = *rules;
            updateResolveMenu();
        });
}

void ConflictsView::refreshPendingCount()
{
    m_tasks->withWorkspace(
        this,
        [](Workspace& workspace) {
            return ConflictRepository(workspace).countPending(ConflictFilter());
        },
        [this](const Result<qint64>& counted) {
            if (!counted)
                return;
            m_pendingCount = *counted;
            emit pendingCountChanged(m_pendingCount);
            updateCount();
        });
}

void ConflictsView::updateCount()
{
    const qint64 matching = m_model->matchingCount();
    const int loaded = m_model->rowCount();
    QString text;
    if (matching < 0)
        text = tr("Loading…");
    else if (m_ui->selectAllButton->isChecked())
        text = tr("All %1 matching selected").arg(RunText::count(matching));
    else if (matching == loaded)
        text = matching == 1 ? tr("1 conflict") : tr("%1 conflicts").arg(RunText::count(matching));
    else
        //: conflicts loaded, conflicts matching
        text
            = tr("%1 of %2 conflicts loaded").arg(RunText::count(loaded), RunText::count(matching));
    m_ui->countLabel->setText(text);

    const bool filtered = m_model->filter() != ConflictFilter();
    if (matching == 0 && loaded == 0) {
        if (filtered) {
            m_ui->listEmptyState->setTitle(tr("No conflicts match the filters."));
            m_ui->listEmptyState->setText(
                tr("Clear the filters or the key search to see the rest."));
        } else {
            m_ui->listEmptyState->setTitle(tr("No conflicts pending."));
            m_ui->listEmptyState->setText(m_hasTwoWay
                    ? tr("A conflict is a row a two-way job found changed differently on both "
                         "sides, which its conflict policy leaves to you. The last runs left "
                         "none.")
                    : tr("A conflict is a row a two-way job found changed differently on both "
                         "sides. This workspace has no two-way jobs, so none can arise."));
        }
        m_ui->listStack->setCurrentWidget(m_ui->listEmptyState);
        if (m_shownId != 0) {
            m_shownId = 0;
            m_panel->clear();
        }
    } else if (matching > 0 || loaded > 0) {
        m_ui->listStack->setCurrentWidget(m_ui->conflictTable);
    }
    updateActionsEnabled();
}

void ConflictsView::updateActionsEnabled()
{
    const bool any = m_ui->selectAllButton->isChecked()
        ? m_model->matchingCount() > 0
        : m_ui->conflictTable->selectionModel()->hasSelection();
    for (QAction* action :
        { m_takeSource, m_takeTarget, m_snoozeHour, m_snoozeDay, m_snoozeWeek, m_unsnooze })
        action->setEnabled(any && !m_bulkRunning);
    m_ui->resolveButton->setEnabled(any && !m_bulkRunning);
    m_ui->snoozeButton->setEnabled(any && !m_bulkRunning);
}

QList<qint64> ConflictsView::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->conflictTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows)) {
        if (const ConflictRecord* c = m_model->conflict(row))
            ids.append(c->id);
    }
    return ids;
}

void ConflictsView::setSelectAllMatching(bool all)
{
    m_ui->selectAllButton->setChecked(all);
}

void ConflictsView::selectNext()
{
    QTableView* table = m_ui->conflictTable;
    const int row = table->currentIndex().isValid() ? table->currentIndex().row() + 1 : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore())
        m_model->fetchMore();
    if (row < m_model->rowCount())
        table->selectRow(row);
}

void ConflictsView::selectPrevious()
{
    QTableView* table = m_ui->conflictTable;
    const int row = table->currentIndex().isValid() ? table->currentIndex().row() - 1 : 0;
    if (row >= 0 && row < m_model->rowCount())
        table->selectRow(row);
}

void ConflictsView::onCurrentChanged()
{
    const QModelIndex current = m_ui->conflictTable->currentIndex();
    const ConflictRecord* c = current.isValid() ? m_model->conflict(current.row()) : nullptr;
    if (!c) {
        m_shownId = 0;
        m_panel->clear();
        return;
    }
    if (c->id != m_shownId)
        showCurrent(c->id);
}

void ConflictsView::showCurrent(qint64 conflictId)
{
    // The list rows have no values: the panel gets the conflict in full.
    m_shownId = conflictId;
    const quint64 generation = ++m_detailGeneration;
    m_tasks->withWorkspace(
        this,
        [conflictId](
            Workspace& workspace) { return ConflictRepository(workspace).get(conflictId); },
        [this, generation](const Result<ConflictRecord>& conflict) {
            if (generation != m_detailGeneration)
                return;
            if (!conflict) {
                emit statusMessage(conflict.error().message, 15000);
                return;
            }
            m_panel->showConflict(*conflict);
        });
}

void ConflictsView::onPanelResolved(qint64 conflictId)
{
    const int row = m_model->rowOf(conflictId);
    m_model->removeConflicts({ conflictId });
    if (m_model->rowCount() > 0) {
        const int next = qBound(0, row, m_model->rowCount() - 1);
        m_shownId = 0;
        m_ui->conflictTable->selectRow(next);
    }
    refreshPendingCount();
    emit workspaceChanged(); // the Audit view and the run history look again
}

void ConflictsView::askResolve(const BulkDecision& decision, const QString& how)
{
    const qint64 count
        = m_ui->selectAllButton->isChecked() ? m_model->matchingCount() : selectedIds().size();
    if (count <= 0)
        return;
    //: how many conflicts, how ("taking the source's row")
    const QString question = count == 1
        ? tr("Resolve the selected conflict %1? Both sides will hold the chosen row.").arg(how)
        : tr("Resolve %1 conflicts %2? Both sides will hold the chosen rows.")
              .arg(RunText::count(count), how);
    if (QMessageBox::question(this, tr("Resolve conflicts"), question,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    resolveSelection(decision);
}

void ConflictsView::resolveSelection(const BulkDecision& decision)
{
    if (m_bulkRunning)
        return;
    if (!m_ui->selectAllButton->isChecked()) {
        startBulk(selectedIds(), decision);
        return;
    }
    m_bulkRunning = true;
    updateActionsEnabled();
    ConflictFilter filter = m_model->filter();
    filter.now = QDateTime::currentDateTimeUtc();
    m_tasks->withWorkspace(
        this,
        [filter](Workspace& workspace) { return ConflictRepository(workspace).pendingIds(filter); },
        [this, decision](const Result<QList<qint64>>& ids) {
            m_bulkRunning = false;
            if (!ids) {
                emit statusMessage(ids.error().message, 15000);
                updateActionsEnabled();
                return;
            }
            startBulk(*ids, decision);
        });
}

void ConflictsView::startBulk(const QList<qint64>& ids, const BulkDecision& decision)
{
    if (ids.isEmpty())
        return;
    m_bulkRunning = true;
    updateActionsEnabled();
    // Shared with the pool thread: how far it is, and whether to stop.
    auto done = std::make_shared<std::atomic<qsizetype>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Resolving %1 conflicts…").arg(RunText::count(ids.size())),
        tr("Cancel"), 0, int(ids.size()), this);
    m_progress->setWindowTitle(tr("Resolve conflicts"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this, cancel] {
        cancel->store(true);
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling after the batch in flight…"));
    });
    auto* poll = new QTimer(m_progress);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, done] {
        if (m_progress)
            m_progress->setValue(int(done->load()));
    });
    poll->start();

    const QString location = m_tasks->location();
    const QString actor = AuditRepository::currentActor();
    m_tasks->run(
        this,
        [location, ids, decision, actor, done, cancel] {
            return ConflictResolver(location).resolveMany(
                ids, decision, actor, [done, cancel](qsizetype count, qsizetype) {
                    done->store(count);
                    return !cancel->load();
                });
        },
        [this](const Result<BulkOutcome>& outcome) { finishBulk(outcome); });
}

void ConflictsView::finishBulk(const Result<BulkOutcome>& outcome)
{
    m_bulkRunning = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!outcome) {
        m_lastBulk = BulkOutcome();
        QMessageBox* box = new QMessageBox(QMessageBox::Warning, tr("Resolve conflicts"),
            tr("Nothing was resolved: %1").arg(outcome.error().message), QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        m_lastBulk = *outcome;
        const QSet<qint64> resolved(outcome->resolved.begin(), outcome->resolved.end());
        m_model->removeConflicts(resolved);
        QString message = outcome->resolved.size() == 1
            ? tr("Resolved 1 conflict.")
            : tr("Resolved %1 conflicts.").arg(RunText::count(outcome->resolved.size()));
        if (outcome->cancelled)
            message += u' ' + tr("Cancelled: the rest stay pending.");
        emit statusMessage(message, 15000);
        if (!outcome->failures.isEmpty()) {
            QStringList lines;
            for (const BulkOutcome::Failure& failure : outcome->failures)
                lines.append(tr("%1 (%2): %3").arg(failure.id).arg(failure.key, failure.error));
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Resolve conflicts"),
                tr("%1 %2 stay pending; they are listed below with the reason.")
                    .arg(message,
                        outcome->failures.size() == 1
                            ? tr("1 conflict")
                            : tr("%1 conflicts").arg(RunText::count(outcome->failures.size()))),
                QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("bulkFailures"));
            box->setDetailedText(lines.join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    m_ui->selectAllButton->setChecked(false);
    afterChange();
    emit bulkFinished();
}

void ConflictsView::snoozeSelection(const QDateTime& until)
{
    if (m_bulkRunning)
        return;
    const bool all = m_ui->selectAllButton->isChecked();
    const QList<qint64> selected = selectedIds();
    ConflictFilter filter = m_model->filter();
    filter.now = QDateTime::currentDateTimeUtc();
    const QString actor = AuditRepository::currentActor();
    m_tasks->withWorkspace(
        this,
        [all, selected, filter, until, actor](Workspace& workspace) -> Result<int> {
            ConflictRepository conflicts(workspace);
            QList<qint64> ids = selected;
            if (all) {
                auto matching = conflicts.pendingIds(filter);
                if (!matching)
                    return matching.error();
                ids = *matching;
            }
            int changed = 0;
            const Status done = workspace.transaction([&]() -> Status {
                auto snoozed = conflicts.snooze(ids, until);
                if (!snoozed)
                    return snoozed.error();
                changed = *snoozed;
                QJsonArray idArray;
                for (qint64 id : std::as_const(ids))
                    idArray.append(id);
                return AuditRepository(workspace).record(actor,
                    until.isValid() ? QStringLiteral("conflict.snooze")
                                    : QStringLiteral("conflict.unsnooze"),
                    QStringLiteral("conflicts"),
                    { { QStringLiteral("conflicts"), idArray },
                        { QStringLiteral("until"),
                            until.isValid() ? QJsonValue(until.toString(Qt::ISODate))
                                            : QJsonValue() } });
            });
            if (!done)
                return done.error();
            return changed;
        },
        [this, until](const Result<int>& changed) {
            if (!changed) {
                emit statusMessage(changed.error().message, 15000);
                return;
            }
            emit statusMessage(until.isValid()
                    ? tr("Snoozed %1 until %2.")
                          .arg(RunText::count(*changed), RunText::timestamp(until))
                    : tr("Un-snoozed %1.").arg(RunText::count(*changed)),
                8000);
            afterChange();
        });
}

void ConflictsView::afterChange()
{
    m_shownId = 0;
    m_model->reload();
    loadFacets();
    refreshPendingCount();
    updateActionsEnabled();
    emit workspaceChanged();
}

void ConflictsView::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addActions({ m_next, m_previous });
    menu.addSeparator();
    menu.addAction(m_takeSource);
    menu.addAction(m_takeTarget);
    QMenu* byRule = menu.addMenu(tr("Resolve by rule"));
    byRule->setEnabled(!m_rules.isEmpty() && m_takeSource->isEnabled());
    for (QAction* action : m_resolveMenu->actions()) {
        if (action != m_takeSource && action != m_takeTarget && !action->isSeparator()
            && action->isEnabled())
            byRule->addAction(action);
    }
    menu.addSeparator();
    menu.addActions({ m_snoozeHour, m_snoozeDay, m_snoozeWeek, m_unsnooze });
    menu.exec(m_ui->conflictTable->viewport()->mapToGlobal(position));
}

void ConflictsView::editRules()
{
    auto* dialog = new ConflictRulesDialog(m_tasks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictRulesDialog::rulesChanged, this, &ConflictsView::loadRules);
    dialog->open();
}

void ConflictsView::saveState(QSettings& settings) const
{
    settings.setValue(s_splitterKey, m_ui->splitter->saveState());
    if (m_columnsFitted)
        settings.setValue(s_headerKey, m_ui->conflictTable->horizontalHeader()->saveState());
}

void ConflictsView::restoreState(QSettings& settings)
{
    m_ui->splitter->restoreState(settings.value(s_splitterKey).toByteArray());
    m_columnsFitted = m_ui->conflictTable->horizontalHeader()->restoreState(
        settings.value(s_headerKey).toByteArray());
}

} // namespace Syncline
