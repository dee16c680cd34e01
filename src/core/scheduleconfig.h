// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Syncline {

// When and how a job runs by itself: the "schedule" object of a job in the config file.
// Value type; parsed and checked by ConfigParser, turned into a Schedule by the scheduler.
//   {"every": "10m"}                                   every N s/m/h (real time, DST-proof)
//   {"cron": "*/5 * * * *", "window": "Mon-Fri 22:00-06:00", "timezone": "Europe/Berlin"}
//   "missed": "run-once" (default) | "skip"            fires missed while no scheduler ran
//   "retry": {"max": 3, "base": "2s", "max_delay": "5m"} transient failures, backoff + jitter
// No "every" and no "cron": on demand only.
struct ScheduleConfig
{
    enum class Missed { RunOnce, Skip };

    qint64 everyMs = 0; // > 0: every N milliseconds
    QString cron; // non-empty: a 5-field cron expression
    QString window; // optional: fires only inside it (TimeWindow syntax)
    QString timeZone; // IANA id for cron and window; empty: the machine's zone
    Missed missed = Missed::RunOnce;
    int retryMax = 3; // retries after the first attempt; 0 disables retrying
    qint64 retryBaseMs = 2000;
    qint64 retryMaxDelayMs = 5 * 60 * 1000;

    bool isOnDemand() const { return everyMs <= 0 && cron.isEmpty(); }
    bool operator==(const ScheduleConfig&) const = default;

    // "500ms", "2s", "10m", "1h" -> milliseconds. BadInput names the text.
    static Result<qint64> parseDuration(const QString& text);
    // The shortest of those forms for `ms` ("10m" for 600000).
    static QString formatDuration(qint64 ms);
    static QString toString(Missed missed);
};

} // namespace Syncline
