// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulecheck.h"

#include "core/alertconfigparser.h"
#include "store/alertmeasurements.h"

#include <QCoreApplication>

namespace Syncline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Syncline::AlertRuleCheck", text);
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', fraction * 100 < 10 ? 1 : 0) + QLatin1Char('%');
}

// "2h 5m", "3d 4h", "45s": the two largest units, for people.
QString ago(qint64 seconds)
{
    const std::pair<qint64, const char*> units[]
        = { { 86400, "d" }, { 3600, "h" }, { 60, "m" }, { 1, "s" } };
    QStringList parts;
    for (const auto& [size, unit] : units) {
        if (seconds >= size || (size == 1 && parts.isEmpty())) {
            parts.append(QString::number(seconds / size) + QLatin1String(unit));
            seconds %= size;
        }
        if (parts.size() == 2)
            break;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

Result<AlertReading> AlertRuleCheck::read(const AlertMeasurements& measurements,
    const AlertRuleConfig& rule, const QString& job, const QDateTime& now)
{
    using Kind = AlertRuleConfig::Kind;
    AlertReading reading;
    const QDateTime since = now.addSecs(-rule.windowSeconds);
    const QString window = AlertConfigParser::durationText(rule.windowSeconds);
    switch (rule.kind) {
    case Kind::ErrorRate: {
        const bool rows = rule.measure == AlertRuleConfig::Measure::Rows;
        auto rate
            = rows ? measurements.quarantinedRows(job, since) : measurements.failedRuns(job, since);
        if (!rate)
            return rate.error();
        reading.value = rate->total > 0 ? double(rate->bad) / double(rate->total) : 0;
        reading.firing = rate->total > 0 && reading.value > rule.threshold;
        reading.message = (rows ? tr("job %1: %2 of %3 rows quarantined in the last %4 (%5, "
                                     "threshold %6)")
                                : tr("job %1: %2 of %3 runs failed in the last %4 (%5, "
                                     "threshold %6)"))
                              .arg(job)
                              .arg(rate->bad)
                              .arg(rate->total)
                              .arg(window, percent(reading.value), percent(rule.threshold));
        break;
    }
    case Kind::LatencyP95: {
        auto p95 = measurements.latencyP95(job, since);
        if (!p95)
            return p95.error();
        reading.value = p95->value_or(0);
        reading.firing = p95->has_value() && reading.value > rule.threshold;
        reading.message = p95->has_value()
            ? tr("job %1: p95 latency %2 ms in the last %3 (threshold %4 ms)")
                  .arg(job, QString::number(reading.value, 'f', 0), window,
                      QString::number(rule.threshold, 'f', 0))
            : tr("job %1: no latency measured in the last %2").arg(job, window);
        break;
    }
    case Kind::ConsecutiveFailures: {
        auto failures = measurements.consecutiveFailures(job);
        if (!failures)
            return failures.error();
        reading.value = double(*failures);
        reading.firing = reading.value >= rule.threshold;
        reading.message = tr("job %1: %2 failed run(s) in a row (threshold %3)")
                              .arg(job)
                              .arg(*failures)
                              .arg(rule.threshold);
        break;
    }
    case Kind::PendingConflicts: {
        auto pending = measurements.pendingConflicts(job);
        if (!pending)
            return pending.error();
        reading.value = double(*pending);
        reading.firing = reading.value >= rule.threshold;
        reading.message = tr("job %1: %2 conflict(s) waiting for a decision (threshold %3)")
                              .arg(job)
                              .arg(*pending)
                              .arg(rule.threshold);
        break;
    }
    case Kind::NotRunSince: {
        auto last = measurements.lastActivity(job);
        if (!last)
            return last.error();
        if (!last->at.isValid()) {
            reading.message = tr("job %1: unknown job").arg(job);
            break;
        }
        const qint64 seconds = qMax<qint64>(0, last->at.secsTo(now));
        reading.value = double(seconds);
        reading.firing = seconds > rule.windowSeconds;
        reading.message = last->ran
            ? tr("job %1: last run started %2 ago (limit %3)").arg(job, ago(seconds), window)
            : tr("job %1: never ran; configured %2 ago (limit %3)").arg(job, ago(seconds), window);
        break;
    }
    }
    return reading;
}

} // namespace Syncline
