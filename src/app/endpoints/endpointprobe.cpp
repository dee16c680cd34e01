// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointprobe.h"

#include "connectors/connectionfactory.h"
#include "connectors/secretstore.h"

#include <QElapsedTimer>

namespace Syncline {

ConnectionTest EndpointProbe::test(const EndpointConfig& endpoint)
{
    ConnectionTest outcome;
    const auto password = SecretStore::password(endpoint);
    if (!password) {
        outcome.error = password.error().message;
        return outcome;
    }
    QElapsedTimer timer;
    timer.start();
    auto connection = ConnectionFactory::open(endpoint, *password);
    if (!connection) {
        outcome.error = connection.error().message;
        return outcome;
    }
    const auto version = (*connection)->serverVersion();
    outcome.latencyMs = timer.elapsed();
    if (!version) {
        outcome.error = version.error().message;
        return outcome;
    }
    const auto entities = (*connection)->entities();
    if (!entities) {
        outcome.error = entities.error().message;
        return outcome;
    }
    outcome.ok = true;
    outcome.serverVersion = *version;
    outcome.entityCount = int(entities->size());
    return outcome;
}

SchemaListing EndpointProbe::schema(const EndpointConfig& endpoint, int limit)
{
    SchemaListing listing;
    const auto password = SecretStore::password(endpoint);
    if (!password) {
        listing.error = password.error().message;
        return listing;
    }
    auto connection = ConnectionFactory::open(endpoint, *password);
    if (!connection) {
        listing.error = connection.error().message;
        return listing;
    }
    const auto entities = (*connection)->entities();
    if (!entities) {
        listing.error = entities.error().message;
        return listing;
    }
    listing.entityCount = int(entities->size());
    for (const QString& name : *entities) {
        if (listing.entities.size() >= limit)
            break;
        auto info = (*connection)->describe(name);
        if (info) {
            listing.entities.append(std::move(info).value());
            continue;
        }
        // One table the connector cannot describe does not hide the others.
        EntityInfo unknown;
        unknown.name = name;
        listing.entities.append(unknown);
        if (listing.error.isEmpty())
            listing.error = info.error().message;
    }
    return listing;
}

EntityDescription EndpointProbe::describe(const EndpointConfig& endpoint, const QString& entity)
{
    EntityDescription description;
    const auto password = SecretStore::password(endpoint);
    if (!password) {
        description.error = password.error().message;
        return description;
    }
    auto connection = ConnectionFactory::open(endpoint, *password);
    if (!connection) {
        description.error = connection.error().message;
        return description;
    }
    auto info = (*connection)->describe(entity);
    if (!info) {
        description.error = info.error().message;
        return description;
    }
    description.entity = std::move(info).value();
    return description;
}

} // namespace Syncline
