// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Syncline {

// A connection to a data store, as configured. Never holds a secret: the password comes
// from the environment variable passwordEnv or from the OS keychain (SecretStore).
struct EndpointConfig
{
    QString name;
    QString kind; // "sqlite", "postgresql"
    QString url; // sqlite:///abs/path.db, sqlite:relative.db, postgresql://user@host:port/db
    QString passwordEnv; // name of the environment variable holding the password
    bool keychain = false; // the password is in the OS keychain under this endpoint's name
    QJsonObject options; // kind-specific extras, kept as given

    bool operator==(const EndpointConfig&) const = default;
};

} // namespace Syncline
