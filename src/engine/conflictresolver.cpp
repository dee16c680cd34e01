// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictresolver.h"

#include "conflictpolicy.h"
#include "connectors/connection.h"
#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"
#include "core/canonicalrowcodec.h"
#include "core/keycodec.h"
#include "jobsession.h"
#include "rowmapper.h"
#include "store/auditrepository.h"
#include "store/conflictrepository.h"
#include "store/conflictrulerepository.h"
#include "store/journalrepository.h"
#include "store/quarantinerepository.h"
#include "store/workspace.h"
#include "twowayapplier.h"
#include "twowaystep.h"

#include <QJsonArray>

#include <deque>

namespace Syncline {

namespace {

// The current row of one side for the key, mapped like a run maps it; nullopt when absent.
Result<std::optional<KeyedRow>> currentRow(
    JobSession& session, bool sourceSide, const QVariantList& key)
{
    const MappingPlan& plan = session.plan;
    ReadRequest request;
    request.entity = sourceSide ? plan.mapping.source.entity : plan.mapping.target.entity;
    request.columns = sourceSide ? plan.sourceColumns : plan.targetColumns();
    request.keyColumns = sourceSide ? plan.sourceKeyColumns : plan.keyNames();
    Connection& connection = sourceSide ? *session.source : *session.target;
    auto stream = connection.readKeys(request, { KeyCodec::rawKey(key, plan.keyTypes()) });
    if (!stream)
        return stream.error();
    QVariantList raw;
    auto more = (*stream)->next(raw);
    if (!more)
        return more.error();
    if (!*more)
        return std::optional<KeyedRow>();
    KeyedRow row;
    const Status mapped
        = sourceSide ? session.mapper->mapSource(raw, row) : session.mapper->mapTarget(raw, row);
    if (!mapped)
        return mapped.error();
    return std::optional<KeyedRow>(row);
}

QString takeName(ConflictDecision::Take take)
{
    switch (take) {
    case ConflictDecision::Take::Source:
        return QStringLiteral("source");
    case ConflictDecision::Take::Target:
        return QStringLiteral("target");
    case ConflictDecision::Take::Merged:
        return QStringLiteral("merged");
    }
    return QString();
}

// The audit entry of one resolution, as resolve() and resolveMany() write it.
QJsonObject auditDetail(const ConflictRecord& conflict, const QString& take,
    const QJsonObject& resolution, const QJsonObject& setFields, const QString& rule)
{
    QJsonObject detail { { QStringLiteral("conflict"), conflict.id },
        { QStringLiteral("key"), conflict.keyText },
        { QStringLiteral("kind"), ConflictRecord::toString(conflict.kind) },
        { QStringLiteral("fields"), QJsonArray::fromStringList(conflict.fields) },
        { QStringLiteral("take"), take },
        { QStringLiteral("old"),
            QJsonObject { { QStringLiteral("base"), conflict.base },
                { QStringLiteral("source"), conflict.source },
                { QStringLiteral("target"), conflict.target } } },
        { QStringLiteral("new"), resolution.value(QStringLiteral("row")) } };
    if (!setFields.isEmpty())
        detail.insert(QStringLiteral("set"), setFields);
    if (!rule.isEmpty())
        detail.insert(QStringLiteral("rule"), rule);
    return detail;
}

QJsonObject writtenRow(const MappingPlan& plan, const QVariantList& row)
{
    QJsonObject written;
    for (qsizetype i = 0; i < plan.fields.size() && i < row.size(); ++i)
        written.insert(
            plan.fields[i].target, CanonicalFormatter::toJson(row[i], plan.fields[i].type));
    return written;
}

// A saved rule as the job policy that does the same, for ConflictPolicy.
JobConfig ruleAsPolicy(const JobConfig& job, const ConflictRule& rule)
{
    JobConfig policy = job;
    switch (rule.kind) {
    case ConflictRule::Kind::TakeSource:
        policy.conflicts = QStringLiteral("source-wins");
        break;
    case ConflictRule::Kind::TakeTarget:
        policy.conflicts = QStringLiteral("target-wins");
        break;
    case ConflictRule::Kind::Newest:
        policy.conflicts = QStringLiteral("newest-wins");
        policy.newestField = rule.field;
        policy.tieWinner = QStringLiteral("source");
        break;
    case ConflictRule::Kind::Script:
        policy.conflicts = QStringLiteral("rule");
        policy.rule = rule.script;
        break;
    }
    return policy;
}

// Conflicts written per batch: one transaction per side and one for the marks and audit.
constexpr qsizetype s_bulkBatch = 250;

} // namespace

ConflictResolver::ConflictResolver(QString workspaceLocation)
    : m_workspaceLocation(std::move(workspaceLocation))
{ }

Result<ConflictRecord> ConflictResolver::resolve(
    qint64 conflictId, const ConflictDecision& decision, const QString& actor)
{
    ConflictRecord conflict;
    {
        auto workspace = Workspace::open(m_workspaceLocation);
        if (!workspace)
            return workspace.error();
        auto found = ConflictRepository(**workspace).get(conflictId);
        if (!found)
            return found.error();
        conflict = *found;
    }
    if (conflict.status != ConflictRecord::Status::Pending)
        return Error::badInput(QStringLiteral("conflict %1 is already resolved").arg(conflictId));

    auto opened = JobSession::open(m_workspaceLocation, conflict.job);
    if (!opened)
        return opened.error();
    JobSession& session = **opened;
    const MappingPlan& plan = session.plan;
    const QString where = QStringLiteral("conflict %1 (%2)").arg(conflictId).arg(conflict.keyText);

    if (decision.take != ConflictDecision::Take::Merged && !decision.set.isEmpty())
        return Error::badInput(QStringLiteral("%1: --set needs --take merged").arg(where));

    auto key = KeyCodec::decode(conflict.key, plan.keyTypes());
    if (!key)
        return key.error();
    auto source = currentRow(session, true, *key);
    if (!source)
        return source.error().within(where);
    auto target = currentRow(session, false, *key);
    if (!target)
        return target.error().within(where);
    JournalRepository journal(*session.workspace);
    auto known = journal.lookup(conflict.job, { conflict.key });
    if (!known)
        return known.error();
    std::optional<QVariantList> base;
    if (const auto it = known->constFind(conflict.key);
        it != known->constEnd() && !it->base.isEmpty()) {
        auto decoded = CanonicalRowCodec::decode(it->base);
        if (!decoded)
            return decoded.error();
        base = *decoded;
    }
    const KeyedRow* s = *source ? &**source : nullptr;
    const KeyedRow* t = *target ? &**target : nullptr;
    const QVariantList* b = base ? &*base : nullptr;

    QList<bool> reversible;
    for (const PlannedField& field : plan.fields)
        reversible.append(
            field.kind == FieldMapping::Kind::Column || field.kind == FieldMapping::Kind::Cast);
    const ThreeWayMerge merge(reversible);
    MergeOutcome outcome;
    if (decision.take == ConflictDecision::Take::Merged) {
        if (!s && !t)
            return Error::badInput(
                QStringLiteral("%1: both sides deleted the row; take source or target").arg(where));
        outcome.action = MergeOutcome::Action::WriteBoth;
        outcome.row = s && t ? merge.mergeFields(b, s->values, t->values, true)
                             : (s ? s->values : t->values);
        for (auto it = decision.set.constBegin(); it != decision.set.constEnd(); ++it) {
            qsizetype index = -1;
            for (qsizetype i = 0; i < plan.fields.size(); ++i) {
                if (plan.fields[i].target == it.key())
                    index = i;
            }
            if (index < 0)
                return Error::badInput(
                    QStringLiteral("%1: --set: unknown field '%2'").arg(where, it.key()));
            if (plan.keyFields.contains(int(index)))
                return Error::badInput(
                    QStringLiteral("%1: --set: '%2' is part of the key").arg(where, it.key()));
            if (!reversible[index])
                return Error::badInput(QStringLiteral("%1: --set: '%2' is computed from the source "
                                                      "and cannot be set")
                                           .arg(where, it.key()));
            QVariant value;
            if (it.value() != u"NULL") {
                auto parsed = Canonicalizer::canonicalize(it.value(), plan.fields[index].type);
                if (!parsed)
                    return parsed.error().within(
                        QStringLiteral("%1: --set %2").arg(where, it.key()));
                value = *parsed;
            }
            outcome.row[index] = value;
        }
    } else {
        MergeOutcome asConflict;
        asConflict.action = MergeOutcome::Action::Conflict;
        asConflict.kind = s && t && b ? ConflictRecord::Kind::UpdateUpdate : conflict.kind;
        outcome
            = merge.settle(asConflict, decision.take == ConflictDecision::Take::Source, s, t, b);
    }

    if (const Status followed = TwoWayStep::followSource(*session.mapper, outcome, s, t); !followed)
        return followed.error().within(where);

    RunReport report;
    QuarantineRepository quarantine(*session.workspace);
    ConflictRepository conflicts(*session.workspace);
    TwoWayApplier::Context context;
    context.common.plan = &plan;
    context.common.mapper = session.mapper.get();
    context.common.journal = &journal;
    context.common.quarantine = &quarantine;
    context.common.job = conflict.job;
    context.common.batchSize = 1000;
    context.conflicts = &conflicts;
    TwoWayApplier applier(
        context,
        [&session] { return session.target->writer(TwoWayApplier::targetSpec(session.plan)); },
        [&session] { return session.source->writer(TwoWayApplier::sourceSpec(session.plan)); },
        report);
    if (const Status applied = applier.apply(outcome, s, t, conflict.key); !applied)
        return applied.error().within(where);
    if (const Status flushed = applier.flush(); !flushed)
        return flushed.error().within(where);
    if (!applier.lastRejections().isEmpty())
        return Error::runtime(QStringLiteral("%1: not resolved, %2")
                                  .arg(where, applier.lastRejections().join(QStringLiteral("; "))));

    const QJsonObject written = writtenRow(plan, outcome.row);
    QJsonObject resolution { { QStringLiteral("take"), takeName(decision.take) },
        { QStringLiteral("row"), outcome.row.isEmpty() ? QJsonValue() : QJsonValue(written) } };
    if (!decision.rule.isEmpty())
        resolution.insert(QStringLiteral("rule"), decision.rule);
    QJsonObject setFields;
    for (auto it = decision.set.constBegin(); it != decision.set.constEnd(); ++it)
        setFields.insert(it.key(), it.value());
    const Status recorded = session.workspace->transaction([&]() -> Status {
        if (const Status marked = conflicts.markResolved(conflictId, resolution, actor); !marked)
            return marked;
        const QJsonObject detail
            = auditDetail(conflict, takeName(decision.take), resolution, setFields, decision.rule);
        return AuditRepository(*session.workspace)
            .record(actor, QStringLiteral("conflict.resolve"),
                QStringLiteral("job:%1 %2").arg(conflict.job, conflict.keyText), detail);
    });
    if (!recorded)
        return recorded.error();
    auto resolved = conflicts.get(conflictId);
    if (!resolved)
        return resolved.error();
    return *resolved;
}

} // namespace Syncline

namespace Syncline {

Result<BulkOutcome> ConflictResolver::resolveMany(const QList<qint64>& conflictIds,
    const BulkDecision& decision, const QString& actor, const Progress& progress)
{
    BulkOutcome outcome;
    std::optional<ConflictRule> rule;
    // Loaded in one go, grouped by job in the order given.
    QStringList jobOrder;
    QHash<QString, QList<ConflictRecord>> byJob;
    {
        auto workspace = Workspace::open(m_workspaceLocation);
        if (!workspace)
            return workspace.error();
        if (decision.by == BulkDecision::By::Rule) {
            auto found = ConflictRuleRepository(**workspace).get(decision.rule);
            if (!found)
                return found.error();
            rule = *found;
        }
        const ConflictRepository conflicts(**workspace);
        for (const qint64 id : conflictIds) {
            auto found = conflicts.get(id);
            if (!found) {
                outcome.failures.append({ id, QString(), found.error().message });
                continue;
            }
            if (found->status != ConflictRecord::Status::Pending) {
                outcome.failures.append({ id, found->keyText,
                    QStringLiteral("conflict %1 is already resolved (by %2)")
                        .arg(id)
                        .arg(found->resolvedBy) });
                continue;
            }
            if (!byJob.contains(found->job))
                jobOrder.append(found->job);
            byJob[found->job].append(*found);
        }
    }
    const qsizetype total = conflictIds.size();
    qsizetype done = outcome.failures.size();
    const QString ruleName = rule ? rule->name : QString();

    for (const QString& jobName : std::as_const(jobOrder)) {
        const QList<ConflictRecord>& queue = byJob[jobName];
        const auto failAll = [&](qsizetype from, const QString& error) {
            for (qsizetype i = from; i < queue.size(); ++i)
                outcome.failures.append({ queue[i].id, queue[i].keyText, error });
            done += queue.size() - from;
        };
        auto opened = JobSession::open(m_workspaceLocation, jobName);
        if (!opened) {
            failAll(0, opened.error().message);
            continue;
        }
        JobSession& session = **opened;
        const MappingPlan& plan = session.plan;
        QList<bool> reversible;
        for (const PlannedField& field : plan.fields)
            reversible.append(
                field.kind == FieldMapping::Kind::Column || field.kind == FieldMapping::Kind::Cast);
        const ThreeWayMerge merge(reversible);
        std::unique_ptr<ConflictPolicy> policy;
        if (rule) {
            const JobConfig asPolicy = ruleAsPolicy(session.job, *rule);
            policy = std::make_unique<ConflictPolicy>(asPolicy, plan, merge);
            if (const Status prepared = policy->prepare(); !prepared) {
                failAll(
                    0, QStringLiteral("rule '%1': %2").arg(rule->name, prepared.error().message));
                continue;
            }
        }

        JournalRepository journal(*session.workspace);
        QuarantineRepository quarantine(*session.workspace);
        ConflictRepository conflicts(*session.workspace);
        RunReport report;
        TwoWayApplier::Context context;
        context.common.plan = &plan;
        context.common.mapper = session.mapper.get();
        context.common.journal = &journal;
        context.common.quarantine = &quarantine;
        context.common.job = jobName;
        context.common.batchSize = int(s_bulkBatch) * 2;
        context.conflicts = &conflicts;
        TwoWayApplier applier(
            context,
            [&session] { return session.target->writer(TwoWayApplier::targetSpec(session.plan)); },
            [&session] { return session.source->writer(TwoWayApplier::sourceSpec(session.plan)); },
            report);

        struct Pending
        {
            const ConflictRecord* conflict = nullptr;
            MergeOutcome outcome;
            QString take;
        };
        bool stop = false;
        for (qsizetype start = 0; start < queue.size() && !stop; start += s_bulkBatch) {
            const qsizetype end = qMin(queue.size(), start + s_bulkBatch);
            QList<QByteArray> keys;
            for (qsizetype i = start; i < end; ++i)
                keys.append(queue[i].key);
            auto known = journal.lookup(jobName, keys);
            if (!known) {
                failAll(start, known.error().message);
                break;
            }
            // The rows the applier was handed stay alive until the flush.
            std::deque<std::optional<KeyedRow>> rows;
            QList<Pending> batch;
            for (qsizetype i = start; i < end; ++i) {
                const ConflictRecord& conflict = queue[i];
                const QString where
                    = QStringLiteral("conflict %1 (%2)").arg(conflict.id).arg(conflict.keyText);
                const auto fail = [&](const QString& error) {
                    outcome.failures.append({ conflict.id, conflict.keyText, error });
                    ++done;
                };
                auto key = KeyCodec::decode(conflict.key, plan.keyTypes());
                if (!key) {
                    fail(key.error().within(where).message);
                    continue;
                }
                auto source = currentRow(session, true, *key);
                if (!source) {
                    fail(source.error().within(where).message);
                    continue;
                }
                auto target = currentRow(session, false, *key);
                if (!target) {
                    fail(target.error().within(where).message);
                    continue;
                }
                std::optional<QVariantList> base;
                if (const auto it = known->constFind(conflict.key);
                    it != known->constEnd() && !it->base.isEmpty()) {
                    auto decoded = CanonicalRowCodec::decode(it->base);
                    if (!decoded) {
                        fail(decoded.error().within(where).message);
                        continue;
                    }
                    base = *decoded;
                }
                rows.push_back(*source);
                const KeyedRow* s = rows.back() ? &*rows.back() : nullptr;
                rows.push_back(*target);
                const KeyedRow* t = rows.back() ? &*rows.back() : nullptr;
                const QVariantList* b = base ? &*base : nullptr;

                MergeOutcome asConflict;
                asConflict.action = MergeOutcome::Action::Conflict;
                asConflict.kind = s && t && b ? ConflictRecord::Kind::UpdateUpdate : conflict.kind;
                for (const QString& field : conflict.fields) {
                    for (qsizetype f = 0; f < plan.fields.size(); ++f) {
                        if (plan.fields[f].target == field)
                            asConflict.conflictFields.append(int(f));
                    }
                }
                Pending pending;
                pending.conflict = &conflict;
                bool sourceWins = decision.by != BulkDecision::By::Target;
                bool merged = false;
                if (policy) {
                    const PolicyDecision verdict
                        = policy->decide(asConflict, s, t, b, conflict.keyText);
                    if (verdict.verdict == PolicyDecision::Verdict::Manual) {
                        fail(QStringLiteral("%1: rule '%2' left it for manual review%3")
                                 .arg(where, rule->name,
                                     verdict.note.isEmpty() ? QString()
                                                            : QStringLiteral(": ") + verdict.note));
                        continue;
                    }
                    if (verdict.verdict == PolicyDecision::Verdict::Merged) {
                        merged = true;
                        pending.outcome.action = MergeOutcome::Action::WriteBoth;
                        pending.outcome.row = verdict.row;
                    }
                    sourceWins = verdict.verdict == PolicyDecision::Verdict::Source;
                }
                if (!merged)
                    pending.outcome = merge.settle(asConflict, sourceWins, s, t, b);
                pending.take = merged
                    ? QStringLiteral("merged")
                    : (sourceWins ? QStringLiteral("source") : QStringLiteral("target"));
                if (const Status followed
                    = TwoWayStep::followSource(*session.mapper, pending.outcome, s, t);
                    !followed) {
                    fail(followed.error().within(where).message);
                    continue;
                }
                if (const Status applied = applier.apply(pending.outcome, s, t, conflict.key);
                    !applied) {
                    // The batch in the applier may be half-planned: give up on this job.
                    fail(applied.error().within(where).message);
                    for (const Pending& p : std::as_const(batch))
                        outcome.failures.append(
                            { p.conflict->id, p.conflict->keyText, applied.error().message });
                    done += batch.size();
                    failAll(i + 1, applied.error().message);
                    batch.clear();
                    stop = true;
                    break;
                }
                batch.append(pending);
            }
            if (stop)
                break;
            if (const Status flushed = applier.flush(); !flushed) {
                for (const Pending& p : std::as_const(batch))
                    outcome.failures.append(
                        { p.conflict->id, p.conflict->keyText, flushed.error().message });
                done += batch.size();
                failAll(end, flushed.error().message);
                break;
            }

            // Rows a side rejected: their keys' journal entries did not move. The rejection
            // messages come in the order the keys were applied.
            QSet<qint64> rejected;
            QHash<qint64, QString> rejectionText;
            const QStringList rejections = applier.lastRejections();
            if (!rejections.isEmpty()) {
                QList<QByteArray> batchKeys;
                for (const Pending& p : std::as_const(batch))
                    batchKeys.append(p.conflict->key);
                auto after = journal.lookup(jobName, batchKeys);
                if (!after) {
                    for (const Pending& p : std::as_const(batch))
                        outcome.failures.append(
                            { p.conflict->id, p.conflict->keyText, after.error().message });
                    done += batch.size();
                    failAll(end, after.error().message);
                    break;
                }
                qsizetype next = 0;
                for (const Pending& p : std::as_const(batch)) {
                    const auto it = after->constFind(p.conflict->key);
                    const bool landed = p.outcome.row.isEmpty()
                        ? it == after->constEnd()
                        : (it != after->constEnd()
                            && it->base == CanonicalRowCodec::encode(p.outcome.row));
                    if (landed)
                        continue;
                    rejected.insert(p.conflict->id);
                    rejectionText.insert(p.conflict->id,
                        rejections.value(next++, rejections.join(QStringLiteral("; "))));
                }
            }

            const Status recorded = session.workspace->transaction([&]() -> Status {
                for (const Pending& p : std::as_const(batch)) {
                    if (rejected.contains(p.conflict->id))
                        continue;
                    const ConflictRecord& conflict = *p.conflict;
                    QJsonObject resolution { { QStringLiteral("take"), p.take },
                        { QStringLiteral("row"),
                            p.outcome.row.isEmpty()
                                ? QJsonValue()
                                : QJsonValue(writtenRow(plan, p.outcome.row)) } };
                    if (!ruleName.isEmpty())
                        resolution.insert(QStringLiteral("rule"), ruleName);
                    if (const Status marked
                        = conflicts.markResolved(conflict.id, resolution, actor);
                        !marked)
                        return marked;
                    if (const Status audited
                        = AuditRepository(*session.workspace)
                              .record(actor, QStringLiteral("conflict.resolve"),
                                  QStringLiteral("job:%1 %2").arg(conflict.job, conflict.keyText),
                                  auditDetail(
                                      conflict, p.take, resolution, QJsonObject(), ruleName));
                        !audited)
                        return audited;
                }
                return {};
            });
            for (const Pending& p : std::as_const(batch)) {
                if (rejected.contains(p.conflict->id))
                    outcome.failures.append({ p.conflict->id, p.conflict->keyText,
                        QStringLiteral("conflict %1 (%2): not resolved, %3")
                            .arg(p.conflict->id)
                            .arg(p.conflict->keyText, rejectionText.value(p.conflict->id)) });
                else if (!recorded)
                    outcome.failures.append(
                        { p.conflict->id, p.conflict->keyText, recorded.error().message });
                else
                    outcome.resolved.append(p.conflict->id);
            }
            done += batch.size();
            if (progress && !progress(done, total)) {
                outcome.cancelled = true;
                return outcome;
            }
        }
        if (progress && !progress(done, total)) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    return outcome;
}

} // namespace Syncline
