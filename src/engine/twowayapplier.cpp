// SPDX-License-Identifier: GPL-3.0-or-later
#include "twowayapplier.h"

#include "core/canonicalformatter.h"
#include "core/canonicalrowcodec.h"
#include "core/keycodec.h"
#include "rowmapper.h"
#include "store/conflictrepository.h"
#include "store/journalrepository.h"
#include "store/quarantinerepository.h"

#include <QDateTime>

namespace Syncline {

using Action = MergeOutcome::Action;

TwoWayApplier::TwoWayApplier(Context context, BatchApplier::WriterFactory targetWriter,
    BatchApplier::WriterFactory sourceWriter, RunReport& report)
    : m_context(std::move(context))
    , m_targetFactory(std::move(targetWriter))
    , m_sourceFactory(std::move(sourceWriter))
    , m_report(report)
    , m_sourceFields(sourceFields(*m_context.common.plan))
{ }

QList<int> TwoWayApplier::sourceFields(const MappingPlan& plan)
{
    QList<int> fields;
    for (qsizetype i = 0; i < plan.fields.size(); ++i) {
        if (plan.fields[i].kind == FieldMapping::Kind::Column
            || plan.fields[i].kind == FieldMapping::Kind::Cast)
            fields.append(int(i));
    }
    return fields;
}

WriteSpec TwoWayApplier::targetSpec(const MappingPlan& plan)
{
    WriteSpec spec;
    spec.entity = plan.mapping.target.entity;
    spec.columns = plan.targetColumns();
    spec.types = plan.fieldTypes();
    spec.keyIndexes = plan.keyIndexes();
    return spec;
}

WriteSpec TwoWayApplier::sourceSpec(const MappingPlan& plan)
{
    const QList<int> fields = sourceFields(plan);
    WriteSpec spec;
    spec.entity = plan.mapping.source.entity;
    for (int i : fields) {
        spec.columns.append(plan.sourceColumns[plan.fields[i].sourceIndex]);
        spec.types.append(plan.fields[i].type);
    }
    for (int keyField : plan.keyFields)
        spec.keyIndexes.append(int(fields.indexOf(keyField)));
    return spec;
}

QVariantList TwoWayApplier::projectToSource(const QVariantList& row) const
{
    QVariantList projected;
    projected.reserve(m_sourceFields.size());
    for (int i : m_sourceFields)
        projected.append(row[i]);
    return projected;
}

QJsonValue TwoWayApplier::rowJson(const QVariantList* values) const
{
    if (!values)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object;
    const QList<PlannedField>& fields = m_context.common.plan->fields;
    for (qsizetype i = 0; i < fields.size() && i < values->size(); ++i)
        object.insert(fields[i].target, CanonicalFormatter::toJson((*values)[i], fields[i].type));
    return object;
}

void TwoWayApplier::plan(Action action, const KeyedRow* source, const KeyedRow* target,
    const QByteArray& key, const QVariantList& row)
{
    RunCounts& counts = m_report.counts;
    const auto record = [&](PlannedChange::Kind kind, const QVariantList* before,
                            const QVariantList* after, const QString& side) {
        ++m_report.plannedTotal;
        if (m_report.planned.size() >= m_context.common.previewLimit)
            return;
        PlannedChange change;
        change.kind = kind;
        change.key = m_context.common.mapper->describeKeyBytes(key) + QStringLiteral(" (") + side
            + QLatin1Char(')');
        if (before)
            change.before = rowJson(before).toObject();
        if (after)
            change.after = rowJson(after).toObject();
        m_report.planned.append(change);
    };
    const QString toTarget = QStringLiteral("target");
    const QString toSource = QStringLiteral("source");
    if (action == Action::WriteTarget || action == Action::WriteBoth) {
        ++(target ? counts.updated : counts.inserted);
        record(target ? PlannedChange::Kind::Update : PlannedChange::Kind::Insert,
            target ? &target->values : nullptr, &row, toTarget);
    }
    if (action == Action::WriteSource || action == Action::WriteBoth) {
        ++(source ? counts.updated : counts.inserted);
        record(source ? PlannedChange::Kind::Update : PlannedChange::Kind::Insert,
            source ? &source->values : nullptr, &row, toSource);
    }
    if (action == Action::DeleteTarget) {
        ++counts.deleted;
        record(PlannedChange::Kind::Delete, target ? &target->values : nullptr, nullptr, toTarget);
    }
    if (action == Action::DeleteSource) {
        ++counts.deleted;
        record(PlannedChange::Kind::Delete, source ? &source->values : nullptr, nullptr, toSource);
    }
}

Status TwoWayApplier::apply(const MergeOutcome& outcome, const KeyedRow* source,
    const KeyedRow* target, const QByteArray& key)
{
    const BatchApplier::Context& common = m_context.common;
    switch (outcome.action) {
    case Action::Nothing:
        if (source || target)
            ++m_report.counts.unchanged;
        return {};
    case Action::RefreshJournal:
        ++m_report.counts.unchanged;
        if (!common.dryRun)
            m_journalRefresh.append({ key, m_hasher.hash(outcome.row, common.plan->fieldTypes()),
                CanonicalRowCodec::encode(outcome.row) });
        break;
    case Action::ForgetJournal:
        if (!common.dryRun)
            m_journalForget.append(key);
        break;
    case Action::Conflict:
        return Error::runtime(QStringLiteral("internal: a conflict reached apply()"));
    default: {
        if (common.dryRun) {
            plan(outcome.action, source, target, key, outcome.row);
            return {};
        }
        KeyOp op;
        op.key = key;
        op.row = outcome.row;
        if (!outcome.row.isEmpty())
            op.hash = m_hasher.hash(outcome.row, common.plan->fieldTypes());
        if (outcome.action == Action::WriteTarget || outcome.action == Action::WriteBoth) {
            op.targetUpsert = int(m_targetBatch.upserts.size());
            op.targetInsert = !target;
            m_targetBatch.upserts.append(outcome.row);
        }
        if (outcome.action == Action::WriteSource || outcome.action == Action::WriteBoth) {
            op.sourceUpsert = int(m_sourceBatch.upserts.size());
            op.sourceInsert = !source;
            m_sourceBatch.upserts.append(projectToSource(outcome.row));
        }
        if (outcome.action == Action::DeleteTarget || outcome.action == Action::DeleteSource) {
            auto keyValues = KeyCodec::decode(key, common.plan->keyTypes());
            if (!keyValues)
                return keyValues.error();
            WriteBatch& batch
                = outcome.action == Action::DeleteTarget ? m_targetBatch : m_sourceBatch;
            (outcome.action == Action::DeleteTarget ? op.targetDelete : op.sourceDelete)
                = int(batch.deletes.size());
            batch.deletes.append(*keyValues);
        }
        m_ops.append(op);
        break;
    }
    }
    if (m_ops.size() >= common.batchSize
        || m_journalRefresh.size() + m_journalForget.size() >= common.batchSize)
        return flush();
    return {};
}

Status TwoWayApplier::park(const MergeOutcome& conflict, const KeyedRow* source,
    const KeyedRow* target, const QVariantList* base, const QByteArray& key, const QString& note)
{
    ++m_report.counts.conflicts;
    if (m_context.common.dryRun)
        return {};
    ConflictRecord record;
    record.job = m_context.common.job;
    record.entity = m_context.entityLabel;
    record.key = key;
    record.keyText = m_context.common.mapper->describeKeyBytes(key);
    record.kind = conflict.kind;
    const QList<PlannedField>& fields = m_context.common.plan->fields;
    for (int i : conflict.conflictFields)
        record.fields.append(fields[i].target);
    if (conflict.kind == ConflictRecord::Kind::UpdateDelete) {
        // Every field the surviving side changed is in question.
        const QVariantList* alive = source ? &source->values : target ? &target->values : nullptr;
        for (int i : std::as_const(m_sourceFields)) {
            if (alive && base && alive->value(i) != base->value(i))
                record.fields.append(fields[i].target);
        }
    }
    record.base = rowJson(base);
    record.source = rowJson(source ? &source->values : nullptr);
    record.target = rowJson(target ? &target->values : nullptr);
    record.note = note;
    record.detectedAt = record.updatedAt = QDateTime::currentDateTimeUtc();
    m_parked.append(record);
    if (m_parked.size() >= m_context.common.batchSize)
        return flush();
    return {};
}

Status TwoWayApplier::settle(const QByteArray& key)
{
    if (!m_context.common.dryRun)
        m_settled.append(key);
    return {};
}

Status TwoWayApplier::flush()
{
    const BatchApplier::Context& common = m_context.common;
    if (common.dryRun)
        return {};
    QSet<int> targetUpsertRejected, targetDeleteRejected, sourceUpsertRejected,
        sourceDeleteRejected;
    QHash<int, QString> errors; // op index -> message
    const auto applySide = [&](WriteBatch& batch, std::unique_ptr<EntityWriter>& writer,
                               const BatchApplier::WriterFactory& factory,
                               QSet<int>& upsertRejected, QSet<int>& deleteRejected) -> Status {
        if (batch.isEmpty())
            return {};
        if (!writer) {
            auto made = factory();
            if (!made)
                return made.error();
            writer = std::move(made).value();
        }
        auto outcome = writer->apply(batch);
        if (!outcome)
            return outcome.error();
        for (const RejectedRow& rejected : std::as_const(outcome->rejected))
            (rejected.isDelete ? deleteRejected : upsertRejected).insert(rejected.index);
        for (qsizetype i = 0; i < m_ops.size(); ++i) {
            for (const RejectedRow& rejected : std::as_const(outcome->rejected)) {
                const KeyOp& op = m_ops[i];
                const bool isTarget = &batch == &m_targetBatch;
                const int index = rejected.isDelete
                    ? (isTarget ? op.targetDelete : op.sourceDelete)
                    : (isTarget ? op.targetUpsert : op.sourceUpsert);
                if (index == rejected.index)
                    errors[int(i)]
                        = (isTarget ? QStringLiteral("target: ") : QStringLiteral("source: "))
                        + rejected.error;
            }
        }
        batch = WriteBatch();
        return {};
    };
    if (const Status s = applySide(m_targetBatch, m_targetWriter, m_targetFactory,
            targetUpsertRejected, targetDeleteRejected);
        !s)
        return s;
    if (const Status s = applySide(m_sourceBatch, m_sourceWriter, m_sourceFactory,
            sourceUpsertRejected, sourceDeleteRejected);
        !s)
        return s;

    RunCounts& counts = m_report.counts;
    QList<QuarantinedRow> quarantined;
    m_lastRejections.clear();
    for (qsizetype i = 0; i < m_ops.size(); ++i) {
        const KeyOp& op = m_ops[i];
        if (errors.contains(int(i))) {
            QuarantinedRow row;
            row.runId = common.runId;
            row.job = common.job;
            row.key = common.mapper->describeKeyBytes(op.key);
            row.operation = op.row.isEmpty() ? QStringLiteral("delete") : QStringLiteral("upsert");
            row.row = rowJson(op.row.isEmpty() ? nullptr : &op.row).toObject();
            row.error = errors.value(int(i));
            m_lastRejections.append(row.error);
            quarantined.append(row);
            continue;
        }
        if (op.targetUpsert >= 0)
            ++(op.targetInsert ? counts.inserted : counts.updated);
        if (op.sourceUpsert >= 0)
            ++(op.sourceInsert ? counts.inserted : counts.updated);
        if (op.targetDelete >= 0 || op.sourceDelete >= 0) {
            ++counts.deleted;
            m_journalForget.append(op.key);
        } else {
            m_journalRefresh.append({ op.key, op.hash, CanonicalRowCodec::encode(op.row) });
        }
    }
    counts.quarantined += quarantined.size();
    m_ops.clear();

    if (!m_journalRefresh.isEmpty() || !m_journalForget.isEmpty()) {
        if (const Status s = common.journal->apply(common.job, m_journalRefresh, m_journalForget);
            !s)
            return s;
        m_journalRefresh.clear();
        m_journalForget.clear();
    }
    if (!quarantined.isEmpty()) {
        if (const Status s = common.quarantine->add(quarantined); !s)
            return s;
    }
    for (const ConflictRecord& record : std::as_const(m_parked)) {
        if (auto id = m_context.conflicts->upsertPending(record); !id)
            return id.error();
    }
    m_parked.clear();
    for (const QByteArray& key : std::as_const(m_settled)) {
        if (const Status s = m_context.conflicts->closeSettled(common.job, key); !s)
            return s;
    }
    m_settled.clear();
    return {};
}

} // namespace Syncline
