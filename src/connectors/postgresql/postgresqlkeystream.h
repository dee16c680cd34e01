// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/rowstream.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace Syncline {

// Rows of one PostgreSQL table whose key is in a given list (Connection::readKeys()), in the
// order read() streams them. The server puts the keys in that order first (one query over
// the whole list, each value cast to its column's type and sorted with COLLATE "C" where
// read() sorts so, duplicates dropped); then the keys are asked for chunk by chunk, each
// chunk one query on the endpoint's own connection with the chunk's keys as text[]
// parameters, its matches ordered like read(). Consecutive chunks hold consecutive keys, so
// the whole stream is in key order. No statement stays open between chunks, so writers can
// use the connection meanwhile. Owned by the caller, used on the connection's thread,
// destroyed before the PostgresqlConnection.
class PostgresqlKeyStream final : public RowStream
{
public:
    struct KeyColumn
    {
        QString reference; // the column in the select: syncline_src."id"
        QString type; // its type without modifiers, as SQL: pg_catalog.int4, public."Mood"
        bool collatable = false; // sorted with COLLATE "C"
        bool blob = false; // bytea: raw values are bytes, sent in hex
    };

    // `select`: "SELECT <every column>::text FROM <table> AS <alias>", the form read() uses.
    // `blobColumns`: which selected columns are bytea (their text is decoded to bytes).
    // `context` prefixes error messages.
    static Result<std::unique_ptr<PostgresqlKeyStream>> open(pg_conn* connection,
        const QString& select, const QList<KeyColumn>& keyColumns, const QList<bool>& blobColumns,
        const QList<QVariantList>& keys, int chunkSize, const QString& context);
    ~PostgresqlKeyStream() override;
    Q_DISABLE_COPY_MOVE(PostgresqlKeyStream)

    Result<bool> next(QVariantList& row) override;

private:
    PostgresqlKeyStream(
        pg_conn* connection, const QList<bool>& blobColumns, int chunkSize, const QString& context);
    Status fetchChunk();
    void clearResult();

    pg_conn* m_connection;
    QList<bool> m_blobColumns;
    int m_chunkSize;
    QString m_context;
    QByteArray m_chunkQuery; // $1...$k: one text[] per key column
    QList<QList<QByteArray>> m_keys; // per key, per column: its text (null for NULL)
    QList<int> m_order; // indexes into m_keys, in key order, without duplicates
    qsizetype m_nextKey = 0; // into m_order

    pg_result* m_result = nullptr;
    int m_rows = 0;
    int m_position = 0;
    std::optional<Error> m_failure;
};

} // namespace Syncline
