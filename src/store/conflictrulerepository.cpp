// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictrulerepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QSqlQuery>

namespace Syncline {

namespace {

ConflictRule readRule(const QSqlQuery& query)
{
    ConflictRule rule;
    rule.name = query.value(0).toString();
    rule.kind = ConflictRule::kindFromString(query.value(1).toString());
    rule.field = query.value(2).toString();
    rule.script = query.value(3).toString();
    rule.description = query.value(4).toString();
    rule.updatedAt = StoreSql::fromText(query.value(5).toString());
    return rule;
}

const QString s_select = QStringLiteral(
    "SELECT name, kind, field, script, description, updated_at FROM conflict_rules");

} // namespace

Status ConflictRuleRepository::check(const ConflictRule& rule)
{
    if (rule.name.trimmed().isEmpty() || rule.name != rule.name.trimmed())
        return Error::badInput(
            QStringLiteral("conflict rule: the name '%1' is empty or has surrounding blanks")
                .arg(rule.name));
    if (rule.kind == ConflictRule::Kind::Newest && rule.field.trimmed().isEmpty())
        return Error::badInput(
            QStringLiteral("conflict rule '%1': newest needs the time field to compare")
                .arg(rule.name));
    if (rule.kind == ConflictRule::Kind::Script && rule.script.trimmed().isEmpty())
        return Error::badInput(
            QStringLiteral("conflict rule '%1': script needs a JavaScript function")
                .arg(rule.name));
    return {};
}

Result<QList<ConflictRule>> ConflictRuleRepository::list() const
{
    auto query = StoreSql::run(m_workspace, s_select + QStringLiteral(" ORDER BY name"), {});
    if (!query)
        return query.error();
    QList<ConflictRule> rules;
    while (query->next())
        rules.append(readRule(*query));
    return rules;
}

Result<ConflictRule> ConflictRuleRepository::get(const QString& name) const
{
    auto query = StoreSql::run(m_workspace, s_select + QStringLiteral(" WHERE name = ?"), { name });
    if (!query)
        return query.error();
    if (!query->next())
        return Error::badInput(QStringLiteral("workspace %1: no conflict rule named '%2'")
                                   .arg(m_workspace.location(), name));
    return readRule(*query);
}

Status ConflictRuleRepository::save(const ConflictRule& rule)
{
    if (const Status checked = check(rule); !checked)
        return checked;
    const bool newest = rule.kind == ConflictRule::Kind::Newest;
    const bool script = rule.kind == ConflictRule::Kind::Script;
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO conflict_rules (name, kind, field, script, description, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                       "kind = excluded.kind, field = excluded.field, script = excluded.script, "
                       "description = excluded.description, updated_at = excluded.updated_at"),
        { rule.name, ConflictRule::toString(rule.kind),
            newest ? rule.field.trimmed() : QStringLiteral(""),
            script ? rule.script : QStringLiteral(""),
            rule.description.isNull() ? QStringLiteral("") : rule.description,
            StoreSql::nowText() });
    if (!query)
        return query.error().within(QStringLiteral("conflict rule '%1'").arg(rule.name));
    return {};
}

Status ConflictRuleRepository::remove(const QString& name)
{
    auto query = StoreSql::run(
        m_workspace, QStringLiteral("DELETE FROM conflict_rules WHERE name = ?"), { name });
    if (!query)
        return query.error().within(QStringLiteral("conflict rule '%1'").arg(name));
    if (query->numRowsAffected() == 0)
        return Error::badInput(QStringLiteral("workspace %1: no conflict rule named '%2'")
                                   .arg(m_workspace.location(), name));
    return {};
}

} // namespace Syncline
