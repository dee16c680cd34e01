// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runreport.h"
#include "store/runrecord.h"

#include <QDateTime>

namespace Syncline {

// A finished run as its RunReport tells it, for views that show runs the workspace has not
// recorded yet (or could not record: a run that failed before it began has id 0). Its times
// are reconstructed from now and the run's duration.
inline RunRecord reportedRun(const RunReport& report)
{
    RunRecord run;
    run.id = report.runId;
    run.job = report.job;
    run.status = report.status;
    run.dryRun = report.dryRun;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.startedAt = run.finishedAt.addMSecs(-qRound64(report.seconds * 1000));
    run.seconds = report.seconds;
    run.counts = report.counts;
    if (!report.succeeded())
        run.error = report.error.message;
    return run;
}

} // namespace Syncline
