// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "runreport.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Syncline {

class Workspace;

// A job's lease as a runner uses it: who may run the job right now. The scheduler claims it
// for a fire (and its retries), a manual run (the console's Run now, `synclinectl run`) for
// its one run, so a manual run and a scheduled fire of one job never overlap. Holders are
// "host:pid:uuid". The claim/renew/release calls are used on the thread that opened the
// Workspace; execute() runs a whole leased run on the calling thread.
class JobLease final
{
public:
    struct Options
    {
        qint64 ttlMs = 30000;
        int heartbeatMs = 10000;
    };

    // A new "host:pid:uuid" holder id.
    static QString newHolderId();

    JobLease(Workspace& workspace, QString holder, qint64 ttlMs);

    const QString& holder() const { return m_holder; }
    // True when this holder now holds the lease (it was free, expired or ours already).
    Result<bool> claim(const QString& job) const;
    // claim(), with a refusal naming the holder that has the job when it is taken.
    Status acquire(const QString& job) const;
    // Renews the lease; false when this holder no longer has it.
    Result<bool> renew(const QString& job) const;
    Status release(const QString& job) const;

    // Runs `run` under the job's lease: opens the workspace, acquires the lease (a refusal
    // comes back as a failed report naming the holder, nothing run), renews it from a thread
    // of its own every heartbeatMs while `run` lasts (setting *cancel if the lease is lost to
    // another holder) and releases it at the end, also after a failed or cancelled run.
    static RunReport execute(const QString& workspaceLocation, const QString& job,
        const QString& holder, const Options& options, const std::function<RunReport()>& run,
        std::atomic_bool* cancel);

private:
    Workspace& m_workspace;
    QString m_holder;
    qint64 m_ttlMs;
};

} // namespace Syncline
