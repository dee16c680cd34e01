// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Syncline {

// One alert rule of the config ("alerts": [...]): what to measure for which job, when it
// fires, and which channels hear about it. The string forms are the config file's vocabulary.
struct AlertRuleConfig
{
    enum class Kind {
        ErrorRate, // failed runs / runs, or quarantined rows / rows, over the window, > threshold
        LatencyP95, // p95 change latency in ms over the window, > threshold
        ConsecutiveFailures, // the newest runs failed in a row, >= threshold
        PendingConflicts, // conflicts waiting for a decision, >= threshold
        NotRunSince, // no finished run for longer than the window
    };
    enum class Measure { Runs, Rows }; // ErrorRate: what the rate counts
    enum class Severity { Info, Warning, Critical };

    static inline const QString allJobs = QStringLiteral("*");

    QString name;
    QString job = allJobs; // a job name, or "*": each job on its own
    Kind kind = Kind::ErrorRate;
    Measure measure = Measure::Runs;
    double threshold = 0;
    qint64 windowSeconds = 0; // ErrorRate, LatencyP95: the look-back; NotRunSince: the limit
    QStringList channels;
    Severity severity = Severity::Warning;

    bool appliesToAllJobs() const { return job == allJobs; }
    bool operator==(const AlertRuleConfig&) const = default;
};

} // namespace Syncline
