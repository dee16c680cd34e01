// SPDX-License-Identifier: GPL-3.0-or-later
#include "configparser.h"

#include "fieldtype.h"
#include "jsonobjectreader.h"
#include "schedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Syncline {

namespace {

constexpr auto pathError = &JsonObjectReader::pathError;
constexpr auto typeName = &JsonObjectReader::typeName;

const QList<std::pair<QString, JobConfig::Direction>> directions = {
    { QStringLiteral("push"), JobConfig::Direction::Push },
    { QStringLiteral("pull"), JobConfig::Direction::Pull },
    { QStringLiteral("two-way"), JobConfig::Direction::TwoWay },
};
const QList<std::pair<QString, JobConfig::Mode>> modes = {
    { QStringLiteral("full"), JobConfig::Mode::Full },
    { QStringLiteral("incremental"), JobConfig::Mode::Incremental },
};
const QList<std::pair<QString, JobConfig::Detect>> detects = {
    { QStringLiteral("hash"), JobConfig::Detect::Hash },
    { QStringLiteral("timestamp"), JobConfig::Detect::Timestamp },
    { QStringLiteral("version"), JobConfig::Detect::Version },
    { QStringLiteral("changelog"), JobConfig::Detect::Changelog },
};
const QList<std::pair<QString, JobConfig::Deletes>> deletesOptions = {
    { QStringLiteral("propagate"), JobConfig::Deletes::Propagate },
    { QStringLiteral("ignore"), JobConfig::Deletes::Ignore },
    { QStringLiteral("soft-delete"), JobConfig::Deletes::SoftDelete },
};

const QList<std::pair<QString, ScheduleConfig::Missed>> missedOptions = {
    { QStringLiteral("run-once"), ScheduleConfig::Missed::RunOnce },
    { QStringLiteral("skip"), ScheduleConfig::Missed::Skip },
};
const QStringList policies
    = { QStringLiteral("source-wins"), QStringLiteral("target-wins"), QStringLiteral("newest-wins"),
          QStringLiteral("first-wins"), QStringLiteral("manual"), QStringLiteral("rule") };

Result<QStringList> stringList(const QJsonArray& array, const QString& path)
{
    QStringList out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString() || array[i].toString().isEmpty())
            return pathError(
                path + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a field name"));
        out.append(array[i].toString());
    }
    return out;
}

Result<FieldLookup> parseLookup(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    SYNCLINE_TRY(endpoint, r.string(QStringLiteral("endpoint"), true));
    SYNCLINE_TRY(entity, r.string(QStringLiteral("entity"), true));
    SYNCLINE_TRY(key, r.string(QStringLiteral("key"), true));
    SYNCLINE_TRY(value, r.string(QStringLiteral("value"), true));
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    return FieldLookup { endpoint, entity, key, value };
}

Result<ColumnRef> parseColumnRef(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    SYNCLINE_TRY(endpoint, r.string(QStringLiteral("endpoint"), true));
    SYNCLINE_TRY(entity, r.string(QStringLiteral("entity"), true));
    SYNCLINE_TRY(column, r.string(QStringLiteral("column"), true));
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    return ColumnRef { endpoint, entity, column };
}

// A range bound: a number, or text for temporal and text fields.
Result<QJsonValue> parseBound(JsonObjectReader& r, const QString& key)
{
    SYNCLINE_TRY(value, r.value(key));
    if (value.isUndefined() || value.isDouble() || value.isString())
        return value;
    return pathError(r.path(key),
        QStringLiteral("expected a number or a string, found %1").arg(typeName(value)));
}

Result<ValidationRule> parseRule(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    ValidationRule rule;
    SYNCLINE_TRY(field, r.string(QStringLiteral("field"), true));
    SYNCLINE_TRY(required, r.boolean(QStringLiteral("required"), false));
    SYNCLINE_TRY(type, r.string(QStringLiteral("type"), false));
    SYNCLINE_TRY(min, parseBound(r, QStringLiteral("min")));
    SYNCLINE_TRY(max, parseBound(r, QStringLiteral("max")));
    SYNCLINE_TRY(regex, r.string(QStringLiteral("regex"), false));
    SYNCLINE_TRY(referencesObject, r.object(QStringLiteral("references"), false));
    if (!type.isEmpty()) {
        const auto parsed = FieldType::parseCast(type);
        if (!parsed)
            return pathError(r.path(QStringLiteral("type")), parsed.error().message);
    }
    if (!regex.isEmpty()) {
        const QRegularExpression compiled(regex);
        if (!compiled.isValid())
            return pathError(r.path(QStringLiteral("regex")),
                QStringLiteral("invalid regular expression: %1 (at offset %2)")
                    .arg(compiled.errorString())
                    .arg(compiled.patternErrorOffset()));
    }
    if (object.contains(QStringLiteral("references"))) {
        SYNCLINE_TRY(
            references, parseColumnRef(referencesObject, r.path(QStringLiteral("references"))));
        rule.references = references;
    }
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    rule.field = field;
    rule.required = required;
    rule.type = type;
    rule.min = min;
    rule.max = max;
    rule.regex = regex;
    return rule;
}

Result<FieldMapping> parseField(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    FieldMapping f;
    SYNCLINE_TRY(target, r.string(QStringLiteral("target"), true));
    SYNCLINE_TRY(source, r.string(QStringLiteral("source"), false));
    SYNCLINE_TRY(type, r.string(QStringLiteral("type"), false));
    SYNCLINE_TRY(expr, r.string(QStringLiteral("expr"), false));
    SYNCLINE_TRY(constant, r.value(QStringLiteral("value")));
    SYNCLINE_TRY(lookupObject, r.object(QStringLiteral("lookup"), false));
    f.target = target;
    f.source = source;
    f.type = type;
    const int kinds = int(!source.isEmpty()) + int(!expr.isEmpty()) + int(!constant.isUndefined());
    if (kinds != 1)
        return pathError(
            path, QStringLiteral("give exactly one of \"source\", \"expr\" or \"value\""));
    const bool isLookup = object.contains(QStringLiteral("lookup"));
    if (isLookup && source.isEmpty())
        return pathError(r.path(QStringLiteral("lookup")),
            QStringLiteral("needs \"source\", the column whose value is looked up"));
    if (!type.isEmpty()) {
        const auto parsed = FieldType::parseCast(type);
        if (!parsed)
            return pathError(r.path(QStringLiteral("type")), parsed.error().message);
    }
    if (isLookup) {
        f.kind = FieldMapping::Kind::Lookup;
        SYNCLINE_TRY(lookup, parseLookup(lookupObject, r.path(QStringLiteral("lookup"))));
        f.lookup = lookup;
    } else if (!source.isEmpty()) {
        f.kind = type.isEmpty() ? FieldMapping::Kind::Column : FieldMapping::Kind::Cast;
    } else if (!expr.isEmpty()) {
        f.kind = FieldMapping::Kind::Expression;
        f.expression = expr;
    } else {
        f.kind = FieldMapping::Kind::Constant;
        f.constant = constant;
    }
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    return f;
}

Result<EntityRef> parseEntityRef(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    SYNCLINE_TRY(endpoint, r.string(QStringLiteral("endpoint"), true));
    SYNCLINE_TRY(entity, r.string(QStringLiteral("entity"), true));
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    return EntityRef { endpoint, entity };
}

template <typename T> Status checkUniqueNames(const QList<T>& items, const QString& path)
{
    QSet<QString> names;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (names.contains(items[i].name))
            return pathError(path + QStringLiteral("[%1].name").arg(i),
                QStringLiteral("duplicate name '%1'").arg(items[i].name));
        names.insert(items[i].name);
    }
    return {};
}

} // namespace

Result<EndpointConfig> ConfigParser::parseEndpoint(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    EndpointConfig e;
    SYNCLINE_TRY(name, r.string(QStringLiteral("name"), true));
    SYNCLINE_TRY(kind, r.string(QStringLiteral("kind"), true));
    SYNCLINE_TRY(url, r.string(QStringLiteral("url"), true));
    SYNCLINE_TRY(passwordEnv, r.string(QStringLiteral("password_env"), false));
    SYNCLINE_TRY(keychain, r.boolean(QStringLiteral("keychain"), false));
    SYNCLINE_TRY(options, r.object(QStringLiteral("options"), false));
    if (object.contains(QStringLiteral("password")))
        return pathError(r.path(QStringLiteral("password")),
            QStringLiteral("passwords are never stored in the config; name an "
                           "environment variable with \"password_env\" or use "
                           "\"keychain\": true"));
    if (kind != u"sqlite" && kind != u"postgresql")
        return pathError(r.path(QStringLiteral("kind")),
            QStringLiteral("unknown endpoint kind '%1' (expected sqlite or postgresql)").arg(kind));
    const QString scheme
        = kind == u"sqlite" ? QStringLiteral("sqlite:") : QStringLiteral("postgresql://");
    if (!url.startsWith(scheme) && !(kind == u"postgresql" && url.startsWith(u"postgres://")))
        return pathError(r.path(QStringLiteral("url")),
            QStringLiteral("expected a URL starting with %1").arg(scheme));
    if (kind == u"postgresql" && !QUrl(url).password().isEmpty())
        return pathError(r.path(QStringLiteral("url")),
            QStringLiteral("contains a password; remove it and use \"password_env\" "
                           "or \"keychain\": true"));
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    e.name = name;
    e.kind = kind;
    e.url = url;
    e.passwordEnv = passwordEnv;
    e.keychain = keychain;
    e.options = options;
    return e;
}

Result<MappingConfig> ConfigParser::parseMapping(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    MappingConfig m;
    SYNCLINE_TRY(name, r.string(QStringLiteral("name"), true));
    SYNCLINE_TRY(sourceObject, r.object(QStringLiteral("source"), true));
    SYNCLINE_TRY(targetObject, r.object(QStringLiteral("target"), true));
    SYNCLINE_TRY(keyArray, r.array(QStringLiteral("key"), true));
    SYNCLINE_TRY(fieldArray, r.array(QStringLiteral("fields"), false));
    SYNCLINE_TRY(filter, r.string(QStringLiteral("filter"), false));
    SYNCLINE_TRY(ruleArray, r.array(QStringLiteral("rules"), false));
    SYNCLINE_TRY(conflicts, r.string(QStringLiteral("conflicts"), false));
    if (!conflicts.isEmpty() && !policies.contains(conflicts))
        return pathError(r.path(QStringLiteral("conflicts")),
            QStringLiteral("unknown value '%1' (expected one of: %2)")
                .arg(conflicts, policies.join(QStringLiteral(", "))));
    SYNCLINE_TRY(source, parseEntityRef(sourceObject, r.path(QStringLiteral("source"))));
    SYNCLINE_TRY(target, parseEntityRef(targetObject, r.path(QStringLiteral("target"))));
    SYNCLINE_TRY(key, stringList(keyArray, r.path(QStringLiteral("key"))));
    if (key.isEmpty())
        return pathError(r.path(QStringLiteral("key")), QStringLiteral("needs at least one field"));
    m.name = name;
    m.source = source;
    m.target = target;
    m.key = key;
    QSet<QString> targets;
    for (qsizetype i = 0; i < fieldArray.size(); ++i) {
        const QString fieldPath = r.path(QStringLiteral("fields[%1]").arg(i));
        if (!fieldArray[i].isObject())
            return pathError(fieldPath,
                QStringLiteral("expected an object, found %1").arg(typeName(fieldArray[i])));
        SYNCLINE_TRY(field, parseField(fieldArray[i].toObject(), fieldPath));
        if (targets.contains(field.target))
            return pathError(fieldPath + QStringLiteral(".target"),
                QStringLiteral("field '%1' is mapped twice").arg(field.target));
        targets.insert(field.target);
        m.fields.append(field);
    }
    m.filter = filter;
    m.conflicts = conflicts;
    for (qsizetype i = 0; i < ruleArray.size(); ++i) {
        const QString rulePath = r.path(QStringLiteral("rules[%1]").arg(i));
        if (!ruleArray[i].isObject())
            return pathError(rulePath,
                QStringLiteral("expected an object, found %1").arg(typeName(ruleArray[i])));
        SYNCLINE_TRY(rule, parseRule(ruleArray[i].toObject(), rulePath));
        m.rules.append(rule);
    }
    if (!m.fields.isEmpty()) {
        for (const QString& k : std::as_const(m.key)) {
            if (!targets.contains(k))
                return pathError(r.path(QStringLiteral("key")),
                    QStringLiteral("key field '%1' has no field mapping").arg(k));
        }
    }
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    return m;
}

Result<ScheduleConfig> ConfigParser::parseSchedule(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    ScheduleConfig c;
    const auto duration = [&](JsonObjectReader& reader, const QString& key, qint64 fallback,
                              qint64 min) -> Result<qint64> {
        auto text = reader.string(key, false);
        if (!text)
            return text.error();
        if (text->isEmpty())
            return fallback;
        auto ms = ScheduleConfig::parseDuration(*text);
        if (!ms)
            return pathError(reader.path(key), ms.error().message);
        if (*ms < min)
            return pathError(reader.path(key),
                QStringLiteral("must be at least %1").arg(ScheduleConfig::formatDuration(min)));
        return *ms;
    };
    SYNCLINE_TRY(every, duration(r, QStringLiteral("every"), 0, 1000));
    SYNCLINE_TRY(cron, r.string(QStringLiteral("cron"), false));
    SYNCLINE_TRY(window, r.string(QStringLiteral("window"), false));
    SYNCLINE_TRY(timeZone, r.string(QStringLiteral("timezone"), false));
    SYNCLINE_TRY(missed, r.choice(QStringLiteral("missed"), missedOptions, c.missed));
    SYNCLINE_TRY(retry, r.object(QStringLiteral("retry"), false));
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    if (every > 0 && !cron.isEmpty())
        return pathError(path, QStringLiteral("has both \"every\" and \"cron\" (use one)"));
    if (every <= 0 && cron.isEmpty() && !window.isEmpty())
        return pathError(r.path(QStringLiteral("window")),
            QStringLiteral("needs \"every\" or \"cron\" (an on-demand job has no window)"));
    c.everyMs = every;
    c.cron = cron.trimmed();
    c.window = window.trimmed();
    c.timeZone = timeZone.trimmed();
    c.missed = missed;

    JsonObjectReader rr(retry, r.path(QStringLiteral("retry")));
    SYNCLINE_TRY(retryMax, rr.integer(QStringLiteral("max"), c.retryMax, 0, 100));
    SYNCLINE_TRY(retryBase, duration(rr, QStringLiteral("base"), c.retryBaseMs, 1));
    SYNCLINE_TRY(retryMaxDelay, duration(rr, QStringLiteral("max_delay"), c.retryMaxDelayMs, 1));
    if (auto s = rr.noUnknownKeys(); !s)
        return s.error();
    if (retryMaxDelay < retryBase)
        return pathError(rr.path(QStringLiteral("max_delay")),
            QStringLiteral("must not be shorter than base (%1)")
                .arg(ScheduleConfig::formatDuration(retryBase)));
    c.retryMax = retryMax;
    c.retryBaseMs = retryBase;
    c.retryMaxDelayMs = retryMaxDelay;

    // Cron syntax, window syntax and the zone are checked here, so that a bad schedule is an
    // error at import and not a silent non-firing job.
    if (auto checked = Schedule::fromConfig(c); !checked)
        return pathError(path, checked.error().message);
    return c;
}

QJsonObject ConfigParser::toJson(const ScheduleConfig& c)
{
    const ScheduleConfig defaults;
    QJsonObject o;
    if (c.everyMs > 0)
        o.insert(QStringLiteral("every"), ScheduleConfig::formatDuration(c.everyMs));
    if (!c.cron.isEmpty())
        o.insert(QStringLiteral("cron"), c.cron);
    if (!c.window.isEmpty())
        o.insert(QStringLiteral("window"), c.window);
    if (!c.timeZone.isEmpty())
        o.insert(QStringLiteral("timezone"), c.timeZone);
    if (c.missed != defaults.missed)
        o.insert(QStringLiteral("missed"), ScheduleConfig::toString(c.missed));
    QJsonObject retry;
    if (c.retryMax != defaults.retryMax)
        retry.insert(QStringLiteral("max"), c.retryMax);
    if (c.retryBaseMs != defaults.retryBaseMs)
        retry.insert(QStringLiteral("base"), ScheduleConfig::formatDuration(c.retryBaseMs));
    if (c.retryMaxDelayMs != defaults.retryMaxDelayMs)
        retry.insert(
            QStringLiteral("max_delay"), ScheduleConfig::formatDuration(c.retryMaxDelayMs));
    if (!retry.isEmpty())
        o.insert(QStringLiteral("retry"), retry);
    return o;
}

Result<JobConfig> ConfigParser::parseJob(const QJsonObject& object, const QString& path)
{
    JsonObjectReader r(object, path);
    JobConfig j;
    SYNCLINE_TRY(name, r.string(QStringLiteral("name"), true));
    SYNCLINE_TRY(mapping, r.string(QStringLiteral("mapping"), true));
    SYNCLINE_TRY(direction, r.choice(QStringLiteral("direction"), directions, j.direction));
    SYNCLINE_TRY(mode, r.choice(QStringLiteral("mode"), modes, j.mode));
    SYNCLINE_TRY(detect, r.choice(QStringLiteral("detect"), detects, j.detect));
    SYNCLINE_TRY(changeColumn, r.string(QStringLiteral("change_column"), false));
    SYNCLINE_TRY(conflicts, r.string(QStringLiteral("conflicts"), false, j.conflicts));
    SYNCLINE_TRY(newestField, r.string(QStringLiteral("newest_field"), false));
    SYNCLINE_TRY(tieWinner, r.string(QStringLiteral("tie"), false, j.tieWinner));
    SYNCLINE_TRY(rule, r.string(QStringLiteral("rule"), false));
    SYNCLINE_TRY(deletes, r.choice(QStringLiteral("deletes"), deletesOptions, j.deletes));
    SYNCLINE_TRY(softDeleteColumn, r.string(QStringLiteral("soft_delete_column"), false));
    SYNCLINE_TRY(batch, r.integer(QStringLiteral("batch"), j.batch, 1, 1000000));
    SYNCLINE_TRY(scheduleObject, r.object(QStringLiteral("schedule"), false));
    SYNCLINE_TRY(schedule, parseSchedule(scheduleObject, r.path(QStringLiteral("schedule"))));
    if (!policies.contains(conflicts))
        return pathError(r.path(QStringLiteral("conflicts")),
            QStringLiteral("unknown value '%1' (expected one of: %2)")
                .arg(conflicts, policies.join(QStringLiteral(", "))));
    if ((conflicts == u"newest-wins" || conflicts == u"first-wins") && newestField.isEmpty())
        return pathError(r.path(QStringLiteral("newest_field")),
            QStringLiteral("is required when conflicts is \"%1\"").arg(conflicts));
    if (tieWinner != u"source" && tieWinner != u"target")
        return pathError(r.path(QStringLiteral("tie")),
            QStringLiteral("unknown value '%1' (expected source or target)").arg(tieWinner));
    if (conflicts == u"rule" && rule.trimmed().isEmpty())
        return pathError(r.path(QStringLiteral("rule")),
            QStringLiteral("is required when conflicts is \"rule\""));
    if ((detect == JobConfig::Detect::Timestamp || detect == JobConfig::Detect::Version)
        && changeColumn.isEmpty())
        return pathError(r.path(QStringLiteral("change_column")),
            QStringLiteral("is required when detect is \"%1\"").arg(toString(detect)));
    if (deletes == JobConfig::Deletes::SoftDelete && softDeleteColumn.isEmpty())
        return pathError(r.path(QStringLiteral("soft_delete_column")),
            QStringLiteral("is required when deletes is \"soft-delete\""));
    if (auto s = r.noUnknownKeys(); !s)
        return s.error();
    j.name = name;
    j.mapping = mapping;
    j.direction = direction;
    j.mode = mode;
    j.detect = detect;
    j.changeColumn = changeColumn;
    j.conflicts = conflicts;
    j.newestField = newestField;
    j.tieWinner = tieWinner;
    j.rule = rule;
    j.deletes = deletes;
    j.softDeleteColumn = softDeleteColumn;
    j.batch = batch;
    j.schedule = schedule;
    return j;
}

Result<WorkspaceConfig> ConfigParser::parse(const QByteArray& json, const QString& sourceName)
{
    const auto withSource = [&](const Error& e) { return e.within(sourceName); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column an editor can jump to.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error::badInput(QStringLiteral("%1:%2:%3: malformed JSON: %4")
                                   .arg(sourceName)
                                   .arg(line)
                                   .arg(column)
                                   .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return withSource(pathError(QStringLiteral("$"), QStringLiteral("expected an object")));
    JsonObjectReader root(doc.object(), QStringLiteral("$"));
    WorkspaceConfig config;
    auto endpoints = root.array(QStringLiteral("endpoints"), false);
    auto mappings = root.array(QStringLiteral("mappings"), false);
    auto jobs = root.array(QStringLiteral("jobs"), false);
    auto alerts = root.array(QStringLiteral("alerts"), false);
    auto channels = root.array(QStringLiteral("channels"), false);
    for (const auto* r : { &endpoints, &mappings, &jobs, &alerts, &channels }) {
        if (!*r)
            return withSource(r->error());
    }
    if (auto s = root.noUnknownKeys(); !s)
        return withSource(s.error());

    const auto parseList
        = [&](const QJsonArray& array, const QString& key, auto parseOne, auto& into) -> Status {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("$.%1[%2]").arg(key).arg(i);
            if (!array[i].isObject())
                return pathError(
                    path, QStringLiteral("expected an object, found %1").arg(typeName(array[i])));
            auto item = parseOne(array[i].toObject(), path);
            if (!item)
                return item.error();
            into.append(std::move(item).value());
        }
        return checkUniqueNames(into, QStringLiteral("$.") + key);
    };
    if (auto s = parseList(*endpoints, QStringLiteral("endpoints"), &ConfigParser::parseEndpoint,
            config.endpoints);
        !s)
        return withSource(s.error());
    if (auto s = parseList(
            *mappings, QStringLiteral("mappings"), &ConfigParser::parseMapping, config.mappings);
        !s)
        return withSource(s.error());
    if (auto s = parseList(*jobs, QStringLiteral("jobs"), &ConfigParser::parseJob, config.jobs); !s)
        return withSource(s.error());
    if (auto s = parseList(
            *channels, QStringLiteral("channels"), &ConfigParser::parseChannel, config.channels);
        !s)
        return withSource(s.error());
    if (auto s
        = parseList(*alerts, QStringLiteral("alerts"), &ConfigParser::parseAlert, config.alerts);
        !s)
        return withSource(s.error());
    return config;
}

QString ConfigParser::toString(JobConfig::Direction value)
{
    return JsonObjectReader::nameOf(directions, value);
}
QString ConfigParser::toString(JobConfig::Mode value)
{
    return JsonObjectReader::nameOf(modes, value);
}
QString ConfigParser::toString(JobConfig::Detect value)
{
    return JsonObjectReader::nameOf(detects, value);
}
QString ConfigParser::toString(JobConfig::Deletes value)
{
    return JsonObjectReader::nameOf(deletesOptions, value);
}

QJsonObject ConfigParser::toJson(const EndpointConfig& e)
{
    QJsonObject o { { QStringLiteral("name"), e.name }, { QStringLiteral("kind"), e.kind },
        { QStringLiteral("url"), e.url } };
    if (!e.passwordEnv.isEmpty())
        o.insert(QStringLiteral("password_env"), e.passwordEnv);
    if (e.keychain)
        o.insert(QStringLiteral("keychain"), true);
    if (!e.options.isEmpty())
        o.insert(QStringLiteral("options"), e.options);
    return o;
}

QJsonObject ConfigParser::toJson(const MappingConfig& m)
{
    QJsonArray fields;
    for (const FieldMapping& f : m.fields) {
        QJsonObject fo { { QStringLiteral("target"), f.target } };
        switch (f.kind) {
        case FieldMapping::Kind::Column:
        case FieldMapping::Kind::Cast:
            fo.insert(QStringLiteral("source"), f.source);
            break;
        case FieldMapping::Kind::Constant:
            fo.insert(QStringLiteral("value"), f.constant);
            break;
        case FieldMapping::Kind::Expression:
            fo.insert(QStringLiteral("expr"), f.expression);
            break;
        case FieldMapping::Kind::Lookup:
            fo.insert(QStringLiteral("source"), f.source);
            fo.insert(QStringLiteral("lookup"),
                QJsonObject { { QStringLiteral("endpoint"), f.lookup.endpoint },
                    { QStringLiteral("entity"), f.lookup.entity },
                    { QStringLiteral("key"), f.lookup.key },
                    { QStringLiteral("value"), f.lookup.value } });
            break;
        }
        if (!f.type.isEmpty())
            fo.insert(QStringLiteral("type"), f.type);
        fields.append(fo);
    }
    QJsonArray rules;
    for (const ValidationRule& rule : m.rules) {
        QJsonObject ro { { QStringLiteral("field"), rule.field } };
        if (rule.required)
            ro.insert(QStringLiteral("required"), true);
        if (!rule.type.isEmpty())
            ro.insert(QStringLiteral("type"), rule.type);
        if (!rule.min.isUndefined())
            ro.insert(QStringLiteral("min"), rule.min);
        if (!rule.max.isUndefined())
            ro.insert(QStringLiteral("max"), rule.max);
        if (!rule.regex.isEmpty())
            ro.insert(QStringLiteral("regex"), rule.regex);
        if (!rule.references.isEmpty())
            ro.insert(QStringLiteral("references"),
                QJsonObject { { QStringLiteral("endpoint"), rule.references.endpoint },
                    { QStringLiteral("entity"), rule.references.entity },
                    { QStringLiteral("column"), rule.references.column } });
        rules.append(ro);
    }
    QJsonObject o {
        { QStringLiteral("name"), m.name },
        { QStringLiteral("source"),
            QJsonObject { { QStringLiteral("endpoint"), m.source.endpoint },
                { QStringLiteral("entity"), m.source.entity } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("endpoint"), m.target.endpoint },
                { QStringLiteral("entity"), m.target.entity } } },
        { QStringLiteral("key"), QJsonArray::fromStringList(m.key) },
    };
    if (!fields.isEmpty())
        o.insert(QStringLiteral("fields"), fields);
    if (!m.filter.isEmpty())
        o.insert(QStringLiteral("filter"), m.filter);
    if (!m.conflicts.isEmpty())
        o.insert(QStringLiteral("conflicts"), m.conflicts);
    if (!rules.isEmpty())
        o.insert(QStringLiteral("rules"), rules);
    return o;
}

QJsonObject ConfigParser::toJson(const JobConfig& j)
{
    QJsonObject o { { QStringLiteral("name"), j.name }, { QStringLiteral("mapping"), j.mapping },
        { QStringLiteral("direction"), toString(j.direction) },
        { QStringLiteral("mode"), toString(j.mode) },
        { QStringLiteral("detect"), toString(j.detect) },
        { QStringLiteral("conflicts"), j.conflicts },
        { QStringLiteral("deletes"), toString(j.deletes) }, { QStringLiteral("batch"), j.batch } };
    if (!j.changeColumn.isEmpty())
        o.insert(QStringLiteral("change_column"), j.changeColumn);
    if (!j.newestField.isEmpty())
        o.insert(QStringLiteral("newest_field"), j.newestField);
    if (j.tieWinner != u"source")
        o.insert(QStringLiteral("tie"), j.tieWinner);
    if (!j.rule.isEmpty())
        o.insert(QStringLiteral("rule"), j.rule);
    if (!j.softDeleteColumn.isEmpty())
        o.insert(QStringLiteral("soft_delete_column"), j.softDeleteColumn);
    if (j.schedule != ScheduleConfig())
        o.insert(QStringLiteral("schedule"), toJson(j.schedule));
    return o;
}

QJsonObject ConfigParser::toJson(const WorkspaceConfig& config)
{
    QJsonArray endpoints, mappings, jobs;
    for (const auto& e : config.endpoints)
        endpoints.append(toJson(e));
    for (const auto& m : config.mappings)
        mappings.append(toJson(m));
    for (const auto& j : config.jobs)
        jobs.append(toJson(j));
    QJsonObject document { { QStringLiteral("endpoints"), endpoints },
        { QStringLiteral("mappings"), mappings }, { QStringLiteral("jobs"), jobs } };
    // Only when there are any, so configs without alerts export as before.
    if (!config.channels.isEmpty()) {
        QJsonArray channels;
        for (const auto& c : config.channels)
            channels.append(toJson(c));
        document.insert(QStringLiteral("channels"), channels);
    }
    if (!config.alerts.isEmpty()) {
        QJsonArray alerts;
        for (const auto& a : config.alerts)
            alerts.append(toJson(a));
        document.insert(QStringLiteral("alerts"), alerts);
    }
    return document;
}

} // namespace Syncline
