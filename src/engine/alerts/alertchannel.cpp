// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertchannel.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cmath>

namespace Syncline {

Q_LOGGING_CATEGORY(lcAlerts, "syncline.alerts")

AlertChannel::AlertChannel(AlertChannelConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

AlertChannel::~AlertChannel() = default;

void AlertChannel::send(const AlertEvent& event)
{
    m_event = event;
    m_attempt = 1;
    attempt(m_attempt);
}

void AlertChannel::tried(bool ok, const QString& error, bool retryable)
{
    AlertDelivery delivery;
    delivery.eventId = m_event.id;
    delivery.channel = m_config.name;
    delivery.attempt = m_attempt;
    delivery.status = ok ? AlertDelivery::Status::Sent : AlertDelivery::Status::Failed;
    delivery.error = ok ? QString() : error;
    delivery.at = QDateTime::currentDateTimeUtc();
    emit attempted(delivery);
    if (ok) {
        qCDebug(lcAlerts) << "channel" << m_config.name << "delivered event" << m_event.id
                          << "on attempt" << m_attempt;
        emit finished(true);
        return;
    }
    if (!retryable || m_attempt > m_config.retries) {
        qCWarning(lcAlerts) << "channel" << m_config.name << "gave up on event" << m_event.id
                            << "after" << m_attempt << "attempt(s):" << error;
        emit finished(false);
        return;
    }
    const double delay = m_config.backoffSeconds * std::pow(2.0, m_attempt - 1);
    qCInfo(lcAlerts) << "channel" << m_config.name << "attempt" << m_attempt << "failed:" << error
                     << "- retrying in" << delay << "s";
    ++m_attempt;
    QTimer::singleShot(qint64(delay * 1000), this, [this] { attempt(m_attempt); });
}

void AlertChannel::skipped(const QString& reason)
{
    AlertDelivery delivery;
    delivery.eventId = m_event.id;
    delivery.channel = m_config.name;
    delivery.attempt = m_attempt;
    delivery.status = AlertDelivery::Status::Skipped;
    delivery.error = reason;
    delivery.at = QDateTime::currentDateTimeUtc();
    emit attempted(delivery);
    emit finished(false);
}

QString AlertChannel::subject(const AlertEvent& event)
{
    const QString job
        = event.job.isEmpty() ? QString() : QStringLiteral(" (job %1)").arg(event.job);
    if (event.state == AlertEvent::State::Firing)
        return QCoreApplication::translate("Syncline::AlertChannel", "[Syncline] FIRING %1%2")
            .arg(event.rule, job);
    return QCoreApplication::translate("Syncline::AlertChannel", "[Syncline] RESOLVED %1%2")
        .arg(event.rule, job);
}

QString AlertChannel::text(const AlertEvent& event)
{
    return QCoreApplication::translate("Syncline::AlertChannel",
        "%1\n\nRule: %2\nJob: %3\nState: %4\nSeverity: %5\nValue: %6\nThreshold: %7\nAt: %8\n")
        .arg(event.message, event.rule, event.job, AlertEvent::toString(event.state),
            event.severity, QString::number(event.value), QString::number(event.threshold),
            event.at.toUTC().toString(Qt::ISODate));
}

QJsonObject AlertChannel::payload(const AlertEvent& event)
{
    return QJsonObject {
        { QStringLiteral("source"), QStringLiteral("syncline") },
        { QStringLiteral("id"), event.id },
        { QStringLiteral("rule"), event.rule },
        { QStringLiteral("job"), event.job },
        { QStringLiteral("state"), AlertEvent::toString(event.state) },
        { QStringLiteral("severity"), event.severity },
        { QStringLiteral("value"), event.value },
        { QStringLiteral("threshold"), event.threshold },
        { QStringLiteral("message"), event.message },
        { QStringLiteral("at"), event.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("test"), event.id == 0 },
    };
}

} // namespace Syncline
