// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QVariant>

namespace Syncline {

namespace {

const QString s_eventColumns
    = QStringLiteral("id, rule, job, state, severity, value, threshold, message, at");
const QString s_deliveryColumns
    = QStringLiteral("id, event_id, channel, attempt, status, error, at");

AlertEvent readEvent(const QSqlQuery& query)
{
    AlertEvent event;
    event.id = query.value(0).toLongLong();
    event.rule = query.value(1).toString();
    event.job = query.value(2).toString();
    event.state = AlertEvent::stateFromString(query.value(3).toString());
    event.severity = query.value(4).toString();
    event.value = query.value(5).toDouble();
    event.threshold = query.value(6).toDouble();
    event.message = query.value(7).toString();
    event.at = StoreSql::fromText(query.value(8).toString());
    return event;
}

AlertDelivery readDelivery(const QSqlQuery& query)
{
    AlertDelivery delivery;
    delivery.id = query.value(0).toLongLong();
    delivery.eventId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    delivery.channel = query.value(2).toString();
    delivery.attempt = query.value(3).toInt();
    delivery.status = AlertDelivery::statusFromString(query.value(4).toString());
    delivery.error = query.value(5).toString();
    delivery.at = StoreSql::fromText(query.value(6).toString());
    return delivery;
}

} // namespace

Result<qint64> AlertRepository::ruleCount() const
{
    auto query = StoreSql::run(m_workspace, QStringLiteral("SELECT COUNT(*) FROM alert_rules"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> AlertRepository::record(const AlertEvent& event)
{
    const QString at = event.at.isValid() ? StoreSql::toText(event.at) : StoreSql::nowText();
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO alert_events (rule, job, state, severity, value, threshold, "
                       "message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { event.rule, event.job, AlertEvent::toString(event.state), event.severity, event.value,
            event.threshold, event.message, at });
    if (!query)
        return query.error().within(QStringLiteral("alert %1").arg(event.rule));
    return query->lastInsertId().toLongLong();
}

Result<QList<AlertEvent>> AlertRepository::latest() const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT %1 FROM alert_events WHERE id IN "
                       "(SELECT MAX(id) FROM alert_events GROUP BY rule, job) ORDER BY rule, job")
            .arg(s_eventColumns));
    if (!query)
        return query.error();
    QList<AlertEvent> events;
    while (query->next())
        events.append(readEvent(*query));
    return events;
}

Result<QList<AlertEvent>> AlertRepository::history(
    const QString& rule, const QString& job, int limit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM alert_events WHERE 1 = 1").arg(s_eventColumns);
    QVariantList values;
    if (!rule.isEmpty()) {
        sql += QStringLiteral(" AND rule = ?");
        values.append(rule);
    }
    if (!job.isEmpty()) {
        sql += QStringLiteral(" AND job = ?");
        values.append(job);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values.append(limit < 0 ? -1 : limit);
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    QList<AlertEvent> events;
    while (query->next())
        events.append(readEvent(*query));
    return events;
}

Status AlertRepository::recordDelivery(const AlertDelivery& delivery)
{
    const QString at = delivery.at.isValid() ? StoreSql::toText(delivery.at) : StoreSql::nowText();
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO alert_deliveries (event_id, channel, attempt, status, error, "
                       "at) VALUES (?, ?, ?, ?, ?, ?)"),
        { delivery.eventId > 0 ? QVariant(delivery.eventId)
                               : QVariant(QMetaType(QMetaType::LongLong)),
            delivery.channel, delivery.attempt, AlertDelivery::toString(delivery.status),
            delivery.error.isNull() ? QStringLiteral("") : delivery.error, at });
    if (!query)
        return query.error().within(QStringLiteral("alert channel %1").arg(delivery.channel));
    return {};
}

Result<QList<AlertDelivery>> AlertRepository::deliveries(qint64 eventId, int limit) const
{
    const QString where
        = eventId > 0 ? QStringLiteral("event_id = ?") : QStringLiteral("event_id IS NULL");
    QVariantList values;
    if (eventId > 0)
        values.append(eventId);
    values.append(limit < 0 ? -1 : limit);
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT %1 FROM alert_deliveries WHERE %2 ORDER BY id LIMIT ?")
            .arg(s_deliveryColumns, where),
        values);
    if (!query)
        return query.error();
    QList<AlertDelivery> out;
    while (query->next())
        out.append(readDelivery(*query));
    return out;
}

Result<QList<AlertDelivery>> AlertRepository::recentDeliveries(int limit) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT %1 FROM alert_deliveries ORDER BY id DESC LIMIT ?")
            .arg(s_deliveryColumns),
        { limit < 0 ? -1 : limit });
    if (!query)
        return query.error();
    QList<AlertDelivery> out;
    while (query->next())
        out.append(readDelivery(*query));
    return out;
}

} // namespace Syncline
