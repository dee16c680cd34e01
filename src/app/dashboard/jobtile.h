// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobconfig.h"
#include "store/metricsrepository.h"
#include "store/runrecord.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace Syncline {

// One job on the dashboard: its name and state, what it syncs, its last run, a strip of its
// recent runs (one bar each, coloured by outcome, newest on the right), how many of them
// succeeded, and its health: lag since the last success, latency p95, pending conflicts. Clicking
// it asks to show the job. Child of DashboardView; GUI thread.
class JobTile final : public QFrame
{
    Q_OBJECT

public:
    explicit JobTile(QWidget* parent = nullptr);

    // recentRuns: newest first. running: the job runs now.
    void setJob(const JobConfig& job, const QString& route, const QList<RunRecord>& recentRuns,
        bool running);
    // Lag, pending conflicts, failure streak and the newest latency p95 (ms, < 0 unknown);
    // health null: not known yet.
    void setHealth(const JobHealth* health, double latencyP95Ms);
    QString healthText() const;
    QString job() const { return m_job; }
    QString stateText() const;

signals:
    void activated(const QString& job);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QString m_job;
    QList<RunRecord> m_runs; // newest first, at most the strip's length
    QLabel* m_name = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_route = nullptr;
    QLabel* m_lastRun = nullptr;
    QLabel* m_health = nullptr;
    QLabel* m_lag = nullptr; // lag · latency · conflicts
    QWidget* m_strip = nullptr; // where paintEvent draws the recent runs
};

} // namespace Syncline
