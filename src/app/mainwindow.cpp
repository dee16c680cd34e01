// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appresources.h"
#include "engine/runcontroller.h"
#include "jobs/joblistmodel.h"
#include "runs/runhistorymodel.h"
#include "ui_mainwindow.h"
#include "widgets/runtext.h"
#include "workspacesnapshotloader.h"

#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

#include <limits>

namespace Syncline {

namespace {

const auto s_geometryKey = QStringLiteral("MainWindow/geometry");
const auto s_stateKey = QStringLiteral("MainWindow/state");
const auto s_mainSplitterKey = QStringLiteral("MainWindow/mainSplitter");
const auto s_topSplitterKey = QStringLiteral("MainWindow/topSplitter");
const auto s_jobsHeaderKey = QStringLiteral("MainWindow/jobsHeader");
const auto s_runsHeaderKey = QStringLiteral("MainWindow/runsHeader");

constexpr int s_successMessageMs = 15000;
constexpr int s_columnGap = 14; // pixels added to a column fitted to its contents

RunRecord recordFromReport(const RunReport& report)
{
    RunRecord run;
    run.id = report.runId;
    run.job = report.job;
    run.status = report.status;
    run.dryRun = report.dryRun;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.startedAt = run.finishedAt.addMSecs(-qRound64(report.seconds * 1000));
    run.seconds = report.seconds;
    run.counts = report.counts;
    if (!report.succeeded())
        run.error = report.error.message;
    return run;
}

void makeSectionTitle(QLabel* label)
{
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

} // namespace

MainWindow::MainWindow(QString workspaceLocation, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_location(std::move(workspaceLocation))
{
    initAppResources();
    m_ui->setupUi(this);
    setWindowTitle(tr("Syncline — %1").arg(QDir::toNativeSeparators(m_location)));
    makeSectionTitle(m_ui->jobsTitle);
    makeSectionTitle(m_ui->runsTitle);

    m_ui->actionCancel->setShortcuts(
        { QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period) });
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);

    m_jobs = new JobListModel(this);
    m_runs = new RunHistoryModel(this);
    m_ui->jobsView->setModel(m_jobs);
    m_ui->runsView->setModel(m_runs);
    for (QTableView* view : { m_ui->jobsView, m_ui->runsView }) {
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }

    m_controller = new RunController(m_location, this);
    m_loader = new WorkspaceSnapshotLoader(m_location, this);

    m_runningLabel = new QLabel(this);
    m_workspaceLabel = new QLabel(this);
    m_runningLabel->setContentsMargins(8, 0, 8, 0);
    m_workspaceLabel->setContentsMargins(8, 0, 4, 0);
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_location)));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_runningLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    connect(m_ui->actionRunNow, &QAction::triggered, this, &MainWindow::runSelectedJob);
    connect(m_ui->actionDryRun, &QAction::triggered, this, &MainWindow::dryRunSelectedJob);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelSelectedJob);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_ui->jobsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    // A reset drops the selection without selectionChanged; onSnapshotLoaded reselects.
    connect(m_jobs, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateActions();
    });

    connect(m_loader, &WorkspaceSnapshotLoader::loaded, this, &MainWindow::onSnapshotLoaded);
    connect(m_controller, &RunController::started, this, &MainWindow::onRunStarted);
    connect(m_controller, &RunController::progressed, this, &MainWindow::onRunProgressed);
    connect(m_controller, &RunController::finished, this, &MainWindow::onRunFinished);

    restoreSettings();
    updateJobsPage();
    updateRunningJobs();
    updateDetails();
    updateActions();
    m_loader->reload();
}

MainWindow::~MainWindow() = default;

QString MainWindow::selectedJob() const
{
    const QModelIndexList rows = m_ui->jobsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.first().data(JobListModel::JobNameRole).toString();
}

bool MainWindow::selectJob(const QString& job)
{
    const int row = m_jobs->rowOf(job);
    if (row < 0)
        return false;
    m_ui->jobsView->selectionModel()->setCurrentIndex(
        m_jobs->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void MainWindow::runSelectedJob()
{
    startSelectedJob(false);
}

void MainWindow::dryRunSelectedJob()
{
    startSelectedJob(true);
}

void MainWindow::startSelectedJob(bool dryRun)
{
    const QString job = selectedJob();
    if (job.isEmpty() || isRunning(job))
        return;
    RunOptions options;
    options.dryRun = dryRun;
    if (!m_controller->start(job, options)) {
        statusBar()->showMessage(tr("%1 is already running.").arg(job), s_successMessageMs);
        return;
    }
    onRunStarted(job);
}

void MainWindow::cancelSelectedJob()
{
    const QString job = selectedJob();
    if (job.isEmpty() || !isRunning(job))
        return;
    m_controller->cancel(job);
    statusBar()->showMessage(tr("Cancelling %1 after the batch in flight…").arg(job));
}

void MainWindow::refresh()
{
    m_loader->reload();
}

void MainWindow::onRunStarted(const QString& job)
{
    if (isRunning(job))
        return; // start() returned after the controller's started signal, or the reverse
    RunProgress progress;
    progress.job = job;
    m_progress.insert(job, progress);
    statusBar()->clearMessage();
    updateRunningJobs();
    updateDetails();
    updateActions();
}

void MainWindow::onRunProgressed(const RunProgress& progress)
{
    if (!isRunning(progress.job))
        return; // a late report of a run that already finished
    m_progress.insert(progress.job, progress);
    if (progress.job == selectedJob())
        m_ui->detailsPanel->showProgress(progress);
}

void MainWindow::onRunFinished(const RunReport& report)
{
    m_progress.remove(report.job);
    m_reported.insert(report.job, recordFromReport(report));

    switch (report.status) {
    case RunRecord::Status::Succeeded:
        if (report.dryRun) {
            statusBar()->showMessage(
                tr("Dry run of %1 finished: %n change(s) planned.", nullptr,
                    int(qMin<qint64>(report.plannedTotal, std::numeric_limits<int>::max())))
                    .arg(report.job),
                s_successMessageMs);
        } else {
            //: job, inserted, updated, deleted, unchanged, duration
            statusBar()->showMessage(
                tr("%1 finished: %2 inserted, %3 updated, %4 deleted, %5 unchanged in %6.")
                    .arg(report.job, RunText::count(report.counts.inserted),
                        RunText::count(report.counts.updated),
                        RunText::count(report.counts.deleted),
                        RunText::count(report.counts.unchanged), RunText::duration(report.seconds)),
                s_successMessageMs);
        }
        break;
    case RunRecord::Status::Cancelled:
        statusBar()->showMessage(tr("%1 was cancelled.").arg(report.job), s_successMessageMs);
        break;
    case RunRecord::Status::Failed:
    case RunRecord::Status::Running:
        statusBar()->showMessage(tr("%1 failed: %2").arg(report.job, report.error.message));
        break;
    }

    updateJobList();
    updateRunningJobs();
    updateDetails();
    updateActions();
    m_loader->reload();
}

void MainWindow::onSnapshotLoaded(const WorkspaceSnapshot& snapshot)
{
    m_loaded = true;
    if (!snapshot.ok()) {
        m_snapshot.error = snapshot.error;
        statusBar()->showMessage(tr("Could not read the workspace: %1").arg(snapshot.error));
        updateJobsPage();
        return;
    }

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

    updateJobList();
    m_runs->setRuns(m_snapshot.runs);
    updateJobsPage();
    fitColumnsOnce();

    if (!selectJob(selected) && selectedJob().isEmpty() && m_jobs->rowCount() > 0)
        m_ui->jobsView->selectRow(0);
    updateDetails();
    updateActions();
}

const RunRecord* MainWindow::lastRun(const QString& job) const
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

void MainWindow::updateJobList()
{
    QHash<QString, RunRecord> lastRuns;
    for (const JobConfig& job : std::as_const(m_snapshot.config.jobs)) {
        if (const RunRecord* last = lastRun(job.name))
            lastRuns.insert(job.name, *last);
    }
    m_jobs->setJobs(m_snapshot.config.jobs, lastRuns);
}

void MainWindow::updateDetails()
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

void MainWindow::updateActions()
{
    const QString job = selectedJob();
    const bool running = !job.isEmpty() && isRunning(job);
    m_ui->actionRunNow->setEnabled(!job.isEmpty() && !running);
    m_ui->actionDryRun->setEnabled(!job.isEmpty() && !running);
    m_ui->actionCancel->setEnabled(running);
}

void MainWindow::updateRunningJobs()
{
    QStringList running = m_progress.keys();
    running.sort();
    m_jobs->setRunningJobs(running);
    m_runningLabel->setText(running.isEmpty()
            ? tr("No jobs running")
            : tr("Running: %1").arg(running.join(QStringLiteral(", "))));
}

void MainWindow::updateJobsPage()
{
    QWidget* page = m_ui->jobsEmptyPage;
    if (!m_loaded) {
        m_ui->emptyLabel->setText(tr("Loading the workspace…"));
    } else if (!m_snapshot.ok()) {
        m_ui->emptyLabel->setTextFormat(Qt::PlainText);
        m_ui->emptyLabel->setText(tr("Could not read the workspace at %1:\n%2")
                                      .arg(QDir::toNativeSeparators(m_location), m_snapshot.error));
    } else if (m_snapshot.config.jobs.isEmpty()) {
        m_ui->emptyLabel->setTextFormat(Qt::RichText);
        m_ui->emptyLabel->setText(
            tr("<p><b>No jobs yet.</b></p>"
               "<p>Import a config with <code>synclinectl import FILE.json</code>, "
               "or run <code>synclinectl demo</code>.</p>"));
    } else {
        page = m_ui->jobsTablePage;
    }
    m_ui->jobsStack->setCurrentWidget(page);
    // Without jobs there is nothing to detail; the empty state says what to do.
    m_ui->detailsPanel->setVisible(page == m_ui->jobsTablePage);
}

void MainWindow::fitColumns(QTableView* view)
{
    // Contents decide the widths, plus some air between columns and room for a full
    // timestamp; the last column takes the rest. Resizing the last section by hand ends its
    // stretch, so it is switched on again.
    view->resizeColumnsToContents();
    QHeaderView* header = view->horizontalHeader();
    for (int column = 0; column + 1 < header->count(); ++column)
        header->resizeSection(column, header->sectionSize(column) + s_columnGap);
    const int timestampWidth
        = view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16;
    const int timestampColumn
        = view == m_ui->jobsView ? int(JobListModel::LastRun) : int(RunHistoryModel::Started);
    header->resizeSection(
        timestampColumn, qMax(header->sectionSize(timestampColumn), timestampWidth));
    header->setStretchLastSection(false);
    header->setStretchLastSection(true);
}

void MainWindow::fitColumnsOnce()
{
    // Until a table first has rows its columns fit their headers; then, once, their contents.
    // Widths the user set (restored from the settings) stay as they are.
    if (!m_jobsColumnsFitted && m_jobs->rowCount() > 0) {
        fitColumns(m_ui->jobsView);
        m_jobsColumnsFitted = true;
    }
    if (!m_runsColumnsFitted && m_runs->rowCount() > 0) {
        fitColumns(m_ui->runsView);
        m_runsColumnsFitted = true;
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Syncline"),
        tr("<h3>Syncline %1</h3>"
           "<p>Desktop sync administration console with an embedded sync engine.</p>"
           "<p>Workspace: %2</p>")
            .arg(QStringLiteral(SYNCLINE_VERSION),
                QDir::toNativeSeparators(m_location).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const QStringList running = m_progress.keys();
    if (!running.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Jobs are running"),
            tr("Still running: %1.\n\nCancel these runs and quit? Each stops after its batch "
               "in flight.")
                .arg(running.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(s_geometryKey).toByteArray());
    restoreState(settings.value(s_stateKey).toByteArray());
    if (!m_ui->mainSplitter->restoreState(settings.value(s_mainSplitterKey).toByteArray()))
        m_ui->mainSplitter->setSizes({ 460, 300 });
    if (!m_ui->topSplitter->restoreState(settings.value(s_topSplitterKey).toByteArray()))
        m_ui->topSplitter->setSizes({ 700, 460 });
    m_jobsColumnsFitted = m_ui->jobsView->horizontalHeader()->restoreState(
        settings.value(s_jobsHeaderKey).toByteArray());
    m_runsColumnsFitted = m_ui->runsView->horizontalHeader()->restoreState(
        settings.value(s_runsHeaderKey).toByteArray());
    if (!m_jobsColumnsFitted)
        fitColumns(m_ui->jobsView);
    if (!m_runsColumnsFitted)
        fitColumns(m_ui->runsView);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    settings.setValue(s_mainSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(s_topSplitterKey, m_ui->topSplitter->saveState());
    if (m_jobsColumnsFitted)
        settings.setValue(s_jobsHeaderKey, m_ui->jobsView->horizontalHeader()->saveState());
    if (m_runsColumnsFitted)
        settings.setValue(s_runsHeaderKey, m_ui->runsView->horizontalHeader()->saveState());
}

} // namespace Syncline
