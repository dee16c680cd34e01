// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesnapshot.h"

namespace Syncline {

const RunRecord* WorkspaceSnapshot::lastRun(const QString& job) const
{
    for (const RunRecord& run : runs) {
        if (run.job == job)
            return &run;
    }
    return nullptr;
}

} // namespace Syncline
