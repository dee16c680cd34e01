// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runreport.h"
#include "store/runrecord.h"

#include <QCoreApplication>
#include <QString>

namespace Syncline {

// How the console words runs: statuses, durations, counts, timestamps and the progress line
// ("12,345 rows · 45,000 rows/s · ETA 3 s"), so every view says them alike and through one
// translation context. Stateless; usable from any thread.
class RunText final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::RunText)

public:
    static QString status(RunRecord::Status status);
    // The status, marked when the run was a dry run.
    static QString status(RunRecord::Status status, bool dryRun);
    // A duration for people: "0.04 s", "2.5 s", "12 s", "3 min 5 s", "2 h 10 min".
    static QString duration(double seconds);
    // Seconds with a fixed precision for tables ("12.35").
    static QString seconds(double seconds);
    static QString count(qint64 value);
    // Local time, sortable: "2024-05-01 14:03:12". Empty for an invalid time.
    static QString timestamp(const QDateTime& utc);
    static QString progress(const RunProgress& progress);
};

} // namespace Syncline
