// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Syncline {

class Workspace;

// Who may run a job right now. A scheduler claims a job's lease before it starts a run,
// renews it (heartbeat) while the run lasts and releases it at the end; a lease whose holder
// stopped renewing expires and can be taken over. Claims are single conditional upserts, so
// two schedulers on one workspace cannot both hold a job. Value type for the lease itself.
struct Lease
{
    QString job;
    QString holder; // host:pid:uuid
    QDateTime acquiredAt; // UTC
    QDateTime expiresAt;
    QDateTime heartbeatAt;
};

// The lease table. Used on the thread that opened the Workspace.
class LeaseRepository final
{
public:
    explicit LeaseRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    // True when `holder` now holds the job's lease until now + ttlMs: it was free, expired,
    // or already held by `holder`.
    Result<bool> claim(const QString& job, const QString& holder, qint64 ttlMs);
    // Renews a held lease; false when `holder` no longer holds it.
    Result<bool> heartbeat(const QString& job, const QString& holder, qint64 ttlMs);
    Status release(const QString& job, const QString& holder);
    // Takes the lease from `previous` (a holder known to be gone) for `holder`; false when
    // someone else changed it meanwhile.
    Result<bool> takeOver(
        const QString& job, const QString& previous, const QString& holder, qint64 ttlMs);
    // The lease of a job, also an expired one; nullopt when there is none.
    Result<std::optional<Lease>> get(const QString& job) const;
    Result<QList<Lease>> list() const;

private:
    Workspace& m_workspace;
};

} // namespace Syncline
