// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changestream.h"
#include "core/result.h"
#include "entityinfo.h"
#include "entitywriter.h"
#include "readrequest.h"
#include "rowstream.h"

#include <memory>

namespace Syncline {

// An open connection to one endpoint, for one thread: it owns a QSqlDatabase registered under
// a unique name and removes it when destroyed. Streams and writers it creates must not
// outlive it. Identifiers are always quoted with the driver's escapeIdentifier().
class Connection
{
public:
    virtual ~Connection() = default;

    virtual QString kind() const = 0;
    // "PostgreSQL 15.4", "SQLite 3.40.1".
    virtual Result<QString> serverVersion() = 0;
    // Tables (PostgreSQL: schema-qualified unless in "public").
    virtual Result<QStringList> entities() = 0;
    // A missing table is a BadInput error naming the table and the endpoint.
    virtual Result<EntityInfo> describe(const QString& entity) = 0;
    // describe() without the row count (rowEstimate -1), which may cost a table scan.
    virtual Result<EntityInfo> describeSchema(const QString& entity) { return describe(entity); }
    // Streams rows sorted by key with memory bounded by one chunk. May open a further
    // database connection of its own so that writers can work while it streams.
    virtual Result<std::unique_ptr<RowStream>> read(const ReadRequest& request) = 0;
    virtual Result<std::unique_ptr<EntityWriter>> writer(const WriteSpec& spec) = 0;

    // Rows of `request.entity` whose key (request.keyColumns) is one of `keys` (raw values,
    // as read() or readChanges() returned them), in key order like read(); keys with no row
    // are simply absent. `keys` may be large: implementations query in bounded chunks.
    virtual Result<std::unique_ptr<RowStream>> readKeys(
        const ReadRequest& request, const QList<QVariantList>& keys);

    // Change-log capture (detect "changelog"): installs a change-log table and triggers that
    // record the key of every inserted, updated or deleted row of `entity`, leaving any
    // trigger of the table's own intact. Idempotent. The log lives in the same database.
    virtual Status enableCapture(const QString& entity, const QStringList& keyColumns);
    virtual Status disableCapture(const QString& entity);
    virtual Result<bool> captureEnabled(const QString& entity);
    // Changes of `entity` with a sequence greater than `afterSequence`, in sequence order.
    virtual Result<std::unique_ptr<ChangeStream>> readChanges(
        const QString& entity, qint64 afterSequence);
    // The newest sequence in the entity's change log (0 when empty), read before a run
    // starts so the run's own writes, logged later, are not mistaken for the admin's.
    virtual Result<qint64> latestChange(const QString& entity);
};

} // namespace Syncline
