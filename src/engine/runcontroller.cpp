// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontroller.h"

#include <QPointer>
#include <QThread>

namespace Syncline {

struct RunController::ActiveRun
{
    std::unique_ptr<QThread> thread;
    std::atomic_bool cancel { false };
};

RunController::RunController(QString workspaceLocation, QObject* parent)
    : QObject(parent)
    , m_workspaceLocation(std::move(workspaceLocation))
    , m_holder(JobLease::newHolderId())
{
    qRegisterMetaType<Syncline::RunProgress>();
    qRegisterMetaType<Syncline::RunReport>();
}

RunController::~RunController()
{
    for (const auto& run : std::as_const(m_active))
        run->cancel = true;
    for (const auto& run : std::as_const(m_active))
        run->thread->wait();
}

bool RunController::start(const QString& job, const RunOptions& options)
{
    if (m_active.contains(job))
        return false;
    auto run = std::make_shared<ActiveRun>();
    const QString location = m_workspaceLocation;
    // The worker only reaches back through queued calls on `self`; the destructor waits for
    // every thread, so the controller outlives them.
    RunController* self = this;
    ActiveRun* active = run.get();
    const bool leased = m_takesLeases && !options.dryRun;
    run->thread.reset(QThread::create([self, active, location, job, options, leased,
                                          holder = m_holder, leaseOptions = m_leaseOptions] {
        const auto execute = [&] {
            SyncRun syncRun(location, job, options);
            return syncRun.execute(
                [self](const RunProgress& progress) {
                    QMetaObject::invokeMethod(
                        self, [self, progress] { emit self->progressed(progress); },
                        Qt::QueuedConnection);
                },
                &active->cancel);
        };
        const RunReport report = leased
            ? JobLease::execute(location, job, holder, leaseOptions, execute, &active->cancel)
            : execute();
        QMetaObject::invokeMethod(
            self,
            [self, report] {
                const auto it = self->m_active.find(report.job);
                if (it != self->m_active.end()) {
                    (*it)->thread->wait();
                    self->m_active.erase(it);
                }
                emit self->finished(report);
            },
            Qt::QueuedConnection);
    }));
    run->thread->setObjectName(QStringLiteral("run:") + job);
    m_active.insert(job, run);
    run->thread->start();
    emit started(job);
    return true;
}

void RunController::cancel(const QString& job)
{
    if (const auto it = m_active.find(job); it != m_active.end())
        (*it)->cancel = true;
}

bool RunController::isRunning(const QString& job) const
{
    return m_active.contains(job);
}

QStringList RunController::runningJobs() const
{
    return m_active.keys();
}

} // namespace Syncline
