// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeclassifier.h"
#include "connectors/entitywriter.h"
#include "core/jobconfig.h"
#include "mappingplan.h"
#include "runreport.h"

#include <functional>

namespace Syncline {

class JournalRepository;
class QuarantineRepository;
class RowMapper;
class RunMetrics;

// Collects a run's decisions into batches and applies each: one writer transaction on the
// target, then the journal for what committed (DESIGN.md step 5: a crash between the two is
// safe), then the quarantine for rows the target rejected. In a dry run nothing is written
// and the changes are kept as PlannedChanges instead. Owned by SyncRun, on the run thread.
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
    };
    // Creates the writer on first use, when the run knows whether the target started empty.
    using WriterFactory = std::function<Result<std::unique_ptr<EntityWriter>>()>;

    BatchApplier(Context context, WriterFactory writerFactory, RunReport& report);

    // How a one-way job writes its target.
    static WriteSpec targetSpec(
        const MappingPlan& plan, const JobConfig& job, bool targetKnownEmpty);

    Status add(ChangeClassifier::Decision decision, const KeyedRow* source, const KeyedRow* target,
        const QByteArray& key);
    Status flush();
    double applySeconds() const { return m_applySeconds; }

private:
    struct PendingUpsert
    {
        QByteArray key;
        quint64 hash = 0;
        bool isInsert = false;
    };
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
    QList<JournalEntry> m_journalRefresh;
    QList<QByteArray> m_journalForget;
    double m_applySeconds = 0;
};

} // namespace Syncline
