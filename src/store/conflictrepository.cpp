// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictrepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>
#include <QVariant>

namespace Syncline {

namespace {

const QString s_columns = QStringLiteral(
    "id, job, entity, key, key_text, kind, fields, base, source, target, note, detected_at, "
    "updated_at, status, resolution, resolved_by, resolved_at, snoozed_until");
// The same without the values, for lists: NULLs in their places keep the column order.
const QString s_listColumns = QStringLiteral(
    "id, job, entity, key, key_text, kind, fields, NULL, NULL, NULL, note, detected_at, "
    "updated_at, status, NULL, resolved_by, resolved_at, snoozed_until");
// The statuses are literals in the SQL below, never bound values: the planner uses the partial
// index conflicts_pending_job_key (WHERE status = 'pending') only for a literal 'pending'.
const QString s_pending = QStringLiteral("pending");
const QString s_engineActor = QStringLiteral("engine");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// For the NOT NULL text columns: a null QString would bind as SQL NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A JSON value as column text: SQL NULL for null (and undefined), its JSON text otherwise.
// QJsonDocument holds only objects and arrays, so any value goes through a one-element array.
QVariant toColumn(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return nullText();
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

Result<QJsonValue> fromColumn(const QVariant& column, qint64 id, const QString& name)
{
    if (column.isNull())
        return QJsonValue(QJsonValue::Null);
    const QByteArray text = '[' + column.toString().toUtf8() + ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return Error::runtime(QStringLiteral("conflict %1: the stored %2 is not valid JSON: %3")
                                  .arg(id)
                                  .arg(name, error.errorString()));
    return document.array().first();
}

Result<ConflictRecord> readConflict(const Workspace& workspace, const QSqlQuery& query)
{
    ConflictRecord conflict;
    conflict.id = query.value(0).toLongLong();
    conflict.job = query.value(1).toString();
    conflict.entity = query.value(2).toString();
    conflict.key = query.value(3).toByteArray();
    conflict.keyText = query.value(4).toString();
    conflict.kind = ConflictRecord::kindFromString(query.value(5).toString());
    // The JSON columns, in s_columns order.
    const QStringList jsonColumns { QStringLiteral("fields"), QStringLiteral("base"),
        QStringLiteral("source"), QStringLiteral("target") };
    QList<QJsonValue> json;
    for (int i = 0; i < jsonColumns.size(); ++i) {
        auto value = fromColumn(query.value(6 + i), conflict.id, jsonColumns[i]);
        if (!value)
            return value.error().within(QStringLiteral("workspace %1").arg(workspace.location()));
        json.append(*value);
    }
    for (const QJsonValue& field : json[0].toArray())
        conflict.fields.append(field.toString());
    conflict.base = json[1];
    conflict.source = json[2];
    conflict.target = json[3];
    conflict.note = query.value(10).toString();
    conflict.detectedAt = StoreSql::fromText(query.value(11).toString());
    conflict.updatedAt = StoreSql::fromText(query.value(12).toString());
    // Anything but "pending" is settled: never offer a conflict twice.
    conflict.status = query.value(13).toString() == s_pending ? ConflictRecord::Status::Pending
                                                              : ConflictRecord::Status::Resolved;
    auto resolution = fromColumn(query.value(14), conflict.id, QStringLiteral("resolution"));
    if (!resolution)
        return resolution.error().within(QStringLiteral("workspace %1").arg(workspace.location()));
    conflict.resolution = resolution->toObject();
    conflict.resolvedBy = query.value(15).toString();
    conflict.resolvedAt = StoreSql::fromText(query.value(16).toString());
    conflict.snoozedUntil = StoreSql::fromText(query.value(17).toString());
    return conflict;
}

Result<QList<ConflictRecord>> readConflicts(const Workspace& workspace, QSqlQuery& query)
{
    QList<ConflictRecord> conflicts;
    while (query.next()) {
        auto conflict = readConflict(workspace, query);
        if (!conflict)
            return conflict.error();
        conflicts.append(std::move(*conflict));
    }
    return conflicts;
}

Error noSuchConflict(const Workspace& workspace, qint64 id)
{
    return Error::badInput(
        QStringLiteral("workspace %1: no conflict with id %2").arg(workspace.location()).arg(id));
}

// "status = 'pending' AND ..." for a filter, with its values appended to `values`.
QString filterSql(const ConflictFilter& filter, QVariantList& values,
    std::optional<ConflictFilter::Column> skip = std::nullopt)
{
    QString sql = QStringLiteral("status = 'pending'");
    const auto wanted = [&](ConflictFilter::Column column, const QString& value) {
        return !value.isEmpty() && skip != column;
    };
    if (wanted(ConflictFilter::Column::Job, filter.job)) {
        sql += QStringLiteral(" AND job = ?");
        values.append(filter.job);
    }
    if (wanted(ConflictFilter::Column::Entity, filter.entity)) {
        sql += QStringLiteral(" AND entity = ?");
        values.append(filter.entity);
    }
    if (wanted(ConflictFilter::Column::Kind, filter.kind)) {
        sql += QStringLiteral(" AND kind = ?");
        values.append(filter.kind);
    }
    if (wanted(ConflictFilter::Column::Field, filter.field)) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM json_each(conflicts.fields) WHERE json_each.value = ?)");
        values.append(filter.field);
    }
    const QString search = filter.keySearch.trimmed();
    if (!search.isEmpty()) {
        QString pattern = search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        sql += QStringLiteral(" AND key_text LIKE ? ESCAPE '\\'");
        values.append(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    }
    const QString now
        = StoreSql::toText(filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc());
    switch (filter.snoozed) {
    case ConflictFilter::Snoozed::Exclude:
        sql += QStringLiteral(" AND (snoozed_until IS NULL OR snoozed_until <= ?)");
        values.append(now);
        break;
    case ConflictFilter::Snoozed::Only:
        sql += QStringLiteral(" AND snoozed_until > ?");
        values.append(now);
        break;
    case ConflictFilter::Snoozed::Include:
        break;
    }
    return sql;
}

} // namespace

Result<qint64> ConflictRepository::upsertPending(const ConflictRecord& conflict)
{
    if (conflict.job.isEmpty() || conflict.key.isEmpty())
        return Error::badInput(QStringLiteral("workspace %1: a conflict needs a job and a key "
                                              "(job '%2', key '%3')")
                                   .arg(m_workspace.location(), conflict.job, conflict.keyText));
    const QString now = StoreSql::nowText();
    // One statement, so two runs that see the same key at once cannot both insert: the second
    // one finds the pending entry through the partial unique index and updates it. SQLite
    // keeps the statement's implicit transaction open until the statement is reset, hence the
    // finish() once its RETURNING row is read.
    auto query = StoreSql::run(m_workspace,
        QStringLiteral(
            "INSERT INTO conflicts (job, entity, key, key_text, kind, fields, base, source, "
            "target, note, detected_at, updated_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending') "
            "ON CONFLICT (job, key) WHERE status = 'pending' DO UPDATE SET "
            "entity = excluded.entity, key_text = excluded.key_text, kind = excluded.kind, "
            "fields = excluded.fields, base = excluded.base, source = excluded.source, "
            "target = excluded.target, note = CASE WHEN excluded.note = '' THEN conflicts.note "
            "ELSE excluded.note END, updated_at = excluded.updated_at "
            "RETURNING id"),
        { conflict.job, notNull(conflict.entity), conflict.key, notNull(conflict.keyText),
            ConflictRecord::toString(conflict.kind),
            toColumn(QJsonArray::fromStringList(conflict.fields)), toColumn(conflict.base),
            toColumn(conflict.source), toColumn(conflict.target), notNull(conflict.note),
            conflict.detectedAt.isValid() ? StoreSql::toText(conflict.detectedAt) : now, now });
    if (!query)
        return query.error().within(QStringLiteral("job %1: cannot queue the conflict on %2")
                                        .arg(conflict.job, conflict.keyText));
    if (!query->next())
        return Error::runtime(QStringLiteral("workspace %1: job %2: queueing the conflict on %3 "
                                             "returned no id")
                                  .arg(m_workspace.location(), conflict.job, conflict.keyText));
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return id;
}

Result<QList<ConflictRecord>> ConflictRepository::listPending(
    const QString& job, int limit, int offset) const
{
    // Both filters are index prefixes ((status, id) and (status, job, id)): no sort, and the
    // skipped rows of a later page are index entries only.
    QString sql
        = QStringLiteral("SELECT %1 FROM conflicts WHERE status = 'pending'").arg(s_columns);
    QVariantList values;
    if (!job.isEmpty()) {
        sql += QStringLiteral(" AND job = ?");
        values.append(job);
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?");
    values.append(limit < 0 ? -1 : limit);
    values.append(qMax(0, offset));
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    return readConflicts(m_workspace, *query);
}

Result<QList<ConflictRecord>> ConflictRepository::listAll(const QString& job, int limit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM conflicts").arg(s_columns);
    QVariantList values;
    if (!job.isEmpty()) {
        sql += QStringLiteral(" WHERE job = ?");
        values.append(job);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values.append(limit < 0 ? -1 : limit);
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    return readConflicts(m_workspace, *query);
}

Result<ConflictRecord> ConflictRepository::get(qint64 id) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT %1 FROM conflicts WHERE id = ?").arg(s_columns), { id });
    if (!query)
        return query.error();
    if (!query->next())
        return noSuchConflict(m_workspace, id);
    return readConflict(m_workspace, *query);
}

Result<std::optional<ConflictRecord>> ConflictRepository::pendingFor(
    const QString& job, const QByteArray& key) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("SELECT %1 FROM conflicts WHERE job = ? AND key = ? AND status = 'pending'")
            .arg(s_columns),
        { job, key });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ConflictRecord>();
    auto conflict = readConflict(m_workspace, *query);
    if (!conflict)
        return conflict.error();
    return std::optional<ConflictRecord>(std::move(*conflict));
}

Result<QSet<QByteArray>> ConflictRepository::pendingKeys(const QString& job) const
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral(
            "SELECT key FROM conflicts WHERE job = ? AND status = 'pending' ORDER BY key"),
        { job });
    if (!query)
        return query.error().within(QStringLiteral("job %1").arg(job));
    QSet<QByteArray> keys;
    while (query->next())
        keys.insert(query->value(0).toByteArray());
    return keys;
}

Result<qint64> ConflictRepository::countPending(const QString& job) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE status = 'pending'");
    QVariantList values;
    if (!job.isEmpty()) {
        sql += QStringLiteral(" AND job = ?");
        values.append(job);
    }
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return qint64(0);
    return query->value(0).toLongLong();
}

Status ConflictRepository::markResolved(
    qint64 id, const QJsonObject& resolution, const QString& actor)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("UPDATE conflicts SET status = 'resolved', resolution = ?, resolved_by = ?, "
                       "resolved_at = ? WHERE id = ? AND status = 'pending'"),
        { toColumn(resolution), notNull(actor), StoreSql::nowText(), id });
    if (!query)
        return query.error().within(QStringLiteral("conflict %1").arg(id));
    if (query->numRowsAffected() > 0)
        return {};
    // Say why nothing changed: a wrong id, or someone (or a run) was first.
    auto existing = get(id);
    if (!existing)
        return existing.error();
    return Error::badInput(QStringLiteral("conflict %1 is already resolved (by %2 at %3)")
                               .arg(id)
                               .arg(existing->resolvedBy, StoreSql::toText(existing->resolvedAt)));
}

Result<QList<ConflictRecord>> ConflictRepository::findPending(
    const ConflictFilter& filter, const ConflictPage& page) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM conflicts WHERE %2")
                      .arg(page.withValues ? s_columns : s_listColumns, filterSql(filter, values));
    if (page.afterId > 0) {
        sql += QStringLiteral(" AND id > ?");
        values.append(page.afterId);
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?");
    values.append(page.limit < 0 ? -1 : page.limit);
    values.append(qMax(0, page.offset));
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    return readConflicts(m_workspace, *query);
}

Result<qint64> ConflictRepository::countPending(const ConflictFilter& filter) const
{
    QVariantList values;
    const QString sql
        = QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE %1").arg(filterSql(filter, values));
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<QList<qint64>> ConflictRepository::pendingIds(const ConflictFilter& filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id FROM conflicts WHERE %1 ORDER BY id")
                            .arg(filterSql(filter, values));
    auto query = StoreSql::run(m_workspace, sql, values);
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<QStringList> ConflictRepository::distinctValues(
    ConflictFilter::Column column, const ConflictFilter& filter) const
{
    QVariantList values;
    const QString where = filterSql(filter, values, column);
    QString sql;
    switch (column) {
    case ConflictFilter::Column::Job:
        sql = QStringLiteral("SELECT DISTINCT job FROM conflicts WHERE %1 ORDER BY 1");
        break;
    case ConflictFilter::Column::Entity:
        sql = QStringLiteral("SELECT DISTINCT entity FROM conflicts WHERE %1 ORDER BY 1");
        break;
    case ConflictFilter::Column::Kind:
        sql = QStringLiteral("SELECT DISTINCT kind FROM conflicts WHERE %1 ORDER BY 1");
        break;
    case ConflictFilter::Column::Field:
        sql = QStringLiteral("SELECT DISTINCT json_each.value FROM conflicts, "
                             "json_each(conflicts.fields) WHERE %1 ORDER BY 1");
        break;
    }
    auto query = StoreSql::run(m_workspace, sql.arg(where), values);
    if (!query)
        return query.error();
    QStringList distinct;
    while (query->next()) {
        const QString value = query->value(0).toString();
        if (!value.isEmpty())
            distinct.append(value);
    }
    return distinct;
}

Result<int> ConflictRepository::snooze(const QList<qint64>& ids, const QDateTime& until)
{
    int changed = 0;
    const QVariant untilText = until.isValid() ? QVariant(StoreSql::toText(until)) : nullText();
    const Status done = m_workspace.transaction([&]() -> Status {
        for (const qint64 id : ids) {
            auto query = StoreSql::run(m_workspace,
                QStringLiteral(
                    "UPDATE conflicts SET snoozed_until = ? WHERE id = ? AND status = 'pending'"),
                { untilText, id });
            if (!query)
                return query.error().within(QStringLiteral("conflict %1").arg(id));
            changed += query->numRowsAffected();
        }
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

Status ConflictRepository::closeSettled(const QString& job, const QByteArray& key)
{
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("UPDATE conflicts SET status = 'resolved', resolution = ?, resolved_by = ?, "
                       "resolved_at = ? WHERE job = ? AND key = ? AND status = 'pending'"),
        { toColumn(QJsonObject { { QStringLiteral("take"), QStringLiteral("settled") } }),
            s_engineActor, StoreSql::nowText(), job, key });
    if (!query)
        return query.error().within(
            QStringLiteral("job %1: cannot close a settled conflict").arg(job));
    if (query->numRowsAffected() > 0)
        qCDebug(lcStore) << "job" << job << ": a pending conflict was settled by both sides";
    return {};
}

} // namespace Syncline
