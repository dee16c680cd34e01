// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsview.h"

#include "endpoints/endpointprobe.h"
#include "jobdetailspanel.h"
#include "jobeditor.h"
#include "joblistmodel.h"
#include "plannedchangesmodel.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/schedulerepository.h"
#include "store/workspace.h"
#include "ui_jobsview.h"
#include "widgets/reportedrun.h"
#include "widgets/runtext.h"
#include "widgets/statuscolors.h"
#include "widgets/tablelook.h"
#include "workspacetasks.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>

#include <utility>

namespace Syncline {

namespace {

constexpr int s_messageMs = 8000;

const auto s_mainSplitterKey = QStringLiteral("mainSplitter");
const auto s_bottomSplitterKey = QStringLiteral("bottomSplitter");
const auto s_headerKey = QStringLiteral("jobsHeader");

QStringList columnNames(const EntityInfo& entity)
{
    QStringList names;
    for (const ColumnInfo& column : entity.columns)
        names.append(column.name);
    return names;
}

} // namespace

JobsView::JobsView(WorkspaceTasks* tasks, QWidget* parent)
    : ConsoleView(parent)
    , m_ui(std::make_unique<Ui::JobsView>())
    , m_tasks(tasks)
    , m_jobs(new JobListModel(this))
    , m_planned(new PlannedChangesModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->jobsTitle->font();
    titleFont.setBold(true);
    m_ui->jobsTitle->setFont(titleFont);
    m_ui->newButton->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_ui->cloneButton->setIcon(QIcon(QStringLiteral(":/icons/clone.svg")));
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->runButton->setIcon(QIcon(QStringLiteral(":/icons/run.svg")));
    m_ui->dryRunButton->setIcon(QIcon(QStringLiteral(":/icons/dry-run.svg")));
    m_ui->cancelButton->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_ui->newButton->setToolTip(tr("Add a job (Ctrl+N)"));
    m_ui->cloneButton->setToolTip(tr("Start a new job from the selected one"));
    m_ui->deleteButton->setToolTip(tr("Delete the selected job (Del)"));
    m_ui->runButton->setToolTip(tr("Run the selected job now (F5)"));
    m_ui->dryRunButton->setToolTip(
        tr("Plan the selected job's changes and show them without writing anything (Shift+F5)"));
    m_ui->cancelButton->setToolTip(tr("Stop the run after the batch in flight (Esc)"));

    m_ui->jobsTable->setModel(m_jobs);
    TableLook::setUp(m_ui->jobsTable);
    m_ui->plannedView->setModel(m_planned);
    TableLook::setUp(m_ui->plannedView);
    // Before and after share the room the change and key columns leave.
    m_ui->plannedView->header()->setSectionResizeMode(
        PlannedChangesModel::Before, QHeaderView::Stretch);
    m_ui->plannedView->header()->setSectionResizeMode(
        PlannedChangesModel::After, QHeaderView::Stretch);
    m_ui->jobsEmptyState->setTitle(tr("No jobs yet."));
    m_ui->jobsEmptyState->setText(
        tr("A job runs a mapping: it keeps a target in step with a source. Add one with "
           "<b>New</b> (Ctrl+N), import a config with <code>synclinectl import FILE.json</code>, "
           "or create the demo with <code>synclinectl demo</code>."));
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setSizes({ 180, 480 });
    m_ui->bottomSplitter->setStretchFactor(0, 2);
    m_ui->bottomSplitter->setStretchFactor(1, 3);
    m_ui->bottomSplitter->setSizes({ 430, 620 });

    connect(m_ui->jobsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &JobsView::onSelectionChanged);
    connect(m_ui->jobsTable, &QTableView::doubleClicked, this,
        [this] { m_ui->detailTabs->setCurrentWidget(m_ui->settingsTab); });
    connect(m_ui->editor, &JobEditor::edited, this, &JobsView::onEdited);
    connect(m_ui->editor, &JobEditor::mappingChanged, this, &JobsView::loadColumns);
    connect(m_ui->newButton, &QToolButton::clicked, this, &JobsView::createItem);
    connect(m_ui->cloneButton, &QToolButton::clicked, this, &JobsView::cloneSelected);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &JobsView::deleteSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &JobsView::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &JobsView::revert);
    connect(m_ui->runButton, &QPushButton::clicked, this, [this] {
        if (!selectedJob().isEmpty())
            emit runRequested(selectedJob(), false);
    });
    connect(m_ui->dryRunButton, &QPushButton::clicked, this, [this] {
        if (!selectedJob().isEmpty())
            emit runRequested(selectedJob(), true);
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (!selectedJob().isEmpty())
            emit cancelRequested(selectedJob());
    });
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &JobsView::setSchedulePaused);

    m_ui->editor->setEnabled(false);
    updatePlanned();
    updateJobsPage();
    updateDetails();
    updateButtons();
}

JobsView::~JobsView() = default;

JobEditor* JobsView::editor() const
{
    return m_ui->editor;
}

QString JobsView::selectedJob() const
{
    const QModelIndexList rows = m_ui->jobsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.first().data(JobListModel::JobNameRole).toString();
}

bool JobsView::selectJob(const QString& job)
{
    const int row = m_jobs->rowOf(job);
    if (row < 0)
        return false;
    m_ui->jobsTable->selectionModel()->setCurrentIndex(
        m_jobs->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return selectedJob() == job;
}

void JobsView::selectRowQuietly(int row)
{
    m_quiet = true;
    QItemSelectionModel* selection = m_ui->jobsTable->selectionModel();
    if (row < 0)
        selection->clear();
    else
        selection->setCurrentIndex(
            m_jobs->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_quiet = false;
}

void JobsView::showPlannedChanges(bool show)
{
    m_ui->detailTabs->setCurrentWidget(show ? m_ui->plannedTab : m_ui->settingsTab);
}

void JobsView::showSnapshot(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok())
        return;
    m_loaded = true;
    const QString selected = selectedJob();
    m_snapshot = snapshot;
    // A report is superseded once the workspace holds a newer run of its job.
    for (auto it = m_reported.begin(); it != m_reported.end();) {
        const RunRecord* stored = m_snapshot.lastRun(it.key());
        if (it->id > 0 && stored && stored->id > it->id)
            it = m_reported.erase(it);
        else
            ++it;
    }
    for (auto it = m_dryRuns.begin(); it != m_dryRuns.end();) {
        if (!m_snapshot.config.job(it.key()))
            it = m_dryRuns.erase(it);
        else
            ++it;
    }

    m_quiet = true;
    updateJobList();
    m_quiet = false;
    if (!m_columnsFitted && m_jobs->rowCount() > 0) {
        TableLook::fitColumns(m_ui->jobsTable);
        QHeaderView* header = m_ui->jobsTable->horizontalHeader();
        TableLook::ensureFits(
            header, JobListModel::LastStatus, RunText::status(RunRecord::Status::Succeeded, true));
        TableLook::ensureFits(
            header, JobListModel::LastRun, RunText::timestamp(QDateTime::currentDateTimeUtc()));
        m_columnsFitted = true;
    }
    m_ui->editor->setMappings(m_snapshot.config.mappings);

    QString target = !m_selectAfterReload.isEmpty() ? m_selectAfterReload : selected;
    m_selectAfterReload.clear();
    if (m_ui->editor->isNew() && m_ui->editor->isEnabled() && target.isEmpty()) {
        // The user is filling in a new job: leave the list unselected.
    } else {
        if (m_jobs->rowOf(target) < 0 && !m_dirty)
            target = m_jobs->rowCount() > 0 ? m_snapshot.config.jobs.first().name : QString();
        selectRowQuietly(m_jobs->rowOf(target));
        const JobConfig* stored = m_snapshot.config.job(selectedJob());
        if (!m_dirty) {
            const bool changed = !stored || stored->name != m_shown || !(*stored == m_shownConfig)
                || m_ui->editor->isNew();
            if (changed)
                showJob(stored);
        }
    }
    updateJobsPage();
    updateDetails();
    updatePlanned();
    updateButtons();
    emit actionsChanged();
}

void JobsView::onSelectionChanged()
{
    if (m_quiet)
        return;
    const QString name = selectedJob();
    if (!m_ui->editor->isNew() && name == m_shown)
        return;
    if (!confirmDiscard()) {
        selectRowQuietly(m_ui->editor->isNew() ? -1 : m_jobs->rowOf(m_shown));
        return;
    }
    showJob(m_snapshot.config.job(name));
    updateDetails();
    updatePlanned();
    updateButtons();
    loadSchedulePaused();
    emit actionsChanged();
}

void JobsView::loadSchedulePaused()
{
    const QString job = selectedJob();
    {
        const QSignalBlocker blocker(m_ui->pauseButton);
        m_ui->pauseButton->setChecked(false);
    }
    if (job.isEmpty())
        return;
    m_tasks->withWorkspace(
        this,
        [job](Workspace& workspace) -> Result<bool> {
            auto state = ScheduleRepository(workspace).get(job);
            if (!state)
                return state.error();
            return state->has_value() && (*state)->paused;
        },
        [this, job](const Result<bool>& paused) {
            if (!paused || selectedJob() != job)
                return;
            const QSignalBlocker blocker(m_ui->pauseButton);
            m_ui->pauseButton->setChecked(*paused);
            m_ui->pauseButton->setText(*paused ? tr("Resume &schedule") : tr("&Pause schedule"));
        });
}

void JobsView::setSchedulePaused(bool paused)
{
    const QString job = selectedJob();
    if (job.isEmpty())
        return;
    m_tasks->withWorkspace(
        this,
        [job, paused](Workspace& workspace) {
            return workspace.transaction([&]() -> Status {
                if (Status s = ScheduleRepository(workspace).setPaused(job, paused); !s)
                    return s;
                return AuditRepository(workspace).record(AuditRepository::currentActor(),
                    paused ? QStringLiteral("schedule.pause") : QStringLiteral("schedule.resume"),
                    QStringLiteral("job:%1").arg(job), QJsonObject());
            });
        },
        [this, job, paused](const Status& status) {
            if (!status) {
                showMessage(status.error().message, true);
                loadSchedulePaused();
                return;
            }
            if (selectedJob() == job)
                m_ui->pauseButton->setText(paused ? tr("Resume &schedule") : tr("&Pause schedule"));
            emit statusMessage(paused ? tr("Paused the schedule of job %1.").arg(job)
                                      : tr("Resumed the schedule of job %1.").arg(job),
                s_messageMs);
            emit workspaceChanged();
        });
}

void JobsView::showJob(const JobConfig* job)
{
    m_dirty = false;
    m_ui->messageLabel->clear();
    if (!job) {
        m_shown.clear();
        m_shownConfig = JobConfig();
        m_ui->editor->setJob(JobConfig(), true);
        m_ui->editor->setEnabled(false);
        updateButtons();
        return;
    }
    m_shown = job->name;
    m_shownConfig = *job;
    m_ui->editor->setEnabled(true);
    m_ui->editor->setJob(*job, false);
    loadColumns(job->mapping);
    updateButtons();
}

void JobsView::startNew(const JobConfig& job)
{
    selectRowQuietly(-1);
    m_shown.clear();
    m_shownConfig = JobConfig();
    m_ui->editor->setEnabled(true);
    m_ui->editor->setJob(job, true);
    m_dirty = true;
    m_ui->messageLabel->clear();
    m_ui->detailTabs->setCurrentWidget(m_ui->settingsTab);
    loadColumns(m_ui->editor->mapping());
    updateJobsPage();
    updateDetails();
    updatePlanned();
    updateButtons();
    m_ui->editor->findChild<QWidget*>(QStringLiteral("nameEdit"))->setFocus();
    emit actionsChanged();
}

void JobsView::createItem()
{
    if (!confirmDiscard())
        return;
    JobConfig job;
    if (!m_snapshot.config.mappings.isEmpty())
        job.mapping = m_snapshot.config.mappings.first().name;
    startNew(job);
}

void JobsView::cloneSelected()
{
    const JobConfig* source = m_snapshot.config.job(selectedJob());
    if (!source || !confirmDiscard())
        return;
    JobConfig copy = *source;
    QString name = tr("%1-copy").arg(source->name);
    for (int n = 2; m_snapshot.config.job(name); ++n)
        name = tr("%1-copy%2").arg(source->name).arg(n);
    copy.name = name;
    startNew(copy);
    showMessage(
        tr("A copy of %1; it is saved under the new name when you press Save.").arg(source->name),
        false);
}

bool JobsView::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const JobConfig edited = m_ui->editor->job();
    const QString name = edited.name.isEmpty() ? tr("the new job") : edited.name;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("Discard the unsaved changes to %1?").arg(name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_dirty = false;
    return true;
}

void JobsView::onEdited()
{
    m_dirty = true;
    m_ui->messageLabel->clear();
    updateButtons();
}

void JobsView::save()
{
    if (m_saving || !m_ui->editor->isEnabled())
        return;
    const QString problem = m_ui->editor->problem();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    const JobConfig job = m_ui->editor->job();
    if (m_ui->editor->isNew() && m_snapshot.config.job(job.name)) {
        showMessage(tr("A job named %1 already exists; choose another name.").arg(job.name), true);
        return;
    }
    m_saving = true;
    updateButtons();
    showMessage(tr("Saving…"), false);
    m_tasks->withWorkspace(
        this,
        [job](Workspace& workspace) {
            return ConfigRepository(workspace).saveJob(job, AuditRepository::currentActor());
        },
        [this, job](const Status& status) {
            m_saving = false;
            if (!status) {
                showMessage(status.error().message, true);
                updateButtons();
                emit saveFailed(status.error().message);
                return;
            }
            m_dirty = false;
            m_shown = job.name;
            m_shownConfig = job;
            m_selectAfterReload = job.name;
            m_ui->editor->setJob(job, false);
            showMessage(tr("Saved."), false);
            updateButtons();
            emit statusMessage(tr("Saved job %1.").arg(job.name), s_messageMs);
            emit saved(job.name);
            emit workspaceChanged();
        });
}

void JobsView::revert()
{
    m_dirty = false;
    const JobConfig* stored = m_snapshot.config.job(m_shown);
    if (!stored && !m_snapshot.config.jobs.isEmpty())
        stored = &m_snapshot.config.jobs.first();
    selectRowQuietly(stored ? m_jobs->rowOf(stored->name) : -1);
    showJob(stored);
    updateJobsPage();
    updateDetails();
    updatePlanned();
    emit actionsChanged();
}

void JobsView::deleteSelected()
{
    const QString name = selectedJob();
    if (name.isEmpty() || m_saving)
        return;
    if (isRunning(name)) {
        showMessage(tr("%1 is running; cancel the run before deleting the job.").arg(name), true);
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Delete job"),
        tr("Delete the job %1?\n\nWhat it last synced (its journal) is forgotten; its run "
           "history and quarantined rows stay.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_saving = true;
    updateButtons();
    m_tasks->withWorkspace(
        this,
        [name](Workspace& workspace) {
            return ConfigRepository(workspace).removeJob(name, AuditRepository::currentActor());
        },
        [this, name](const Status& status) {
            m_saving = false;
            if (!status) {
                showMessage(status.error().message, true);
                updateButtons();
                emit saveFailed(status.error().message);
                return;
            }
            m_dirty = false;
            m_shown.clear();
            m_dryRuns.remove(name);
            emit statusMessage(tr("Deleted job %1.").arg(name), s_messageMs);
            emit removed(name);
            emit workspaceChanged();
        });
}

void JobsView::loadColumns(const QString& mappingName)
{
    const int serial = ++m_columnsSerial;
    const MappingConfig* mapping = m_snapshot.config.mapping(mappingName);
    if (!mapping) {
        m_ui->editor->setColumns({}, {});
        return;
    }
    const EndpointConfig* source = m_snapshot.config.endpoint(mapping->source.endpoint);
    const EndpointConfig* target = m_snapshot.config.endpoint(mapping->target.endpoint);
    if (!source || !target)
        return;
    m_tasks->run(
        this,
        [source = *source, target = *target, sourceEntity = mapping->source.entity,
            targetEntity = mapping->target.entity] {
            return std::pair { EndpointProbe::describe(source, sourceEntity),
                EndpointProbe::describe(target, targetEntity) };
        },
        [this, serial](const std::pair<EntityDescription, EntityDescription>& described) {
            if (serial != m_columnsSerial)
                return;
            // A side that cannot be described offers no suggestions; the run will say why.
            m_ui->editor->setColumns(
                columnNames(described.first.entity), columnNames(described.second.entity));
        });
}

void JobsView::showMessage(const QString& text, bool error)
{
    QPalette messagePalette = palette();
    messagePalette.setColor(QPalette::WindowText,
        error ? StatusColors::error(messagePalette) : StatusColors::success(messagePalette));
    m_ui->messageLabel->setPalette(messagePalette);
    m_ui->messageLabel->setText(text);
}

void JobsView::runStarted(const QString& job)
{
    if (isRunning(job))
        return;
    RunProgress progress;
    progress.job = job;
    m_progress.insert(job, progress);
    QStringList running = m_progress.keys();
    m_jobs->setRunningJobs(running);
    updateDetails();
    updateButtons();
    emit actionsChanged();
}

void JobsView::runProgressed(const RunProgress& progress)
{
    if (!isRunning(progress.job))
        return; // a late report of a run that already finished
    m_progress.insert(progress.job, progress);
    if (progress.job == selectedJob())
        m_ui->detailsPanel->showProgress(progress);
}

void JobsView::runFinished(const RunReport& report)
{
    m_progress.remove(report.job);
    // A run that never started (its lease is held by a scheduler, the workspace would not
    // open) has no row in the history: say why here, beside the job.
    if (report.runId == 0 && report.status == RunRecord::Status::Failed
        && report.job == selectedJob())
        showMessage(report.error.message, true);
    m_reported.insert(report.job, reportedRun(report));
    if (report.dryRun && report.succeeded()) {
        m_dryRuns.insert(report.job, report);
        if (report.job == selectedJob())
            showPlannedChanges(true);
    }
    m_jobs->setRunningJobs(m_progress.keys());
    updateJobList();
    updateDetails();
    updatePlanned();
    updateButtons();
    emit actionsChanged();
}

const RunRecord* JobsView::lastRun(const QString& job) const
{
    const RunRecord* stored = m_snapshot.lastRun(job);
    const auto reported = m_reported.constFind(job);
    if (reported == m_reported.cend())
        return stored;
    if (!stored)
        return &*reported;
    // A run the workspace could not record (id 0) is placed by time; for a recorded one the
    // report is what the engine knew at the end, even if recording the outcome failed.
    const bool reportIsNewer
        = reported->id == 0 ? reported->startedAt > stored->startedAt : reported->id >= stored->id;
    return reportIsNewer ? &*reported : stored;
}

void JobsView::updateJobList()
{
    QHash<QString, RunRecord> lastRuns;
    for (const JobConfig& job : std::as_const(m_snapshot.config.jobs)) {
        if (const RunRecord* last = lastRun(job.name))
            lastRuns.insert(job.name, *last);
    }
    m_jobs->setJobs(m_snapshot.config.jobs, lastRuns);
}

void JobsView::updateDetails()
{
    const QString job = selectedJob();
    const JobConfig* config = job.isEmpty() ? nullptr : m_snapshot.config.job(job);
    JobDetailsPanel* panel = m_ui->detailsPanel;
    if (!config) {
        panel->showNoJob();
        return;
    }
    const RunRecord* last = lastRun(job);
    panel->showJob(*config);
    panel->showLastRun(last);
    if (isRunning(job))
        panel->showProgress(m_progress.value(job));
    else
        panel->showIdle(last);
}

void JobsView::updatePlanned()
{
    const QString job = selectedJob();
    const auto dryRun = m_dryRuns.constFind(job);
    if (job.isEmpty() || dryRun == m_dryRuns.cend()) {
        if (!m_plannedJob.isEmpty() || m_planned->changeCount() > 0)
            m_planned->clear();
        m_plannedJob.clear();
        m_ui->plannedSummary->setText(job.isEmpty()
                ? tr("Select a job, then Dry run (Shift+F5) to see the inserts, updates and "
                     "deletes it would make, before anything is written.")
                : tr("No dry run of %1 yet. Dry run (Shift+F5) plans the job's inserts, updates "
                     "and deletes and lists them here without writing anything.")
                      .arg(job));
        m_ui->plannedView->setVisible(false);
        return;
    }
    m_ui->plannedView->setVisible(true);
    if (m_plannedJob != job || m_planned->changeCount() != dryRun->planned.size()) {
        m_planned->setChanges(dryRun->planned);
        m_plannedJob = job;
        QHeaderView* header = m_ui->plannedView->header();
        for (int column : { int(PlannedChangesModel::Change), int(PlannedChangesModel::Key) }) {
            m_ui->plannedView->resizeColumnToContents(column);
            header->resizeSection(column, qMin(header->sectionSize(column) + 18, 220));
        }
        // The first change opened: what it writes, field by field.
        if (m_planned->changeCount() > 0)
            m_ui->plannedView->expand(m_planned->index(0, 0));
    }
    const RunCounts& counts = dryRun->counts;
    if (dryRun->plannedTotal == 0) {
        m_ui->plannedSummary->setText(
            tr("The dry run of %1 found nothing to change: source and target agree.").arg(job));
    } else if (dryRun->plannedTotal > dryRun->planned.size()) {
        //: job, inserts, updates, deletes, changes shown, all changes
        m_ui->plannedSummary->setText(
            tr("Dry run of %1: %2 to insert, %3 to update, %4 to delete; nothing was written. "
               "The first %5 of %6 changes are listed.")
                .arg(job, RunText::count(counts.inserted), RunText::count(counts.updated),
                    RunText::count(counts.deleted), RunText::count(dryRun->planned.size()),
                    RunText::count(dryRun->plannedTotal)));
    } else {
        //: job, inserts, updates, deletes
        m_ui->plannedSummary->setText(
            tr("Dry run of %1: %2 to insert, %3 to update, %4 to delete; nothing was written.")
                .arg(job, RunText::count(counts.inserted), RunText::count(counts.updated),
                    RunText::count(counts.deleted)));
    }
}

void JobsView::updateButtons()
{
    const QString job = selectedJob();
    const bool running = !job.isEmpty() && isRunning(job);
    m_ui->runButton->setEnabled(!job.isEmpty() && !running);
    m_ui->dryRunButton->setEnabled(!job.isEmpty() && !running);
    m_ui->cancelButton->setEnabled(running);
    const JobConfig* config = m_snapshot.config.job(job);
    m_ui->pauseButton->setEnabled(config && !config->schedule.isOnDemand());
    const bool editing = m_ui->editor->isEnabled();
    m_ui->saveButton->setEnabled(editing && m_dirty && !m_saving);
    m_ui->revertButton->setEnabled(editing && m_dirty && !m_saving);
    m_ui->cloneButton->setEnabled(!job.isEmpty() && !m_saving);
    m_ui->deleteButton->setEnabled(!job.isEmpty() && !m_saving && !running);
}

void JobsView::updateJobsPage()
{
    const bool empty = m_loaded && m_jobs->rowCount() == 0;
    m_ui->jobsStack->setCurrentWidget(
        empty ? static_cast<QWidget*>(m_ui->jobsEmptyState) : m_ui->jobsTable);
}

void JobsView::saveState(QSettings& settings) const
{
    settings.setValue(s_mainSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(s_bottomSplitterKey, m_ui->bottomSplitter->saveState());
    if (m_columnsFitted)
        settings.setValue(s_headerKey, m_ui->jobsTable->horizontalHeader()->saveState());
}

void JobsView::restoreState(QSettings& settings)
{
    m_ui->mainSplitter->restoreState(settings.value(s_mainSplitterKey).toByteArray());
    m_ui->bottomSplitter->restoreState(settings.value(s_bottomSplitterKey).toByteArray());
    m_columnsFitted = m_ui->jobsTable->horizontalHeader()->restoreState(
        settings.value(s_headerKey).toByteArray());
}

} // namespace Syncline
