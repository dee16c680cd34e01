// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runreport.h"

#include <atomic>
#include <functional>

namespace Syncline {

struct RunOptions
{
    bool dryRun = false;
    int previewLimit = 1000; // dry run: how many planned changes to keep in the report
};

// Executes one job once, synchronously, on the calling thread: opens its own workspace and
// endpoint connections, streams both sides by key, classifies, applies in batches, journals
// and records the run (DESIGN.md, "The sync algorithm"). The CLI calls it directly; the
// console runs it on a worker thread through RunController. Never touches QtWidgets.
class SyncRun final
{
public:
    using ProgressCallback = std::function<void(const RunProgress&)>;

    SyncRun(QString workspaceLocation, QString jobName, RunOptions options = {});

    // `cancel` is polled between batches; a cancelled run stops after the batch in flight,
    // which commits or not as a whole.
    RunReport execute(
        const ProgressCallback& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    QString m_workspaceLocation;
    QString m_jobName;
    RunOptions m_options;
};

} // namespace Syncline
