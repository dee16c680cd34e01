// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertconfigparser.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace Syncline {

namespace {

Error pathError(const QString& path, const QString& what)
{
    return Error::badInput(path + QStringLiteral(": ") + what);
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

// Typed members of one JSON object; remembers the keys read so leftovers (typos) are errors.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    { }

    QString path(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString& key) const { return m_object.contains(key); }

    Result<QString> string(const QString& key, bool required, const QString& fallback = {})
    {
        m_seen.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                return pathError(path(key), QStringLiteral("is required"));
            return fallback;
        }
        if (!v.isString())
            return pathError(
                path(key), QStringLiteral("expected a string, found %1").arg(typeName(v)));
        if (v.toString().trimmed().isEmpty())
            return pathError(path(key), QStringLiteral("must not be empty"));
        return v.toString();
    }

    Result<double> number(const QString& key, bool required, double fallback, double min)
    {
        m_seen.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                return pathError(path(key), QStringLiteral("is required"));
            return fallback;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min)
            return pathError(path(key), QStringLiteral("expected a number from %1 up").arg(min));
        return v.toDouble();
    }

    Result<int> integer(const QString& key, int fallback, int min, int max)
    {
        m_seen.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            return pathError(path(key),
                QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
        return int(d);
    }

    Result<bool> boolean(const QString& key, bool fallback)
    {
        m_seen.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            return pathError(
                path(key), QStringLiteral("expected true or false, found %1").arg(typeName(v)));
        return v.toBool();
    }

    // A duration ("10m"); 0 when absent and not required.
    Result<qint64> duration(const QString& key, bool required)
    {
        auto text = string(key, required);
        if (!text)
            return text.error();
        if (text->isEmpty())
            return qint64(0);
        auto seconds = AlertConfigParser::parseDuration(*text);
        if (!seconds)
            return pathError(path(key), seconds.error().message);
        return seconds;
    }

    // An array of non-empty strings; a single string is accepted as a list of one.
    Result<QStringList> strings(const QString& key, bool required)
    {
        m_seen.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                return pathError(path(key), QStringLiteral("is required"));
            return QStringList();
        }
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return QStringList { v.toString() };
        if (!v.isArray())
            return pathError(path(key),
                QStringLiteral("expected an array of strings, found %1").arg(typeName(v)));
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString() || array[i].toString().trimmed().isEmpty())
                return pathError(path(key) + QStringLiteral("[%1]").arg(i),
                    QStringLiteral("expected a non-empty string, found %1")
                        .arg(typeName(array[i])));
            if (out.contains(array[i].toString()))
                return pathError(path(key) + QStringLiteral("[%1]").arg(i),
                    QStringLiteral("'%1' is listed twice").arg(array[i].toString()));
            out.append(array[i].toString());
        }
        if (required && out.isEmpty())
            return pathError(path(key), QStringLiteral("needs at least one entry"));
        return out;
    }

    Result<QJsonObject> object(const QString& key)
    {
        m_seen.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return QJsonObject();
        if (!v.isObject())
            return pathError(
                path(key), QStringLiteral("expected an object, found %1").arg(typeName(v)));
        return v.toObject();
    }

    template <typename E>
    Result<E> choice(const QString& key, const QList<std::pair<QString, E>>& options, E fallback,
        bool required = false)
    {
        auto text = string(key, required);
        if (!text)
            return text.error();
        if (!has(key))
            return fallback;
        QStringList names;
        for (const auto& [name, value] : options) {
            if (name == *text)
                return value;
            names.append(name);
        }
        return pathError(path(key),
            QStringLiteral("unknown value '%1' (expected one of: %2)")
                .arg(*text, names.join(QStringLiteral(", "))));
    }

    // Keys only some kinds use, given for another kind, are errors too: they would be ignored.
    Status notFor(const QStringList& keys, const QString& what)
    {
        for (const QString& key : keys) {
            if (has(key))
                return pathError(path(key), QStringLiteral("does not apply to %1").arg(what));
            m_seen.insert(key);
        }
        return {};
    }

    Status noUnknownKeys() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_seen.contains(it.key()))
                return pathError(path(it.key()), QStringLiteral("unknown key"));
        }
        return {};
    }

private:
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_seen;
};

#define SYNCLINE_ALERT_TRY(var, expr)                                                              \
    auto var##_r = (expr);                                                                         \
    if (!var##_r)                                                                                  \
        return var##_r.error();                                                                    \
    auto var = std::move(var##_r).value();

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

template <typename E> QString nameOf(const QList<std::pair<QString, E>>& options, E value)
{
    for (const auto& [name, v] : options) {
        if (v == value)
            return name;
    }
    return QString();
}

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
    Reader r(object, path);
    AlertRuleConfig rule;
    SYNCLINE_ALERT_TRY(name, r.string(QStringLiteral("name"), true));
    SYNCLINE_ALERT_TRY(job, r.string(QStringLiteral("job"), false, AlertRuleConfig::allJobs));
    SYNCLINE_ALERT_TRY(kind, r.choice(QStringLiteral("kind"), ruleKinds, rule.kind, true));
    SYNCLINE_ALERT_TRY(channels, r.strings(QStringLiteral("channels"), false));
    SYNCLINE_ALERT_TRY(severity,
        r.choice(QStringLiteral("severity"), severities, AlertRuleConfig::Severity::Warning));
    rule.name = name;
    rule.job = job;
    rule.kind = kind;
    rule.channels = channels;
    rule.severity = severity;

    using Kind = AlertRuleConfig::Kind;
    const QString kindText = QStringLiteral("kind \"%1\"").arg(toString(kind));
    if (kind == Kind::ErrorRate) {
        SYNCLINE_ALERT_TRY(measure, r.choice(QStringLiteral("measure"), measures, rule.measure));
        rule.measure = measure;
    } else if (auto s = r.notFor({ QStringLiteral("measure") }, kindText); !s) {
        return s.error();
    }
    switch (kind) {
    case Kind::ErrorRate: {
        SYNCLINE_ALERT_TRY(threshold, r.number(QStringLiteral("threshold"), true, 0, 0));
        if (threshold >= 1)
            return pathError(r.path(QStringLiteral("threshold")),
                QStringLiteral("an error rate is a fraction below 1 (0.2 means 20%)"));
        SYNCLINE_ALERT_TRY(window, r.duration(QStringLiteral("window"), true));
        rule.threshold = threshold;
        rule.windowSeconds = window;
        break;
    }
    case Kind::LatencyP95: {
        SYNCLINE_ALERT_TRY(threshold, r.number(QStringLiteral("threshold"), true, 0, 0));
        SYNCLINE_ALERT_TRY(window, r.duration(QStringLiteral("window"), true));
        rule.threshold = threshold;
        rule.windowSeconds = window;
        break;
    }
    case Kind::ConsecutiveFailures:
    case Kind::PendingConflicts: {
        SYNCLINE_ALERT_TRY(threshold, r.integer(QStringLiteral("threshold"), -1, 1, 1000000000));
        if (threshold < 0)
            return pathError(r.path(QStringLiteral("threshold")), QStringLiteral("is required"));
        rule.threshold = threshold;
        if (auto s = r.notFor({ QStringLiteral("window") }, kindText); !s)
            return s.error();
        break;
    }
    case Kind::NotRunSince: {
        SYNCLINE_ALERT_TRY(window, r.duration(QStringLiteral("window"), true));
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
    Reader r(object, path);
    AlertChannelConfig c;
    SYNCLINE_ALERT_TRY(name, r.string(QStringLiteral("name"), true));
    SYNCLINE_ALERT_TRY(kind, r.choice(QStringLiteral("kind"), channelKinds, c.kind, true));
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
        SYNCLINE_ALERT_TRY(timeout, r.duration(QStringLiteral("timeout"), false));
        SYNCLINE_ALERT_TRY(retries, r.integer(QStringLiteral("retries"), c.retries, 0, 10));
        SYNCLINE_ALERT_TRY(
            backoff, r.number(QStringLiteral("backoff"), false, c.backoffSeconds, 0));
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
        SYNCLINE_ALERT_TRY(url, r.string(QStringLiteral("url"), true));
        SYNCLINE_ALERT_TRY(headers, r.object(QStringLiteral("headers")));
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
                    QStringLiteral("expected a string, found %1").arg(typeName(it.value())));
        }
        c.url = url;
        c.headers = headers;
    }
    if (kind == AlertChannelConfig::Kind::Email) {
        if (auto s = r.notFor(webhookKeys, kindText); !s)
            return s.error();
        SYNCLINE_ALERT_TRY(server, r.string(QStringLiteral("server"), true));
        SYNCLINE_ALERT_TRY(security, r.choice(QStringLiteral("security"), securities, c.security));
        const int defaultPort = security == AlertChannelConfig::Security::Tls ? 465 : 587;
        SYNCLINE_ALERT_TRY(port, r.integer(QStringLiteral("port"), defaultPort, 1, 65535));
        SYNCLINE_ALERT_TRY(from, r.string(QStringLiteral("from"), true));
        SYNCLINE_ALERT_TRY(to, r.strings(QStringLiteral("to"), true));
        SYNCLINE_ALERT_TRY(username, r.string(QStringLiteral("username"), false));
        SYNCLINE_ALERT_TRY(passwordEnv, r.string(QStringLiteral("password_env"), false));
        SYNCLINE_ALERT_TRY(keychain, r.boolean(QStringLiteral("keychain"), false));
        SYNCLINE_ALERT_TRY(caFile, r.string(QStringLiteral("ca_file"), false));
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
    return nameOf(ruleKinds, kind);
}
QString AlertConfigParser::toString(AlertRuleConfig::Measure measure)
{
    return nameOf(measures, measure);
}
QString AlertConfigParser::toString(AlertRuleConfig::Severity severity)
{
    return nameOf(severities, severity);
}
QString AlertConfigParser::toString(AlertChannelConfig::Kind kind)
{
    return nameOf(channelKinds, kind);
}
QString AlertConfigParser::toString(AlertChannelConfig::Security security)
{
    return nameOf(securities, security);
}

} // namespace Syncline
