// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/consoleview.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace Ui {
class DashboardView;
}

namespace Syncline {

class JobTile;
class MetricTile;
class RunHistoryModel;

// The Dashboard page: the workspace at a glance, from its run history: how many jobs, runs,
// failures and rows written in the last 24 hours, what runs now, and one tile per job with its
// last run and a strip of its recent runs, and the latest runs of all jobs. Clicking a tile
// (or double-clicking a run) shows the job. Child of
// MainWindow's view stack; GUI thread.
class DashboardView final : public ConsoleView
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    void runStarted(const QString& job) override;
    void runFinished(const RunReport& report) override;

    QList<JobTile*> jobTiles() const { return m_tiles; }
    MetricTile* runsTile() const { return m_runsTile; }
    RunHistoryModel* recentRunsModel() const { return m_recentRuns; }

private:
    void rebuild();

    std::unique_ptr<Ui::DashboardView> m_ui;
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
