// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "connectors/entitywriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Syncline {

// Upserts and deletes rows of one SQLite table, one BEGIN IMMEDIATE ... COMMIT per batch,
// with statements prepared once per writer. A statement SQLite refuses (constraint, type)
// only loses its own row, which is reported as rejected; an I/O, lock or disk-full error
// rolls the batch back. Uses the SqliteConnection's QSqlDatabase; owned by the caller, used on
// the connection's thread, destroyed before the connection.
class SqliteWriter final : public EntityWriter
{
public:
    // `target` is the table as describe() saw it (it decides between ON CONFLICT and
    // UPDATE-then-INSERT); `context` prefixes error messages.
    static Result<std::unique_ptr<SqliteWriter>> create(const QSqlDatabase& db,
        const WriteSpec& spec, const EntityInfo& target, const QString& context);

    Result<BatchOutcome> apply(const WriteBatch& batch) override;

private:
    SqliteWriter(const QSqlDatabase& db, const WriteSpec& spec, const QString& context);

    enum class RowResult { Applied, Rejected, Failed };
    RowResult upsert(const QVariantList& row, QString* error);
    RowResult remove(const QVariantList& key, QString* error);
    RowResult run(QSqlQuery& query, QString* error);
    Error batchError(const QString& what, const QString& driverText);

    WriteSpec m_spec;
    QString m_context;
    QList<int> m_valueIndexes; // columns that are not part of the key
    bool m_onConflict = false; // the key is a unique key, so INSERT ... ON CONFLICT works
    QSqlQuery m_insert; // INSERT ... [ON CONFLICT (key) DO UPDATE ...]
    QSqlQuery m_update; // UPDATE ... WHERE key (only without a unique key)
    QSqlQuery m_delete; // DELETE, or UPDATE of the soft-delete column
    QSqlQuery m_control; // BEGIN IMMEDIATE, COMMIT, ROLLBACK
};

} // namespace Syncline
