// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <bitset>

namespace Syncline {

// When scheduled runs may start, in wall-clock terms: one or more ';'-separated spans of
// "[DAYS] [HH:MM-HH:MM]", e.g. "Mon-Fri 22:00-06:00; Sat,Sun". DAYS are day names or ranges
// (wrapping ranges such as "Fri-Mon" allowed), all days when left out; the time range is the
// whole day when left out, and "24:00" ends a span at midnight. A span whose end is not after
// its start crosses midnight and belongs to the day it opens on: "Fri 22:00-06:00" is open
// until Saturday 06:00. Value type, any thread.
class TimeWindow final
{
public:
    // An empty text is the window that is always open.
    static Result<TimeWindow> parse(const QString& text);

    bool isAlwaysOpen() const { return m_spans.isEmpty(); }
    QString text() const { return m_text; }
    // `local`: date and time on the wall clock of the schedule's zone.
    bool contains(QDate date, QTime time) const;
    // The earliest wall-clock moment at or after (date, time) inside the window.
    std::pair<QDate, QTime> nextOpen(QDate date, QTime time) const;

private:
    struct Span
    {
        std::bitset<8> days; // 1 = Monday .. 7 = Sunday (QDate::dayOfWeek)
        int startMinute = 0;
        int endMinute = 24 * 60;
    };
    QString m_text;
    QList<Span> m_spans;
};

} // namespace Syncline
