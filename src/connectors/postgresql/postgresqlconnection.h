// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/connection.h"
#include "postgresqlcapture.h"

#include <QSqlDatabase>

namespace Syncline {

class PgSession;

// An open PostgreSQL database (QPSQL, plus libpq on its handle for COPY and cursors), for the
// thread that opened it. Owns a QSqlDatabase registered under a unique connection name,
// removed again by the destructor; writers use that connection and must be destroyed first.
// Each stream opens a further connection of its own. Sessions run in UTC with ISO dates,
// exact floats and hex bytea, whatever the server's defaults.
class PostgresqlConnection final : public Connection
{
public:
    // What a postgresql:// URL says, in QSqlDatabase's terms.
    struct Target
    {
        QString host; // empty: libpq's default (PGHOST, then the local socket)
        int port = -1; // -1: libpq's default (PGPORT, then 5432)
        QString user; // empty: libpq's default (PGUSER, then the OS user)
        QString database;
        QString connectOptions; // QPSQL form: "sslmode='require';connect_timeout='10'"
    };
    // postgresql://[user@]host[:port]/dbname[?param=value&...] (also postgres://). A password
    // in the URL is refused: it comes from SecretStore.
    static Result<Target> parseUrl(const QString& url);

    // `endpointName` only names the endpoint in messages; `password` may be empty and is not
    // kept by this object (QSqlDatabase keeps it to open the streams' connections).
    static Result<std::unique_ptr<PostgresqlConnection>> open(
        const QString& endpointName, const QString& url, const QString& password);

    ~PostgresqlConnection() override;
    Q_DISABLE_COPY_MOVE(PostgresqlConnection)

    QString kind() const override { return QStringLiteral("postgresql"); }
    Result<QString> serverVersion() override;
    Result<QStringList> entities() override;
    Result<EntityInfo> describe(const QString& entity) override;
    Result<EntityInfo> describeSchema(const QString& entity) override;
    Result<std::unique_ptr<RowStream>> read(const ReadRequest& request) override;
    Result<std::unique_ptr<EntityWriter>> writer(const WriteSpec& spec) override;
    Result<std::unique_ptr<RowStream>> readKeys(
        const ReadRequest& request, const QList<QVariantList>& keys) override;

    // Change-log capture: see PostgresqlCapture for the schema, tables and triggers.
    Status enableCapture(const QString& entity, const QStringList& keyColumns) override;
    Status disableCapture(const QString& entity) override;
    Result<bool> captureEnabled(const QString& entity) override;
    Result<std::unique_ptr<ChangeStream>> readChanges(
        const QString& entity, qint64 afterSequence) override;
    Result<qint64> latestChange(const QString& entity) override;

private:
    PostgresqlConnection(QString endpointName, QString url, QSqlDatabase database);

    struct Table
    {
        QByteArray oid;
        QString sql; // quoted, schema-qualified when the entity name was
    };
    Result<Table> resolve(const QString& entity);
    // describe(), also saying how SQL names the table; reads and writers need no row count
    // (which may cost a table scan).
    enum class RowCount { Count, Skip };
    Result<EntityInfo> describe(const QString& entity, Table* table, RowCount rowCount);
    // The captured table behind `entity`, for PostgresqlCapture.
    Result<PostgresqlCapture::Table> captureTable(
        const QString& entity, PostgresqlCapture& capture);

    QString where() const;
    Error failure(const QString& what, const QString& serverText) const;

    QString m_endpointName;
    QString m_url;
    QSqlDatabase m_db;
    std::unique_ptr<PgSession> m_session;
};

} // namespace Syncline
