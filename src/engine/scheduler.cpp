// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include "joblease.h"
#include "runcontroller.h"
#include "schedulerbackoff.h"
#include "store/configrepository.h"
#include "store/schedulerepository.h"
#include "store/workspace.h"

#include <QLoggingCategory>
#include <QTimer>

namespace Syncline {

Q_LOGGING_CATEGORY(lcScheduler, "syncline.scheduler")

Scheduler::Scheduler(QString workspaceLocation, QObject* parent)
    : QObject(parent)
    , m_location(std::move(workspaceLocation))
    , m_holder(JobLease::newHolderId())
{ }

Scheduler::~Scheduler()
{
    // Cancel and wait for the runs (after their batch in flight) before giving their leases
    // back, so that no other scheduler starts a job that is still writing.
    delete m_runs;
    m_runs = nullptr;
    if (m_workspace) {
        const JobLease lease(*m_workspace, m_holder, m_options.leaseTtlMs);
        for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
            (void)lease.release(it.key());
    }
}

QStringList Scheduler::runningJobs() const
{
    QStringList jobs;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        if (!it->waitingRetry)
            jobs.append(it.key());
    }
    jobs.sort();
    return jobs;
}

void Scheduler::start()
{
    if (m_started)
        return;
    auto workspace = Workspace::open(m_location);
    if (!workspace) {
        emit failed(workspace.error().message);
        return;
    }
    m_workspace = std::move(*workspace);
    m_runs = new RunController(m_location, this);
    m_runs->setTakesLeases(false); // this scheduler holds the lease across a fire's retries
    connect(m_runs, &RunController::finished, this, &Scheduler::onRunFinished);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(m_options.tickMs);
    connect(m_tickTimer, &QTimer::timeout, this, &Scheduler::tick);
    m_heartbeatTimer = new QTimer(this);
    m_heartbeatTimer->setInterval(m_options.heartbeatMs);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &Scheduler::heartbeat);
    m_started = true;
    m_tickTimer->start();
    m_heartbeatTimer->start();
    qCInfo(lcScheduler) << "scheduler" << m_holder << "started on" << m_location;
    tick();
}

void Scheduler::stop()
{
    if (!m_started || m_stopping) {
        if (!m_started)
            emit stopped();
        return;
    }
    m_stopping = true;
    m_tickTimer->stop();
    const QStringList jobs = m_active.keys();
    for (const QString& job : jobs) {
        Active& active = m_active[job];
        if (active.waitingRetry) {
            // Nothing runs: give the job back now instead of waiting out the backoff.
            delete active.retryTimer;
            active.retryTimer = nullptr;
            finishJob(job);
        } else {
            m_runs->cancel(job);
        }
    }
    maybeStopped();
}

void Scheduler::tickNow()
{
    if (m_started && !m_stopping)
        tick();
}

void Scheduler::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lastTick = now;
    auto config = ConfigRepository(*m_workspace).load();
    if (!config) {
        qCWarning(lcScheduler) << "cannot read the jobs:" << config.error().message;
        callHook();
        return;
    }
    ScheduleRepository states(*m_workspace);
    for (const JobConfig& job : std::as_const(config->jobs)) {
        if (m_stopping)
            break;
        if (job.schedule.isOnDemand() || m_active.contains(job.name))
            continue;
        auto schedule = Schedule::fromConfig(job.schedule);
        if (!schedule) {
            qCWarning(lcScheduler) << "job" << job.name << "schedule:" << schedule.error().message;
            continue;
        }
        auto state = states.get(job.name);
        if (!state) {
            qCWarning(lcScheduler) << state.error().message;
            continue;
        }
        QDateTime next = *state ? (*state)->nextFire : QDateTime();
        const auto seen = m_seen.constFind(job.name);
        const bool changed = seen != m_seen.cend() && *seen != job.schedule;
        if (seen == m_seen.cend() || changed) {
            // First sight of the job (or a new schedule): apply the missed rule once.
            const bool missed = next.isValid() && next < now.addMSecs(-m_options.missedGraceMs);
            if (!next.isValid() || changed
                || (missed && job.schedule.missed == ScheduleConfig::Missed::Skip)) {
                if (missed)
                    qCInfo(lcScheduler)
                        << "job" << job.name << "missed its fire at" << next << "(skipped)";
                next = schedule->nextFire(now);
                if (const Status saved = states.setNextFire(job.name, next); !saved)
                    qCWarning(lcScheduler) << saved.error().message;
            } else if (missed) {
                qCInfo(lcScheduler)
                    << "job" << job.name << "missed its fire at" << next << "(running once now)";
            }
            m_seen.insert(job.name, job.schedule);
        }
        if (*state && (*state)->paused)
            continue;
        if (next.isValid() && next <= now)
            fire(job.name, *schedule, next);
    }
    emit ticked(now);
    callHook();
}

void Scheduler::fire(const QString& job, const Schedule& schedule, const QDateTime& due)
{
    const JobLease lease(*m_workspace, m_holder, m_options.leaseTtlMs);
    auto claimed = lease.claim(job);
    if (!claimed) {
        qCWarning(lcScheduler) << claimed.error().message;
        return;
    }
    if (!*claimed)
        return; // another scheduler runs it
    // Under the lease, read the state again: another scheduler may have served this fire
    // between our read and our claim.
    ScheduleRepository states(*m_workspace);
    auto state = states.get(job);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!state || !*state || (*state)->paused || (*state)->nextFire != due) {
        (void)lease.release(job);
        return;
    }
    QDateTime next = schedule.nextFire(due);
    if (next.isValid() && next <= now)
        next = schedule.nextFire(now); // late (a long run, a missed fire): no catch-up burst
    if (const Status recorded = states.recordFire(job, now, next); !recorded) {
        qCWarning(lcScheduler) << recorded.error().message;
        (void)lease.release(job);
        return;
    }
    Active active;
    active.schedule = schedule;
    active.fireAt = due;
    m_active.insert(job, active);
    startAttempt(job, 0, 0);
}

void Scheduler::startAttempt(const QString& job, qint64 delayMs, qint64 ceilingMs)
{
    Active& active = m_active[job];
    active.waitingRetry = false;
    active.retryTimer = nullptr;
    ++active.attempt;
    RunAttempt attempt;
    attempt.job = job;
    attempt.fireAt = active.fireAt;
    attempt.attempt = active.attempt;
    attempt.delayMs = delayMs;
    attempt.ceilingMs = ceilingMs;
    attempt.holder = m_holder;
    auto id = ScheduleRepository(*m_workspace).beginAttempt(attempt);
    if (!id)
        qCWarning(lcScheduler) << id.error().message;
    active.attemptId = id ? *id : 0;
    if (!m_runs->start(job)) {
        // Cannot happen while this scheduler owns its controller; be safe all the same.
        if (active.attemptId > 0)
            (void)ScheduleRepository(*m_workspace)
                .finishAttempt(active.attemptId, 0, QStringLiteral("skipped"),
                    QStringLiteral("already running"), false);
        finishJob(job);
        return;
    }
    qCDebug(lcScheduler) << "job" << job << "attempt" << active.attempt << "started";
    emit runStarted(job, active.attempt);
}

void Scheduler::onRunFinished(const RunReport& report)
{
    const auto it = m_active.find(report.job);
    if (it == m_active.end())
        return;
    const QString job = report.job;
    const QString status = RunRecord::toString(report.status);
    const bool failedRun = report.status == RunRecord::Status::Failed;
    const bool transient = failedRun && SchedulerBackoff::isTransient(report.error);
    if (it->attemptId > 0) {
        if (const Status done
            = ScheduleRepository(*m_workspace)
                  .finishAttempt(it->attemptId, report.runId, status,
                      report.succeeded() ? QString() : report.error.message, transient);
            !done)
            qCWarning(lcScheduler) << done.error().message;
    }
    emit runFinished(job, report.runId, status);
    const ScheduleConfig& config = it->schedule.config();
    if (transient && !m_stopping && it->attempt <= config.retryMax) {
        const qint64 ceiling = SchedulerBackoff::ceilingMs(config, it->attempt);
        const qint64 delay = SchedulerBackoff::delayMs(config, it->attempt);
        qCInfo(lcScheduler) << "job" << job << "attempt" << it->attempt << "failed ("
                            << report.error.message << "); retrying in" << delay << "ms";
        it->waitingRetry = true;
        it->retryTimer = new QTimer(this);
        it->retryTimer->setSingleShot(true);
        connect(it->retryTimer, &QTimer::timeout, this, [this, job, delay, ceiling] {
            const auto found = m_active.find(job);
            if (found == m_active.end())
                return;
            found->retryTimer->deleteLater();
            startAttempt(job, delay, ceiling);
        });
        it->retryTimer->start(int(delay));
        emit retryScheduled(job, it->attempt + 1, delay);
        return;
    }
    finishJob(job);
    callHook();
    maybeStopped();
}

void Scheduler::heartbeat()
{
    const JobLease lease(*m_workspace, m_holder, m_options.leaseTtlMs);
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        auto renewed = lease.renew(it.key());
        if (renewed && !*renewed) {
            // Someone took the job over (we were too slow to renew): do not run beside them.
            qCWarning(lcScheduler) << "job" << it.key() << "lost its lease; cancelling";
            m_runs->cancel(it.key());
        } else if (!renewed) {
            qCWarning(lcScheduler) << renewed.error().message;
        }
    }
}

void Scheduler::finishJob(const QString& job)
{
    m_active.remove(job);
    if (const Status released = JobLease(*m_workspace, m_holder, m_options.leaseTtlMs).release(job);
        !released)
        qCWarning(lcScheduler) << released.error().message;
}

void Scheduler::maybeStopped()
{
    if (m_stopping && m_active.isEmpty()) {
        m_heartbeatTimer->stop();
        m_started = false;
        qCInfo(lcScheduler) << "scheduler" << m_holder << "stopped";
        emit stopped();
    }
}

void Scheduler::callHook()
{
    if (m_tickHook)
        m_tickHook();
}

} // namespace Syncline
