// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/workspaceconfig.h"

#include <QDateTime>

namespace Syncline {

class Workspace;

// A month of plausible run history for the demo's jobs, so the Dashboard has something to
// chart: runs on each job's usual cadence with a daily and weekly load pattern (busy office
// hours, quiet nights and weekends), a few outages (failed runs, then one run that catches up
// with a latency spike), rows the target rejected now and then, and conflicts for two-way
// jobs; the runs go to the runs table and their metrics to the time series. Deterministic
// (a fixed seed). Used by DemoWorkspace::create(); runs on the calling thread.
class DemoHistory final
{
public:
    // Runs from now - days up to a few minutes before now. Returns how many runs it added.
    static Result<qint64> add(Workspace& workspace, const WorkspaceConfig& config,
        const QDateTime& now = QDateTime::currentDateTimeUtc(), int days = 30);
};

} // namespace Syncline
