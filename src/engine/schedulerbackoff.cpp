// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerbackoff.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Syncline {

bool SchedulerBackoff::isTransient(const Error& error)
{
    if (error.kind != ErrorKind::Runtime)
        return false; // bad config stays bad; a cancel was asked for
    // The texts PostgreSQL (libpq, SQLSTATE 40001/40P01), SQLite and Qt Network use.
    static const QStringList markers = {
        QStringLiteral("connection refused"),
        QStringLiteral("connection reset"),
        QStringLiteral("timeout"),
        QStringLiteral("timed out"),
        QStringLiteral("deadlock"),
        QStringLiteral("could not serialize"),
        QStringLiteral("serialization failure"),
        QStringLiteral("database is locked"),
        QStringLiteral("server closed the connection"),
        QStringLiteral("temporarily unavailable"),
        QStringLiteral("40001"),
        QStringLiteral("40P01"),
    };
    for (const QString& marker : markers) {
        if (error.message.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

qint64 SchedulerBackoff::ceilingMs(const ScheduleConfig& config, int attempt)
{
    const int doublings = qBound(0, attempt - 1, 40);
    const double ceiling = double(config.retryBaseMs) * double(qint64(1) << doublings);
    return qint64(qMin(ceiling, double(config.retryMaxDelayMs)));
}

qint64 SchedulerBackoff::delayMs(const ScheduleConfig& config, int attempt)
{
    const qint64 ceiling = ceilingMs(config, attempt);
    return qint64(QRandomGenerator::global()->bounded(double(ceiling) + 1.0));
}

} // namespace Syncline
