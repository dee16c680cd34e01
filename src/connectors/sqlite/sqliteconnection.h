// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/connection.h"

#include <QSqlDatabase>

namespace Syncline {

// An open SQLite database file (QSQLITE), for the thread that opened it. Owns a QSqlDatabase
// registered under a unique connection name, removed again by the destructor; its streams and
// writers share that handle and must be destroyed first. Leaves the file's journal mode alone
// (it belongs to whoever owns the database) and waits up to 5 s for other writers' locks.
class SqliteConnection final : public Connection
{
public:
    // url: sqlite:///abs/path.db, sqlite:/abs/path.db, sqlite:relative/path.db (relative to
    // the current directory) or sqlite::memory:. The file must exist. `endpointName` only
    // names the endpoint in error messages.
    static Result<std::unique_ptr<SqliteConnection>> open(
        const QString& endpointName, const QString& url);
    // The file a sqlite: URL names, made absolute.
    static Result<QString> pathFromUrl(const QString& url);

    ~SqliteConnection() override;
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    QString kind() const override { return QStringLiteral("sqlite"); }
    Result<QString> serverVersion() override;
    Result<QStringList> entities() override;
    Result<EntityInfo> describe(const QString& entity) override;
    Result<EntityInfo> describeSchema(const QString& entity) override;
    Result<std::unique_ptr<RowStream>> read(const ReadRequest& request) override;
    Result<std::unique_ptr<EntityWriter>> writer(const WriteSpec& spec) override;
    Result<std::unique_ptr<RowStream>> readKeys(
        const ReadRequest& request, const QList<QVariantList>& keys) override;

    // Change-log capture: see SqliteCapture for the tables and triggers.
    Status enableCapture(const QString& entity, const QStringList& keyColumns) override;
    Status disableCapture(const QString& entity) override;
    Result<bool> captureEnabled(const QString& entity) override;
    Result<std::unique_ptr<ChangeStream>> readChanges(
        const QString& entity, qint64 afterSequence) override;
    Result<qint64> latestChange(const QString& entity) override;

private:
    SqliteConnection(QString endpointName, QString url, QSqlDatabase database);

    // describe(); reads and writers need no row count, which costs a table scan.
    enum class RowCount { Count, Skip };
    Result<EntityInfo> describe(const QString& entity, RowCount rowCount);

    // "endpoint NAME (URL)": the prefix of every message about this connection.
    QString where() const;
    Error failure(const QString& what, const QString& driverText) const;

    QString m_endpointName;
    QString m_url;
    QSqlDatabase m_db;
};

} // namespace Syncline
