// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertchannel.h"

#include <QByteArray>

namespace Syncline {

// Delivers an alert as a plain-text e-mail over SMTP with libcurl: STARTTLS required (curl's
// CURLUSESSL_ALL), STARTTLS when offered (CURLUSESSL_TRY), TLS from the start (smtps://) or
// none; the server's certificate is verified (against ca_file when given). The password comes
// from the environment variable or the keychain (SecretStore). curl blocks, so each try runs
// on the global thread pool; the result comes back on this object's thread.
class EmailChannel final : public AlertChannel
{
    Q_OBJECT

public:
    explicit EmailChannel(AlertChannelConfig config, QObject* parent = nullptr);

    // The RFC 5322 message sent for `event` (exposed for tests).
    static QByteArray message(const AlertChannelConfig& config, const AlertEvent& event);

protected:
    void attempt(int attempt) override;
};

} // namespace Syncline
