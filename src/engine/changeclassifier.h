// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobconfig.h"
#include "keyedrow.h"
#include "store/journalrepository.h"

namespace Syncline {

// Decides what a one-way run does with one key, given what the source has, what the target
// has (when the run reads it) and what the journal says was last synced. Pure logic, no I/O.
class ChangeClassifier final
{
public:
    enum class Decision {
        Insert, // write the source row; the target lacks it
        Update, // write the source row over a different one
        Delete, // remove (or soft-delete) the target row
        Unchanged, // nothing to write; the journal already agrees
        RefreshJournal, // nothing to write; record the source hash in the journal
        ForgetJournal, // nothing to write; drop the key from the journal
        Skip, // nothing at all
    };

    // softDeleteField: index of the soft-delete flag among the row's fields, when the run
    // reads it; a target row whose flag is set counts as already deleted.
    ChangeClassifier(JobConfig::Deletes deletes, bool readsTarget, int softDeleteField = -1)
        : m_deletes(deletes)
        , m_readsTarget(readsTarget)
        , m_softDeleteField(softDeleteField)
    { }

    Decision classify(
        const KeyedRow* source, const KeyedRow* target, const JournalEntry* journal) const;

private:
    JobConfig::Deletes m_deletes;
    bool m_readsTarget;
    int m_softDeleteField;
};

} // namespace Syncline
