// SPDX-License-Identifier: GPL-3.0-or-later
#include "threewaymerge.h"

namespace Syncline {

namespace {

using Action = MergeOutcome::Action;

MergeOutcome outcome(Action action, QVariantList row = {})
{
    MergeOutcome o;
    o.action = action;
    o.row = std::move(row);
    return o;
}

} // namespace

QVariantList ThreeWayMerge::mergeFields(const QVariantList* base, const QVariantList& source,
    const QVariantList& target, bool preferSource) const
{
    QVariantList merged = source;
    for (qsizetype i = 0; i < merged.size(); ++i) {
        if (!m_reversible.value(i))
            continue; // owned by the source
        const bool sourceChanged = !base || source[i] != (*base)[i];
        const bool targetChanged = base ? target[i] != (*base)[i] : source[i] != target[i];
        if (targetChanged && (!sourceChanged || !preferSource))
            merged[i] = target[i];
    }
    return merged;
}

MergeOutcome ThreeWayMerge::merge(const KeyedRow* s, const KeyedRow* t, const QVariantList* base,
    std::optional<quint64> baseHash) const
{
    if (!base) {
        // Never synced: whatever exists flows to the other side; two different inserts collide.
        if (s && t) {
            if (s->hash == t->hash)
                return outcome(Action::RefreshJournal, s->values);
            MergeOutcome o;
            for (qsizetype i = 0; i < s->values.size(); ++i) {
                if (m_reversible.value(i) && s->values[i] != t->values[i])
                    o.conflictFields.append(int(i));
            }
            if (o.conflictFields.isEmpty()) // they differ only in source-owned fields
                return outcome(Action::WriteTarget, s->values);
            o.action = Action::Conflict;
            o.kind = ConflictRecord::Kind::InsertInsert;
            return o;
        }
        if (s)
            return outcome(Action::WriteTarget, s->values);
        if (t)
            return outcome(Action::WriteSource, t->values);
        return outcome(Action::Nothing);
    }

    const auto changedFrom = [&](const QVariantList& values, bool reversibleOnly) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if ((!reversibleOnly || m_reversible.value(i)) && values[i] != base->value(i))
                return true;
        }
        return false;
    };
    if (!s && !t)
        return outcome(Action::ForgetJournal);
    if (s && !t) {
        if (!changedFrom(s->values, false))
            return outcome(Action::DeleteSource);
        MergeOutcome o;
        o.action = Action::Conflict;
        o.kind = ConflictRecord::Kind::UpdateDelete;
        return o;
    }
    if (!s && t) {
        if (!changedFrom(t->values, true))
            return outcome(Action::DeleteTarget);
        MergeOutcome o;
        o.action = Action::Conflict;
        o.kind = ConflictRecord::Kind::UpdateDelete;
        return o;
    }

    if (s->hash == t->hash)
        return outcome(
            baseHash && *baseHash == s->hash ? Action::Nothing : Action::RefreshJournal, s->values);
    MergeOutcome o;
    for (qsizetype i = 0; i < s->values.size(); ++i) {
        if (!m_reversible.value(i))
            continue;
        const QVariant& b = base->value(i);
        if (s->values[i] != b && t->values[i] != b && s->values[i] != t->values[i])
            o.conflictFields.append(int(i));
    }
    if (!o.conflictFields.isEmpty()) {
        o.action = Action::Conflict;
        o.kind = ConflictRecord::Kind::UpdateUpdate;
        return o;
    }
    QVariantList merged = mergeFields(base, s->values, t->values, true);
    const bool targetNeedsWrite = merged != t->values;
    bool sourceNeedsWrite = false;
    for (qsizetype i = 0; i < merged.size(); ++i)
        sourceNeedsWrite = sourceNeedsWrite || (m_reversible.value(i) && merged[i] != s->values[i]);
    if (targetNeedsWrite && sourceNeedsWrite)
        return outcome(Action::WriteBoth, merged);
    if (targetNeedsWrite)
        return outcome(Action::WriteTarget, merged);
    if (sourceNeedsWrite)
        return outcome(Action::WriteSource, merged);
    return outcome(Action::RefreshJournal, merged);
}

MergeOutcome ThreeWayMerge::settle(const MergeOutcome& conflict, bool sourceWins,
    const KeyedRow* source, const KeyedRow* target, const QVariantList* base) const
{
    if (conflict.kind == ConflictRecord::Kind::UpdateUpdate && source && target)
        return outcome(
            Action::WriteBoth, mergeFields(base, source->values, target->values, sourceWins));
    if (sourceWins)
        return source ? outcome(Action::WriteTarget, source->values)
                      : outcome(Action::DeleteTarget);
    if (!target)
        return outcome(Action::DeleteSource);
    // The target's values flow back; fields computed from the source stay the source's.
    QVariantList row = target->values;
    if (source) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (!m_reversible.value(i))
                row[i] = source->values.value(i);
        }
    }
    return outcome(Action::WriteSource, row);
}

} // namespace Syncline
