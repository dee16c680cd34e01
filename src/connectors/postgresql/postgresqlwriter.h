// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "connectors/entitywriter.h"

#include <QByteArray>
#include <QSqlDriver>

#include <memory>

struct pg_conn;
struct pg_result;

namespace Syncline {

class PgSession;

// Upserts and deletes rows of one PostgreSQL table through libpq on the endpoint's
// connection, one transaction per batch. The fast path sends a batch with COPY: straight into
// the table when it is known to be empty, otherwise into a session-private staging table
// merged with INSERT ... ON CONFLICT (or UPDATE + INSERT without a unique key); deletes go
// through a second staging table. When the fast path fails, the batch is rolled back and
// redone row by row under a savepoint per row, so good rows land and each bad row is
// reported with the server's own message. Owned by the caller, used on the connection's
// thread, destroyed before the PostgresqlConnection.
class PostgresqlWriter final : public EntityWriter
{
public:
    // `table`: the target, quoted (and schema-qualified) as SQL; `target`: its description.
    // `context` prefixes error messages.
    static Result<std::unique_ptr<PostgresqlWriter>> create(pg_conn* connection,
        const QSqlDriver* driver, const QString& table, const WriteSpec& spec,
        const EntityInfo& target, const QString& context);
    ~PostgresqlWriter() override;
    Q_DISABLE_COPY_MOVE(PostgresqlWriter)

    Result<BatchOutcome> apply(const WriteBatch& batch) override;

private:
    PostgresqlWriter(pg_conn* connection, const WriteSpec& spec, const QString& context);

    struct Sql;
    struct Sent; // the rows of a batch that are sent (not rejected beforehand)

    Status prepareStaging(bool upserts, bool deletes);
    Status copyRows(const QByteArray& copy, const QList<QVariantList>& rows,
        const QList<int>& indexes, const QList<FieldType>& types);
    // Status of the COPY path; an Error only says it failed, the caller decides what next.
    Status applyFast(const WriteBatch& batch, const Sent& sent);
    Result<BatchOutcome> applyRowByRow(
        const WriteBatch& batch, const Sent& sent, BatchOutcome outcome);
    // Runs one statement under a savepoint: true when it ran (*affected rows), false when the
    // row was rejected (the server's message in *rejection), an Error when the batch cannot go
    // on.
    Result<bool> runRow(const QByteArray& sql, const QList<QByteArray>& params, QString* rejection,
        qint64* affected = nullptr);
    Error batchError(const QString& what, const QString& serverText);
    Status exec(const QByteArray& sql);

    std::unique_ptr<PgSession> m_session;
    WriteSpec m_spec;
    QString m_context;
    QList<FieldType> m_wireTypes; // per column: how its values are sent
    QList<FieldType> m_keyTypes; // per key column
    QList<int> m_valueIndexes; // columns outside the key
    bool m_onConflict = false;
    bool m_stageReady = false;
    bool m_keyStageReady = false;
    std::unique_ptr<Sql> m_sql;
};

} // namespace Syncline
