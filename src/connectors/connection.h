// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    // Streams rows sorted by key with memory bounded by one chunk. May open a further
    // database connection of its own so that writers can work while it streams.
    virtual Result<std::unique_ptr<RowStream>> read(const ReadRequest& request) = 0;
    virtual Result<std::unique_ptr<EntityWriter>> writer(const WriteSpec& spec) = 0;
};

} // namespace Syncline
