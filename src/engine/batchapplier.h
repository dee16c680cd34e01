// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeclassifier.h"
#include "connectors/entitywriter.h"
#include "core/jobconfig.h"
#include "mappingplan.h"
#include "runreport.h"

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace Syncline {

class JournalRepository;
class QuarantineRepository;
class RowMapper;
class RunMetrics;

// Collects a run's decisions into batches and applies each: one writer transaction on the
// target, then the journal for what committed (DESIGN.md step 5: a crash between the two is
// safe), then the quarantine for rows the target rejected. In a dry run nothing is written
// and the changes are kept as PlannedChanges instead. Owned by SyncRun, on the run thread.
//
// With Context::overlapWrites a full batch is applied on a thread of its own while the run
// thread goes on collecting the next one; it is settled (journal, quarantine, counts) before
// the next batch leaves, so at most one is in flight and the journal still follows commits.
// Only for runs that no longer use the target connection otherwise: the writer has it.
class BatchApplier final
{
public:
    struct Context
    {
        const MappingPlan* plan = nullptr;
        RowMapper* mapper = nullptr;
        JournalRepository* journal = nullptr;
        QuarantineRepository* quarantine = nullptr;
        QString job;
        qint64 runId = 0;
        int batchSize = 5000;
        bool dryRun = false;
        int previewLimit = 1000;
        RunMetrics* metrics = nullptr; // latency and per-batch points, if measured
        // Apply each batch on a thread while the next is collected (see above).
        bool overlapWrites = false;
    };
    // Creates the writer on first use, when the run knows whether the target started empty.
    using WriterFactory = std::function<Result<std::unique_ptr<EntityWriter>>()>;

    BatchApplier(Context context, WriterFactory writerFactory, RunReport& report);
    // Waits for a batch still in flight and records it, so the journal holds what committed.
    ~BatchApplier();
    Q_DISABLE_COPY_MOVE(BatchApplier)

    // How a one-way job writes its target.
    static WriteSpec targetSpec(
        const MappingPlan& plan, const JobConfig& job, bool targetKnownEmpty);

    Status add(ChangeClassifier::Decision decision, const KeyedRow* source, const KeyedRow* target,
        const QByteArray& key);
    // Applies everything collected and waits for it.
    Status flush();
    double applySeconds() const { return m_applySeconds; }

private:
    struct PendingUpsert
    {
        QByteArray key;
        quint64 hash = 0;
        bool isInsert = false;
    };
    // What the writer did with one batch, and when.
    struct Applied
    {
        Result<BatchOutcome> outcome = BatchOutcome();
        double seconds = 0;
        qint64 committedAt = 0;
    };
    // A batch handed to the writer, with what it takes to record it afterwards.
    struct InFlight
    {
        WriteBatch batch;
        QList<PendingUpsert> upserts; // parallel to batch.upserts
        QList<QByteArray> deleteKeys; // parallel to batch.deletes
        std::future<Applied> pending; // when applied on a thread
        std::optional<Applied> done; // when applied in place
    };
    static Applied applyBatch(EntityWriter& writer, const WriteBatch& batch);
    // Hands the collected batch to the writer (settling the one in flight first).
    Status dispatch();
    // Waits for the batch in flight, then counts it and writes its journal and quarantine.
    Status settle();
    void plan(ChangeClassifier::Decision decision, const KeyedRow* source, const KeyedRow* target,
        const QByteArray& key);
    Status flushJournalOnly();
    QJsonObject rowJson(const QVariantList& values) const;

    Context m_context;
    WriterFactory m_writerFactory;
    std::unique_ptr<EntityWriter> m_writer;
    RunReport& m_report;
    WriteBatch m_batch;
    QList<PendingUpsert> m_upserts; // parallel to m_batch.upserts
    QList<QByteArray> m_deleteKeys; // parallel to m_batch.deletes
    std::unique_ptr<InFlight> m_inFlight;
    QList<JournalEntry> m_journalRefresh;
    QList<QByteArray> m_journalForget;
    double m_applySeconds = 0;
};

} // namespace Syncline
