// SPDX-License-Identifier: GPL-3.0-or-later
#include "cronexpression.h"

#include <QHash>
#include <QStringList>

namespace Syncline {

namespace {

struct FieldSpec
{
    const char* name;
    int min;
    int max;
    QStringList names; // index + min = value
};

Result<int> fieldValue(const QString& text, const FieldSpec& spec)
{
    bool ok = false;
    int value = text.toInt(&ok);
    if (!ok) {
        const qsizetype index = spec.names.indexOf(text.toUpper());
        if (index < 0)
            return Error::badInput(
                QStringLiteral("%1: '%2' is not a number from %3 to %4%5")
                    .arg(QLatin1String(spec.name), text)
                    .arg(spec.min)
                    .arg(spec.max)
                    .arg(spec.names.isEmpty() ? QString()
                                              : QStringLiteral(" or a name (%1)")
                                                    .arg(spec.names.join(QLatin1Char(',')))));
        value = int(index) + spec.min;
    }
    if (value < spec.min || value > spec.max)
        return Error::badInput(QStringLiteral("%1: %2 is out of range (%3-%4)")
                                   .arg(QLatin1String(spec.name))
                                   .arg(value)
                                   .arg(spec.min)
                                   .arg(spec.max));
    return value;
}

// One field into the set of values it allows (indexed by value).
Result<QList<bool>> parseField(const QString& text, const FieldSpec& spec)
{
    QList<bool> allowed(spec.max + 1, false);
    if (text.isEmpty())
        return Error::badInput(QStringLiteral("%1: empty").arg(QLatin1String(spec.name)));
    for (const QString& item : text.split(QLatin1Char(','))) {
        if (item.isEmpty())
            return Error::badInput(
                QStringLiteral("%1: empty list item in '%2'").arg(QLatin1String(spec.name), text));
        QString range = item;
        int step = 1;
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            bool ok = false;
            step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1)
                return Error::badInput(
                    QStringLiteral("%1: bad step in '%2'").arg(QLatin1String(spec.name), item));
            range = item.left(slash);
        }
        int low = spec.min;
        int high = spec.max;
        if (range != u"*") {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            auto first = fieldValue(dash >= 0 ? range.left(dash) : range, spec);
            if (!first)
                return first.error();
            low = *first;
            if (dash >= 0) {
                auto last = fieldValue(range.mid(dash + 1), spec);
                if (!last)
                    return last.error();
                high = *last;
                if (high < low)
                    return Error::badInput(QStringLiteral("%1: range '%2' runs backwards")
                                               .arg(QLatin1String(spec.name), range));
            } else if (slash < 0) {
                high = low; // "5" alone; "5/15" means 5 up to the maximum (Vixie)
            }
        }
        for (int v = low; v <= high; v += step)
            allowed[v] = true;
    }
    return allowed;
}

} // namespace

Result<CronExpression> CronExpression::parse(const QString& input)
{
    static const QHash<QString, QString> shorthands = {
        { QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *") },
        { QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *") },
        { QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *") },
        { QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0") },
        { QStringLiteral("@daily"), QStringLiteral("0 0 * * *") },
        { QStringLiteral("@midnight"), QStringLiteral("0 0 * * *") },
        { QStringLiteral("@hourly"), QStringLiteral("0 * * * *") },
    };
    const QString trimmed = input.trimmed();
    const QString expanded = shorthands.value(trimmed.toLower(), trimmed);
    const QStringList fields = expanded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return Error::badInput(QStringLiteral("'%1' has %2 fields; a cron expression has 5 "
                                              "(minute hour day-of-month month day-of-week)")
                                   .arg(input)
                                   .arg(fields.size()));
    static const FieldSpec specs[5] = {
        { "minute", 0, 59, {} },
        { "hour", 0, 23, {} },
        { "day-of-month", 1, 31, {} },
        { "month", 1, 12,
            { QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC") } },
        { "day-of-week", 0, 7,
            { QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
                QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"),
                QStringLiteral("SAT") } },
    };
    CronExpression cron;
    cron.m_text = trimmed;
    for (int i = 0; i < 5; ++i) {
        auto allowed = parseField(fields[i], specs[i]);
        if (!allowed)
            return allowed.error();
        for (int v = specs[i].min; v <= specs[i].max; ++v) {
            if (!(*allowed)[v])
                continue;
            switch (i) {
            case 0:
                cron.m_minutes.set(v);
                break;
            case 1:
                cron.m_hours.set(v);
                break;
            case 2:
                cron.m_daysOfMonth.set(v);
                break;
            case 3:
                cron.m_months.set(v);
                break;
            default:
                cron.m_daysOfWeek.set(v % 7);
                break;
            }
        }
    }
    cron.m_dayOfMonthStar = fields[2].startsWith(QLatin1Char('*'));
    cron.m_dayOfWeekStar = fields[4].startsWith(QLatin1Char('*'));
    return cron;
}

bool CronExpression::matchesDate(QDate date) const
{
    if (!m_months.test(date.month()))
        return false;
    const bool dom = m_daysOfMonth.test(date.day());
    const bool dow = m_daysOfWeek.test(date.dayOfWeek() % 7);
    if (m_dayOfMonthStar || m_dayOfWeekStar)
        return dom && dow;
    return dom || dow;
}

bool CronExpression::matchesTime(QTime time) const
{
    return m_hours.test(time.hour()) && m_minutes.test(time.minute());
}

QTime CronExpression::firstTimeOn(QDate date, QTime from) const
{
    if (!matchesDate(date))
        return {};
    for (int h = from.hour(); h < 24; ++h) {
        if (!m_hours.test(h))
            continue;
        for (int m = h == from.hour() ? from.minute() : 0; m < 60; ++m) {
            if (m_minutes.test(m))
                return QTime(h, m);
        }
    }
    return {};
}

} // namespace Syncline
