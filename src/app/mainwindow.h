// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/alerts/desktopnotifier.h"
#include "engine/runreport.h"
#include "workspacesnapshot.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QLabel;
class QProgressBar;
class QSystemTrayIcon;
class QThread;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Syncline {

class AlertMonitor;
class AuditView;
class ConflictsView;
class ConsoleView;
class DashboardView;
class GettingStartedDialog;
class EndpointsView;
class JobsView;
class MappingsView;
class RunController;
class RunsView;
class Scheduler;
class WorkspaceSnapshotLoader;
class WorkspaceTasks;

// The console's main window: a sidebar switching between the views (Dashboard, Endpoints,
// Mappings, Jobs, Runs, Conflicts, Audit), the menus, toolbar and shortcuts, a status bar
// with the running jobs and their progress, and a tray icon that reports finished and failed
// runs. It owns what the views share: the RunController (jobs run on worker threads), the
// WorkspaceSnapshotLoader and WorkspaceTasks (every database read and write on a pool
// thread); it feeds every view the snapshot and the run events. Created by main() (or a
// test); GUI thread.
class MainWindow final : public QMainWindow, public DesktopNotifier
{
    Q_OBJECT

public:
    enum class View { Dashboard, Endpoints, Mappings, Jobs, Runs, Conflicts, Audit };
    static constexpr int ViewCount = 7;

    explicit MainWindow(QString workspaceLocation, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString workspaceLocation() const { return m_location; }
    View currentView() const;
    ConsoleView* view(View view) const;
    DashboardView* dashboardView() const { return m_dashboard; }
    EndpointsView* endpointsView() const { return m_endpoints; }
    MappingsView* mappingsView() const { return m_mappings; }
    JobsView* jobsView() const { return m_jobs; }
    RunsView* runsView() const { return m_runs; }
    ConflictsView* conflictsView() const { return m_conflicts; }
    AuditView* auditView() const { return m_audit; }

    RunController* runController() const { return m_controller; }
    WorkspaceSnapshotLoader* snapshotLoader() const { return m_loader; }
    WorkspaceTasks* tasks() const { return m_tasks; }
    const WorkspaceSnapshot& snapshot() const { return m_snapshot; }
    bool isLoaded() const { return m_loaded; }
    // Evaluates the alert rules on its own thread, after each run and every minute; its
    // desktop channel shows alerts through the tray (showAlert).
    AlertMonitor* alertMonitor() const { return m_alerts; }
    // Fires the workspace's scheduled jobs while the console is open, on its own thread;
    // nullptr when the preference "scheduler/enabled" is off.
    Scheduler* scheduler() const { return m_scheduler; }
    bool showAlert(const AlertEvent& event, const QString& title, const QString& text) override;
    // nullptr where the platform has no system tray.
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    // The last run notification, as the tray showed it (or would have, without a tray).
    QString lastNotification() const { return m_lastNotification; }
    // nullptr until Help > Getting Started was first opened.
    GettingStartedDialog* gettingStartedDialog() const { return m_gettingStarted; }

public slots:
    void showView(Syncline::MainWindow::View view);
    void startJob(const QString& job, bool dryRun);
    void cancelJob(const QString& job);
    void runCurrentJob();
    void dryRunCurrentJob();
    void cancelCurrentJob();
    void refresh();
    void showPreferences();
    void showGettingStarted();

signals:
    // A snapshot arrived and every view was fed it.
    void snapshotShown();
    void notified(const QString& title, const QString& message);
    // An alert rule started firing or recovered.
    void alertsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addView(ConsoleView* view, const QString& title, const QString& icon);
    void startAlertMonitor();
    void startScheduler();
    void onSnapshotLoaded(const WorkspaceSnapshot& snapshot);
    void onRunStarted(const QString& job);
    void onRunProgressed(const RunProgress& progress);
    void onRunFinished(const RunReport& report);
    void onViewChanged(int index);
    void notify(const QString& title, const QString& message, bool failure);
    void showHelp();
    void showAbout();
    void updateActions();
    void updateRunningJobs();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_location;
    RunController* m_controller = nullptr;
    WorkspaceSnapshotLoader* m_loader = nullptr;
    WorkspaceTasks* m_tasks = nullptr;
    QTimer* m_reloadTimer = nullptr;
    DashboardView* m_dashboard = nullptr;
    EndpointsView* m_endpoints = nullptr;
    MappingsView* m_mappings = nullptr;
    JobsView* m_jobs = nullptr;
    RunsView* m_runs = nullptr;
    ConflictsView* m_conflicts = nullptr;
    AuditView* m_audit = nullptr;
    QList<ConsoleView*> m_views; // in sidebar order
    QLabel* m_runningLabel = nullptr;
    QProgressBar* m_runningBar = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QThread* m_alertThread = nullptr;
    AlertMonitor* m_alerts = nullptr; // lives on m_alertThread
    QThread* m_schedulerThread = nullptr;
    Scheduler* m_scheduler = nullptr; // lives on m_schedulerThread
    QString m_lastNotification;
    GettingStartedDialog* m_gettingStarted = nullptr;

    WorkspaceSnapshot m_snapshot;
    bool m_loaded = false;
    QHash<QString, RunProgress> m_progress; // running jobs, with their latest progress
    QSet<qint64> m_runsShown; // runs whose Running row a reload already fetched
};

} // namespace Syncline
