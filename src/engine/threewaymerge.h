// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtype.h"
#include "keyedrow.h"
#include "store/conflictrecord.h"

#include <QList>
#include <optional>

namespace Syncline {

// What a two-way run does with one key.
struct MergeOutcome
{
    enum class Action {
        Nothing, // both sides and the journal agree, or there is nothing anywhere
        RefreshJournal, // both sides agree; the journal learns `row`
        ForgetJournal, // both sides deleted it
        WriteTarget, // write `row` to the target (the source already has it)
        WriteSource, // write `row` to the source (the target already has it)
        WriteBoth, // write the merged `row` to both sides
        DeleteTarget,
        DeleteSource,
        Conflict, // overlapping changes: the job's conflict policy decides
    };
    Action action = Action::Nothing;
    QVariantList row; // the row written, which becomes the new base
    ConflictRecord::Kind kind = ConflictRecord::Kind::UpdateUpdate;
    QList<int> conflictFields; // field indexes changed on both sides to different values
};

// The three-way comparison of DESIGN.md step 3, field by field: a field changed on one side
// only takes that side's value; fields changed on both sides to different values are a
// conflict. Fields that cannot flow back (constants, expressions) always come from the
// source. Pure logic; one instance per run.
class ThreeWayMerge final
{
public:
    explicit ThreeWayMerge(QList<bool> reversible)
        : m_reversible(std::move(reversible))
    { }

    MergeOutcome merge(const KeyedRow* source, const KeyedRow* target, const QVariantList* base,
        std::optional<quint64> baseHash) const;

    // Every field from the side that changed it; conflicting fields from `preferSource` ?
    // source : target. Without a base (insert/insert) differing fields take the preferred side.
    QVariantList mergeFields(const QVariantList* base, const QVariantList& source,
        const QVariantList& target, bool preferSource) const;
    bool isReversible(int field) const { return m_reversible.value(field); }

    // What settling `conflict` in favour of one side means for both sides: update/update
    // merges with that side's values in the overlapping fields; update/delete and
    // insert/insert make the other side equal to the winner (deleting when it deleted).
    MergeOutcome settle(const MergeOutcome& conflict, bool sourceWins, const KeyedRow* source,
        const KeyedRow* target, const QVariantList* base) const;

private:
    QList<bool> m_reversible;
};

} // namespace Syncline
