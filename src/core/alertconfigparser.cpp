// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertconfigparser.h"

#include "jsonobjectreader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Syncline {

namespace {

constexpr auto pathError = &JsonObjectReader::pathError;

// A duration ("10m") in seconds; 0 when absent and not required.
Result<qint64> duration(JsonObjectReader& r, const QString& key, bool required)
{
    auto text = r.string(key, required);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return qint64(0);
    auto seconds = AlertConfigParser::parseDuration(*text);
    if (!seconds)
        return pathError(r.path(key), seconds.error().message);
    return seconds;
}

const QList<std::pair<QString, AlertRuleConfig::Kind>> ruleKinds = {
    { QStringLiteral("error-rate"), AlertRuleConfig::Kind::ErrorRate },
    { QStringLiteral("latency-p95"), AlertRuleConfig::Kind::LatencyP95 },
    { QStringLiteral("consecutive-failures"), AlertRuleConfig::Kind::ConsecutiveFailures },
    { QStringLiteral("pending-conflicts"), AlertRuleConfig::Kind::PendingConflicts },
    { QStringLiteral("not-run-since"), AlertRuleConfig::Kind::NotRunSince },
};
const QList<std::pair<QString, AlertRuleConfig::Measure>> measures = {
    { QStringLiteral("runs"), AlertRuleConfig::Measure::Runs },
    { QStringLiteral("rows"), AlertRuleConfig::Measure::Rows },
};
const QList<std::pair<QString, AlertRuleConfig::Severity>> severities = {
    { QStringLiteral("info"), AlertRuleConfig::Severity::Info },
    { QStringLiteral("warning"), AlertRuleConfig::Severity::Warning },
    { QStringLiteral("critical"), AlertRuleConfig::Severity::Critical },
};
const QList<std::pair<QString, AlertChannelConfig::Kind>> channelKinds = {
    { QStringLiteral("desktop"), AlertChannelConfig::Kind::Desktop },
    { QStringLiteral("webhook"), AlertChannelConfig::Kind::Webhook },
    { QStringLiteral("email"), AlertChannelConfig::Kind::Email },
};
const QList<std::pair<QString, AlertChannelConfig::Security>> securities = {
    { QStringLiteral("starttls"), AlertChannelConfig::Security::StartTls },
    { QStringLiteral("starttls-optional"), AlertChannelConfig::Security::StartTlsOptional },
    { QStringLiteral("tls"), AlertChannelConfig::Security::Tls },
    { QStringLiteral("none"), AlertChannelConfig::Security::None },
};

const QStringList webhookKeys = { QStringLiteral("url"), QStringLiteral("headers") };
const QStringList emailKeys
    = { QStringLiteral("server"), QStringLiteral("port"), QStringLiteral("security"),
          QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("username"),
          QStringLiteral("password_env"), QStringLiteral("keychain"), QStringLiteral("ca_file") };
const QStringList deliveryKeys
    = { QStringLiteral("timeout"), QStringLiteral("retries"), QStringLiteral("backoff") };

} // namespace

Result<qint64> AlertConfigParser::parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhdw])\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error::badInput(QStringLiteral("expected a duration such as \"90s\", \"10m\", "
                                              "\"2h\", \"1d\" or \"1w\", found '%1'")
                                   .arg(text));
    const qint64 n = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 factor = unit == u's' ? 1
        : unit == u'm'                 ? 60
        : unit == u'h'                 ? 3600
        : unit == u'd'                 ? 86400
                                       : 604800;
    if (n == 0)
        return Error::badInput(QStringLiteral("a duration must be longer than zero"));
    return n * factor;
}

QString AlertConfigParser::durationText(qint64 seconds)
{
    for (const auto& [factor, unit] :
        { std::pair { qint64(604800), u'w' }, { 86400, u'd' }, { 3600, u'h' }, { 60, u'm' } }) {
        if (seconds >= factor && seconds % factor == 0)
            return QString::number(seconds / factor) + QChar(unit);
    }
    return QString::number(seconds) + QLatin1Char('s');
}

Result<AlertRuleConfig> AlertConfigParser::parseRule(const QJsonObject& object, const QString& path)
{
    // "" is an error even for optional keys: an empty job, address or file name is a mistake.
    JsonObjectReader r(object, path, JsonObjectReader::EmptyText::Rejected);
    AlertRuleConfig rule;
    SYNCLINE_TRY(name, r.string(QStringLiteral("name"), true));
    SYNCLINE_TRY(job, r.string(QStringLiteral("job"), false, AlertRuleConfig::allJobs));
    SYNCLINE_TRY(kind, r.choice(QStringLiteral("kind"), ruleKinds, rule.kind, true));
    SYNCLINE_TRY(channels, r.strings(QStringLiteral("channels"), false));
    SYNCLINE_TRY(severity,
        r.choice(QStringLiteral("severity"), severities, AlertRuleConfig::Severity::Warning));
    rule.name = name;
    rule.job = job;
    rule.kind = kind;
    rule.channels = channels;
    rule.severity = severity;

    using Kind = AlertRuleConfig::Kind;
    const QString kindText = QStringLiteral("kind \"%1\"").arg(toString(kind));
    if (kind == Kind::ErrorRate) {
        SYNCLINE_TRY(measure, r.choice(QStringLiteral("measure"), measures, rule.measure));
        rule.measure = measure;
    } else if (auto s = r.notFor({ QStringLiteral("measure") }, kindText); !s) {
        return s.error();
    }
    switch (kind) {
    case Kind::ErrorRate: {
        SYNCLINE_TRY(threshold, r.number(QStringLiteral("threshold"), true, 0, 0));
        if (threshold >= 1)
            return pathError(r.path(QStringLiteral("threshold")),
                QStringLiteral("an error rate is a fraction below 1 (0.2 means 20%)"));
        SYNCLINE_TRY(window, duration(r, QStringLiteral("window"), true));
        rule.threshold = threshold;
        rule.windowSeconds = window;
        break;
    }
    case Kind::LatencyP95: {
        SYNCLINE_TRY(threshold, r.number(QStringLiteral("threshold"), true, 0, 0));
        SYNCLINE_TRY(window, duration(r, QStringLiteral("window"), true));
        rule.threshold = threshold;
        rule.windowSeconds = window;
        break;
    }
    case Kind::ConsecutiveFailures:
    case Kind::PendingConflicts: {
        SYNCLINE_TRY(threshold, r.integer(QStringLiteral("threshold"), -1, 1, 1000000000));
        if (threshold < 0)
            return pathError(r.path(QStringLiteral("threshold")), QStringLiteral("is required"));
        rule.threshold = threshold;
        if (auto s = r.notFor({ QStringLiteral("window") }, kindText); !s)
            return s.error();
        break;
    }
    case Kind::NotRunSince: {
        SYNCLINE_TRY(window, duration(r, QStringLiteral("window"), true));
        rule.windowSeconds = window;
        if (auto s = r.notFor({ QStringLiteral("threshold") }, kindText); !s)
            return s.error();
        break;
    }
    }
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    return rule;
}

Result<AlertChannelConfig> AlertConfigParser::parseChannel(
    const QJsonObject& object, const QString& path)
{
    // "" is an error even for optional keys: an empty job, address or file name is a mistake.
    JsonObjectReader r(object, path, JsonObjectReader::EmptyText::Rejected);
    AlertChannelConfig c;
    SYNCLINE_TRY(name, r.string(QStringLiteral("name"), true));
    SYNCLINE_TRY(kind, r.choice(QStringLiteral("kind"), channelKinds, c.kind, true));
    c.name = name;
    c.kind = kind;
    const QString kindText = QStringLiteral("kind \"%1\"").arg(toString(kind));
    if (object.contains(QStringLiteral("password")))
        return pathError(r.path(QStringLiteral("password")),
            QStringLiteral("passwords are never stored in the config; name an environment "
                           "variable with \"password_env\" or use \"keychain\": true"));

    if (kind == AlertChannelConfig::Kind::Desktop) {
        if (auto s = r.notFor(webhookKeys + emailKeys + deliveryKeys, kindText); !s)
            return s.error();
    } else {
        SYNCLINE_TRY(timeout, duration(r, QStringLiteral("timeout"), false));
        SYNCLINE_TRY(retries, r.integer(QStringLiteral("retries"), c.retries, 0, 10));
        SYNCLINE_TRY(backoff, r.number(QStringLiteral("backoff"), false, c.backoffSeconds, 0));
        if (timeout > 3600)
            return pathError(
                r.path(QStringLiteral("timeout")), QStringLiteral("must be at most 1h"));
        if (timeout > 0)
            c.timeoutSeconds = int(timeout);
        c.retries = retries;
        c.backoffSeconds = backoff;
    }
    if (kind == AlertChannelConfig::Kind::Webhook) {
        if (auto s = r.notFor(emailKeys, kindText); !s)
            return s.error();
        SYNCLINE_TRY(url, r.string(QStringLiteral("url"), true));
        SYNCLINE_TRY(headers, r.object(QStringLiteral("headers"), false));
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")
            || parsed.host().isEmpty())
            return pathError(r.path(QStringLiteral("url")),
                QStringLiteral("expected an http:// or https:// URL, found '%1'").arg(url));
        if (!parsed.password().isEmpty())
            return pathError(r.path(QStringLiteral("url")),
                QStringLiteral("contains a password; put credentials in the receiving "
                               "service's URL token instead"));
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (!it.value().isString())
                return pathError(r.path(QStringLiteral("headers.")) + it.key(),
                    QStringLiteral("expected a string, found %1")
                        .arg(JsonObjectReader::typeName(it.value())));
        }
        c.url = url;
        c.headers = headers;
    }
    if (kind == AlertChannelConfig::Kind::Email) {
        if (auto s = r.notFor(webhookKeys, kindText); !s)
            return s.error();
        SYNCLINE_TRY(server, r.string(QStringLiteral("server"), true));
        SYNCLINE_TRY(security, r.choice(QStringLiteral("security"), securities, c.security));
        const int defaultPort = security == AlertChannelConfig::Security::Tls ? 465 : 587;
        SYNCLINE_TRY(port, r.integer(QStringLiteral("port"), defaultPort, 1, 65535));
        SYNCLINE_TRY(from, r.string(QStringLiteral("from"), true));
        SYNCLINE_TRY(to, r.strings(QStringLiteral("to"), true));
        SYNCLINE_TRY(username, r.string(QStringLiteral("username"), false));
        SYNCLINE_TRY(passwordEnv, r.string(QStringLiteral("password_env"), false));
        SYNCLINE_TRY(keychain, r.boolean(QStringLiteral("keychain"), false));
        SYNCLINE_TRY(caFile, r.string(QStringLiteral("ca_file"), false));
        static const QRegularExpression address(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+$"));
        if (!address.match(from).hasMatch())
            return pathError(r.path(QStringLiteral("from")),
                QStringLiteral("expected an e-mail address, found '%1'").arg(from));
        for (qsizetype i = 0; i < to.size(); ++i) {
            if (!address.match(to[i]).hasMatch())
                return pathError(r.path(QStringLiteral("to[%1]").arg(i)),
                    QStringLiteral("expected an e-mail address, found '%1'").arg(to[i]));
        }
        if ((!passwordEnv.isEmpty() || keychain) && username.isEmpty())
            return pathError(r.path(QStringLiteral("username")),
                QStringLiteral("is required when a password is given"));
        c.server = server;
        c.security = security;
        c.port = port;
        c.from = from;
        c.to = to;
        c.username = username;
        c.passwordEnv = passwordEnv;
        c.keychain = keychain;
        c.caFile = caFile;
    }
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    return c;
}

QJsonObject AlertConfigParser::toJson(const AlertRuleConfig& rule)
{
    using Kind = AlertRuleConfig::Kind;
    QJsonObject o { { QStringLiteral("name"), rule.name }, { QStringLiteral("job"), rule.job },
        { QStringLiteral("kind"), toString(rule.kind) },
        { QStringLiteral("severity"), toString(rule.severity) } };
    if (rule.kind == Kind::ErrorRate)
        o.insert(QStringLiteral("measure"), toString(rule.measure));
    if (rule.kind != Kind::NotRunSince)
        o.insert(QStringLiteral("threshold"), rule.threshold);
    if (rule.kind == Kind::ErrorRate || rule.kind == Kind::LatencyP95
        || rule.kind == Kind::NotRunSince)
        o.insert(QStringLiteral("window"), durationText(rule.windowSeconds));
    if (!rule.channels.isEmpty())
        o.insert(QStringLiteral("channels"), QJsonArray::fromStringList(rule.channels));
    return o;
}

QJsonObject AlertConfigParser::toJson(const AlertChannelConfig& c)
{
    QJsonObject o { { QStringLiteral("name"), c.name },
        { QStringLiteral("kind"), toString(c.kind) } };
    if (c.kind == AlertChannelConfig::Kind::Desktop)
        return o;
    o.insert(QStringLiteral("timeout"), durationText(c.timeoutSeconds));
    o.insert(QStringLiteral("retries"), c.retries);
    o.insert(QStringLiteral("backoff"), c.backoffSeconds);
    if (c.kind == AlertChannelConfig::Kind::Webhook) {
        o.insert(QStringLiteral("url"), c.url);
        if (!c.headers.isEmpty())
            o.insert(QStringLiteral("headers"), c.headers);
        return o;
    }
    o.insert(QStringLiteral("server"), c.server);
    o.insert(QStringLiteral("port"), c.port);
    o.insert(QStringLiteral("security"), toString(c.security));
    o.insert(QStringLiteral("from"), c.from);
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(c.to));
    if (!c.username.isEmpty())
        o.insert(QStringLiteral("username"), c.username);
    if (!c.passwordEnv.isEmpty())
        o.insert(QStringLiteral("password_env"), c.passwordEnv);
    if (c.keychain)
        o.insert(QStringLiteral("keychain"), true);
    if (!c.caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), c.caFile);
    return o;
}

QString AlertConfigParser::toString(AlertRuleConfig::Kind kind)
{
    return JsonObjectReader::nameOf(ruleKinds, kind);
}
QString AlertConfigParser::toString(AlertRuleConfig::Measure measure)
{
    return JsonObjectReader::nameOf(measures, measure);
}
QString AlertConfigParser::toString(AlertRuleConfig::Severity severity)
{
    return JsonObjectReader::nameOf(severities, severity);
}
QString AlertConfigParser::toString(AlertChannelConfig::Kind kind)
{
    return JsonObjectReader::nameOf(channelKinds, kind);
}
QString AlertConfigParser::toString(AlertChannelConfig::Security security)
{
    return JsonObjectReader::nameOf(securities, security);
}

} // namespace Syncline
