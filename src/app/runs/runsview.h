// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/quarantinerepository.h"
#include "store/runrecord.h"
#include "widgets/consoleview.h"

#include <memory>

namespace Ui {
class RunsView;
}

namespace Syncline {

class QuarantineModel;
class RunFilterModel;
class RunHistoryModel;
class WorkspaceTasks;

// What RunsView reads about one run on a pool thread: its metrics and quarantined rows.
struct RunDetails
{
    qint64 runId = 0;
    QList<std::pair<QString, double>> metrics;
    QList<QuarantinedRow> quarantine;
};

// The Runs page: the run history filtered by job, status and start time (filtered by the
// store's query and read page by page as the table scrolls, RunHistoryModel); for the selected
// run its counts, timings, error and the rows its target rejected (with the database's
// messages, read on a pool thread); Re-run starts the run's job again. Child of MainWindow's
// view stack; GUI thread.
class RunsView final : public ConsoleView
{
    Q_OBJECT

public:
    explicit RunsView(WorkspaceTasks* tasks, QWidget* parent = nullptr);
    ~RunsView() override;

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    QString currentJob() const override;
    void runStarted(const QString& job) override;
    void runFinished(const RunReport& report) override;
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;

    RunHistoryModel* runHistoryModel() const { return m_runs; }
    RunFilterModel* runFilterModel() const { return m_filter; }
    QuarantineModel* quarantineModel() const { return m_quarantine; }
    qint64 selectedRun() const; // 0 when none
    bool selectRun(qint64 runId);
    // Filters as the combo boxes set them (for tests and the dashboard's links).
    void filterByJob(const QString& job);

public slots:
    void rerunSelected();

signals:
    void detailsLoaded(qint64 runId);

private:
    bool selectLoadedRun(qint64 runId);
    void onSelectionChanged();
    void onPageLoaded(const QString& error);
    RunQuery currentQuery() const;
    void applyQuery();
    void updateFilters();
    void updateJobFilter();
    void showRun(const RunRecord* run);
    void showDetails(const RunRecord& run, const RunDetails* details);
    void updateButtons();
    void updatePage();

    std::unique_ptr<Ui::RunsView> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    RunHistoryModel* m_runs = nullptr;
    RunFilterModel* m_filter = nullptr;
    QuarantineModel* m_quarantine = nullptr;
    WorkspaceConfig m_config;
    QStringList m_running;
    bool m_loaded = false;
    bool m_anyRuns = false; // the workspace has runs at all (the snapshot's recent runs)
    QStringList m_runJobs; // jobs of the snapshot's recent runs, for the job filter
    qint64 m_selectAfterLoad = 0;
    qint64 m_seekRun = 0; // an older run selectRun() reads further pages for
    bool m_awaitingFirstPage = false;
    bool m_columnsFitted = false;
    qint64 m_shownRun = 0;
    int m_detailsSerial = 0;
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::RunDetails)
