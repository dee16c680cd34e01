// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cronexpression.h"
#include "scheduleconfig.h"
#include "timewindow.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace Syncline {

// A job's parsed schedule: computes when it fires next. "every" intervals count real time
// (a DST change does not stretch or shrink them); cron expressions and windows are read on
// the wall clock of a time zone. Across DST changes a wall-clock time skipped by the spring
// change fires once at the first instant after the gap, and a wall-clock time that occurs
// twice in the autumn fires once, at its first occurrence. Value type, any thread.
class Schedule final
{
public:
    // BadInput names the part ("cron: minute: ...", "window: ...", "timezone: ...").
    static Result<Schedule> fromConfig(const ScheduleConfig& config);

    const ScheduleConfig& config() const { return m_config; }
    bool isOnDemand() const { return m_config.isOnDemand(); }
    // The config's time zone, else the machine's.
    QTimeZone timeZone() const { return m_zone; }

    // The first fire strictly after `after`; invalid for on-demand schedules.
    QDateTime nextFire(const QDateTime& after, const QTimeZone& zone) const;
    QDateTime nextFire(const QDateTime& after) const { return nextFire(after, m_zone); }
    // Whether an instant lies inside the window (always, without one).
    bool inWindow(const QDateTime& at, const QTimeZone& zone) const;

    // The instant a wall-clock time names in `zone` (UTC): the first of two in a repeated
    // hour, the end of the gap for a time that a spring change skips.
    static QDateTime resolveWallClock(QDate date, QTime time, const QTimeZone& zone);

    // "every 10m", "cron */5 * * * *" or "on demand", for lists.
    QString describe() const;

private:
    ScheduleConfig m_config;
    std::optional<CronExpression> m_cron;
    TimeWindow m_window;
    QTimeZone m_zone;
};

} // namespace Syncline
