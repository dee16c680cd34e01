// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeclassifier.h"

namespace Syncline {

ChangeClassifier::Decision ChangeClassifier::classify(
    const KeyedRow* source, const KeyedRow* target, const JournalEntry* journal) const
{
    const bool deletes = m_deletes != JobConfig::Deletes::Ignore;
    if (m_readsTarget) {
        // Full compare: the target itself is the truth; the journal only follows.
        if (source && target) {
            if (source->hash != target->hash)
                return Decision::Update;
            return journal && journal->hash == source->hash ? Decision::Unchanged
                                                            : Decision::RefreshJournal;
        }
        if (source)
            return Decision::Insert;
        if (target) {
            if (!deletes)
                return journal ? Decision::ForgetJournal : Decision::Skip;
            // A soft-deleted row stays in the target and must not count as a delete on every
            // later run: its flag says so, or (flag not read) its journal entry is gone.
            if (m_deletes == JobConfig::Deletes::SoftDelete) {
                const bool flagged = m_softDeleteField >= 0
                    ? target->values.value(m_softDeleteField).toBool()
                    : !journal;
                if (flagged)
                    return journal ? Decision::ForgetJournal : Decision::Skip;
            }
            return Decision::Delete;
        }
        return journal ? Decision::ForgetJournal : Decision::Skip;
    }
    // Incremental: compare the source with what was last synced; upserts repair drift.
    if (source) {
        if (!journal)
            return Decision::Insert;
        return journal->hash == source->hash ? Decision::Unchanged : Decision::Update;
    }
    if (journal)
        return deletes ? Decision::Delete : Decision::ForgetJournal;
    return Decision::Skip;
}

} // namespace Syncline
