// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionfactory.h"

#include "postgresql/postgresqlconnection.h"
#include "sqlite/sqliteconnection.h"

namespace Syncline {

Result<std::unique_ptr<Connection>> ConnectionFactory::open(
    const EndpointConfig& endpoint, const QString& password)
{
    if (endpoint.kind == u"sqlite") {
        auto connection = SqliteConnection::open(endpoint.name, endpoint.url);
        if (!connection)
            return connection.error();
        return std::unique_ptr<Connection>(std::move(*connection));
    }
    if (endpoint.kind == u"postgresql") {
        auto connection = PostgresqlConnection::open(endpoint.name, endpoint.url, password);
        if (!connection)
            return connection.error();
        return std::unique_ptr<Connection>(std::move(*connection));
    }
    return Error::badInput(QStringLiteral("endpoint %1: unsupported kind '%2' (expected sqlite or "
                                          "postgresql)")
                               .arg(endpoint.name, endpoint.kind));
}

} // namespace Syncline
