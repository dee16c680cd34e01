// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictresolver.h"

#include "connectors/connection.h"
#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"
#include "core/canonicalrowcodec.h"
#include "core/keycodec.h"
#include "jobsession.h"
#include "rowmapper.h"
#include "store/auditrepository.h"
#include "store/conflictrepository.h"
#include "store/journalrepository.h"
#include "store/quarantinerepository.h"
#include "store/workspace.h"
#include "twowayapplier.h"
#include "twowaystep.h"

#include <QJsonArray>

namespace Syncline {

namespace {

// Key values as a database would return them, for Connection::readKeys().
QVariantList rawKey(const QVariantList& canonical, const QList<FieldType>& types)
{
    QVariantList raw;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const auto kind = types[i].kind;
        if (kind == FieldType::Kind::Integer || kind == FieldType::Kind::Text
            || kind == FieldType::Kind::Any || kind == FieldType::Kind::Blob)
            raw.append(canonical[i]);
        else
            raw.append(CanonicalFormatter::toText(canonical[i], types[i]));
    }
    return raw;
}

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
    auto stream = connection.readKeys(request, { rawKey(key, plan.keyTypes()) });
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

    QJsonObject written;
    for (qsizetype i = 0; i < plan.fields.size() && i < outcome.row.size(); ++i)
        written.insert(
            plan.fields[i].target, CanonicalFormatter::toJson(outcome.row[i], plan.fields[i].type));
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
        QJsonObject detail { { QStringLiteral("conflict"), conflictId },
            { QStringLiteral("key"), conflict.keyText },
            { QStringLiteral("kind"), ConflictRecord::toString(conflict.kind) },
            { QStringLiteral("fields"), QJsonArray::fromStringList(conflict.fields) },
            { QStringLiteral("take"), takeName(decision.take) },
            { QStringLiteral("old"),
                QJsonObject { { QStringLiteral("base"), conflict.base },
                    { QStringLiteral("source"), conflict.source },
                    { QStringLiteral("target"), conflict.target } } },
            { QStringLiteral("new"), resolution.value(QStringLiteral("row")) } };
        if (!setFields.isEmpty())
            detail.insert(QStringLiteral("set"), setFields);
        if (!decision.rule.isEmpty())
            detail.insert(QStringLiteral("rule"), decision.rule);
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
