// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailchannel.h"

#include "connectors/secretstore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace Syncline {

namespace {

struct Outcome
{
    bool ok = false;
    bool retryable = false;
    QString error;
};

// curl_global_init is not thread-safe: done once, before the first transfer.
void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// A header value in RFC 2047 encoded-word form when it is not plain ASCII.
QByteArray headerText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && uchar(c) < 0x80 && c != '\r' && c != '\n';
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readPayload(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = qMin(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

bool isRetryable(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
        return true;
    default:
        return false;
    }
}

// One SMTP transaction; blocks. Runs on a pool thread.
Outcome deliver(const AlertChannelConfig& config, const QByteArray& message)
{
    using Security = AlertChannelConfig::Security;
    Outcome outcome;
    QString password;
    if (!config.username.isEmpty() && (!config.passwordEnv.isEmpty() || config.keychain)) {
        EndpointConfig secret;
        secret.name = QStringLiteral("alert-channel:") + config.name;
        secret.passwordEnv = config.passwordEnv;
        secret.keychain = config.keychain;
        auto found = SecretStore::password(secret);
        if (!found) {
            outcome.error = found.error().message;
            return outcome;
        }
        password = *found;
    }

    initCurl();
    CURL* curl = curl_easy_init();
    if (!curl) {
        outcome.error = QStringLiteral("libcurl could not start a transfer");
        return outcome;
    }
    const QByteArray url = QStringLiteral("%1://%2:%3")
                               .arg(config.security == Security::Tls ? QStringLiteral("smtps")
                                                                     : QStringLiteral("smtp"),
                                   config.server)
                               .arg(config.port)
                               .toUtf8();
    const QByteArray from = '<' + config.from.toUtf8() + '>';
    curl_slist* recipients = nullptr;
    for (const QString& to : config.to) {
        const QByteArray recipient = '<' + to.toUtf8() + '>';
        recipients = curl_slist_append(recipients, recipient.constData());
    }
    Upload upload { message, 0 };
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray user = config.username.toUtf8();
    const QByteArray pass = password.toUtf8();
    const QByteArray caFile = config.caFile.toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(config.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(config.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    switch (config.security) {
    case Security::StartTls:
    case Security::Tls:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        break;
    case Security::StartTlsOptional:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
        break;
    case Security::None:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_NONE));
        break;
    }
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, pass.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    if (code == CURLE_OK) {
        outcome.ok = true;
        return outcome;
    }
    const QString detail = errorBuffer[0] ? QString::fromUtf8(errorBuffer).trimmed()
                                          : QString::fromUtf8(curl_easy_strerror(code));
    outcome.error
        = QStringLiteral("SMTP %1:%2: %3").arg(config.server).arg(config.port).arg(detail);
    if (response > 0)
        outcome.error += QStringLiteral(" (server answered %1)").arg(response);
    // A 4xx SMTP answer is the server asking to come back later.
    // A 5xx answer (bad password, refused recipient) is final.
    outcome.retryable
        = (isRetryable(code) && response < 500) || (response >= 400 && response < 500);
    return outcome;
}

} // namespace

EmailChannel::EmailChannel(AlertChannelConfig config, QObject* parent)
    : AlertChannel(std::move(config), parent)
{ }

QByteArray EmailChannel::message(const AlertChannelConfig& config, const AlertEvent& event)
{
    const QString domain = config.from.section(QLatin1Char('@'), 1);
    QByteArray out;
    out += "Date: "
        + QLocale::c()
              .toString(
                  QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
              .toUtf8()
        + " +0000\r\n";
    out += "From: " + config.from.toUtf8() + "\r\n";
    out += "To: " + config.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + '@'
        + domain.toUtf8() + ">\r\n";
    out += "Subject: " + headerText(subject(event)) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "X-Syncline-Rule: " + headerText(event.rule) + "\r\n";
    out += "\r\n";
    QByteArray body = text(event).toUtf8();
    body.replace("\r\n", "\n");
    body.replace('\n', "\r\n");
    // SMTP ends the data at a line holding a single dot; curl escapes leading dots itself.
    out += body;
    return out;
}

void EmailChannel::attempt(int)
{
    const AlertChannelConfig channel = config();
    const QByteArray mail = message(channel, event());
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        tried(outcome.ok, outcome.error, outcome.retryable);
    });
    watcher->setFuture(QtConcurrent::run([channel, mail] { return deliver(channel, mail); }));
}

} // namespace Syncline
