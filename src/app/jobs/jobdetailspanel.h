// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobconfig.h"
#include "engine/runreport.h"
#include "store/runrecord.h"

#include <QWidget>

#include <memory>

namespace Ui {
class JobDetailsPanel;
}

namespace Syncline {

// The selected job at a glance: what it does, the counts and error of its last run, and the
// progress of the run in flight (rows, rows/s, ETA). Shows what it is told; the view
// decides which job and which run. Child of JobsView; GUI thread.
class JobDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailsPanel(QWidget* parent = nullptr);
    ~JobDetailsPanel() override;

    // No job selected (or none configured).
    void showNoJob();
    void showJob(const JobConfig& job);
    // nullptr: the job never ran.
    void showLastRun(const RunRecord* run);
    // The job runs; `progress` is its latest report (runId 0 before the first one).
    void showProgress(const RunProgress& progress);
    // The job does not run; the bar shows how the last run ended.
    void showIdle(const RunRecord* lastRun);

private:
    void setCounts(const RunCounts& counts, double seconds, bool known);

    std::unique_ptr<Ui::JobDetailsPanel> m_ui;
};

} // namespace Syncline
