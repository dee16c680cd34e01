// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "core/endpointconfig.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Syncline {

// The outcome of EndpointProbe::test(). Value type, crosses threads.
struct ConnectionTest
{
    bool ok = false;
    QString serverVersion; // "SQLite 3.40.1"
    qint64 latencyMs = 0; // connect plus the first query
    int entityCount = 0;
    QString error; // the driver's own message when !ok
};

// The outcome of EndpointProbe::schema(): the endpoint's tables with their columns, keys and
// row estimates, in the order the database lists them. Value type, crosses threads.
struct SchemaListing
{
    QList<EntityInfo> entities;
    int entityCount = 0; // all tables, also those past the limit
    // Why listing failed (entities then empty), or why the first of the tables that could not
    // be described failed (those are listed by name only).
    QString error;
};

// One table's schema from EndpointProbe::describe(). Value type, crosses threads.
struct EntityDescription
{
    EntityInfo entity;
    QString error; // the connector's message when it could not be described
};

// Connects to an endpoint as configured (password from SecretStore, connection from
// ConnectionFactory), asks it something and disconnects. Runs on the calling thread and
// blocks it, so the console calls it on a pool thread (WorkspaceTasks::run). Stateless.
class EndpointProbe final
{
public:
    static ConnectionTest test(const EndpointConfig& endpoint);
    // Describes at most `limit` tables.
    static SchemaListing schema(const EndpointConfig& endpoint, int limit = 500);
    static EntityDescription describe(const EndpointConfig& endpoint, const QString& entity);
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::ConnectionTest)
Q_DECLARE_METATYPE(Syncline::SchemaListing)
