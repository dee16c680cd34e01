// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "core/endpointconfig.h"

namespace Syncline {

// Opens a Connection of the endpoint's kind on the calling thread. The password (may be
// empty) comes from SecretStore; it is used to connect and never kept.
class ConnectionFactory final
{
public:
    static Result<std::unique_ptr<Connection>> open(const EndpointConfig& endpoint,
                                                    const QString& password);
};

} // namespace Syncline
