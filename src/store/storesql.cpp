// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesql.h"

#include "workspace.h"

#include <QSqlDriver>
#include <QSqlError>

namespace Syncline {

Q_LOGGING_CATEGORY(lcStore, "syncline.store", QtInfoMsg)

namespace StoreSql {

Error queryError(const Workspace& workspace, const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    if (text.isEmpty())
        text = QStringLiteral("unknown error");
    return Error::runtime(
        QStringLiteral("workspace %1: %2: %3").arg(workspace.location(), what, text));
}

Result<QSqlQuery> prepare(const Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(workspace, query, QStringLiteral("cannot prepare \"%1\"").arg(sql));
    return query;
}

Result<SqliteStatement> prepareNative(const Workspace& workspace, const QString& sql)
{
    auto prepared = SqliteStatement::prepare(
        SqliteStatement::connectionOf(workspace.database().driver()->handle()), sql);
    if (!prepared)
        return Error::runtime(QStringLiteral("workspace %1: cannot prepare \"%2\": %3")
                                  .arg(workspace.location(), sql, prepared.error().message));
    return prepared;
}

Status execNative(const Workspace& workspace, SqliteStatement& statement, const QString& what)
{
    auto stepped = statement.step();
    statement.reset();
    if (!stepped)
        return Error::runtime(QStringLiteral("workspace %1: %2: %3")
                                  .arg(workspace.location(), what, stepped.error().message));
    return {};
}

Status readNative(const Workspace& workspace, SqliteStatement& query, const QString& what,
    const std::function<void(const SqliteStatement&)>& row)
{
    for (;;) {
        auto stepped = query.step();
        if (!stepped) {
            query.reset();
            return Error::runtime(QStringLiteral("workspace %1: %2: %3")
                                      .arg(workspace.location(), what, stepped.error().message));
        }
        if (!*stepped)
            break;
        row(query);
    }
    query.reset();
    return {};
}

Status exec(const Workspace& workspace, QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return queryError(workspace, query, what);
    return {};
}

Result<QSqlQuery> run(const Workspace& workspace, const QString& sql, const QVariantList& values)
{
    auto query = prepare(workspace, sql);
    if (!query)
        return query.error();
    for (const QVariant& value : values)
        query->addBindValue(value);
    if (!query->exec())
        return queryError(workspace, *query, sql);
    return query;
}

QString toText(const QDateTime& at)
{
    if (!at.isValid())
        return QString();
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString& text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.toUTC();
}

QString nowText()
{
    return toText(QDateTime::currentDateTimeUtc());
}

} // namespace StoreSql
} // namespace Syncline
