// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrepository.h"

#include <pwd.h>
#include <unistd.h>

#include "storesql.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Syncline {

Status AuditRepository::record(
    const QString& actor, const QString& action, const QString& object, const QJsonObject& detail)
{
    // A single INSERT: atomic by itself, and part of the caller's transaction when one is open.
    auto query = StoreSql::run(m_workspace,
        QStringLiteral(
            "INSERT INTO audit (at, actor, action, object, detail) VALUES (?, ?, ?, ?, ?)"),
        { StoreSql::nowText(), actor.isEmpty() ? currentActor() : actor, action, object,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) });
    if (!query)
        return query.error().within(QStringLiteral("audit %1 %2").arg(action, object));
    return {};
}

Result<QList<AuditEntry>> AuditRepository::list(int limit) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT id, at, actor, action, object, detail "
                       "FROM audit ORDER BY id DESC LIMIT ?"),
        { limit < 0 ? -1 : limit });
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = StoreSql::fromText(query->value(1).toString());
        entry.actor = query->value(2).toString();
        entry.action = query->value(3).toString();
        entry.object = query->value(4).toString();
        entry.detail = QJsonDocument::fromJson(query->value(5).toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

QString AuditRepository::currentActor()
{
    for (const char* name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    // Services and containers often run without a login environment: ask the system.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("unknown");
}

} // namespace Syncline
