// SPDX-License-Identifier: GPL-3.0-or-later
#include "twowaystep.h"

#include "connectors/connection.h"
#include "core/canonicalrowcodec.h"
#include "jobsession.h"
#include "rowmapper.h"
#include "store/conflictrepository.h"

namespace Syncline {

using Action = MergeOutcome::Action;

TwoWayStep::TwoWayStep(JobSession& session, RunReport& report)
    : m_session(session)
    , m_report(report)
{ }

TwoWayStep::~TwoWayStep() = default;

Result<std::unique_ptr<TwoWayStep>> TwoWayStep::create(
    JobSession& session, TwoWayApplier::Context context, RunReport& report)
{
    std::unique_ptr<TwoWayStep> step(new TwoWayStep(session, report));
    const MappingPlan& plan = session.plan;
    step->m_conflicts = std::make_unique<ConflictRepository>(*session.workspace);
    auto pending = step->m_conflicts->pendingKeys(session.job.name);
    if (!pending)
        return pending.error();
    step->m_pendingKeys = std::move(pending).value();

    QList<bool> reversible;
    for (const PlannedField& field : plan.fields)
        reversible.append(
            field.kind == FieldMapping::Kind::Column || field.kind == FieldMapping::Kind::Cast);
    step->m_merge = std::make_unique<ThreeWayMerge>(reversible);
    step->m_policy = std::make_unique<ConflictPolicy>(session.job, plan, *step->m_merge);
    if (const Status prepared = step->m_policy->prepare(); !prepared)
        return prepared.error();

    context.conflicts = step->m_conflicts.get();
    auto targetWriter
        = [&session]() { return session.target->writer(TwoWayApplier::targetSpec(session.plan)); };
    auto sourceWriter
        = [&session]() { return session.source->writer(TwoWayApplier::sourceSpec(session.plan)); };
    step->m_applier = std::make_unique<TwoWayApplier>(context, targetWriter, sourceWriter, report);
    return step;
}

Status TwoWayStep::followSource(
    RowMapper& mapper, MergeOutcome& outcome, const KeyedRow* source, const KeyedRow* target)
{
    if (outcome.action != Action::WriteSource && outcome.action != Action::WriteBoth)
        return {};
    QVariantList row = outcome.row;
    if (const Status recomputed = mapper.recomputeExpressions(source ? &source->raw : nullptr, row);
        !recomputed)
        return recomputed;
    if (row == outcome.row)
        return {};
    outcome.row = row;
    if (outcome.action == Action::WriteSource && (!target || target->values != row))
        outcome.action = Action::WriteBoth;
    return {};
}

Status TwoWayStep::handle(const KeyedRow* source, const KeyedRow* target,
    const JournalEntry* journal, const QByteArray& key)
{
    // A journal entry written by a one-way job has no base: treat the key as never synced.
    std::optional<QVariantList> base;
    if (journal && !journal->base.isEmpty()) {
        auto decoded = CanonicalRowCodec::decode(journal->base);
        if (!decoded)
            return decoded.error();
        base = std::move(decoded).value();
    }
    const QVariantList* basePtr = base ? &*base : nullptr;
    const std::optional<quint64> baseHash
        = base ? std::optional<quint64>(journal->hash) : std::nullopt;
    MergeOutcome outcome = m_merge->merge(source, target, basePtr, baseHash);

    if (m_pendingKeys.contains(key)) {
        const bool agree = outcome.action == Action::Nothing
            || outcome.action == Action::RefreshJournal || outcome.action == Action::ForgetJournal;
        if (agree) {
            if (const Status settled = m_applier->settle(key); !settled)
                return settled;
            return m_applier->apply(outcome, source, target, key);
        }
        // Still in dispute: refresh the queued entry, touch neither side.
        if (outcome.action != Action::Conflict) {
            outcome.action = Action::Conflict;
            outcome.kind = source && target
                ? (base ? ConflictRecord::Kind::UpdateUpdate : ConflictRecord::Kind::InsertInsert)
                : ConflictRecord::Kind::UpdateDelete;
            outcome.conflictFields.clear();
            if (source && target) {
                for (qsizetype i = 0; i < source->values.size(); ++i) {
                    if (m_merge->isReversible(int(i)) && source->values[i] != target->values[i])
                        outcome.conflictFields.append(int(i));
                }
            }
        }
        // An empty note keeps the one the conflict was parked with (e.g. a rule's error).
        return m_applier->park(outcome, source, target, basePtr, key, QString());
    }

    if (outcome.action != Action::Conflict) {
        if (const Status followed = followSource(*m_session.mapper, outcome, source, target);
            !followed)
            return followed;
        return m_applier->apply(outcome, source, target, key);
    }

    const QString keyText = m_session.mapper->describeKeyBytes(key);
    const PolicyDecision decision = m_policy->decide(outcome, source, target, basePtr, keyText);
    switch (decision.verdict) {
    case PolicyDecision::Verdict::Source:
    case PolicyDecision::Verdict::Target:
    case PolicyDecision::Verdict::Merged: {
        ++m_report.policyResolved;
        MergeOutcome settled;
        if (decision.verdict == PolicyDecision::Verdict::Merged) {
            settled.action = Action::WriteBoth;
            settled.row = decision.row;
        } else {
            settled = m_merge->settle(outcome, decision.verdict == PolicyDecision::Verdict::Source,
                source, target, basePtr);
        }
        if (const Status followed = followSource(*m_session.mapper, settled, source, target);
            !followed)
            return followed;
        return m_applier->apply(settled, source, target, key);
    }
    case PolicyDecision::Verdict::Manual:
        break;
    }
    return m_applier->park(outcome, source, target, basePtr, key, decision.note);
}

} // namespace Syncline
