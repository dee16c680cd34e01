// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/workspaceconfig.h"
#include "store/alertevent.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Syncline {

class AlertChannel;
class DesktopNotifier;
class Workspace;

// The state of one alert rule for one job, as `synclinectl alerts list` and the console's
// alerts panel show it. Value type.
struct AlertStatus
{
    AlertRuleConfig rule;
    QString job;
    AlertEvent::State state = AlertEvent::State::Ok;
    AlertEvent last; // its newest event; id 0 when it never fired
};

// Evaluates the workspace's alert rules against the run history, the run metrics and the
// conflict queue, and tells the rules' channels about each change of state: a rule that
// starts firing, and one that recovers. Only transitions are recorded (alert_events) and sent,
// never a repeat of the same state; every delivery attempt is recorded (alert_deliveries).
// A rule for "*" is evaluated for each job on its own. The state lives in the store, so a
// restart neither repeats nor forgets a firing, and evaluation runs in one write transaction,
// so two processes evaluating the same workspace do not both announce a transition.
//
// Opens its own Workspace connection on the thread it lives on (the daemon's main thread, or
// a worker thread in the console: evaluate() queries the database). Channels deliver
// asynchronously on the same thread's event loop; idle() says when all have finished.
class AlertMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit AlertMonitor(QString workspaceLocation, QObject* parent = nullptr);
    ~AlertMonitor() override;

    // Desktop notifications go to `notifier`, called on `context`'s thread. Without one the
    // desktop channel records its deliveries as skipped.
    void setDesktopNotifier(DesktopNotifier* notifier, QObject* context);

    // Evaluates every rule as of `now`, records the transitions and starts their deliveries.
    // Returns the transitions.
    Result<QList<AlertEvent>> evaluate(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Sends a test message through one channel; its attempts are recorded with no event.
    Status sendTest(const QString& channel);
    int pendingDeliveries() const { return m_pending; }

    // Every rule for every job it applies to, with its current state.
    static Result<QList<AlertStatus>> statuses(Workspace& workspace);

public slots:
    // For timers and the scheduler's hooks: evaluate() now, logging a failure.
    void evaluateNow();

signals:
    void transitioned(const Syncline::AlertEvent& event);
    void deliveryAttempted(const Syncline::AlertDelivery& attempt);
    // No delivery is in flight any more.
    void idle();

private:
    Result<Workspace*> workspace();
    void deliver(const AlertEvent& event, const AlertChannelConfig& channel);

    QString m_location;
    std::unique_ptr<Workspace> m_workspace;
    DesktopNotifier* m_notifier = nullptr;
    QPointer<QObject> m_notifierContext;
    int m_pending = 0;
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::AlertStatus)
