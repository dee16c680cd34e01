// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Syncline {

// Where alerts go ("channels": [...]): the console's desktop notification, a webhook (JSON
// POST) or e-mail over SMTP. Only the members of its kind are used. Secrets never live here:
// an SMTP password comes from the environment variable passwordEnv or the OS keychain.
struct AlertChannelConfig
{
    enum class Kind { Desktop, Webhook, Email };
    // Email: STARTTLS required (the default), STARTTLS when offered, TLS from the first
    // byte (smtps), or plain text.
    enum class Security { StartTls, StartTlsOptional, Tls, None };

    QString name;
    Kind kind = Kind::Desktop;

    // Webhook and Email
    int timeoutSeconds = 10; // per attempt
    int retries = 3; // further attempts after a failed one
    double backoffSeconds = 2; // before the first retry; doubles each time

    // Webhook
    QString url;
    QJsonObject headers; // extra request headers, name -> value

    // Email
    QString server;
    int port = 587;
    Security security = Security::StartTls;
    QString from;
    QStringList to;
    QString username;
    QString passwordEnv;
    bool keychain = false; // password in the keychain under "alert-channel:<name>"
    QString caFile; // PEM bundle to verify the server with instead of the system's

    bool operator==(const AlertChannelConfig&) const = default;
};

} // namespace Syncline
