// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblease.h"
#include "runreport.h"
#include "syncrun.h"

#include <QHash>
#include <QObject>

#include <memory>

class QThread;

namespace Syncline {

// Starts job runs on worker threads (one QThread per run, each with its own database
// connections) and reports their progress and outcome through queued signals. Lives on the
// thread that created it (the GUI thread in the console); several jobs may run at once, a
// job never twice at once. Destroying it cancels running jobs and waits for their threads.
// A run that writes (not a dry run) holds the job's lease (JobLease) for its whole length, so
// it never overlaps a scheduled fire of the job; when another holder has the lease the run is
// refused: finished() reports it failed (run id 0) with an error naming that holder.
class RunController final : public QObject
{
    Q_OBJECT

public:
    explicit RunController(QString workspaceLocation, QObject* parent = nullptr);
    ~RunController() override;

    // False (and nothing started) when the job is already running.
    bool start(const QString& job, const RunOptions& options = {});
    // The Scheduler claims the lease itself (across a fire's retries): its controller does not.
    void setTakesLeases(bool takes) { m_takesLeases = takes; }
    void setLeaseOptions(const JobLease::Options& options) { m_leaseOptions = options; }
    // "host:pid:uuid": who holds the leases of this controller's runs.
    const QString& holderId() const { return m_holder; }
    void cancel(const QString& job);
    bool isRunning(const QString& job) const;
    QStringList runningJobs() const;

signals:
    void started(const QString& job);
    void progressed(const Syncline::RunProgress& progress);
    void finished(const Syncline::RunReport& report);

private:
    struct ActiveRun;
    QString m_workspaceLocation;
    QString m_holder;
    JobLease::Options m_leaseOptions;
    bool m_takesLeases = true;
    QHash<QString, std::shared_ptr<ActiveRun>> m_active;
};

} // namespace Syncline
