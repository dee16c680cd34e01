// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchapplier.h"
#include "syncrun.h"

namespace Syncline {

class JobSession;

// A run with detect "changelog": reads only the keys the capture triggers logged since the
// job's last position (both sides for two-way jobs), fetches those rows by key and
// classifies them against the journal, so its cost follows the changes, not the table.
// The run's own writes are logged too; they come back as keys whose rows equal the journal
// and are classified unchanged, so nothing echoes back and forth. The positions advance
// only when the run succeeds. Owned by SyncRun, on the run thread.
class ChangelogPass final
{
public:
    ChangelogPass(JobSession& session, BatchApplier::Context context, RunReport& report,
        const SyncRun::ProgressCallback& progress, const std::atomic_bool* cancel);
    Status run();

private:
    JobSession& m_session;
    BatchApplier::Context m_context;
    RunReport& m_report;
    const SyncRun::ProgressCallback& m_progress;
    const std::atomic_bool* m_cancel;
};

} // namespace Syncline
