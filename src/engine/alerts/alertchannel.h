// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alertchannelconfig.h"
#include "store/alertevent.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

namespace Syncline {

Q_DECLARE_LOGGING_CATEGORY(lcAlerts)

// One delivery of one alert event through one channel: send() starts it, attempted() reports
// each try (to be recorded), finished() comes once, when it was delivered or given up. A
// failed try that may succeed later (timeout, refused connection, 5xx) is retried after the
// channel's backoff, doubling each time, up to its number of retries. Subclasses implement one
// try. Lives on the thread that created it (it needs that thread's event loop); owned by
// AlertMonitor, which deletes it after finished().
class AlertChannel : public QObject
{
    Q_OBJECT

public:
    explicit AlertChannel(AlertChannelConfig config, QObject* parent = nullptr);
    ~AlertChannel() override;

    const AlertChannelConfig& config() const { return m_config; }
    const AlertEvent& event() const { return m_event; }
    void send(const AlertEvent& event);

    // The words every channel uses: "[Syncline] FIRING orders-failing (job orders)".
    static QString subject(const AlertEvent& event);
    static QString text(const AlertEvent& event);
    // The webhook body.
    static QJsonObject payload(const AlertEvent& event);

signals:
    void attempted(const Syncline::AlertDelivery& attempt);
    void finished(bool delivered);

protected:
    // Starts try number `attempt` (1, 2, ...); ends with tried() or skipped().
    virtual void attempt(int attempt) = 0;
    // `retryable`: the failure may pass (network, timeout, server error).
    void tried(bool ok, const QString& error, bool retryable);
    // The channel cannot work here (no desktop session): recorded, never retried.
    void skipped(const QString& reason);

private:
    AlertChannelConfig m_config;
    AlertEvent m_event;
    int m_attempt = 0;
};

} // namespace Syncline
