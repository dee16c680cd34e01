// SPDX-License-Identifier: GPL-3.0-or-later
#include "configrepository.h"

#include "auditrepository.h"
#include "core/configparser.h"
#include "journalrepository.h"
#include "storesql.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace Syncline {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Reads one table of stored definitions, ordered by name, parsing each with `parse`.
template <typename T, typename Parse>
Status loadItems(const Workspace& workspace, const QString& table, Parse parse, QList<T>& into)
{
    auto query = StoreSql::run(
        workspace, QStringLiteral("SELECT name, definition FROM %1 ORDER BY name").arg(table));
    if (!query)
        return query.error();
    while (query->next()) {
        const QString name = query->value(0).toString();
        const QString path = QStringLiteral("workspace:%1/%2").arg(table, name);
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(query->value(1).toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return Error::runtime(QStringLiteral("workspace %1: %2: the stored definition is not "
                                                 "a JSON object")
                                      .arg(workspace.location(), path));
        auto item = parse(document.object(), path);
        if (!item)
            return item.error().within(QStringLiteral("workspace %1").arg(workspace.location()));
        into.append(std::move(item).value());
    }
    return {};
}

Result<WorkspaceConfig> loadConfig(const Workspace& workspace)
{
    WorkspaceConfig config;
    if (auto s = loadItems(
            workspace, QStringLiteral("endpoints"), &ConfigParser::parseEndpoint, config.endpoints);
        !s)
        return s.error();
    if (auto s = loadItems(
            workspace, QStringLiteral("mappings"), &ConfigParser::parseMapping, config.mappings);
        !s)
        return s.error();
    if (auto s = loadItems(workspace, QStringLiteral("jobs"), &ConfigParser::parseJob, config.jobs);
        !s)
        return s.error();
    if (auto s = loadItems(workspace, QStringLiteral("alert_channels"), &ConfigParser::parseChannel,
            config.channels);
        !s)
        return s.error();
    if (auto s = loadItems(
            workspace, QStringLiteral("alert_rules"), &ConfigParser::parseAlert, config.alerts);
        !s)
        return s.error();
    return config;
}

// Items are stored in the form the parser reads back, so every item goes through it once on
// the way in: what load() returns is then exactly what was stored, and an item built in code
// with a bad value is refused here instead of making the whole workspace unreadable later.
template <typename T, typename Parse>
Status normalize(const QList<T>& items, const QString& table, Parse parse, QList<T>& into)
{
    for (const T& item : items) {
        auto parsed
            = parse(ConfigParser::toJson(item), QStringLiteral("%1/%2").arg(table, item.name));
        if (!parsed)
            return parsed.error();
        into.append(std::move(parsed).value());
    }
    return {};
}

Result<WorkspaceConfig> normalized(const WorkspaceConfig& config)
{
    WorkspaceConfig out;
    if (auto s = normalize(config.endpoints, QStringLiteral("endpoints"),
            &ConfigParser::parseEndpoint, out.endpoints);
        !s)
        return s.error();
    if (auto s = normalize(
            config.mappings, QStringLiteral("mappings"), &ConfigParser::parseMapping, out.mappings);
        !s)
        return s.error();
    if (auto s = normalize(config.jobs, QStringLiteral("jobs"), &ConfigParser::parseJob, out.jobs);
        !s)
        return s.error();
    if (auto s = normalize(
            config.channels, QStringLiteral("channels"), &ConfigParser::parseChannel, out.channels);
        !s)
        return s.error();
    if (auto s
        = normalize(config.alerts, QStringLiteral("alerts"), &ConfigParser::parseAlert, out.alerts);
        !s)
        return s.error();
    return out;
}

template <typename T> QStringList uniqueNames(const QList<T>& items)
{
    QStringList names;
    for (const T& item : items) {
        if (!names.contains(item.name))
            names.append(item.name);
    }
    return names;
}

// What one store() call did, for the "import" summary entry.
struct Changes
{
    QJsonArray created;
    QJsonArray updated;
    QJsonArray unchanged;
};

// Writes the items of `incoming` (already merged into `merged`) whose definition differs from
// `current`, one audit entry each.
template <typename T, typename Find, typename Upsert>
Status writeItems(Workspace& workspace, const QString& kind, const QList<T>& incoming, Find find,
    const WorkspaceConfig& current, const WorkspaceConfig& merged, Upsert upsert,
    const QString& actor, const QString& verb, Changes& changes)
{
    AuditRepository audit(workspace);
    for (const QString& name : uniqueNames(incoming)) {
        const T* before = find(current, name);
        const T* after = find(merged, name);
        const QJsonObject newJson = ConfigParser::toJson(*after);
        const QString object = kind + QLatin1Char(':') + name;
        if (before && ConfigParser::toJson(*before) == newJson) {
            changes.unchanged.append(object);
            continue;
        }
        if (auto s = upsert(*after, compact(newJson)); !s)
            return s;
        QJsonObject detail { { QStringLiteral("new"), newJson } };
        detail.insert(QStringLiteral("old"),
            before ? QJsonValue(ConfigParser::toJson(*before)) : QJsonValue());
        if (auto s = audit.record(actor, kind + QLatin1Char('.') + verb, object, detail); !s)
            return s;
        (before ? changes.updated : changes.created).append(object);
    }
    return {};
}

// Why the journal of a job that exists in both configs no longer describes its rows, or an
// empty string when it still does.
QString journalResetReason(const JobConfig& job, const JobConfig& before,
    const WorkspaceConfig& current, const WorkspaceConfig& merged)
{
    if (before.mapping != job.mapping)
        return QStringLiteral("its mapping changed from '%1' to '%2'")
            .arg(before.mapping, job.mapping);
    const MappingConfig* oldMapping = current.mapping(job.mapping);
    const MappingConfig* newMapping = merged.mapping(job.mapping);
    if (!oldMapping || !newMapping)
        return QStringLiteral("its mapping '%1' is new").arg(job.mapping);
    if (ConfigParser::toJson(*oldMapping) != ConfigParser::toJson(*newMapping))
        return QStringLiteral("its mapping '%1' changed").arg(job.mapping);
    for (const QString& name : { newMapping->source.endpoint, newMapping->target.endpoint }) {
        const EndpointConfig* oldEndpoint = current.endpoint(name);
        const EndpointConfig* newEndpoint = merged.endpoint(name);
        if (oldEndpoint && newEndpoint
            && (oldEndpoint->kind != newEndpoint->kind || oldEndpoint->url != newEndpoint->url))
            return QStringLiteral("endpoint '%1' now points to another database").arg(name);
    }
    return QString();
}

// Journals (and watermarks) of existing jobs whose mapping, or the endpoints it connects,
// changed are cleared: their entries describe rows of another shape or another database.
// A job whose change detection changed keeps its journal but loses its watermark.
Status resetStaleJobState(Workspace& workspace, const WorkspaceConfig& current,
    const WorkspaceConfig& merged, const QString& actor)
{
    AuditRepository audit(workspace);
    JournalRepository journal(workspace);
    for (const JobConfig& job : merged.jobs) {
        const JobConfig* before = current.job(job.name);
        if (!before)
            continue;
        const QString object = QStringLiteral("job:") + job.name;
        if (const QString reason = journalResetReason(job, *before, current, merged);
            !reason.isEmpty()) {
            auto entries = journal.count(job.name);
            if (!entries)
                return entries.error();
            auto watermark = journal.watermark(job.name);
            if (*entries == 0 && watermark && !watermark->isValid())
                continue; // never synced: nothing to forget
            if (auto s = journal.clear(job.name); !s)
                return s;
            qCInfo(lcStore) << "journal of job" << job.name << "cleared:" << reason;
            if (auto s = audit.record(actor, QStringLiteral("job.journal-reset"), object,
                    { { QStringLiteral("reason"), reason },
                        { QStringLiteral("entries"), double(*entries) } });
                !s)
                return s;
        } else if (before->detect != job.detect || before->changeColumn != job.changeColumn) {
            auto old = journal.watermark(job.name);
            if (old && !old->isValid())
                continue;
            if (auto s = journal.setWatermark(job.name, QVariant()); !s)
                return s;
            const QString reason = QStringLiteral("its change detection changed");
            if (auto s = audit.record(actor, QStringLiteral("job.watermark-reset"), object,
                    { { QStringLiteral("reason"), reason } });
                !s)
                return s;
        }
    }
    return {};
}

Status upsertRow(const Workspace& workspace, const QString& sql, const QVariantList& values,
    const QString& object)
{
    if (auto query = StoreSql::run(workspace, sql, values); !query)
        return query.error().within(object);
    return {};
}

// Merges `incoming` into the stored config: all or nothing, in one transaction.
Status store(Workspace& workspace, const WorkspaceConfig& incoming, const QString& actor,
    const QString& verb)
{
    auto items = normalized(incoming);
    if (!items)
        return items.error();
    const QString who = actor.isEmpty() ? AuditRepository::currentActor() : actor;
    return workspace.transaction([&]() -> Status {
        auto current = loadConfig(workspace);
        if (!current)
            return current.error();
        const WorkspaceConfig merged = current->mergedWith(*items);
        if (auto s = merged.checkReferences(); !s)
            return s;

        const QString now = StoreSql::nowText();
        Changes changes;
        const auto upsertEndpoint = [&](const EndpointConfig& e, const QString& json) {
            return upsertRow(workspace,
                QStringLiteral("INSERT INTO endpoints (name, kind, definition, "
                               "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) "
                               "DO UPDATE SET kind = excluded.kind, definition = "
                               "excluded.definition, updated_at = excluded.updated_at"),
                { e.name, e.kind, json, now }, QStringLiteral("endpoint ") + e.name);
        };
        const auto upsertMapping = [&](const MappingConfig& m, const QString& json) {
            return upsertRow(workspace,
                QStringLiteral("INSERT INTO mappings (name, definition, updated_at) "
                               "VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                               "definition = excluded.definition, "
                               "updated_at = excluded.updated_at"),
                { m.name, json, now }, QStringLiteral("mapping ") + m.name);
        };
        const auto upsertJob = [&](const JobConfig& j, const QString& json) {
            return upsertRow(workspace,
                QStringLiteral("INSERT INTO jobs (name, mapping, definition, "
                               "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) "
                               "DO UPDATE SET mapping = excluded.mapping, definition "
                               "= excluded.definition, updated_at = "
                               "excluded.updated_at"),
                { j.name, j.mapping, json, now }, QStringLiteral("job ") + j.name);
        };
        const auto upsertDefinition = [&](const QString& table, const QString& kind) {
            return [&workspace, &now, table, kind](const auto& item, const QString& json) {
                return upsertRow(workspace,
                    QStringLiteral("INSERT INTO %1 (name, definition, updated_at) VALUES (?, ?, ?) "
                                   "ON CONFLICT (name) DO UPDATE SET definition = "
                                   "excluded.definition, updated_at = excluded.updated_at")
                        .arg(table),
                    { item.name, json, now }, kind + QLatin1Char(' ') + item.name);
            };
        };
        const auto findEndpoint
            = [](const WorkspaceConfig& c, const QString& name) { return c.endpoint(name); };
        const auto findMapping
            = [](const WorkspaceConfig& c, const QString& name) { return c.mapping(name); };
        const auto findJob
            = [](const WorkspaceConfig& c, const QString& name) { return c.job(name); };
        if (auto s = writeItems(workspace, QStringLiteral("endpoint"), items->endpoints,
                findEndpoint, *current, merged, upsertEndpoint, who, verb, changes);
            !s)
            return s;
        if (auto s = writeItems(workspace, QStringLiteral("mapping"), items->mappings, findMapping,
                *current, merged, upsertMapping, who, verb, changes);
            !s)
            return s;
        if (auto s = writeItems(workspace, QStringLiteral("job"), items->jobs, findJob, *current,
                merged, upsertJob, who, verb, changes);
            !s)
            return s;
        if (auto s = writeItems(
                workspace, QStringLiteral("channel"), items->channels,
                [](const WorkspaceConfig& c, const QString& name) { return c.channel(name); },
                *current, merged,
                upsertDefinition(QStringLiteral("alert_channels"), QStringLiteral("channel")), who,
                verb, changes);
            !s)
            return s;
        if (auto s = writeItems(
                workspace, QStringLiteral("alert"), items->alerts,
                [](const WorkspaceConfig& c, const QString& name) { return c.alert(name); },
                *current, merged,
                upsertDefinition(QStringLiteral("alert_rules"), QStringLiteral("alert")), who, verb,
                changes);
            !s)
            return s;
        if (auto s = resetStaleJobState(workspace, *current, merged, who); !s)
            return s;
        if (verb == u"import") {
            AuditRepository audit(workspace);
            if (auto s = audit.record(who, QStringLiteral("import"), QStringLiteral("workspace"),
                    { { QStringLiteral("created"), changes.created },
                        { QStringLiteral("updated"), changes.updated },
                        { QStringLiteral("unchanged"), changes.unchanged } });
                !s)
                return s;
        }
        qCInfo(lcStore) << "workspace" << workspace.location() << verb << ":"
                        << changes.created.size() << "created," << changes.updated.size()
                        << "updated," << changes.unchanged.size() << "unchanged";
        return {};
    });
}

// Deletes one item after `check` passed, with an audit entry holding its last definition.
Status removeItem(Workspace& workspace, const QString& kind, const QString& table,
    const QString& name, const QString& actor,
    const std::function<Result<QJsonObject>(const WorkspaceConfig&)>& check,
    const std::function<Status()>& alsoRemove = {})
{
    const QString who = actor.isEmpty() ? AuditRepository::currentActor() : actor;
    return workspace.transaction([&]() -> Status {
        auto current = loadConfig(workspace);
        if (!current)
            return current.error();
        auto old = check(*current);
        if (!old)
            return old.error();
        if (auto query = StoreSql::run(
                workspace, QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(table), { name });
            !query)
            return query.error();
        if (alsoRemove) {
            if (auto s = alsoRemove(); !s)
                return s;
        }
        AuditRepository audit(workspace);
        return audit.record(who, kind + QStringLiteral(".remove"), kind + QLatin1Char(':') + name,
            { { QStringLiteral("old"), *old } });
    });
}

Error notFound(const Workspace& workspace, const QString& kind, const QString& name)
{
    return Error::badInput(QStringLiteral("workspace %1: there is no %2 named '%3'")
                               .arg(workspace.location(), kind, name));
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted.append(QLatin1Char('\'') + name + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

Result<WorkspaceConfig> ConfigRepository::load() const
{
    return loadConfig(m_workspace);
}

Status ConfigRepository::import(const WorkspaceConfig& config, const QString& actor)
{
    return store(m_workspace, config, actor, QStringLiteral("import"));
}

Status ConfigRepository::saveEndpoint(const EndpointConfig& endpoint, const QString& actor)
{
    WorkspaceConfig config;
    config.endpoints.append(endpoint);
    return store(m_workspace, config, actor, QStringLiteral("save"));
}

Status ConfigRepository::saveMapping(const MappingConfig& mapping, const QString& actor)
{
    WorkspaceConfig config;
    config.mappings.append(mapping);
    return store(m_workspace, config, actor, QStringLiteral("save"));
}

Status ConfigRepository::saveJob(const JobConfig& job, const QString& actor)
{
    WorkspaceConfig config;
    config.jobs.append(job);
    return store(m_workspace, config, actor, QStringLiteral("save"));
}

Status ConfigRepository::removeEndpoint(const QString& name, const QString& actor)
{
    const auto check = [&](const WorkspaceConfig& config) -> Result<QJsonObject> {
        const EndpointConfig* endpoint = config.endpoint(name);
        if (!endpoint)
            return notFound(m_workspace, QStringLiteral("endpoint"), name);
        QStringList users;
        for (const MappingConfig& m : config.mappings) {
            if (m.source.endpoint == name || m.target.endpoint == name)
                users.append(m.name);
        }
        if (!users.isEmpty())
            return Error::badInput(
                QStringLiteral("endpoint '%1' is used by mapping %2; remove "
                               "or change %3 first")
                    .arg(name, quotedList(users),
                        users.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
        return ConfigParser::toJson(*endpoint);
    };
    return removeItem(
        m_workspace, QStringLiteral("endpoint"), QStringLiteral("endpoints"), name, actor, check);
}

Status ConfigRepository::removeMapping(const QString& name, const QString& actor)
{
    const auto check = [&](const WorkspaceConfig& config) -> Result<QJsonObject> {
        const MappingConfig* mapping = config.mapping(name);
        if (!mapping)
            return notFound(m_workspace, QStringLiteral("mapping"), name);
        QStringList users;
        for (const JobConfig& j : config.jobs) {
            if (j.mapping == name)
                users.append(j.name);
        }
        if (!users.isEmpty())
            return Error::badInput(
                QStringLiteral("mapping '%1' is used by job %2; remove or "
                               "change %3 first")
                    .arg(name, quotedList(users),
                        users.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
        return ConfigParser::toJson(*mapping);
    };
    return removeItem(
        m_workspace, QStringLiteral("mapping"), QStringLiteral("mappings"), name, actor, check);
}

Status ConfigRepository::removeJob(const QString& name, const QString& actor)
{
    const auto check = [&](const WorkspaceConfig& config) -> Result<QJsonObject> {
        const JobConfig* job = config.job(name);
        if (!job)
            return notFound(m_workspace, QStringLiteral("job"), name);
        QStringList users;
        for (const AlertRuleConfig& a : config.alerts) {
            if (a.job == name)
                users.append(a.name);
        }
        if (!users.isEmpty())
            return Error::badInput(
                QStringLiteral("job '%1' is watched by alert %2; remove or change %3 first")
                    .arg(name, quotedList(users),
                        users.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
        return ConfigParser::toJson(*job);
    };
    // Its journal and watermark go with it; its run history and quarantine stay.
    const auto forget = [&]() { return JournalRepository(m_workspace).clear(name); };
    return removeItem(
        m_workspace, QStringLiteral("job"), QStringLiteral("jobs"), name, actor, check, forget);
}

} // namespace Syncline
