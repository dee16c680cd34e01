// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleconfig.h"

#include <QRegularExpression>

namespace Syncline {

Result<qint64> ScheduleConfig::parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*(ms|s|m|h)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return Error::badInput(QStringLiteral("'%1' is not a duration (expected a whole number "
                                              "and a unit: ms, s, m or h, as in \"10m\")")
                                   .arg(text));
    const qint64 n = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 factor = unit == u"ms" ? 1 : unit == u"s" ? 1000 : unit == u"m" ? 60000 : 3600000;
    return n * factor;
}

QString ScheduleConfig::formatDuration(qint64 ms)
{
    if (ms > 0 && ms % 3600000 == 0)
        return QStringLiteral("%1h").arg(ms / 3600000);
    if (ms > 0 && ms % 60000 == 0)
        return QStringLiteral("%1m").arg(ms / 60000);
    if (ms > 0 && ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(ms);
}

QString ScheduleConfig::toString(Missed missed)
{
    return missed == Missed::Skip ? QStringLiteral("skip") : QStringLiteral("run-once");
}

} // namespace Syncline
