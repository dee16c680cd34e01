// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariant>

#include <memory>

namespace Syncline {

class Workspace;

// What was last synced for one key of a job: the canonical row hash and, for two-way jobs,
// the canonical values (the base of a three-way merge).
struct JournalEntry
{
    QByteArray key; // KeyCodec encoding
    quint64 hash = 0;
    QByteArray base; // serialized canonical row; empty for one-way jobs
};

// Streams a job's journal in key order (memcmp of the key bytes, the KeyCodec order) with
// keyset pagination, so it can be merge-joined with the two sides' streams.
class JournalStream
{
public:
    virtual ~JournalStream() = default;
    virtual Result<bool> next(JournalEntry& entry) = 0;
};

// Per-job journal and watermark. Used on the thread that opened the Workspace.
class JournalRepository final
{
public:
    explicit JournalRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    std::unique_ptr<JournalStream> stream(const QString& job, int chunkSize = 10000) const;
    // The entries for the given keys (missing keys are absent from the result).
    Result<QHash<QByteArray, JournalEntry>> lookup(
        const QString& job, const QList<QByteArray>& keys) const;
    // One transaction: upsert `entries`, delete `removedKeys`.
    Status apply(const QString& job, const QList<JournalEntry>& entries,
        const QList<QByteArray>& removedKeys);
    // Forgets what was synced for the job: its journal entries and its watermark.
    Status clear(const QString& job);
    Result<qint64> count(const QString& job) const;

    // The incremental watermark (largest change-column value seen), kept as the database
    // returned it; an invalid QVariant when none. qlonglong, double, QString, QByteArray,
    // QDateTime and QDate come back with their type; setting an invalid or null QVariant
    // removes the watermark.
    Result<QVariant> watermark(const QString& job) const;
    Status setWatermark(const QString& job, const QVariant& value);

private:
    Workspace& m_workspace;
};

} // namespace Syncline
