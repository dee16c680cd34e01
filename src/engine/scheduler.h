// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule.h"
#include "store/runrecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace Syncline {

class RunController;
struct RunReport;
class Workspace;

// Runs a workspace's scheduled jobs: on each tick it reads the jobs and their schedule state,
// and for each due, unpaused job claims the job's lease in the workspace (JobLease: so two
// schedulers, or a scheduler and a manual run, never run a job at once), records the fire and
// starts a run through its own RunController (each run on its own thread). The lease is renewed
// while the run and its retries last and released at the end. Transient failures retry with
// exponential backoff and full jitter; each attempt is recorded (ScheduleRepository). Missed fires
// (overdue by more than Options::missedGraceMs when the scheduler first sees the job) follow the
// job's "missed" rule: run-once fires once now, skip waits for the next fire.
//
// A QObject without widgets; lives on the thread that calls start() (the daemon's main
// thread, a thread of its own in the console) and opens its own workspace connection there.
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int tickMs = 1000;
        qint64 leaseTtlMs = 30000;
        int heartbeatMs = 10000;
        qint64 missedGraceMs = 60000;
    };

    explicit Scheduler(QString workspaceLocation, QObject* parent = nullptr);
    ~Scheduler() override;

    void setOptions(const Options& options) { m_options = options; }
    // Called after every tick and after every finished run (on the scheduler's thread), for
    // monitors that evaluate rules on the fresh state (the alert monitor).
    void setTickHook(std::function<void()> hook) { m_tickHook = std::move(hook); }

    // "host:pid:uuid": who holds the leases this scheduler claims.
    QString holderId() const { return m_holder; }
    bool isRunning() const { return m_started && !m_stopping; }
    QStringList runningJobs() const;
    QDateTime lastTick() const { return m_lastTick; }

public slots:
    // Opens the workspace and starts ticking. Returns the error through failed().
    void start();
    // Stops firing, asks running jobs to stop after their batch in flight and emits stopped()
    // once every run has ended and its lease is released.
    void stop();
    // Runs one tick now (tests, and the console after an edit).
    void tickNow();

signals:
    void runStarted(const QString& job, qint64 attempt);
    void runFinished(const QString& job, qint64 runId, const QString& status);
    void retryScheduled(const QString& job, int attempt, qint64 delayMs);
    void ticked(const QDateTime& at);
    void failed(const QString& message);
    void stopped();

private:
    struct Active
    {
        Schedule schedule;
        QDateTime fireAt;
        int attempt = 0;
        qint64 attemptId = 0;
        bool waitingRetry = false;
        QTimer* retryTimer = nullptr;
    };

    void tick();
    void fire(const QString& job, const Schedule& schedule, const QDateTime& due);
    void startAttempt(const QString& job, qint64 delayMs, qint64 ceilingMs);
    void onRunFinished(const RunReport& report);
    void heartbeat();
    void finishJob(const QString& job);
    void maybeStopped();
    void callHook();

    QString m_location;
    QString m_holder;
    Options m_options;
    std::unique_ptr<Workspace> m_workspace;
    RunController* m_runs = nullptr;
    QTimer* m_tickTimer = nullptr;
    QTimer* m_heartbeatTimer = nullptr;
    QHash<QString, Active> m_active;
    QHash<QString, ScheduleConfig> m_seen; // jobs this scheduler has applied the missed rule to
    std::function<void()> m_tickHook;
    QDateTime m_lastTick;
    bool m_started = false;
    bool m_stopping = false;
};

} // namespace Syncline
