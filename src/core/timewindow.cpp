// SPDX-License-Identifier: GPL-3.0-or-later
#include "timewindow.h"

#include <QRegularExpression>
#include <QStringList>

namespace Syncline {

namespace {

const QStringList s_dayNames
    = { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
          QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };

Result<int> dayNumber(const QString& text)
{
    const qsizetype index = s_dayNames.indexOf(text.left(3).toLower());
    if (index < 0 || text.size() < 3)
        return Error::badInput(
            QStringLiteral("'%1' is not a day (expected Mon, Tue, Wed, Thu, Fri, Sat or Sun)")
                .arg(text));
    return int(index) + 1;
}

Result<int> minuteOfDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(text);
    const int h = match.captured(1).toInt();
    const int m = match.captured(2).toInt();
    if (!match.hasMatch() || m > 59 || h > 24 || (h == 24 && m != 0))
        return Error::badInput(
            QStringLiteral("'%1' is not a time of day (expected HH:MM, 00:00 to 24:00)").arg(text));
    return h * 60 + m;
}

int minuteOf(QTime time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

Result<TimeWindow> TimeWindow::parse(const QString& input)
{
    TimeWindow window;
    window.m_text = input.trimmed();
    if (window.m_text.isEmpty())
        return window;
    for (const QString& part : window.m_text.split(QLatin1Char(';'))) {
        const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.size() > 2)
            return Error::badInput(QStringLiteral("'%1' is not a window (expected \"[DAYS] "
                                                  "[HH:MM-HH:MM]\", e.g. \"Mon-Fri 22:00-06:00\")")
                                       .arg(part.trimmed()));
        Span span;
        QString days;
        QString times;
        if (words.size() == 2) {
            days = words[0];
            times = words[1];
        } else if (words[0].contains(QLatin1Char(':'))) {
            times = words[0];
        } else {
            days = words[0];
        }
        if (days.isEmpty()) {
            for (int d = 1; d <= 7; ++d)
                span.days.set(d);
        }
        for (const QString& item : days.isEmpty() ? QStringList() : days.split(QLatin1Char(','))) {
            const QStringList ends = item.split(QLatin1Char('-'));
            if (ends.size() > 2)
                return Error::badInput(QStringLiteral("'%1' is not a day range").arg(item));
            auto first = dayNumber(ends.first());
            if (!first)
                return first.error();
            auto last = dayNumber(ends.last());
            if (!last)
                return last.error();
            for (int d = *first;; d = d % 7 + 1) { // Fri-Mon wraps over the weekend
                span.days.set(d);
                if (d == *last)
                    break;
            }
        }
        if (!times.isEmpty()) {
            const QStringList ends = times.split(QLatin1Char('-'));
            if (ends.size() != 2)
                return Error::badInput(
                    QStringLiteral("'%1' is not a time range (expected HH:MM-HH:MM)").arg(times));
            auto start = minuteOfDay(ends[0]);
            if (!start)
                return start.error();
            auto end = minuteOfDay(ends[1]);
            if (!end)
                return end.error();
            if (*start == *end)
                return Error::badInput(QStringLiteral("'%1' is an empty time range").arg(times));
            if (*start == 24 * 60)
                return Error::badInput(QStringLiteral("'%1' starts at 24:00").arg(times));
            span.startMinute = *start;
            span.endMinute = *end;
        }
        window.m_spans.append(span);
    }
    return window;
}

bool TimeWindow::contains(QDate date, QTime time) const
{
    if (m_spans.isEmpty())
        return true;
    const int minute = minuteOf(time);
    const int today = date.dayOfWeek();
    const int yesterday = date.addDays(-1).dayOfWeek();
    for (const Span& span : m_spans) {
        if (span.startMinute < span.endMinute) {
            if (span.days.test(today) && minute >= span.startMinute && minute < span.endMinute)
                return true;
        } else { // crosses midnight
            if (span.days.test(today) && minute >= span.startMinute)
                return true;
            if (span.days.test(yesterday) && minute < span.endMinute)
                return true;
        }
    }
    return false;
}

std::pair<QDate, QTime> TimeWindow::nextOpen(QDate date, QTime time) const
{
    if (contains(date, time))
        return { date, time };
    // Otherwise the window opens at some span's start within the coming week.
    std::pair<QDate, QTime> best;
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = date.addDays(offset);
        for (const Span& span : m_spans) {
            if (!span.days.test(day.dayOfWeek()))
                continue;
            const QTime start(span.startMinute / 60, span.startMinute % 60);
            if (offset == 0 && span.startMinute < minuteOf(time))
                continue;
            if (!best.first.isValid() || day < best.first
                || (day == best.first && start < best.second))
                best = { day, start };
        }
        if (best.first.isValid())
            return best;
    }
    return best;
}

} // namespace Syncline
