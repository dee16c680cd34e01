// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceconfig.h"

namespace Syncline {

namespace {

template <typename T> const T* findByName(const QList<T>& items, const QString& name)
{
    for (const T& item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

template <typename T> void mergeByName(QList<T>& into, const QList<T>& from)
{
    for (const T& item : from) {
        auto it = std::find_if(into.begin(), into.end(),
            [&](const T& existing) { return existing.name == item.name; });
        if (it != into.end())
            *it = item;
        else
            into.append(item);
    }
}

} // namespace

const EndpointConfig* WorkspaceConfig::endpoint(const QString& name) const
{
    return findByName(endpoints, name);
}

const MappingConfig* WorkspaceConfig::mapping(const QString& name) const
{
    return findByName(mappings, name);
}

const JobConfig* WorkspaceConfig::job(const QString& name) const
{
    return findByName(jobs, name);
}

const AlertRuleConfig* WorkspaceConfig::alert(const QString& name) const
{
    return findByName(alerts, name);
}

const AlertChannelConfig* WorkspaceConfig::channel(const QString& name) const
{
    return findByName(channels, name);
}

WorkspaceConfig WorkspaceConfig::mergedWith(const WorkspaceConfig& other) const
{
    WorkspaceConfig merged = *this;
    mergeByName(merged.endpoints, other.endpoints);
    mergeByName(merged.mappings, other.mappings);
    mergeByName(merged.jobs, other.jobs);
    mergeByName(merged.alerts, other.alerts);
    mergeByName(merged.channels, other.channels);
    return merged;
}

Status WorkspaceConfig::checkReferences() const
{
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const MappingConfig& m = mappings[i];
        if (!endpoint(m.source.endpoint))
            return Error::badInput(
                QStringLiteral("mapping '%1': source.endpoint: unknown endpoint '%2'")
                    .arg(m.name, m.source.endpoint));
        if (!endpoint(m.target.endpoint))
            return Error::badInput(
                QStringLiteral("mapping '%1': target.endpoint: unknown endpoint '%2'")
                    .arg(m.name, m.target.endpoint));
        for (const FieldMapping& f : m.fields) {
            if (f.kind == FieldMapping::Kind::Lookup && !endpoint(f.lookup.endpoint))
                return Error::badInput(
                    QStringLiteral("mapping '%1': field '%2': lookup.endpoint: unknown endpoint "
                                   "'%3'")
                        .arg(m.name, f.target, f.lookup.endpoint));
        }
        for (const ValidationRule& rule : m.rules) {
            if (!rule.references.isEmpty() && !endpoint(rule.references.endpoint))
                return Error::badInput(
                    QStringLiteral("mapping '%1': rule for field '%2': references.endpoint: "
                                   "unknown endpoint '%3'")
                        .arg(m.name, rule.field, rule.references.endpoint));
        }
    }
    for (const JobConfig& j : jobs) {
        if (!mapping(j.mapping))
            return Error::badInput(
                QStringLiteral("job '%1': mapping: unknown mapping '%2'").arg(j.name, j.mapping));
    }
    for (const AlertRuleConfig& a : alerts) {
        if (!a.appliesToAllJobs() && !job(a.job))
            return Error::badInput(
                QStringLiteral("alert '%1': job: unknown job '%2'").arg(a.name, a.job));
        for (const QString& c : a.channels) {
            if (!channel(c))
                return Error::badInput(
                    QStringLiteral("alert '%1': channels: unknown channel '%2'").arg(a.name, c));
        }
    }
    return {};
}

} // namespace Syncline
