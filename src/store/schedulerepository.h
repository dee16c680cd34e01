// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Syncline {

class Workspace;

// A job's schedule state as the workspace keeps it, shared by every scheduler on it.
struct ScheduleState
{
    QString job;
    bool paused = false;
    QDateTime lastFire; // UTC; invalid when it never fired
    QDateTime nextFire; // UTC; invalid when not computed yet (or on demand)
};

// One attempt of a scheduled run: the first try or a retry after a backoff delay.
struct RunAttempt
{
    qint64 id = 0;
    QString job;
    QDateTime fireAt; // the scheduled fire the attempt belongs to
    int attempt = 1;
    qint64 runId = 0; // 0 when the run could not even be recorded
    QString status; // running, succeeded, failed, cancelled
    QString error;
    bool transient = false; // the error was classified as worth a retry
    qint64 delayMs = 0; // waited before this attempt
    qint64 ceilingMs = 0; // the backoff cap the delay was drawn under
    QString holder;
    QDateTime startedAt;
    QDateTime finishedAt;
};

// Schedule state (paused, last and next fire) and the attempts of scheduled runs. Used on the
// thread that opened the Workspace.
class ScheduleRepository final
{
public:
    explicit ScheduleRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    Result<std::optional<ScheduleState>> get(const QString& job) const;
    Result<QList<ScheduleState>> list() const;
    Status setPaused(const QString& job, bool paused);
    Status setNextFire(const QString& job, const QDateTime& nextFire);
    // A fire happened at `firedAt`; the next is due at `nextFire`.
    Status recordFire(const QString& job, const QDateTime& firedAt, const QDateTime& nextFire);

    Result<qint64> beginAttempt(const RunAttempt& attempt);
    Status finishAttempt(
        qint64 id, qint64 runId, const QString& status, const QString& error, bool transient);
    // Oldest first; an empty job means all jobs.
    Result<QList<RunAttempt>> attempts(const QString& job = QString(), int limit = 1000) const;

private:
    Workspace& m_workspace;
};

} // namespace Syncline
