// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictpolicy.h"
#include "threewaymerge.h"
#include "twowayapplier.h"

#include <QSet>

#include <memory>

namespace Syncline {

class ConflictRepository;
class JobSession;

// One two-way run's per-key logic: three-way merge against the journal's base, the job's
// conflict policy, and the keys already waiting in the conflict queue (left alone on both
// sides until they settle or an admin resolves them). Feeds a TwoWayApplier. Owned by
// SyncRun, on the run thread.
class TwoWayStep final
{
public:
    static Result<std::unique_ptr<TwoWayStep>> create(
        JobSession& session, TwoWayApplier::Context context, RunReport& report);
    ~TwoWayStep();

    Status handle(const KeyedRow* source, const KeyedRow* target, const JournalEntry* journal,
        const QByteArray& key);
    Status flush() { return m_applier->flush(); }

    // After a merge that writes the source, the expression fields follow the source row
    // being written; the target is then rewritten too if it holds other values.
    static Status followSource(
        RowMapper& mapper, MergeOutcome& outcome, const KeyedRow* source, const KeyedRow* target);

private:
    TwoWayStep(JobSession& session, RunReport& report);

    JobSession& m_session;
    RunReport& m_report;
    std::unique_ptr<ConflictRepository> m_conflicts;
    std::unique_ptr<ThreeWayMerge> m_merge;
    std::unique_ptr<ConflictPolicy> m_policy;
    std::unique_ptr<TwoWayApplier> m_applier;
    QSet<QByteArray> m_pendingKeys;
};

} // namespace Syncline
