// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardquery.h"
#include "widgets/consoleview.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace Ui {
class DashboardView;
}

namespace Syncline {

class AlertsPanel;
class JobTile;
class MetricChart;
class MetricTile;
class RunHistoryModel;
class WorkspaceTasks;

// The Dashboard page: the workspace at a glance, from its run history: how many jobs, runs,
// failures and rows written in the last 24 hours, what runs now; charts of latency (p50/p95),
// throughput, failed runs and pending conflicts over 1 h, 24 h, 7 d or 30 d for one job or
// all (read from the metrics time series on a pool thread); one tile per job with its last
// run, lag, pending conflicts and a strip of its recent runs; and the latest runs of all jobs.
// Clicking a tile (or double-clicking a run) shows the job; clicking a chart point opens its
// run. Child of MainWindow's view stack; GUI thread.
class DashboardView final : public ConsoleView
{
    Q_OBJECT

public:
    enum class Range { Hour, Day, Week, Month };

    explicit DashboardView(WorkspaceTasks* tasks, QWidget* parent = nullptr);
    ~DashboardView() override;

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    void runStarted(const QString& job) override;
    void runFinished(const RunReport& report) override;

    QList<JobTile*> jobTiles() const { return m_tiles; }
    MetricTile* runsTile() const { return m_runsTile; }
    RunHistoryModel* recentRunsModel() const { return m_recentRuns; }

    void setRange(Range range);
    Range range() const { return m_range; }
    static qint64 rangeSeconds(Range range);
    // The job the charts show; empty for all jobs.
    void setChartJob(const QString& job);
    QString chartJob() const;
    AlertsPanel* alertsPanel() const { return m_alerts; }
    MetricChart* latencyChart() const { return m_latencyChart; }
    MetricChart* throughputChart() const { return m_throughputChart; }
    MetricChart* failuresChart() const { return m_failuresChart; }
    MetricChart* conflictsChart() const { return m_conflictsChart; }
    // Chart queries started so far (each range or job change, each snapshot; a change while
    // one is running starts one more when it ends).
    int chartQueries() const { return m_generation; }
    bool chartsLoading() const { return m_inFlight || m_reloadPending; }
    // Reads the charts' data again on a pool thread.
    void reloadCharts();
    // Shows data read by reloadCharts() (ignored if the job or range changed since).
    void showChartData(const DashboardData& data);
    const DashboardData& chartData() const { return m_data; }

signals:
    // The user clicked a chart point: show this run in the Runs view.
    void runActivated(qint64 runId);
    // New chart data is shown.
    void chartsUpdated();

private:
    void rebuild();
    void updateJobChoices();

    std::unique_ptr<Ui::DashboardView> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    AlertsPanel* m_alerts = nullptr;
    MetricChart* m_latencyChart = nullptr;
    MetricChart* m_throughputChart = nullptr;
    MetricChart* m_failuresChart = nullptr;
    MetricChart* m_conflictsChart = nullptr;
    Range m_range = Range::Day;
    int m_generation = 0;
    bool m_inFlight = false;
    bool m_reloadPending = false;
    DashboardData m_data;
    MetricTile* m_jobsTile = nullptr;
    MetricTile* m_runsTile = nullptr;
    MetricTile* m_rowsTile = nullptr;
    MetricTile* m_quarantineTile = nullptr;
    MetricTile* m_runningTile = nullptr;
    QList<JobTile*> m_tiles;
    RunHistoryModel* m_recentRuns = nullptr;
    bool m_recentColumnsFitted = false;
    WorkspaceSnapshot m_snapshot;
    QStringList m_running;
    QHash<QString, RunRecord> m_unrecorded; // runs that failed before the workspace knew them
    bool m_loaded = false;
};

} // namespace Syncline
