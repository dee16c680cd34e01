// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookchannel.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace Syncline {

WebhookChannel::WebhookChannel(AlertChannelConfig config, QObject* parent)
    : AlertChannel(std::move(config), parent)
    , m_network(new QNetworkAccessManager(this))
{ }

void WebhookChannel::attempt(int attempt)
{
    QNetworkRequest request(QUrl(config().url));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QStringLiteral("Syncline/" SYNCLINE_VERSION));
    request.setRawHeader("X-Syncline-Attempt", QByteArray::number(attempt));
    for (auto it = config().headers.begin(); it != config().headers.end(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    request.setTransferTimeout(config().timeoutSeconds * 1000);
    const QByteArray body = QJsonDocument(payload(event())).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
}

void WebhookChannel::answered(QNetworkReply* reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        tried(true, QString(), false);
        return;
    }
    QString error;
    if (status > 0) {
        const QByteArray answer = reply->readAll().left(200).simplified();
        error = QStringLiteral("%1 answered HTTP %2 %3")
                    .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                    .arg(status)
                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        if (!answer.isEmpty())
            error += QStringLiteral(": ") + QString::fromUtf8(answer);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        error = QStringLiteral("%1: no answer within %2 s")
                    .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                    .arg(config().timeoutSeconds);
    } else {
        error = reply->errorString();
    }
    const bool retryable = status == 0 || status == 429 || status >= 500;
    tried(false, error, retryable);
}

} // namespace Syncline
