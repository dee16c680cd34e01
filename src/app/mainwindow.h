// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runreport.h"
#include "store/runrecord.h"
#include "workspacesnapshot.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace Syncline {

class JobListModel;
class RunController;
class RunHistoryModel;
class WorkspaceSnapshotLoader;

// The console's main window: the jobs of one workspace, the selected job's last run and
// progress, and the run history; runs jobs through a RunController and reloads what it
// shows through a WorkspaceSnapshotLoader, so the GUI thread never touches a database.
// Created by main() (or a test); GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QString workspaceLocation, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString workspaceLocation() const { return m_location; }
    QString selectedJob() const;
    // Selects the job's row; false when no such job is shown.
    bool selectJob(const QString& job);

    // For tests and the views to come.
    RunController* runController() const { return m_controller; }
    JobListModel* jobListModel() const { return m_jobs; }
    RunHistoryModel* runHistoryModel() const { return m_runs; }
    WorkspaceSnapshotLoader* snapshotLoader() const { return m_loader; }

public slots:
    void runSelectedJob();
    void dryRunSelectedJob();
    void cancelSelectedJob();
    void refresh();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void startSelectedJob(bool dryRun);
    void onSnapshotLoaded(const WorkspaceSnapshot& snapshot);
    void onRunStarted(const QString& job);
    void onRunProgressed(const RunProgress& progress);
    void onRunFinished(const RunReport& report);
    void showAbout();

    // The newest run of job known to the window: the snapshot's, or the engine's report of a
    // run the snapshot does not have yet (or whose outcome the workspace failed to record).
    const RunRecord* lastRun(const QString& job) const;
    bool isRunning(const QString& job) const { return m_progress.contains(job); }
    void updateJobList();
    void updateDetails();
    void updateActions();
    void updateRunningJobs();
    void updateJobsPage();
    void fitColumns(QTableView* view);
    void fitColumnsOnce();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_location;
    JobListModel* m_jobs = nullptr;
    RunHistoryModel* m_runs = nullptr;
    RunController* m_controller = nullptr;
    WorkspaceSnapshotLoader* m_loader = nullptr;
    QLabel* m_runningLabel = nullptr;
    QLabel* m_workspaceLabel = nullptr;

    WorkspaceSnapshot m_snapshot;
    bool m_loaded = false;
    bool m_jobsColumnsFitted = false; // by contents once, or restored from the settings
    bool m_runsColumnsFitted = false;
    QHash<QString, RunProgress> m_progress; // running jobs, with their latest progress
    QHash<QString, RunRecord> m_reported; // the latest finished run per job, from its report
};

} // namespace Syncline
