// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertevent.h"
#include "core/result.h"

#include <QList>

namespace Syncline {

class Workspace;

// Alert events (firings and recoveries) and the delivery attempts of each. The current state
// of a rule for a job is its newest event; a pair with no event is ok. Used on the thread that
// opened the Workspace.
class AlertRepository final
{
public:
    explicit AlertRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    // How many alert rules the workspace has (a cheap check before evaluating).
    Result<qint64> ruleCount() const;
    // Inserts the event (id and an invalid `at` are filled in) and returns its id.
    Result<qint64> record(const AlertEvent& event);
    // The newest event of every (rule, job) pair that has one, ordered by rule and job.
    Result<QList<AlertEvent>> latest() const;
    // Newest first; empty rule/job: all.
    Result<QList<AlertEvent>> history(
        const QString& rule = QString(), const QString& job = QString(), int limit = 100) const;
    Status recordDelivery(const AlertDelivery& delivery);
    // Attempts of one event (eventId 0: test messages), oldest first.
    Result<QList<AlertDelivery>> deliveries(qint64 eventId, int limit = 1000) const;
    // Every attempt, newest first.
    Result<QList<AlertDelivery>> recentDeliveries(int limit = 100) const;

private:
    Workspace& m_workspace;
};

} // namespace Syncline
