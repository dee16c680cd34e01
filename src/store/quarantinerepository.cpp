// SPDX-License-Identifier: GPL-3.0-or-later
#include "quarantinerepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Syncline {

Status QuarantineRepository::add(const QList<QuarantinedRow>& rows)
{
    if (rows.isEmpty())
        return {};
    return m_workspace.transaction([&]() -> Status {
        auto query = StoreSql::prepare(m_workspace,
            QStringLiteral("INSERT INTO quarantine (run_id, job, key_text, operation, row_json, "
                           "error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!query)
            return query.error();
        const QString now = StoreSql::nowText();
        for (const QuarantinedRow& row : rows) {
            // Run 0 means "no run" (a NULL that the foreign key lets through).
            query->bindValue(0,
                row.runId > 0 ? QVariant(row.runId) : QVariant(QMetaType::fromType<qlonglong>()));
            query->bindValue(1, row.job);
            query->bindValue(2, row.key);
            query->bindValue(3, row.operation);
            query->bindValue(
                4, QString::fromUtf8(QJsonDocument(row.row).toJson(QJsonDocument::Compact)));
            query->bindValue(5, row.error);
            query->bindValue(6, row.createdAt.isValid() ? StoreSql::toText(row.createdAt) : now);
            if (auto s = StoreSql::exec(m_workspace, *query,
                    QStringLiteral("job %1: cannot quarantine row %2").arg(row.job, row.key));
                !s)
                return s;
        }
        return {};
    });
}

Result<QList<QuarantinedRow>> QuarantineRepository::list(
    const QString& job, qint64 runId, int limit) const
{
    QString sql = QStringLiteral("SELECT id, run_id, job, key_text, operation, row_json, error, "
                                 "created_at FROM quarantine WHERE 1 = 1");
    QVariantList values;
    if (!job.isEmpty()) {
        sql += QStringLiteral(" AND job = ?");
        values.append(job);
    }
    if (runId > 0) {
        sql += QStringLiteral(" AND run_id = ?");
        values.append(runId);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values.append(limit < 0 ? -1 : limit);
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    QList<QuarantinedRow> rows;
    while (query->next()) {
        QuarantinedRow row;
        row.id = query->value(0).toLongLong();
        row.runId = query->value(1).toLongLong();
        row.job = query->value(2).toString();
        row.key = query->value(3).toString();
        row.operation = query->value(4).toString();
        row.row = QJsonDocument::fromJson(query->value(5).toString().toUtf8()).object();
        row.error = query->value(6).toString();
        row.createdAt = StoreSql::fromText(query->value(7).toString());
        rows.append(row);
    }
    return rows;
}

} // namespace Syncline
