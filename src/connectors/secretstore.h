// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/endpointconfig.h"
#include "core/result.h"

namespace Syncline {

// Finds an endpoint's password: the environment variable the endpoint names, else the OS
// keychain (qtkeychain, service "syncline", key = endpoint name) when keychain is set, else
// none. Never writes a secret anywhere but the keychain. Blocks the calling thread while the
// keychain answers (it runs a local event loop), so call it off the GUI thread.
class SecretStore final
{
public:
    static Result<QString> password(const EndpointConfig& endpoint);
    static Status storePassword(const QString& endpointName, const QString& password);
    static Status removePassword(const QString& endpointName);
};

} // namespace Syncline
