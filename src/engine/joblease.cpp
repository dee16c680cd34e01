// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblease.h"

#include "store/leaserepository.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <signal.h>

namespace Syncline {

Q_LOGGING_CATEGORY(lcJobLease, "syncline.lease")

namespace {

// Renews a lease on a thread of its own (with its own workspace connection) while a run
// blocks the runner's thread; stops, and joins, when destroyed.
class Heartbeat final
{
public:
    Heartbeat(QString location, QString job, QString holder, JobLease::Options options,
        std::atomic_bool* cancel)
        : m_thread(
            [this, location = std::move(location), job = std::move(job), holder = std::move(holder),
                options, cancel] { beat(location, job, holder, options, cancel); })
    { }
    ~Heartbeat()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(Heartbeat)

private:
    void beat(const QString& location, const QString& job, const QString& holder,
        const JobLease::Options& options, std::atomic_bool* cancel)
    {
        std::unique_ptr<Workspace> workspace;
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(
            lock, std::chrono::milliseconds(options.heartbeatMs), [this] { return m_stop; })) {
            lock.unlock();
            if (!workspace) {
                auto opened = Workspace::open(location);
                if (opened)
                    workspace = std::move(*opened);
                else
                    qCWarning(lcJobLease) << opened.error().message;
            }
            if (workspace) {
                auto renewed = JobLease(*workspace, holder, options.ttlMs).renew(job);
                if (!renewed) {
                    qCWarning(lcJobLease) << renewed.error().message;
                } else if (!*renewed) {
                    // Someone took the job over (we were too slow to renew): stop beside them.
                    qCWarning(lcJobLease) << "job" << job << "lost its lease; cancelling";
                    if (cancel)
                        cancel->store(true);
                }
            }
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: started once the members it uses exist
};

RunReport refused(const QString& job, const Error& error)
{
    RunReport report;
    report.job = job;
    report.status = RunRecord::Status::Failed;
    report.error = error;
    return report;
}

} // namespace

QString JobLease::newHolderId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

JobLease::JobLease(Workspace& workspace, QString holder, qint64 ttlMs)
    : m_workspace(workspace)
    , m_holder(std::move(holder))
    , m_ttlMs(ttlMs)
{ }

namespace {

// A holder on this machine whose process is gone (killed, crashed) holds its lease only until
// the lease expires; a run started again right after a crash should not have to wait for that.
bool holderIsDeadProcessHere(const QString& holder)
{
    const QStringList parts = holder.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}

} // namespace

Result<bool> JobLease::claim(const QString& job) const
{
    LeaseRepository leases(m_workspace);
    auto claimed = leases.claim(job, m_holder, m_ttlMs);
    if (!claimed || *claimed)
        return claimed;
    auto current = leases.get(job);
    if (!current)
        return current.error();
    if (!*current || !holderIsDeadProcessHere((*current)->holder))
        return false;
    qCInfo(lcJobLease) << "job" << job << ": taking over the lease of" << (*current)->holder
                       << "whose process is gone";
    return leases.takeOver(job, (*current)->holder, m_holder, m_ttlMs);
}

Status JobLease::acquire(const QString& job) const
{
    auto claimed = claim(job);
    if (!claimed)
        return claimed.error();
    if (*claimed)
        return {};
    auto lease = LeaseRepository(m_workspace).get(job);
    const QString holder = lease && *lease
        ? (*lease)->holder
        : QCoreApplication::translate("Syncline::JobLease", "another runner");
    //: job, the lease holder (host:pid:uuid)
    return Error::runtime(QCoreApplication::translate("Syncline::JobLease",
        "job %1 is already running: its lease is held by %2; try again when that run ends")
                              .arg(job, holder));
}

Result<bool> JobLease::renew(const QString& job) const
{
    return LeaseRepository(m_workspace).heartbeat(job, m_holder, m_ttlMs);
}

Status JobLease::release(const QString& job) const
{
    return LeaseRepository(m_workspace).release(job, m_holder);
}

RunReport JobLease::execute(const QString& workspaceLocation, const QString& job,
    const QString& holder, const Options& options, const std::function<RunReport()>& run,
    std::atomic_bool* cancel)
{
    auto workspace = Workspace::open(workspaceLocation);
    if (!workspace)
        return refused(job, workspace.error());
    const JobLease lease(**workspace, holder, options.ttlMs);
    if (const Status acquired = lease.acquire(job); !acquired)
        return refused(job, acquired.error());
    RunReport report;
    {
        const Heartbeat heartbeat(workspaceLocation, job, holder, options, cancel);
        report = run();
    }
    if (const Status released = lease.release(job); !released)
        qCWarning(lcJobLease) << released.error().message;
    return report;
}

} // namespace Syncline
