// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/canonicalrowcodec.h"
#include "core/fieldtype.h"
#include "core/keycodec.h"
#include "engine/conflictresolver.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/conflictrepository.h"
#include "store/workspace.h"
#include "testdatabase.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Syncline::Test {

// The canonical type the mapping gives a test column (TableSpec::fieldsJson() casts).
inline FieldType canonicalType(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Integer:
        return FieldType::of(FieldType::Kind::Integer);
    case ValueKind::Text:
        return FieldType::of(FieldType::Kind::Text);
    case ValueKind::Decimal:
        return FieldType::decimal(18, 4);
    case ValueKind::TimestampTz:
        return FieldType::of(FieldType::Kind::TimestampTz);
    case ValueKind::Bool:
        return FieldType::of(FieldType::Kind::Bool);
    case ValueKind::Blob:
        return FieldType::of(FieldType::Kind::Blob);
    }
    return FieldType();
}

// A logical test value (testtable.h) as the cell TestDatabase::dump() reads back.
inline QString logicalCell(ValueKind kind, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (kind) {
    case ValueKind::Integer:
        return QString::number(value.toLongLong());
    case ValueKind::Text:
        return quoteText(value.toString());
    case ValueKind::Decimal:
        return normalizeDecimalText(value.toString());
    case ValueKind::TimestampTz: {
        const auto micros = timestampMicros(value.toString());
        return micros ? QString::number(*micros) : QStringLiteral("!timestamp:") + value.toString();
    }
    case ValueKind::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ValueKind::Blob:
        return QStringLiteral("x") + QString::fromLatin1(value.toByteArray().toHex().toUpper());
    }
    return QString();
}

// A canonical value (fieldtype.h: decimals as normalized text, timestamps as microseconds)
// as the cell TestDatabase::dump() reads back.
inline QString canonicalCell(ValueKind kind, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    if (kind == ValueKind::TimestampTz)
        return QString::number(value.toLongLong());
    return logicalCell(kind, value);
}

inline QStringList logicalRow(const TableSpec& table, const QVariantList& row)
{
    QStringList cells;
    for (int i = 0; i < table.columns.size(); ++i)
        cells.append(logicalCell(table.columns[i].kind, row.value(i)));
    return cells;
}

// Rows keyed by their key cells joined with ",": how the two-way tests compare sides.
using RowsByKey = QMap<QString, QStringList>;

inline QString keyText(const TableSpec& table, const QStringList& cells)
{
    return keyCells(table, cells).join(QLatin1Char(','));
}

inline RowsByKey byKey(const TableSpec& table, const QList<QStringList>& rows)
{
    RowsByKey keyed;
    for (const QStringList& row : rows)
        keyed.insert(keyText(table, row), row);
    return keyed;
}

inline RowsByKey logicalRows(const TableSpec& table, const QList<QVariantList>& rows)
{
    RowsByKey keyed;
    for (const QVariantList& row : rows) {
        const QStringList cells = logicalRow(table, row);
        keyed.insert(keyText(table, cells), cells);
    }
    return keyed;
}

// The differences between two keyed row sets, a few lines of them; empty when equal.
inline QString rowsDifference(const RowsByKey& expected, const RowsByKey& actual)
{
    if (expected == actual)
        return QString();
    QStringList lines;
    int shown = 0;
    QSet<QString> keys;
    for (auto it = expected.begin(); it != expected.end(); ++it)
        keys.insert(it.key());
    for (auto it = actual.begin(); it != actual.end(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    int differing = 0;
    for (const QString& key : std::as_const(sorted)) {
        const auto want = expected.constFind(key);
        const auto have = actual.constFind(key);
        const QString wantText = want == expected.constEnd()
            ? QStringLiteral("(absent)")
            : QLatin1Char('(') + want->join(QStringLiteral(", ")) + QLatin1Char(')');
        const QString haveText = have == actual.constEnd()
            ? QStringLiteral("(absent)")
            : QLatin1Char('(') + have->join(QStringLiteral(", ")) + QLatin1Char(')');
        if (wantText == haveText)
            continue;
        ++differing;
        if (shown++ < 8)
            lines.append(
                QStringLiteral("  key %1: expected %2, found %3").arg(key, wantText, haveText));
    }
    if (lines.isEmpty())
        return QString();
    return QStringLiteral("%1 keys differ:\n").arg(differing) + lines.join(QLatin1Char('\n'));
}

// A two-way job between two test databases: the databases (source and target, SQLite files
// or fresh PostgreSQL databases), the workspace with job "job" of mapping "m" over `table`,
// and ways to look at everything the engine keeps (conflict queue, journal, audit) and to
// resolve conflicts the way the console and synclinectl do. Sides are read back with plain
// SQL. Owned by the test function, used on its thread.
class TwoWaySetup final
{
public:
    enum class Side { Source, Target };

    TestSqlite files;
    TableSpec table;
    std::unique_ptr<TestDatabase> source;
    std::unique_ptr<TestDatabase> target;
    std::unique_ptr<TestWorkspace> workspace;

    // Creates both tables with their rows and imports a two-way job; `job` adds to or
    // overrides {"direction": "two-way"}.
    bool prepare(const TableSpec& spec, const QList<QVariantList>& sourceRows,
        const QList<QVariantList>& targetRows, const QJsonObject& job, QString* error,
        Backend sourceBackend = Backend::Sqlite, Backend targetBackend = Backend::Sqlite)
    {
        table = spec;
        if (!files.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        source
            = TestDatabase::create(sourceBackend, files.filePath(QStringLiteral("source.sqlite")),
                QStringLiteral("twoway_source"), error);
        if (!source)
            return false;
        target
            = TestDatabase::create(targetBackend, files.filePath(QStringLiteral("target.sqlite")),
                QStringLiteral("twoway_target"), error);
        if (!target)
            return false;
        if (!source->createTable(table, sourceRows, error)
            || !target->createTable(table, targetRows, error))
            return false;
        workspace = std::make_unique<TestWorkspace>(files.dirPath());
        QJsonObject jobJson { { QStringLiteral("direction"), QStringLiteral("two-way") } };
        for (auto it = job.begin(); it != job.end(); ++it)
            jobJson.insert(it.key(), it.value());
        return workspace->import(singleJobConfig(source->endpointJson(QStringLiteral("src")),
                                     target->endpointJson(QStringLiteral("dst")), table, jobJson),
            error);
    }

    RunReport run() const { return workspace->run(QStringLiteral("job")); }

    TestDatabase& side(Side which) { return which == Side::Source ? *source : *target; }

    bool exec(Side which, const QStringList& statements, QString* error)
    {
        return side(which).exec(statements, error);
    }

    // UPDATE table SET column = value WHERE key = id, in the side's SQL dialect.
    QString setSql(Side which, qlonglong id, const QString& column, const QVariant& value)
    {
        const Backend backend = side(which).backend();
        ValueKind kind = ValueKind::Text;
        for (const ColumnSpec& c : table.columns) {
            if (c.name == column)
                kind = c.kind;
        }
        return QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4")
            .arg(quoteIdentifier(table.name), quoteIdentifier(column),
                literal(backend, kind, value), keyCondition(backend, table, { QVariant(id) }));
    }
    QString insertRowSql(Side which, const QVariantList& row)
    {
        return insertSql(side(which).backend(), table, row);
    }
    QString deleteRowSql(Side which, qlonglong id)
    {
        return deleteSql(side(which).backend(), table, { QVariant(id) });
    }

    std::optional<RowsByKey> rows(Side which, QString* error)
    {
        const auto dumped = side(which).dump(table, error);
        if (!dumped)
            return std::nullopt;
        return byKey(table, *dumped);
    }

    // The job's journal, read with plain SQL: key -> base, both decoded and shown as dump()
    // cells. A base that does not decode shows as one "!undecodable" cell.
    std::optional<RowsByKey> journal(QString* error) const
    {
        QList<FieldType> keyTypes;
        for (int i : table.keyIndexes())
            keyTypes.append(canonicalType(table.columns[i].kind));
        const QString connection
            = QStringLiteral("tst_twoway_journal_%1").arg(s_counter.fetch_add(1) + 1);
        std::optional<RowsByKey> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(workspace->location());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(
                        QStringLiteral("SELECT key, base FROM journal WHERE job = 'job'"))) {
                    *error = query.lastError().text();
                } else {
                    RowsByKey entries;
                    while (query.next()) {
                        const auto key = KeyCodec::decode(query.value(0).toByteArray(), keyTypes);
                        QStringList keyCellsText;
                        if (key) {
                            const QList<int> indexes = table.keyIndexes();
                            for (int k = 0; k < indexes.size(); ++k)
                                keyCellsText.append(
                                    canonicalCell(table.columns[indexes[k]].kind, key->value(k)));
                        } else {
                            keyCellsText.append(QStringLiteral("!key:")
                                + QString::fromLatin1(query.value(0).toByteArray().toHex()));
                        }
                        const auto base = CanonicalRowCodec::decode(query.value(1).toByteArray());
                        QStringList cells;
                        if (base && base->size() == table.columns.size()) {
                            for (int i = 0; i < table.columns.size(); ++i)
                                cells.append(canonicalCell(table.columns[i].kind, base->value(i)));
                        } else {
                            cells.append(QStringLiteral("!undecodable base"));
                        }
                        entries.insert(keyCellsText.join(QLatin1Char(',')), cells);
                    }
                    result = entries;
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return result;
    }

    std::optional<QList<ConflictRecord>> pendingConflicts(QString* error) const
    {
        auto opened = Workspace::open(workspace->location());
        if (!opened) {
            *error = opened.error().message;
            return std::nullopt;
        }
        auto pending = ConflictRepository(**opened).listPending(QStringLiteral("job"));
        if (!pending) {
            *error = pending.error().message;
            return std::nullopt;
        }
        return *pending;
    }

    std::optional<QList<ConflictRecord>> allConflicts(QString* error) const
    {
        auto opened = Workspace::open(workspace->location());
        if (!opened) {
            *error = opened.error().message;
            return std::nullopt;
        }
        auto all = ConflictRepository(**opened).listAll(QStringLiteral("job"));
        if (!all) {
            *error = all.error().message;
            return std::nullopt;
        }
        return *all;
    }

    std::optional<ConflictRecord> resolve(
        qint64 id, const ConflictDecision& decision, const QString& actor, QString* error) const
    {
        auto resolved = ConflictResolver(workspace->location()).resolve(id, decision, actor);
        if (!resolved) {
            *error = resolved.error().message;
            return std::nullopt;
        }
        return *resolved;
    }

    // Audit entries of one action.
    std::optional<QList<AuditEntry>> audit(const QString& action, QString* error) const
    {
        auto opened = Workspace::open(workspace->location());
        if (!opened) {
            *error = opened.error().message;
            return std::nullopt;
        }
        auto entries = AuditRepository(**opened).list(100000);
        if (!entries) {
            *error = entries.error().message;
            return std::nullopt;
        }
        QList<AuditEntry> matching;
        for (const AuditEntry& entry : std::as_const(*entries)) {
            if (entry.action == action)
                matching.append(entry);
        }
        return matching;
    }

    // Changes job "job" the way the console does (ConfigRepository::saveJob).
    bool editJob(const std::function<void(JobConfig&)>& edit, QString* error) const
    {
        auto opened = Workspace::open(workspace->location());
        if (!opened) {
            *error = opened.error().message;
            return false;
        }
        ConfigRepository config(**opened);
        auto loaded = config.load();
        if (!loaded) {
            *error = loaded.error().message;
            return false;
        }
        const JobConfig* job = loaded->job(QStringLiteral("job"));
        if (!job) {
            *error = QStringLiteral("no job 'job'");
            return false;
        }
        JobConfig edited = *job;
        edit(edited);
        const Status saved = config.saveJob(edited, QStringLiteral("tst"));
        if (!saved) {
            *error = saved.error().message;
            return false;
        }
        return true;
    }

    // "" when both sides hold `expected`; otherwise what differs, per side.
    QString differenceFrom(const RowsByKey& expectedSource, const RowsByKey& expectedTarget)
    {
        QString error;
        const auto s = rows(Side::Source, &error);
        if (!s)
            return error;
        const auto t = rows(Side::Target, &error);
        if (!t)
            return error;
        QString text;
        if (const QString d = rowsDifference(expectedSource, *s); !d.isEmpty())
            text += QStringLiteral("source: ") + d + QLatin1Char('\n');
        if (const QString d = rowsDifference(expectedTarget, *t); !d.isEmpty())
            text += QStringLiteral("target: ") + d;
        return text;
    }

    // "" when both sides are equal and the journal holds exactly their rows as bases, except
    // for `pendingKeys` (whose sides may differ and whose base is whatever it was).
    QString convergenceProblem(const QSet<QString>& pendingKeys = {})
    {
        QString error;
        auto s = rows(Side::Source, &error);
        if (!s)
            return error;
        auto t = rows(Side::Target, &error);
        if (!t)
            return error;
        auto j = journal(&error);
        if (!j)
            return error;
        for (const QString& key : pendingKeys) {
            s->remove(key);
            t->remove(key);
            j->remove(key);
        }
        QString text;
        if (const QString d = rowsDifference(*s, *t); !d.isEmpty())
            text += QStringLiteral("source vs target: ") + d + QLatin1Char('\n');
        if (const QString d = rowsDifference(*s, *j); !d.isEmpty())
            text += QStringLiteral("source vs journal: ") + d;
        return text;
    }

private:
    inline static std::atomic<int> s_counter { 0 };
};

} // namespace Syncline::Test
