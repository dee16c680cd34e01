// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runrecord.h"
#include "widgets/consoleview.h"

#include <QHash>

#include <memory>

namespace Ui {
class JobsView;
}

namespace Syncline {

class JobEditor;
class JobListModel;
class PlannedChangesModel;
class WorkspaceTasks;

// The Jobs page: the configured jobs with their last run and whether they run now; for the
// selected job its last run's counts, the progress of its run in flight (rows, rows/s, ETA),
// Run now / Dry run / Cancel, an editor for everything the job has (saved through
// ConfigRepository on a pool thread) and the changes its last dry run planned. Runs go
// through MainWindow's RunController (runRequested/cancelRequested). Child of MainWindow's
// view stack; GUI thread.
class JobsView final : public ConsoleView
{
    Q_OBJECT

public:
    explicit JobsView(WorkspaceTasks* tasks, QWidget* parent = nullptr);
    ~JobsView() override;

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    QString currentJob() const override { return selectedJob(); }
    bool canCreate() const override { return true; }
    bool canDelete() const override { return !selectedJob().isEmpty(); }
    void createItem() override;
    void deleteSelected() override;
    void runStarted(const QString& job) override;
    void runProgressed(const RunProgress& progress) override;
    void runFinished(const RunReport& report) override;
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;

    QString selectedJob() const;
    bool selectJob(const QString& job);
    bool isDirty() const { return m_dirty; }
    bool isRunning(const QString& job) const { return m_progress.contains(job); }
    JobEditor* editor() const;
    JobListModel* jobListModel() const { return m_jobs; }
    PlannedChangesModel* plannedChangesModel() const { return m_planned; }
    // Shows the Planned changes tab (true) or the Settings tab.
    void showPlannedChanges(bool show);

public slots:
    void save();
    void revert();
    void cloneSelected();

signals:
    void saved(const QString& job);
    void saveFailed(const QString& message);
    void removed(const QString& job);

private:
    void onSelectionChanged();
    void onEdited();
    void showJob(const JobConfig* job);
    void startNew(const JobConfig& job);
    bool confirmDiscard();
    void selectRowQuietly(int row);
    void loadColumns(const QString& mapping);
    void showMessage(const QString& text, bool error);
    // The newest run of job known to the view: the snapshot's, or the engine's report of a
    // run the snapshot does not have yet (or whose outcome the workspace failed to record).
    const RunRecord* lastRun(const QString& job) const;
    void updateJobList();
    void updateDetails();
    void updatePlanned();
    void updateButtons();
    // Reads whether the selected job's schedule is paused (pool thread) into the button.
    void loadSchedulePaused();
    void setSchedulePaused(bool paused);
    void updateJobsPage();

    std::unique_ptr<Ui::JobsView> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    JobListModel* m_jobs = nullptr;
    PlannedChangesModel* m_planned = nullptr;
    WorkspaceSnapshot m_snapshot;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_saving = false;
    bool m_quiet = false;
    bool m_columnsFitted = false;
    QString m_shown; // the stored job the editor shows; empty for a new one
    JobConfig m_shownConfig;
    QString m_selectAfterReload;
    QString m_plannedJob; // whose dry run the planned changes are
    int m_columnsSerial = 0;
    QHash<QString, RunProgress> m_progress; // running jobs, with their latest progress
    QHash<QString, RunRecord> m_reported; // the latest finished run per job, from its report
    QHash<QString, RunReport> m_dryRuns; // the latest successful dry run per job
};

} // namespace Syncline
