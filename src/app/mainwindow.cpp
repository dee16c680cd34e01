// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appresources.h"
#include "audit/auditview.h"
#include "conflicts/conflictsview.h"
#include "dashboard/dashboardview.h"
#include "endpoints/endpointsview.h"
#include "engine/alertmonitor.h"
#include "engine/runcontroller.h"
#include "engine/scheduler.h"
#include "help/gettingstarteddialog.h"
#include "jobs/jobsview.h"
#include "mappinglist/mappingsview.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "runs/runsview.h"
#include "ui_mainwindow.h"
#include "widgets/emptystate.h"
#include "widgets/runtext.h"
#include "workspacesnapshotloader.h"
#include "workspacetasks.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>
#include <QWhatsThis>

#include <limits>

namespace Syncline {

namespace {

const auto s_geometryKey = QStringLiteral("MainWindow/geometry");
const auto s_stateKey = QStringLiteral("MainWindow/state");
const auto s_viewKey = QStringLiteral("MainWindow/view");
const auto s_viewsGroup = QStringLiteral("Views/%1");

constexpr int s_messageMs = 15000;
constexpr int s_trayMessageMs = 8000;
constexpr int s_alertIntervalMs = 60000;
constexpr int s_reloadIntervalMs = 30000; // picks up runs and edits made by synclinectl
constexpr int s_sidebarWidth = 168;

const char* const s_viewNames[]
    = { "dashboard", "endpoints", "mappings", "jobs", "runs", "conflicts", "audit" };

} // namespace

MainWindow::MainWindow(QString workspaceLocation, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_location(std::move(workspaceLocation))
{
    initAppResources();
    qRegisterMetaType<Syncline::WorkspaceSnapshot>();
    m_ui->setupUi(this);
    setWindowTitle(tr("Syncline — %1").arg(QDir::toNativeSeparators(m_location)));

    m_controller = new RunController(m_location, this);
    m_loader = new WorkspaceSnapshotLoader(m_location, this);
    m_tasks = new WorkspaceTasks(m_location, this);
    startAlertMonitor();
    startScheduler();

    m_dashboard = new DashboardView(m_tasks, this);
    m_endpoints = new EndpointsView(m_tasks, this);
    m_mappings = new MappingsView(m_tasks, this);
    m_jobs = new JobsView(m_tasks, this);
    m_runs = new RunsView(m_tasks, this);
    // A click on a dashboard chart point opens the run behind it.
    connect(m_dashboard, &DashboardView::runActivated, this, [this](qint64 runId) {
        showView(View::Runs);
        m_runs->selectRun(runId);
    });
    m_conflicts = new ConflictsView(m_tasks, this);
    m_audit = new AuditView(this);
    addView(m_dashboard, tr("Dashboard"), QStringLiteral("dashboard"));
    addView(m_endpoints, tr("Endpoints"), QStringLiteral("endpoints"));
    addView(m_mappings, tr("Mappings"), QStringLiteral("mappings"));
    addView(m_jobs, tr("Jobs"), QStringLiteral("jobs"));
    addView(m_runs, tr("Runs"), QStringLiteral("runs"));
    addView(m_conflicts, tr("Conflicts"), QStringLiteral("conflicts"));
    addView(m_audit, tr("Audit"), QStringLiteral("audit"));
    // The Conflicts entry shows how many wait for a decision (snoozed ones aside).
    connect(m_conflicts, &ConflictsView::pendingCountChanged, this, [this](qint64 count) {
        if (QListWidgetItem* item = m_ui->sidebar->item(int(View::Conflicts)))
            item->setText(
                count > 0 ? tr("Conflicts (%1)").arg(RunText::count(count)) : tr("Conflicts"));
    });
    m_ui->sidebar->setFixedWidth(s_sidebarWidth);
    QFont sidebarFont = m_ui->sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_ui->sidebar->setFont(sidebarFont);

    // Ctrl+1..7 as in the .ui; the window-wide standard keys here.
    const QList<QAction*> viewActions { m_ui->actionDashboard, m_ui->actionEndpoints,
        m_ui->actionMappings, m_ui->actionJobs, m_ui->actionRuns, m_ui->actionConflicts,
        m_ui->actionAudit };
    auto* viewGroup = new QActionGroup(this);
    for (int i = 0; i < viewActions.size(); ++i) {
        viewGroup->addAction(viewActions[i]);
        viewActions[i]->setIcon(
            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(s_viewNames[i]))));
        connect(viewActions[i], &QAction::triggered, this, [this, i] { showView(View(i)); });
    }
    m_ui->actionNew->setShortcuts(QKeySequence::New);
    m_ui->actionDelete->setShortcuts(QKeySequence::Delete);
    m_ui->actionRunNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_ui->actionDryRun->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_ui->actionCancel->setShortcuts(
        { QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period) });
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionHelp->setShortcuts(QKeySequence::HelpContents);

    m_runningLabel = new QLabel(this);
    m_runningBar = new QProgressBar(this);
    m_workspaceLabel = new QLabel(this);
    m_runningLabel->setObjectName(QStringLiteral("runningLabel"));
    m_runningBar->setObjectName(QStringLiteral("runningBar"));
    m_runningLabel->setContentsMargins(8, 0, 8, 0);
    m_runningBar->setMaximumWidth(160);
    m_runningBar->setMaximumHeight(16);
    m_runningBar->setTextVisible(false);
    m_workspaceLabel->setContentsMargins(8, 0, 4, 0);
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_location)));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_runningLabel);
    statusBar()->addPermanentWidget(m_runningBar);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/syncline.svg")), this);
        auto* trayMenu = new QMenu(this);
        trayMenu->addAction(tr("Show Syncline"), this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        trayMenu->addSeparator();
        trayMenu->addAction(m_ui->actionQuit);
        m_tray->setContextMenu(trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    showNormal();
                    raise();
                    activateWindow();
                }
            });
        m_tray->show();
    }

    connect(m_ui->sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onViewChanged);
    connect(m_ui->actionNew, &QAction::triggered, this, [this] {
        if (ConsoleView* current = view(currentView()); current->canCreate())
            current->createItem();
    });
    connect(m_ui->actionDelete, &QAction::triggered, this, [this] {
        if (ConsoleView* current = view(currentView()); current->canDelete())
            current->deleteSelected();
    });
    connect(m_ui->actionRunNow, &QAction::triggered, this, &MainWindow::runCurrentJob);
    connect(m_ui->actionDryRun, &QAction::triggered, this, &MainWindow::dryRunCurrentJob);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelCurrentJob);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionHelp, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionGettingStarted, &QAction::triggered, this, &MainWindow::showGettingStarted);
    connect(
        m_ui->actionWhatsThis, &QAction::triggered, this, [] { QWhatsThis::enterWhatsThisMode(); });
    // Views link to the help from their empty states: <a href="syncline:getting-started">.
    for (EmptyState* empty : findChildren<EmptyState*>()) {
        connect(empty, &EmptyState::linkActivated, this, [this](const QString& link) {
            if (link == u"syncline:getting-started")
                showGettingStarted();
        });
    }

    connect(m_loader, &WorkspaceSnapshotLoader::loaded, this, &MainWindow::onSnapshotLoaded);
    connect(m_controller, &RunController::started, this, &MainWindow::onRunStarted);
    connect(m_controller, &RunController::progressed, this, &MainWindow::onRunProgressed);
    connect(m_controller, &RunController::finished, this, &MainWindow::onRunFinished);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setInterval(s_reloadIntervalMs);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_loader->isLoading())
            m_loader->reload();
    });
    m_reloadTimer->start();

    restoreSettings();
    updateRunningJobs();
    updateActions();
    m_loader->reload();
}

MainWindow::~MainWindow()
{
    // The scheduler too is deleted on its thread; it waits for its runs' batches in flight.
    if (m_schedulerThread) {
        m_schedulerThread->quit();
        m_schedulerThread->wait();
        m_scheduler = nullptr;
    }
    // The monitor is deleted on its own thread (its workspace connection belongs there).
    m_alertThread->quit();
    m_alertThread->wait();
    m_alerts = nullptr;
    // The views' pending tasks deliver nothing once the views are gone; wait for them (and
    // for the runs, in RunController's destructor) before the workspace may disappear.
    delete m_tasks;
    m_tasks = nullptr;
}

// Alert rules are evaluated off the GUI thread (they query the workspace): after every run
// and once a minute, for the rules no run triggers ("not run since").
void MainWindow::startAlertMonitor()
{
    m_alertThread = new QThread(this);
    m_alertThread->setObjectName(QStringLiteral("alerts"));
    m_alerts = new AlertMonitor(m_location);
    m_alerts->setDesktopNotifier(this, this);
    m_alerts->moveToThread(m_alertThread);
    connect(m_alertThread, &QThread::finished, m_alerts, &QObject::deleteLater);
    connect(m_alerts, &AlertMonitor::transitioned, this, &MainWindow::alertsChanged);
    connect(m_controller, &RunController::finished, m_alerts, &AlertMonitor::evaluateNow);
    auto* timer = new QTimer(this);
    timer->setInterval(s_alertIntervalMs);
    connect(timer, &QTimer::timeout, m_alerts, &AlertMonitor::evaluateNow);
    timer->start();
    m_alertThread->start();
    QMetaObject::invokeMethod(m_alerts, &AlertMonitor::evaluateNow, Qt::QueuedConnection);
}

// Scheduled jobs fire while the console is open unless the preference turns it off. The
// scheduler reads the workspace every second, so it gets a thread of its own, like the
// alert monitor; its runs get theirs from its own RunController.
void MainWindow::startScheduler()
{
    if (!QSettings().value(QStringLiteral("scheduler/enabled"), true).toBool())
        return;
    m_schedulerThread = new QThread(this);
    m_schedulerThread->setObjectName(QStringLiteral("scheduler"));
    m_scheduler = new Scheduler(m_location);
    m_scheduler->moveToThread(m_schedulerThread);
    connect(m_schedulerThread, &QThread::finished, m_scheduler, &QObject::deleteLater);
    connect(m_scheduler, &Scheduler::runFinished, this, &MainWindow::refresh);
    connect(m_scheduler, &Scheduler::runFinished, m_alerts, &AlertMonitor::evaluateNow);
    connect(m_scheduler, &Scheduler::failed, this,
        [this](const QString& message) { notify(tr("Scheduler"), message, true); });
    m_schedulerThread->start();
    QMetaObject::invokeMethod(m_scheduler, &Scheduler::start, Qt::QueuedConnection);
}

bool MainWindow::showAlert(const AlertEvent& event, const QString& title, const QString& text)
{
    notify(title, text, event.state == AlertEvent::State::Firing && event.severity == u"critical");
    return m_tray && m_tray->isVisible();
}

void MainWindow::addView(ConsoleView* view, const QString& title, const QString& icon)
{
    view->setObjectName(icon + QStringLiteral("View"));
    m_views.append(view);
    m_ui->viewStack->addWidget(view);
    auto* item = new QListWidgetItem(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), title, m_ui->sidebar);
    item->setSizeHint(QSize(s_sidebarWidth - 8, 36));
    //: tooltip of a sidebar entry: the view, its shortcut
    item->setToolTip(tr("%1 (%2)").arg(title,
        QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(m_views.size()) - 1))
            .toString(QKeySequence::NativeText)));

    connect(view, &ConsoleView::actionsChanged, this, &MainWindow::updateActions);
    connect(view, &ConsoleView::statusMessage, this, [this](const QString& message, int timeoutMs) {
        statusBar()->showMessage(message, timeoutMs);
    });
    connect(view, &ConsoleView::workspaceChanged, this, &MainWindow::refresh);
    connect(view, &ConsoleView::runRequested, this, &MainWindow::startJob);
    connect(view, &ConsoleView::cancelRequested, this, &MainWindow::cancelJob);
    connect(view, &ConsoleView::jobActivated, this, [this](const QString& job) {
        showView(View::Jobs);
        m_jobs->selectJob(job);
    });
}

MainWindow::View MainWindow::currentView() const
{
    return View(qMax(0, m_ui->viewStack->currentIndex()));
}

ConsoleView* MainWindow::view(View view) const
{
    return m_views.value(int(view));
}

void MainWindow::showView(View view)
{
    m_ui->sidebar->setCurrentRow(int(view));
}

void MainWindow::onViewChanged(int index)
{
    if (index < 0 || index >= m_views.size())
        return;
    m_ui->viewStack->setCurrentIndex(index);
    const QList<QAction*> viewActions { m_ui->actionDashboard, m_ui->actionEndpoints,
        m_ui->actionMappings, m_ui->actionJobs, m_ui->actionRuns, m_ui->actionConflicts,
        m_ui->actionAudit };
    viewActions[index]->setChecked(true);
    updateActions();
}

void MainWindow::startJob(const QString& job, bool dryRun)
{
    if (job.isEmpty() || m_progress.contains(job))
        return;
    if (!dryRun && Preferences::confirmRun()
        && QMessageBox::question(this, tr("Run %1").arg(job),
               tr("Run %1 now? It writes to the target.").arg(job),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
        return;
    RunOptions options;
    options.dryRun = dryRun;
    if (!m_controller->start(job, options)) {
        statusBar()->showMessage(tr("%1 is already running.").arg(job), s_messageMs);
        return;
    }
    onRunStarted(job);
}

void MainWindow::cancelJob(const QString& job)
{
    if (job.isEmpty() || !m_progress.contains(job))
        return;
    m_controller->cancel(job);
    statusBar()->showMessage(tr("Cancelling %1 after the batch in flight…").arg(job));
}

void MainWindow::runCurrentJob()
{
    startJob(view(currentView())->currentJob(), false);
}

void MainWindow::dryRunCurrentJob()
{
    startJob(view(currentView())->currentJob(), true);
}

void MainWindow::cancelCurrentJob()
{
    cancelJob(view(currentView())->currentJob());
}

void MainWindow::refresh()
{
    m_loader->reload();
}

void MainWindow::onRunStarted(const QString& job)
{
    if (m_progress.contains(job))
        return; // start() returned after the controller's started signal, or the reverse
    RunProgress progress;
    progress.job = job;
    m_progress.insert(job, progress);
    statusBar()->clearMessage();
    for (ConsoleView* each : std::as_const(m_views))
        each->runStarted(job);
    updateRunningJobs();
    updateActions();
}

void MainWindow::onRunProgressed(const RunProgress& progress)
{
    if (!m_progress.contains(progress.job))
        return; // a late report of a run that already finished
    m_progress.insert(progress.job, progress);
    for (ConsoleView* each : std::as_const(m_views))
        each->runProgressed(progress);
    updateRunningJobs();
    // Once the run is recorded, a reload shows it in the history as running.
    if (progress.runId > 0 && !m_runsShown.contains(progress.runId)) {
        m_runsShown.insert(progress.runId);
        m_loader->reload();
    }
}

void MainWindow::onRunFinished(const RunReport& report)
{
    m_progress.remove(report.job);
    for (ConsoleView* each : std::as_const(m_views))
        each->runFinished(report);

    switch (report.status) {
    case RunRecord::Status::Succeeded:
        if (report.dryRun) {
            const QString message = report.plannedTotal == 1
                ? tr("Dry run of %1 finished: 1 change planned, nothing written.").arg(report.job)
                : tr("Dry run of %1 finished: %2 changes planned, nothing written.")
                      .arg(report.job, RunText::count(report.plannedTotal));
            statusBar()->showMessage(message, s_messageMs);
            notify(tr("Dry run of %1 finished").arg(report.job), message, false);
        } else {
            //: job, inserted, updated, deleted, unchanged, duration
            const QString message
                = tr("%1 finished: %2 inserted, %3 updated, %4 deleted, %5 unchanged in %6.")
                      .arg(report.job, RunText::count(report.counts.inserted),
                          RunText::count(report.counts.updated),
                          RunText::count(report.counts.deleted),
                          RunText::count(report.counts.unchanged),
                          RunText::duration(report.seconds));
            statusBar()->showMessage(message, s_messageMs);
            notify(tr("%1 finished").arg(report.job), message, false);
        }
        break;
    case RunRecord::Status::Cancelled: {
        const QString message = tr("%1 was cancelled.").arg(report.job);
        statusBar()->showMessage(message, s_messageMs);
        notify(tr("%1 cancelled").arg(report.job), message, false);
        break;
    }
    case RunRecord::Status::Failed:
    case RunRecord::Status::Running: {
        const QString message = tr("%1 failed: %2").arg(report.job, report.error.message);
        statusBar()->showMessage(message);
        notify(tr("%1 failed").arg(report.job), report.error.message, true);
        break;
    }
    }

    updateRunningJobs();
    updateActions();
    m_loader->reload();
}

void MainWindow::notify(const QString& title, const QString& message, bool failure)
{
    //: a tray notification: title, message
    m_lastNotification = tr("%1: %2").arg(title, message);
    if (m_tray && m_tray->isVisible() && Preferences::desktopNotifications()) {
        m_tray->showMessage(title, message,
            failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, s_trayMessageMs);
    }
    emit notified(title, message);
}

void MainWindow::onSnapshotLoaded(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok()) {
        statusBar()->showMessage(tr("Could not read the workspace: %1").arg(snapshot.error));
        if (!m_loaded) {
            // The views keep their loading state; say in the window title what went wrong.
            setWindowTitle(
                tr("Syncline — %1 (unreadable)").arg(QDir::toNativeSeparators(m_location)));
        }
        return;
    }
    m_loaded = true;
    m_snapshot = snapshot;
    for (ConsoleView* each : std::as_const(m_views))
        each->showSnapshot(m_snapshot);
    updateActions();
    emit snapshotShown();
}

void MainWindow::updateActions()
{
    ConsoleView* current = view(currentView());
    const QString job = current ? current->currentJob() : QString();
    const bool running = !job.isEmpty() && m_progress.contains(job);
    m_ui->actionRunNow->setEnabled(!job.isEmpty() && !running);
    m_ui->actionDryRun->setEnabled(!job.isEmpty() && !running);
    m_ui->actionCancel->setEnabled(running);
    m_ui->actionNew->setEnabled(current && current->canCreate());
    m_ui->actionDelete->setEnabled(current && current->canDelete());
}

void MainWindow::updateRunningJobs()
{
    QStringList running = m_progress.keys();
    running.sort();
    if (running.isEmpty()) {
        m_runningLabel->setText(tr("No jobs running"));
        m_runningBar->hide();
        if (m_tray)
            m_tray->setToolTip(tr("Syncline: no jobs running"));
        return;
    }
    QStringList parts;
    qint64 processed = 0;
    qint64 estimated = 0;
    bool allEstimated = true;
    for (const QString& job : std::as_const(running)) {
        const RunProgress& progress = m_progress[job];
        if (progress.estimated > 0) {
            const int percent = int(
                qBound(qint64(0), progress.processed * 100 / progress.estimated, qint64(100)));
            //: a running job and how far it is
            parts.append(tr("%1 %2%").arg(job).arg(percent));
            processed += qMin(progress.processed, progress.estimated);
            estimated += progress.estimated;
        } else {
            parts.append(job);
            allEstimated = false;
        }
    }
    m_runningLabel->setText(tr("Running: %1").arg(parts.join(QStringLiteral(", "))));
    m_runningBar->show();
    if (allEstimated && estimated > 0) {
        m_runningBar->setRange(0, 1000);
        m_runningBar->setValue(int(processed * 1000 / estimated));
    } else {
        m_runningBar->setRange(0, 0); // busy: some total is unknown
    }
    if (m_tray)
        m_tray->setToolTip(tr("Syncline: running %1").arg(running.join(QStringLiteral(", "))));
}

void MainWindow::showHelp()
{
    const QString shortcuts
        = tr("<h3>Syncline</h3>"
             "<p>Syncline keeps databases consistent: <b>endpoints</b> are the databases, a "
             "<b>mapping</b> turns rows of a source table into rows of a target table, and a "
             "<b>job</b> runs a mapping on demand. Every run is recorded with its counts, "
             "errors and the rows the target rejected.</p>"
             "<table cellspacing=\"4\">"
             "<tr><td><b>Ctrl+1 … Ctrl+7</b></td><td>Dashboard, Endpoints, Mappings, Jobs, "
             "Runs, Conflicts, Audit</td></tr>"
             "<tr><td><b>Ctrl+N</b></td><td>New endpoint or job</td></tr>"
             "<tr><td><b>Del</b></td><td>Delete the selected endpoint or job</td></tr>"
             "<tr><td><b>F5</b></td><td>Run the selected job now</td></tr>"
             "<tr><td><b>Shift+F5</b></td><td>Dry run: show the planned changes, write "
             "nothing</td></tr>"
             "<tr><td><b>Esc</b></td><td>Cancel the selected job's run after the batch in "
             "flight</td></tr>"
             "<tr><td><b>Ctrl+R</b></td><td>Reload from the workspace</td></tr>"
             "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
             "</table>"
             "<p>The same workspace is driven from scripts with <code>synclinectl</code>: "
             "<code>synclinectl run JOB</code>, <code>synclinectl export</code>.</p>");
    QMessageBox box(
        QMessageBox::Information, tr("Syncline Help"), shortcuts, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showGettingStarted()
{
    if (!m_gettingStarted)
        m_gettingStarted = new GettingStartedDialog(this);
    m_gettingStarted->show();
    m_gettingStarted->raise();
    m_gettingStarted->activateWindow();
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
    QStringList running = m_progress.keys();
    running.sort();
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
    if (m_tray)
        m_tray->hide();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(s_geometryKey).toByteArray());
    restoreState(settings.value(s_stateKey).toByteArray());
    for (int i = 0; i < m_views.size(); ++i) {
        settings.beginGroup(s_viewsGroup.arg(QLatin1String(s_viewNames[i])));
        m_views[i]->restoreState(settings);
        settings.endGroup();
    }
    const int index = settings.value(s_viewKey, int(View::Dashboard)).toInt();
    showView(View(qBound(0, index, ViewCount - 1)));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    settings.setValue(s_viewKey, int(currentView()));
    for (int i = 0; i < m_views.size(); ++i) {
        settings.beginGroup(s_viewsGroup.arg(QLatin1String(s_viewNames[i])));
        m_views[i]->saveState(settings);
        settings.endGroup();
    }
}

} // namespace Syncline
