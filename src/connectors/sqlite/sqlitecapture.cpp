// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecapture.h"

#include "connectors/chunkedchangestream.h"
#include "connectors/connectorslogging.h"
#include "connectors/sqlidentifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace Syncline {

namespace {

const QString LogTable = QStringLiteral("syncline_changelog");
const QString CaptureTable = QStringLiteral("syncline_capture");
const QString TriggerPrefix = QStringLiteral("syncline_capture_");
const QStringList TriggerSuffixes
    = { QStringLiteral("_ins"), QStringLiteral("_upd"), QStringLiteral("_del") };

// Changes per readChanges() round trip.
constexpr int ChangeChunk = 1000;

QString literal(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

// One key value as the log stores it (see the class comment): JSON cannot hold blobs, and
// SQLite writes reals into JSON with 15 significant digits, which does not round-trip.
QString encodedValue(const QString& value)
{
    return QStringLiteral("CASE typeof(%1) WHEN 'blob' THEN json_object('blob', lower(hex(%1))) "
                          "WHEN 'real' THEN json_object('real', printf('%!.17g', %1)) "
                          "ELSE %1 END")
        .arg(value);
}

// json_array(...) of the key of the NEW or OLD row.
QString encodedKey(const QSqlDriver* driver, const QStringList& keyColumns, const QString& row)
{
    QStringList values;
    for (const QString& column : keyColumns)
        values.append(encodedValue(row + u'.' + SqlIdentifier::quote(driver, column)));
    return QStringLiteral("json_array(") + values.join(QStringLiteral(", ")) + u')';
}

Result<QVariant> decodedReal(const QString& text)
{
    if (text == u"Inf")
        return QVariant(std::numeric_limits<double>::infinity());
    if (text == u"-Inf")
        return QVariant(-std::numeric_limits<double>::infinity());
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return Error::runtime(QStringLiteral("'%1' is not a real number").arg(text));
    return QVariant(value);
}

} // namespace

SqliteCapture::SqliteCapture(const QSqlDatabase& db, const QString& where)
    : m_db(db)
    , m_where(where)
{ }

QString SqliteCapture::triggerName(const QString& table, const QString& suffix)
{
    return TriggerPrefix + table + suffix;
}

Error SqliteCapture::failure(const QString& what, const QString& driverText) const
{
    return Error::runtime(QStringLiteral("%1: %2: %3").arg(m_where, what, driverText));
}

Status SqliteCapture::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return Error::runtime(query.lastError().text() + QStringLiteral(" (in: ") + sql + u')');
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Error::runtime(query.lastError().text() + QStringLiteral(" (in: ") + sql + u')');
    return {};
}

Result<bool> SqliteCapture::exists(const QString& type, const QString& name)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ? COLLATE NOCASE"));
    query.addBindValue(type);
    query.addBindValue(name);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the schema"), query.lastError().text());
    return query.next();
}

Result<int> SqliteCapture::triggerCount(const QString& table)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND tbl_name = ? COLLATE NOCASE "
                                 "AND name COLLATE NOCASE IN (?, ?, ?)"));
    query.addBindValue(table);
    for (const QString& suffix : TriggerSuffixes)
        query.addBindValue(triggerName(table, suffix));
    if (!query.exec() || !query.next())
        return failure(QStringLiteral("cannot read the triggers of table '%1'").arg(table),
            query.lastError().text());
    return query.value(0).toInt();
}

Status SqliteCapture::inTransaction(const std::function<Status()>& work)
{
    QSqlQuery control(m_db);
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::runtime(
            QStringLiteral("cannot begin a transaction: ") + control.lastError().text());
    Status done = work();
    if (done && control.exec(QStringLiteral("COMMIT")))
        return {};
    const QString commitError = control.lastError().text();
    control.exec(QStringLiteral("ROLLBACK"));
    if (!done)
        return done;
    return Error::runtime(QStringLiteral("commit failed: ") + commitError);
}

Result<QString> SqliteCapture::tableName(const QString& entity)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, type FROM sqlite_master "
                                 "WHERE type IN ('table', 'view') AND name = ? COLLATE NOCASE"));
    query.addBindValue(entity);
    if (!query.exec())
        return failure(
            QStringLiteral("cannot look up table '%1'").arg(entity), query.lastError().text());
    if (!query.next())
        return Error::badInput(QStringLiteral("table '%1' not found in %2").arg(entity, m_where));
    const QString name = query.value(0).toString();
    if (query.value(1).toString() != u"table")
        return Error::badInput(
            QStringLiteral("'%1' in %2 is a view; change-log capture needs a table")
                .arg(entity, m_where));
    if (name.compare(LogTable, Qt::CaseInsensitive) == 0
        || name.compare(CaptureTable, Qt::CaseInsensitive) == 0)
        return Error::badInput(
            QStringLiteral("'%1' in %2 is Syncline's own change-log table").arg(name, m_where));
    return name;
}

Status SqliteCapture::enable(
    const QString& table, const EntityInfo& info, const QStringList& keyColumns)
{
    const QString context
        = QStringLiteral("enabling change-log capture on table '%1' of %2").arg(table, m_where);
    if (keyColumns.isEmpty())
        return Error::badInput(context + QStringLiteral(": no key columns"));
    // SQLite matches column names without regard to case; the triggers use the names as the
    // table declares them.
    QStringList keys;
    for (const QString& wanted : keyColumns) {
        const ColumnInfo* column = info.column(wanted);
        for (qsizetype i = 0; !column && i < info.columns.size(); ++i) {
            if (info.columns[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
                column = &info.columns[i];
        }
        if (!column)
            return Error::badInput(context
                + QStringLiteral(": column '%1' not found in table '%2'").arg(wanted, table));
        if (keys.contains(column->name, Qt::CaseInsensitive))
            return Error::badInput(
                context + QStringLiteral(": key column '%1' given twice").arg(wanted));
        keys.append(column->name);
    }
    const QString keyJson = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));

    const QSqlDriver* driver = m_db.driver();
    const QString quotedTable = SqlIdentifier::quote(driver, table, QSqlDriver::TableName);
    const QString entity = literal(table);
    const QString insertLog
        = QStringLiteral("INSERT INTO ") + LogTable + QStringLiteral(" (entity, key, op) ");
    const QString newKey = encodedKey(driver, keys, QStringLiteral("NEW"));
    const QString oldKey = encodedKey(driver, keys, QStringLiteral("OLD"));
    const auto trigger
        = [&](const QString& suffix, const QString& event, const QString& body) -> QString {
        return QStringLiteral("CREATE TRIGGER ")
            + SqlIdentifier::quote(driver, triggerName(table, suffix), QSqlDriver::TableName)
            + QStringLiteral(" AFTER ") + event + QStringLiteral(" ON ") + quotedTable
            + QStringLiteral(" FOR EACH ROW BEGIN ") + body + QStringLiteral(" END");
    };
    const QStringList triggers = {
        trigger(QStringLiteral("_ins"), QStringLiteral("INSERT"),
            insertLog + QStringLiteral("VALUES (%1, %2, 'I');").arg(entity, newKey)),
        // The old key first, when the update changed it (compared as the logged JSON, so
        // that 1 -> 1.0 or 'a' -> 'A' under NOCASE count as changes too).
        trigger(QStringLiteral("_upd"), QStringLiteral("UPDATE"),
            insertLog
                + QStringLiteral("SELECT %1, o, 'D' FROM (SELECT %2 AS o, %3 AS n) "
                                 "WHERE o IS NOT n; ")
                      .arg(entity, oldKey, newKey)
                + insertLog
                + QStringLiteral("SELECT %1, n, CASE WHEN o IS n THEN 'U' ELSE 'I' END "
                                 "FROM (SELECT %2 AS o, %3 AS n);")
                      .arg(entity, oldKey, newKey)),
        trigger(QStringLiteral("_del"), QStringLiteral("DELETE"),
            insertLog + QStringLiteral("VALUES (%1, %2, 'D');").arg(entity, oldKey)),
    };

    const Status done = inTransaction([&]() -> Status {
        Result<bool> logExists = exists(QStringLiteral("table"), LogTable);
        if (!logExists)
            return logExists.error();
        const QStringList schema = {
            QStringLiteral("CREATE TABLE IF NOT EXISTS ") + LogTable
                + QStringLiteral(" (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                 "entity TEXT NOT NULL, "
                                 "key TEXT NOT NULL, "
                                 "op TEXT NOT NULL, "
                                 "changed_at TEXT NOT NULL "
                                 "DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS syncline_changelog_entity_seq ON ")
                + LogTable + QStringLiteral(" (entity, seq)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS ") + CaptureTable
                + QStringLiteral(" (entity TEXT PRIMARY KEY, key_columns TEXT NOT NULL, "
                                 "enabled_at TEXT NOT NULL "
                                 "DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
        };
        for (const QString& statement : schema) {
            if (Status created = exec(statement); !created)
                return created;
        }
        if (!*logExists) {
            // A new log continues above anything an earlier one (since dropped) handed out.
            const qint64 start = QDateTime::currentMSecsSinceEpoch() * 1000;
            if (Status seeded
                = exec(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = ?"), { LogTable });
                !seeded)
                return seeded;
            if (Status seeded
                = exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"),
                    { LogTable, start });
                !seeded)
                return seeded;
        }

        QSqlQuery registered(m_db);
        registered.setForwardOnly(true);
        registered.prepare(QStringLiteral("SELECT key_columns FROM ") + CaptureTable
            + QStringLiteral(" WHERE entity = ?"));
        registered.addBindValue(table);
        if (!registered.exec())
            return Error::runtime(registered.lastError().text());
        const bool wasRegistered = registered.next();
        QStringList previousKeys;
        if (wasRegistered) {
            const QJsonArray names
                = QJsonDocument::fromJson(registered.value(0).toString().toUtf8()).array();
            for (const QJsonValue& name : names)
                previousKeys.append(name.toString());
        }
        registered.finish();
        Result<int> installed = triggerCount(table);
        if (!installed)
            return installed.error();
        if (wasRegistered && previousKeys != keys) {
            if (*installed > 0)
                return Error::badInput(
                    QStringLiteral("capture is already enabled with key (%1); disable it first "
                                   "to capture by key (%2)")
                        .arg(previousKeys.join(QStringLiteral(", ")),
                            keys.join(QStringLiteral(", "))));
            // Left over from a capture by another key: such entries name other keys.
            if (Status cleared = exec(
                    QStringLiteral("DELETE FROM ") + LogTable + QStringLiteral(" WHERE entity = ?"),
                    { table });
                !cleared)
                return cleared;
        }

        // Always rebuilt: the same statement re-creates what an older version made.
        for (const QString& suffix : TriggerSuffixes) {
            if (Status dropped = exec(QStringLiteral("DROP TRIGGER IF EXISTS ")
                    + SqlIdentifier::quote(
                        driver, triggerName(table, suffix), QSqlDriver::TableName));
                !dropped)
                return dropped;
        }
        for (const QString& statement : triggers) {
            if (Status created = exec(statement); !created)
                return created;
        }
        return exec(QStringLiteral("INSERT INTO ") + CaptureTable
                + QStringLiteral(" (entity, key_columns) VALUES (?, ?) "
                                 "ON CONFLICT (entity) DO UPDATE SET key_columns = "
                                 "excluded.key_columns"),
            { table, keyJson });
    });
    if (!done)
        return done.error().kind == ErrorKind::BadInput
            ? done.error().within(context)
            : Error::runtime(context + QStringLiteral(": ") + done.error().message);
    qCDebug(lcConnectors) << m_where << "captures" << table << "by" << keys;
    return {};
}

Status SqliteCapture::disable(const QString& table)
{
    const QSqlDriver* driver = m_db.driver();
    const Status done = inTransaction([&]() -> Status {
        for (const QString& suffix : TriggerSuffixes) {
            if (Status dropped = exec(QStringLiteral("DROP TRIGGER IF EXISTS ")
                    + SqlIdentifier::quote(
                        driver, triggerName(table, suffix), QSqlDriver::TableName));
                !dropped)
                return dropped;
        }
        for (const QString& registry : { LogTable, CaptureTable }) {
            Result<bool> present = exists(QStringLiteral("table"), registry);
            if (!present)
                return present.error();
            if (!*present)
                continue;
            if (Status removed = exec(
                    QStringLiteral("DELETE FROM ") + registry + QStringLiteral(" WHERE entity = ?"),
                    { table });
                !removed)
                return removed;
        }
        // The log goes once no capture trigger is left anywhere: a trigger writing into a
        // dropped table would make its table's writes fail.
        QSqlQuery remaining(m_db);
        remaining.setForwardOnly(true);
        if (!remaining.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'trigger' AND name LIKE 'syncline\\_capture\\_%' "
                                           "ESCAPE '\\'"))
            || !remaining.next())
            return Error::runtime(remaining.lastError().text());
        const bool lastOne = remaining.value(0).toInt() == 0;
        remaining.finish();
        if (!lastOne)
            return {};
        for (const QString& registry : { LogTable, CaptureTable }) {
            if (Status dropped = exec(QStringLiteral("DROP TABLE IF EXISTS ") + registry); !dropped)
                return dropped;
        }
        return {};
    });
    if (!done)
        return Error::runtime(QStringLiteral("disabling change-log capture on table '%1' of %2: %3")
                                  .arg(table, m_where, done.error().message));
    qCDebug(lcConnectors) << m_where << "no longer captures" << table;
    return {};
}

Result<bool> SqliteCapture::isEnabled(const QString& table)
{
    Result<int> installed = triggerCount(table);
    if (!installed)
        return installed.error();
    if (*installed < TriggerSuffixes.size())
        return false;
    return exists(QStringLiteral("table"), LogTable);
}

Status SqliteCapture::requireEnabled(const QString& table)
{
    Result<bool> enabled = isEnabled(table);
    if (!enabled)
        return enabled.error();
    if (!*enabled)
        return Error::badInput(
            QStringLiteral("change-log capture is not enabled on table '%1' of %2")
                .arg(table, m_where));
    return {};
}

Result<qint64> SqliteCapture::latest(const QString& table)
{
    if (Status enabled = requireEnabled(table); !enabled)
        return enabled.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM ") + LogTable
        + QStringLiteral(" WHERE entity = ?"));
    query.addBindValue(table);
    if (!query.exec() || !query.next())
        return failure(QStringLiteral("cannot read the change log of table '%1'").arg(table),
            query.lastError().text());
    return query.value(0).toLongLong();
}

Result<std::unique_ptr<ChangeStream>> SqliteCapture::readChanges(const QString& table, qint64 after)
{
    if (Status enabled = requireEnabled(table); !enabled)
        return enabled.error();
    // SQLite parses its own JSON: json_each says which storage class each value had.
    const QString sql = QStringLiteral(
        "SELECT c.seq, j.type, j.atom, "
        "CASE j.type WHEN 'object' THEN json_extract(j.value, '$.blob') END, "
        "CASE j.type WHEN 'object' THEN json_extract(j.value, '$.real') END, c.changed_at "
        "FROM (SELECT seq, key, changed_at FROM %1 WHERE entity = ? AND seq > ? ORDER BY seq "
        "LIMIT ?) AS c, "
        "json_each(c.key) AS j ORDER BY c.seq, j.key")
                            .arg(LogTable);
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return failure(QStringLiteral("cannot read the change log of table '%1'").arg(table),
            query->lastError().text());
    const QString context
        = QStringLiteral("reading the change log of table '%1' of %2").arg(table, m_where);
    auto fetch = [query, table, context](qint64 from, int limit) -> Result<QList<CapturedChange>> {
        query->bindValue(0, table);
        query->bindValue(1, from);
        query->bindValue(2, limit);
        if (!query->exec())
            return Error::runtime(context + QStringLiteral(": ") + query->lastError().text());
        QList<CapturedChange> changes;
        while (query->next()) {
            const qint64 sequence = query->value(0).toLongLong();
            if (changes.isEmpty() || changes.constLast().sequence != sequence)
                changes.append(CapturedChange { sequence, {},
                    QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs)
                        .toMSecsSinceEpoch() });
            QVariantList& key = changes.last().key;
            const QString type = query->value(1).toString();
            if (type == u"integer") {
                key.append(QVariant(query->value(2).toLongLong()));
            } else if (type == u"text") {
                key.append(QVariant(query->value(2).toString()));
            } else if (type == u"null") {
                key.append(QVariant());
            } else if (type == u"real") {
                key.append(QVariant(query->value(2).toDouble()));
            } else if (type == u"true" || type == u"false") {
                key.append(QVariant(qlonglong(type == u"true" ? 1 : 0)));
            } else if (type == u"object" && !query->isNull(3)) {
                key.append(QVariant(QByteArray::fromHex(query->value(3).toString().toLatin1())));
            } else if (type == u"object" && !query->isNull(4)) {
                Result<QVariant> real = decodedReal(query->value(4).toString());
                if (!real)
                    return real.error().within(
                        context + QStringLiteral(", entry %1").arg(sequence));
                key.append(*real);
            } else {
                return Error::runtime(context
                    + QStringLiteral(", entry %1: unexpected %2 in the key")
                          .arg(sequence)
                          .arg(type));
            }
        }
        if (query->lastError().isValid())
            return Error::runtime(context + QStringLiteral(": ") + query->lastError().text());
        query->finish();
        return changes;
    };
    return std::unique_ptr<ChangeStream>(
        std::make_unique<ChunkedChangeStream>(std::move(fetch), after, ChangeChunk));
}

} // namespace Syncline
