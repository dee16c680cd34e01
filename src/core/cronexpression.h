// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <bitset>

namespace Syncline {

// A 5-field cron expression (minute hour day-of-month month day-of-week) with lists, ranges,
// steps ("*/5", "10-40/10", "5/15"), month and day names (JAN, MON...), 0 or 7 for Sunday and
// the @hourly/@daily/@weekly/@monthly/@yearly shorthands. Day-of-month and day-of-week follow
// Vixie cron: when both are restricted (neither starts with '*') a day matches either; else
// both must. Matches wall-clock times; Schedule maps them to instants in a time zone.
// Value type, any thread.
class CronExpression final
{
public:
    // BadInput names the field and the offending text ("day-of-week: 'Mun' is not ...").
    static Result<CronExpression> parse(const QString& text);

    QString text() const { return m_text; }
    bool matchesDate(QDate date) const;
    bool matchesTime(QTime time) const; // hour and minute only
    // The first matching minute of `date` at or after `from` (whole minutes), or an invalid
    // QTime when none is left that day.
    QTime firstTimeOn(QDate date, QTime from) const;

private:
    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months; // 1..12
    std::bitset<7> m_daysOfWeek; // 0 = Sunday
    bool m_dayOfMonthStar = false;
    bool m_dayOfWeekStar = false;
};

} // namespace Syncline
