// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertchannel.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Syncline {

// Delivers an alert as a JSON POST (AlertChannel::payload) to the channel's URL, over HTTP or
// HTTPS (Qt Network; certificates are verified against the system's CAs). A 2xx answer is
// success; a network error, a timeout, 429 or 5xx is retried; any other answer is final.
class WebhookChannel final : public AlertChannel
{
    Q_OBJECT

public:
    explicit WebhookChannel(AlertChannelConfig config, QObject* parent = nullptr);

protected:
    void attempt(int attempt) override;

private:
    void answered(QNetworkReply* reply);

    QNetworkAccessManager* m_network = nullptr;
};

} // namespace Syncline
