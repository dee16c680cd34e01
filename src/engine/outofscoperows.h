// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchapplier.h"
#include "keyedrow.h"
#include "store/quarantinerepository.h"

namespace Syncline {

// The source rows a run leaves out of its scope (KeyedRow::scope): rows the mapping's row
// filter rejects are counted (RunReport::filteredOut); rows that break a validation rule, or
// whose lookup finds nothing, are counted as quarantined and kept in the quarantine with the
// rule's message and the row's key (not in a dry run, which writes nothing). Either way the
// run leaves the key alone on both sides: no insert, update or delete, and the journal keeps
// what it had, so a row that comes back into scope syncs as usual. Owned by SyncRun (and
// ChangelogPass), on the run thread.
class OutOfScopeRows final
{
public:
    OutOfScopeRows(const BatchApplier::Context& context, RunReport& report);

    // Whether `source` is out of scope; if it is, it is counted (and queued for quarantine).
    Result<bool> take(const KeyedRow* source);
    Status flush();

private:
    BatchApplier::Context m_context;
    RunReport& m_report;
    QList<QuarantinedRow> m_pending;
};

} // namespace Syncline
