// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

namespace Syncline {

namespace {

// How far ahead a cron search looks before it gives up (e.g. "0 0 31 2 *" never fires).
constexpr int s_searchDays = 5 * 366;

} // namespace

Result<Schedule> Schedule::fromConfig(const ScheduleConfig& config)
{
    Schedule schedule;
    schedule.m_config = config;
    if (!config.cron.isEmpty()) {
        auto cron = CronExpression::parse(config.cron);
        if (!cron)
            return cron.error().within(QStringLiteral("cron"));
        schedule.m_cron = *cron;
    }
    auto window = TimeWindow::parse(config.window);
    if (!window)
        return window.error().within(QStringLiteral("window"));
    schedule.m_window = *window;
    if (config.timeZone.isEmpty()) {
        schedule.m_zone = QTimeZone::systemTimeZone();
    } else {
        schedule.m_zone = QTimeZone(config.timeZone.toUtf8());
        if (!schedule.m_zone.isValid())
            return Error::badInput(
                QStringLiteral("timezone: '%1' is not a known time zone (expected an IANA id "
                               "such as Europe/Berlin)")
                    .arg(config.timeZone));
    }
    return schedule;
}

QDateTime Schedule::resolveWallClock(QDate date, QTime time, const QTimeZone& zone)
{
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const auto offsetAt = [&](qint64 utc) {
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
    };
    // A day either side sees the offsets in force before and after any transition nearby.
    const int before = offsetAt(wall - 86400);
    const int after = offsetAt(wall + 86400);
    std::optional<qint64> best;
    for (const int offset : { before, after }) {
        const qint64 utc = wall - offset;
        if (offsetAt(utc) == offset && (!best || utc < *best))
            best = utc;
    }
    if (!best) {
        // In a gap: the first instant whose offset is the new one.
        qint64 low = wall - after;
        qint64 high = wall - before;
        while (low < high) {
            const qint64 mid = low + (high - low) / 2;
            if (offsetAt(mid) == after)
                high = mid;
            else
                low = mid + 1;
        }
        best = low;
    }
    return QDateTime::fromSecsSinceEpoch(*best, Qt::UTC);
}

bool Schedule::inWindow(const QDateTime& at, const QTimeZone& zone) const
{
    const QDateTime local = at.toTimeZone(zone);
    return m_window.contains(local.date(), local.time());
}

QDateTime Schedule::nextFire(const QDateTime& after, const QTimeZone& zone) const
{
    if (m_config.everyMs > 0) {
        QDateTime next = after.toUTC().addMSecs(m_config.everyMs);
        if (m_window.isAlwaysOpen())
            return next;
        const QDateTime local = next.toTimeZone(zone);
        if (m_window.contains(local.date(), local.time()))
            return next;
        const auto [date, time] = m_window.nextOpen(local.date(), local.time());
        if (!date.isValid())
            return {};
        return resolveWallClock(date, time, zone);
    }
    if (!m_cron)
        return {};
    // Walk the wall clock minute by minute from the minute after `after`, day by day.
    const QDateTime local = after.toTimeZone(zone);
    QDate day = local.date();
    QTime from = QTime(local.time().hour(), local.time().minute());
    if (from == QTime(23, 59)) {
        day = day.addDays(1);
        from = QTime(0, 0);
    } else {
        from = from.addSecs(60);
    }
    for (int i = 0; i < s_searchDays; ++i, day = day.addDays(1), from = QTime(0, 0)) {
        QTime time = m_cron->firstTimeOn(day, from);
        while (time.isValid()) {
            if (m_window.contains(day, time)) {
                const QDateTime fire = resolveWallClock(day, time, zone);
                if (fire > after)
                    return fire;
            }
            if (time == QTime(23, 59))
                break;
            time = m_cron->firstTimeOn(day, time.addSecs(60));
        }
    }
    return {};
}

QString Schedule::describe() const
{
    QString text;
    if (m_config.everyMs > 0)
        text = QStringLiteral("every %1").arg(ScheduleConfig::formatDuration(m_config.everyMs));
    else if (m_cron)
        text = QStringLiteral("cron %1").arg(m_cron->text());
    else
        return QStringLiteral("on demand");
    if (!m_config.timeZone.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_config.timeZone);
    return text;
}

} // namespace Syncline
