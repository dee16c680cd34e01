// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlwriter.h"

#include "connectors/connectorslogging.h"
#include "connectors/requestcheck.h"
#include "connectors/sqlidentifier.h"
#include "copyencoder.h"
#include "pgsession.h"

#include <QElapsedTimer>

#include <atomic>

namespace Syncline {

namespace {

// COPY data goes to libpq in pieces of about this size: large enough to keep the socket busy,
// small enough that memory stays flat whatever the batch size.
constexpr qsizetype CopyChunkBytes = 1 << 20;

// SQLSTATE classes that are about the session or the server rather than one row: connection
// exception, transaction rollback (deadlock, serialization), invalid transaction state,
// insufficient resources, operator intervention, system error, internal error.
bool isBatchLevel(const QByteArray& sqlState)
{
    static const QList<QByteArray> classes = { "08", "25", "40", "53", "57", "58", "XX" };
    return sqlState.size() == 5 && classes.contains(sqlState.left(2));
}

// Each batch's transaction. syncline.applying tells change-log capture triggers (see
// PostgresqlCapture) that these writes are the engine's own, so they do not come back as
// changes on the next run; SET LOCAL ends with the transaction.
const QByteArray BeginBatch = QByteArrayLiteral("BEGIN; SET LOCAL syncline.applying = 'on'");

QByteArray sqlText(const QString& sql)
{
    return sql.toUtf8();
}

QByteArray placeholders(int first, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ", ";
        out += '$' + QByteArray::number(first + i);
    }
    return out;
}

} // namespace

// The SQL of one writer, built once.
struct PostgresqlWriter::Sql
{
    QByteArray createStage; // staging table for upserts
    QByteArray createKeyStage; // staging table for deletes
    QByteArray dropStage;
    QByteArray dropKeyStage;
    QByteArray copyTarget; // COPY straight into the target
    QByteArray copyStage;
    QByteArray copyKeyStage;
    QList<QByteArray> merge; // staged rows into the target
    QByteArray deleteStaged; // staged keys out of the target (or flagged)
    QByteArray upsertRow; // $1..$n in column order (ON CONFLICT only)
    QByteArray updateRow; // key columns ($1..$k), then value columns
    QByteArray insertRow; // $1..$n in column order
    QByteArray deleteRow; // key columns
};

struct PostgresqlWriter::Sent
{
    QList<int> upserts;
    QList<int> deletes;
};

Result<std::unique_ptr<PostgresqlWriter>> PostgresqlWriter::create(pg_conn* connection,
    const QSqlDriver* driver, const QString& table, const WriteSpec& spec, const EntityInfo& target,
    const QString& context)
{
    std::unique_ptr<PostgresqlWriter> writer(new PostgresqlWriter(connection, spec, context));
    const auto quote = [driver](const QString& name) { return SqlIdentifier::quote(driver, name); };
    const QStringList keys = RequestCheck::keyColumns(spec);
    writer->m_onConflict = target.hasUniqueKey(keys);

    for (int i = 0; i < spec.columns.size(); ++i) {
        FieldType wire = spec.types.at(i);
        // Booleans into a numeric column go as 1 and 0, which PostgreSQL will not cast from
        // 'true' and 'false' by itself.
        const FieldType::Kind targetKind = target.column(spec.columns.at(i))->type.kind;
        if (wire.kind == FieldType::Kind::Bool
            && (targetKind == FieldType::Kind::Integer || targetKind == FieldType::Kind::Decimal
                || targetKind == FieldType::Kind::Real))
            wire = FieldType::of(FieldType::Kind::Integer);
        writer->m_wireTypes.append(wire);
        if (!spec.keyIndexes.contains(i))
            writer->m_valueIndexes.append(i);
    }
    for (int index : spec.keyIndexes)
        writer->m_keyTypes.append(writer->m_wireTypes.at(index));

    static std::atomic<quint64> stageCounter { 0 };
    const QString stageName
        = QStringLiteral("syncline_stage_%1").arg(stageCounter.fetch_add(1) + 1);
    const QString stage = QStringLiteral("pg_temp.") + stageName;
    const QString keyStage = stage + QStringLiteral("_keys");
    const QString columns = SqlIdentifier::quoteList(driver, spec.columns);
    const QString keyColumns = SqlIdentifier::quoteList(driver, keys);
    const QString target_ = QStringLiteral("syncline_tgt");
    const QString staged = QStringLiteral("syncline_stg");

    QStringList match; // target row = staged row, by key
    QStringList matchParams; // target row = key parameters ($1...)
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = quote(keys.at(i));
        match.append(target_ + u'.' + key + QStringLiteral(" = ") + staged + u'.' + key);
        matchParams.append(key + QStringLiteral(" = $") + QString::number(i + 1));
    }
    const QString on = match.join(QStringLiteral(" AND "));

    Sql& sql = *writer->m_sql;
    // Created outside any batch transaction (so a rolled-back batch keeps them); emptied by
    // every COMMIT; private to this session.
    sql.createStage = sqlText(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ") + stageName
        + QStringLiteral(" ON COMMIT DELETE ROWS AS SELECT ") + columns + QStringLiteral(" FROM ")
        + table + QStringLiteral(" WITH NO DATA"));
    sql.createKeyStage = sqlText(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ") + stageName
        + QStringLiteral("_keys ON COMMIT DELETE ROWS AS SELECT ") + keyColumns
        + QStringLiteral(" FROM ") + table + QStringLiteral(" WITH NO DATA"));
    sql.dropStage = sqlText(QStringLiteral("DROP TABLE IF EXISTS ") + stage);
    sql.dropKeyStage = sqlText(QStringLiteral("DROP TABLE IF EXISTS ") + keyStage);
    sql.copyTarget = sqlText(QStringLiteral("COPY ") + table + QStringLiteral(" (") + columns
        + QStringLiteral(") FROM STDIN"));
    sql.copyStage = sqlText(QStringLiteral("COPY ") + stage + QStringLiteral(" (") + columns
        + QStringLiteral(") FROM STDIN"));
    sql.copyKeyStage = sqlText(QStringLiteral("COPY ") + keyStage + QStringLiteral(" (")
        + keyColumns + QStringLiteral(") FROM STDIN"));

    // Sync writes the source's values, also into identity columns.
    const QString insertInto = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
        + columns + QStringLiteral(") OVERRIDING SYSTEM VALUE ");
    QStringList excluded; // c = EXCLUDED.c
    QStringList fromStage; // c = syncline_stg.c
    QStringList fromParams; // c = $i
    for (int i = 0; i < writer->m_valueIndexes.size(); ++i) {
        const QString column = quote(spec.columns.at(writer->m_valueIndexes.at(i)));
        excluded.append(column + QStringLiteral(" = EXCLUDED.") + column);
        fromStage.append(column + QStringLiteral(" = ") + staged + u'.' + column);
        fromParams.append(column + QStringLiteral(" = $") + QString::number(keys.size() + i + 1));
    }
    const QString onConflict = QStringLiteral(" ON CONFLICT (") + keyColumns
        + QStringLiteral(") DO ")
        + (excluded.isEmpty()
                ? QStringLiteral("NOTHING")
                : QStringLiteral("UPDATE SET ") + excluded.join(QStringLiteral(", ")));
    if (writer->m_onConflict) {
        sql.merge.append(sqlText(insertInto + QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM ") + stage + onConflict));
    } else {
        if (!fromStage.isEmpty())
            sql.merge.append(sqlText(QStringLiteral("UPDATE ") + table + QStringLiteral(" AS ")
                + target_ + QStringLiteral(" SET ") + fromStage.join(QStringLiteral(", "))
                + QStringLiteral(" FROM ") + stage + QStringLiteral(" AS ") + staged
                + QStringLiteral(" WHERE ") + on));
        sql.merge.append(sqlText(insertInto + QStringLiteral("SELECT ")
            + SqlIdentifier::quoteList(driver, spec.columns, staged + u'.')
            + QStringLiteral(" FROM ") + stage + QStringLiteral(" AS ") + staged
            + QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM ") + table + QStringLiteral(" AS ")
            + target_ + QStringLiteral(" WHERE ") + on + u')'));
    }

    QString softDelete;
    if (!spec.softDeleteColumn.isEmpty()) {
        const bool isBool
            = target.column(spec.softDeleteColumn)->type.kind == FieldType::Kind::Bool;
        softDelete = quote(spec.softDeleteColumn)
            + (isBool ? QStringLiteral(" = true") : QStringLiteral(" = 1"));
    }
    QString deleteStaged;
    if (softDelete.isEmpty())
        deleteStaged = QStringLiteral("DELETE FROM ") + table + QStringLiteral(" AS ") + target_
            + QStringLiteral(" USING ") + keyStage + QStringLiteral(" AS ") + staged
            + QStringLiteral(" WHERE ") + on;
    else
        deleteStaged = QStringLiteral("UPDATE ") + table + QStringLiteral(" AS ") + target_
            + QStringLiteral(" SET ") + softDelete + QStringLiteral(" FROM ") + keyStage
            + QStringLiteral(" AS ") + staged + QStringLiteral(" WHERE ") + on;
    sql.deleteStaged = deleteStaged.toUtf8();

    const QByteArray values = "VALUES (" + placeholders(1, int(spec.columns.size())) + ')';
    sql.insertRow = insertInto.toUtf8() + values;
    sql.upsertRow = sql.insertRow + onConflict.toUtf8();
    const QString whereKey = QStringLiteral(" WHERE ") + matchParams.join(QStringLiteral(" AND "));
    // With nothing but key columns, "SET k = k" still reports whether the row exists.
    const QString set = fromParams.isEmpty()
        ? quote(keys.first()) + QStringLiteral(" = ") + quote(keys.first())
        : fromParams.join(QStringLiteral(", "));
    sql.updateRow
        = sqlText(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + set + whereKey);
    QString deleteRow;
    if (softDelete.isEmpty())
        deleteRow = QStringLiteral("DELETE FROM ") + table + whereKey;
    else
        deleteRow
            = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + softDelete + whereKey;
    sql.deleteRow = deleteRow.toUtf8();
    qCDebug(lcConnectors) << context << "merges with" << sql.merge;
    return writer;
}

PostgresqlWriter::PostgresqlWriter(
    pg_conn* connection, const WriteSpec& spec, const QString& context)
    : m_session(std::make_unique<PgSession>(connection))
    , m_spec(spec)
    , m_context(context)
    , m_sql(std::make_unique<Sql>())
{ }

PostgresqlWriter::~PostgresqlWriter()
{
    // The session may go on (other writers, the next run): leave no staging tables behind.
    if (m_session->isBroken() || PQtransactionStatus(m_session->connection()) != PQTRANS_IDLE)
        return;
    if (m_stageReady)
        (void)m_session->exec(m_sql->dropStage);
    if (m_keyStageReady)
        (void)m_session->exec(m_sql->dropKeyStage);
}

Status PostgresqlWriter::exec(const QByteArray& sql)
{
    Result<PgResult> result = m_session->exec(sql);
    if (!result)
        return result.error();
    return {};
}

Error PostgresqlWriter::batchError(const QString& what, const QString& serverText)
{
    if (!m_session->isBroken())
        (void)m_session->exec(QByteArrayLiteral("ROLLBACK"));
    return Error::runtime(QStringLiteral("%1: %2: %3").arg(m_context, what, serverText));
}

Status PostgresqlWriter::prepareStaging(bool upserts, bool deletes)
{
    if (upserts && !m_stageReady) {
        if (Status created = exec(m_sql->createStage); !created)
            return Error::runtime(m_context + QStringLiteral(": cannot create a staging table: ")
                + created.error().message);
        m_stageReady = true;
    }
    if (deletes && !m_keyStageReady) {
        if (Status created = exec(m_sql->createKeyStage); !created)
            return Error::runtime(m_context + QStringLiteral(": cannot create a staging table: ")
                + created.error().message);
        m_keyStageReady = true;
    }
    return {};
}

Status PostgresqlWriter::copyRows(const QByteArray& copy, const QList<QVariantList>& rows,
    const QList<int>& indexes, const QList<FieldType>& types)
{
    if (Status begun = m_session->beginCopy(copy); !begun)
        return begun;
    CopyEncoder encoder(types);
    QByteArray buffer;
    buffer.reserve(CopyChunkBytes + CopyChunkBytes / 4);
    for (int index : indexes) {
        encoder.appendRow(buffer, rows.at(index));
        if (buffer.size() >= CopyChunkBytes) {
            if (Status put = m_session->putCopyData(buffer); !put) {
                (void)m_session->endCopy();
                return put;
            }
            buffer.resize(0);
        }
    }
    if (Status put = m_session->putCopyData(buffer); !put) {
        (void)m_session->endCopy();
        return put;
    }
    return m_session->endCopy();
}

Status PostgresqlWriter::applyFast(const WriteBatch& batch, const Sent& sent)
{
    if (Status begun = exec(BeginBatch); !begun)
        return begun;
    if (!sent.deletes.isEmpty()) {
        if (Status copied = copyRows(m_sql->copyKeyStage, batch.deletes, sent.deletes, m_keyTypes);
            !copied)
            return copied;
        if (Status deleted = exec(m_sql->deleteStaged); !deleted)
            return deleted;
    }
    if (!sent.upserts.isEmpty()) {
        if (m_spec.targetKnownEmpty) {
            if (Status copied
                = copyRows(m_sql->copyTarget, batch.upserts, sent.upserts, m_wireTypes);
                !copied)
                return copied;
        } else {
            if (Status copied
                = copyRows(m_sql->copyStage, batch.upserts, sent.upserts, m_wireTypes);
                !copied)
                return copied;
            for (const QByteArray& statement : std::as_const(m_sql->merge)) {
                if (Status merged = exec(statement); !merged)
                    return merged;
            }
        }
    }
    Result<PgResult> committed = m_session->exec(QByteArrayLiteral("COMMIT"));
    if (!committed)
        return committed.error();
    // A transaction that failed unnoticed answers COMMIT with "ROLLBACK".
    if (qstrcmp(PQcmdStatus(committed->get()), "COMMIT") != 0)
        return Error::runtime(QStringLiteral("the transaction was rolled back"));
    return {};
}

Result<bool> PostgresqlWriter::runRow(
    const QByteArray& sql, const QList<QByteArray>& params, QString* rejection, qint64* affected)
{
    if (Status saved = exec(QByteArrayLiteral("SAVEPOINT syncline_row")); !saved)
        return batchError(QStringLiteral("cannot set a savepoint"), saved.error().message);
    PgResult failed;
    Result<PgResult> result = m_session->execParams(sql, params, &failed);
    if (result) {
        if (affected)
            *affected = QByteArray(PQcmdTuples(result->get())).toLongLong();
        if (Status released = exec(QByteArrayLiteral("RELEASE SAVEPOINT syncline_row")); !released)
            return batchError(
                QStringLiteral("cannot release a savepoint"), released.error().message);
        return true;
    }
    if (m_session->isBroken() || isBatchLevel(PgSession::sqlState(failed.get())))
        return batchError(QStringLiteral("batch failed"), result.error().message);
    *rejection = result.error().message;
    if (Status undone = exec(QByteArrayLiteral(
            "ROLLBACK TO SAVEPOINT syncline_row; RELEASE SAVEPOINT syncline_row"));
        !undone)
        return batchError(
            QStringLiteral("cannot roll back to a savepoint"), undone.error().message);
    return false;
}

Result<BatchOutcome> PostgresqlWriter::applyRowByRow(
    const WriteBatch& batch, const Sent& sent, BatchOutcome outcome)
{
    if (Status begun = exec(BeginBatch); !begun)
        return batchError(QStringLiteral("cannot begin a transaction"), begun.error().message);
    QString rejection;
    for (int index : sent.deletes) {
        const QVariantList& key = batch.deletes.at(index);
        QList<QByteArray> params;
        for (int i = 0; i < m_keyTypes.size(); ++i)
            params.append(CopyEncoder::text(key.value(i), m_keyTypes.at(i)));
        Result<bool> ran = runRow(m_sql->deleteRow, params, &rejection);
        if (!ran)
            return ran.error();
        if (*ran)
            ++outcome.deleted;
        else
            outcome.rejected.append({ true, index, rejection });
    }
    for (int index : sent.upserts) {
        const QVariantList& row = batch.upserts.at(index);
        QList<QByteArray> params;
        for (int i = 0; i < m_wireTypes.size(); ++i)
            params.append(CopyEncoder::text(row.value(i), m_wireTypes.at(i)));
        Result<bool> ran = false;
        if (m_onConflict) {
            ran = runRow(m_sql->upsertRow, params, &rejection);
        } else {
            QList<QByteArray> updateParams;
            for (int keyIndex : std::as_const(m_spec.keyIndexes))
                updateParams.append(params.at(keyIndex));
            for (int valueIndex : std::as_const(m_valueIndexes))
                updateParams.append(params.at(valueIndex));
            qint64 updated = 0;
            ran = runRow(m_sql->updateRow, updateParams, &rejection, &updated);
            if (ran && *ran && updated == 0)
                ran = runRow(m_sql->insertRow, params, &rejection);
        }
        if (!ran)
            return ran.error();
        if (*ran)
            ++outcome.upserted;
        else
            outcome.rejected.append({ false, index, rejection });
    }
    Result<PgResult> committed = m_session->exec(QByteArrayLiteral("COMMIT"));
    if (!committed)
        return batchError(QStringLiteral("commit failed"), committed.error().message);
    if (qstrcmp(PQcmdStatus(committed->get()), "COMMIT") != 0)
        return Error::runtime(m_context
            + QStringLiteral(": commit failed: the transaction was "
                             "rolled back"));
    return outcome;
}

Result<BatchOutcome> PostgresqlWriter::apply(const WriteBatch& batch)
{
    BatchOutcome outcome;
    if (batch.isEmpty())
        return outcome;
    if (m_session->isBroken())
        return Error::runtime(m_context + QStringLiteral(": the connection to the server is lost: ")
            + m_session->errorText(nullptr));
    // Whatever an earlier failure left open must not swallow this batch.
    if (PQtransactionStatus(m_session->connection()) != PQTRANS_IDLE)
        (void)exec(QByteArrayLiteral("ROLLBACK"));

    // PostgreSQL text cannot hold U+0000 and libpq would cut a parameter there: such rows are
    // refused here, with a message that says why.
    Sent sent;
    for (int i = 0; i < batch.deletes.size(); ++i) {
        const int column = CopyEncoder::firstNulColumn(batch.deletes.at(i), m_keyTypes);
        if (column < 0)
            sent.deletes.append(i);
        else
            outcome.rejected.append({ true, i,
                QStringLiteral("column '%1' holds the character U+0000, which PostgreSQL "
                               "text cannot store")
                    .arg(m_spec.columns.at(m_spec.keyIndexes.at(column))) });
    }
    for (int i = 0; i < batch.upserts.size(); ++i) {
        const int column = CopyEncoder::firstNulColumn(batch.upserts.at(i), m_wireTypes);
        if (column < 0)
            sent.upserts.append(i);
        else
            outcome.rejected.append({ false, i,
                QStringLiteral("column '%1' holds the character U+0000, which PostgreSQL "
                               "text cannot store")
                    .arg(m_spec.columns.at(column)) });
    }
    if (sent.upserts.isEmpty() && sent.deletes.isEmpty())
        return outcome;

    if (Status prepared = prepareStaging(
            !sent.upserts.isEmpty() && !m_spec.targetKnownEmpty, !sent.deletes.isEmpty());
        !prepared)
        return prepared.error();

    QElapsedTimer timer;
    timer.start();
    Status fast = applyFast(batch, sent);
    if (fast) {
        outcome.upserted = int(sent.upserts.size());
        outcome.deleted = int(sent.deletes.size());
        qCDebug(lcConnectors) << m_context << "copied" << sent.upserts.size() << "upserts and"
                              << sent.deletes.size() << "deletes in" << timer.elapsed() << "ms";
        return outcome;
    }
    if (m_session->isBroken())
        return Error::runtime(m_context + QStringLiteral(": the connection to the server is lost: ")
            + fast.error().message);
    (void)exec(QByteArrayLiteral("ROLLBACK"));
    qCDebug(lcConnectors) << m_context << "COPY path failed (" << fast.error().message
                          << "), redoing the batch row by row";
    return applyRowByRow(batch, sent, std::move(outcome));
}

} // namespace Syncline
