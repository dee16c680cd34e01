// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchapplier.h"
#include "conflictpolicy.h"
#include "core/rowhasher.h"
#include "threewaymerge.h"

namespace Syncline {

class ConflictRepository;

// The two-way counterpart of BatchApplier: collects what each key needs on each side into
// one batch per side, applies the target batch, then the source batch, then writes the
// journal (new base and hash) only for keys whose every write committed; rows a side
// rejected are quarantined and retried next run. Conflicts the policy leaves to an admin go
// to the conflict queue. Owned by SyncRun, on the run thread.
class TwoWayApplier final
{
public:
    struct Context
    {
        BatchApplier::Context common;
        ConflictRepository* conflicts = nullptr;
        QString entityLabel; // "crm.customers -> edge.customers"
    };

    TwoWayApplier(Context context, BatchApplier::WriterFactory targetWriter,
        BatchApplier::WriterFactory sourceWriter, RunReport& report);

    // A merge outcome other than Conflict, or a conflict settled by policy.
    Status apply(const MergeOutcome& outcome, const KeyedRow* source, const KeyedRow* target,
        const QByteArray& key);
    // Parks a conflict for an admin (or refreshes the pending entry for the key).
    Status park(const MergeOutcome& conflict, const KeyedRow* source, const KeyedRow* target,
        const QVariantList* base, const QByteArray& key, const QString& note);
    // A key whose pending conflict the sides have settled by themselves.
    Status settle(const QByteArray& key);
    Status flush();

    // The indexes (into the mapping's fields) that flow back to the source, in order.
    static QList<int> sourceFields(const MappingPlan& plan);
    // How each side is written: the target with every field, the source with those above.
    static WriteSpec targetSpec(const MappingPlan& plan);
    static WriteSpec sourceSpec(const MappingPlan& plan);
    // The messages of the rows the last flush() quarantined.
    QStringList lastRejections() const { return m_lastRejections; }

private:
    struct KeyOp
    {
        QByteArray key;
        QVariantList row; // new base; empty for deletes
        quint64 hash = 0;
        int targetUpsert = -1, targetDelete = -1, sourceUpsert = -1, sourceDelete = -1;
        bool targetInsert = false, sourceInsert = false;
    };
    QVariantList projectToSource(const QVariantList& row) const;
    QJsonValue rowJson(const QVariantList* values) const;
    void plan(MergeOutcome::Action action, const KeyedRow* source, const KeyedRow* target,
        const QByteArray& key, const QVariantList& row);

    Context m_context;
    BatchApplier::WriterFactory m_targetFactory;
    BatchApplier::WriterFactory m_sourceFactory;
    std::unique_ptr<EntityWriter> m_targetWriter;
    std::unique_ptr<EntityWriter> m_sourceWriter;
    RunReport& m_report;
    QList<int> m_sourceFields;
    RowHasher m_hasher;
    WriteBatch m_targetBatch;
    WriteBatch m_sourceBatch;
    QList<KeyOp> m_ops;
    QList<JournalEntry> m_journalRefresh;
    QList<QByteArray> m_journalForget;
    QList<ConflictRecord> m_parked;
    QList<QByteArray> m_settled;
    QStringList m_lastRejections;
};

} // namespace Syncline
