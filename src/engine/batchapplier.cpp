// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchapplier.h"

#include "core/canonicalformatter.h"
#include "core/keycodec.h"
#include "rowmapper.h"
#include "runmetrics.h"
#include "store/journalrepository.h"
#include "store/quarantinerepository.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace Syncline {

using Decision = ChangeClassifier::Decision;

BatchApplier::BatchApplier(Context context, WriterFactory writerFactory, RunReport& report)
    : m_context(std::move(context))
    , m_writerFactory(std::move(writerFactory))
    , m_report(report)
{ }

WriteSpec BatchApplier::targetSpec(
    const MappingPlan& plan, const JobConfig& job, bool targetKnownEmpty)
{
    WriteSpec spec;
    spec.entity = plan.mapping.target.entity;
    spec.columns = plan.targetColumns();
    spec.types = plan.fieldTypes();
    spec.keyIndexes = plan.keyIndexes();
    spec.targetKnownEmpty = targetKnownEmpty;
    if (job.deletes == JobConfig::Deletes::SoftDelete)
        spec.softDeleteColumn = job.softDeleteColumn;
    return spec;
}

QJsonObject BatchApplier::rowJson(const QVariantList& values) const
{
    QJsonObject object;
    const QList<PlannedField>& fields = m_context.plan->fields;
    for (qsizetype i = 0; i < fields.size() && i < values.size(); ++i)
        object.insert(fields[i].target, CanonicalFormatter::toJson(values[i], fields[i].type));
    return object;
}

void BatchApplier::plan(
    Decision decision, const KeyedRow* source, const KeyedRow* target, const QByteArray& key)
{
    ++m_report.plannedTotal;
    if (m_report.planned.size() >= m_context.previewLimit)
        return;
    PlannedChange change;
    change.kind = decision == Decision::Insert ? PlannedChange::Kind::Insert
        : decision == Decision::Update         ? PlannedChange::Kind::Update
                                               : PlannedChange::Kind::Delete;
    change.key = m_context.mapper->describeKeyBytes(key);
    if (target)
        change.before = rowJson(target->values);
    if (source)
        change.after = rowJson(source->values);
    m_report.planned.append(change);
}

Status BatchApplier::add(
    Decision decision, const KeyedRow* source, const KeyedRow* target, const QByteArray& key)
{
    RunCounts& counts = m_report.counts;
    switch (decision) {
    case Decision::Skip:
        return {};
    case Decision::Unchanged:
        ++counts.unchanged;
        return {};
    case Decision::RefreshJournal:
        ++counts.unchanged;
        if (!m_context.dryRun)
            m_journalRefresh.append({ key, source->hash, {} });
        break;
    case Decision::ForgetJournal:
        if (!m_context.dryRun)
            m_journalForget.append(key);
        break;
    case Decision::Insert:
    case Decision::Update:
        if (m_context.dryRun) {
            ++(decision == Decision::Insert ? counts.inserted : counts.updated);
            plan(decision, source, target, key);
            return {};
        }
        if (m_context.metrics)
            m_context.metrics->noteWrite(key, source);
        m_batch.upserts.append(source->values);
        m_upserts.append({ key, source->hash, decision == Decision::Insert });
        break;
    case Decision::Delete: {
        if (m_context.dryRun) {
            ++counts.deleted;
            plan(decision, nullptr, target, key);
            return {};
        }
        auto keyValues = KeyCodec::decode(key, m_context.plan->keyTypes());
        if (!keyValues)
            return keyValues.error();
        if (m_context.metrics)
            m_context.metrics->noteWrite(key, nullptr);
        m_batch.deletes.append(*keyValues);
        m_deleteKeys.append(key);
        break;
    }
    }
    if (m_batch.upserts.size() + m_batch.deletes.size() >= m_context.batchSize)
        return dispatch();
    if (m_journalRefresh.size() + m_journalForget.size() >= m_context.batchSize)
        return flushJournalOnly();
    return {};
}

Status BatchApplier::flushJournalOnly()
{
    if (m_journalRefresh.isEmpty() && m_journalForget.isEmpty())
        return {};
    const Status written
        = m_context.journal->apply(m_context.job, m_journalRefresh, m_journalForget);
    m_journalRefresh.clear();
    m_journalForget.clear();
    return written;
}

BatchApplier::Applied BatchApplier::applyBatch(EntityWriter& writer, const WriteBatch& batch)
{
    QElapsedTimer timer;
    timer.start();
    Applied applied;
    applied.outcome = writer.apply(batch);
    applied.seconds = timer.nsecsElapsed() / 1e9;
    applied.committedAt = QDateTime::currentMSecsSinceEpoch();
    return applied;
}

Status BatchApplier::flush()
{
    if (m_context.dryRun)
        return {};
    if (const Status sent = dispatch(); !sent)
        return sent;
    if (const Status settled = settle(); !settled)
        return settled;
    return flushJournalOnly();
}

Status BatchApplier::dispatch()
{
    if (m_context.dryRun || m_batch.isEmpty())
        return {};
    if (!m_writer) {
        auto writer = m_writerFactory();
        if (!writer)
            return writer.error();
        m_writer = std::move(writer).value();
    }
    if (const Status settled = settle(); !settled)
        return settled;
    auto flight = std::make_unique<InFlight>();
    flight->batch = std::exchange(m_batch, WriteBatch());
    flight->upserts = std::exchange(m_upserts, {});
    flight->deleteKeys = std::exchange(m_deleteKeys, {});
    if (m_context.overlapWrites) {
        flight->pending
            = std::async(std::launch::async, [writer = m_writer.get(), batch = &flight->batch] {
                  return applyBatch(*writer, *batch);
              });
        m_inFlight = std::move(flight);
        return {};
    }
    flight->done = applyBatch(*m_writer, flight->batch);
    m_inFlight = std::move(flight);
    return settle();
}

BatchApplier::~BatchApplier()
{
    // A run that stops early (cancelled, failed) still records the batch that committed.
    if (m_inFlight)
        (void)settle();
}

Status BatchApplier::settle()
{
    if (!m_inFlight)
        return {};
    const std::unique_ptr<InFlight> flight = std::move(m_inFlight);
    const Applied applied = flight->done ? std::move(*flight->done) : flight->pending.get();
    if (!applied.outcome)
        return applied.outcome.error();
    const WriteBatch& batch = flight->batch;
    const QList<PendingUpsert>& upserts = flight->upserts;
    const QList<QByteArray>& deleteKeys = flight->deleteKeys;

    QList<bool> upsertRejected(batch.upserts.size(), false);
    QList<bool> deleteRejected(batch.deletes.size(), false);
    QList<QuarantinedRow> quarantined;
    for (const RejectedRow& rejected : std::as_const(applied.outcome->rejected)) {
        QuarantinedRow row;
        row.runId = m_context.runId;
        row.job = m_context.job;
        row.error = rejected.error;
        if (rejected.isDelete) {
            deleteRejected[rejected.index] = true;
            row.operation = QStringLiteral("delete");
            row.key = m_context.mapper->describeKeyBytes(deleteKeys[rejected.index]);
        } else {
            upsertRejected[rejected.index] = true;
            row.operation = QStringLiteral("upsert");
            row.key = m_context.mapper->describeKeyBytes(upserts[rejected.index].key);
            row.row = rowJson(batch.upserts[rejected.index]);
        }
        quarantined.append(row);
    }

    // Only what committed goes into the journal, so rejected rows are retried next run.
    RunCounts& counts = m_report.counts;
    const qint64 written = upserts.size() + deleteKeys.size() - quarantined.size();
    for (qsizetype i = 0; i < upserts.size(); ++i) {
        if (upsertRejected[i])
            continue;
        if (m_context.metrics)
            m_context.metrics->applied(upserts[i].key, applied.committedAt);
        ++(upserts[i].isInsert ? counts.inserted : counts.updated);
        m_journalRefresh.append({ upserts[i].key, upserts[i].hash, {} });
    }
    for (qsizetype i = 0; i < deleteKeys.size(); ++i) {
        if (deleteRejected[i])
            continue;
        if (m_context.metrics)
            m_context.metrics->applied(deleteKeys[i], applied.committedAt);
        ++counts.deleted;
        m_journalForget.append(deleteKeys[i]);
    }
    counts.quarantined += quarantined.size();

    if (const Status journaled = flushJournalOnly(); !journaled)
        return journaled;
    if (!quarantined.isEmpty()) {
        if (const Status kept = m_context.quarantine->add(quarantined); !kept)
            return kept;
    }
    m_applySeconds += applied.seconds;
    if (m_context.metrics)
        m_context.metrics->batchDone(written, quarantined.size(), applied.seconds);
    return {};
}

} // namespace Syncline
