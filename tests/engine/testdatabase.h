// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testpostgres.h"
#include "testtable.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <memory>
#include <optional>

namespace Syncline::Test {

// A database an engine test syncs from or to: a SQLite file or a fresh PostgreSQL database
// (dropped again by the destructor), with a plain QSqlDatabase connection of the test's own,
// so that results are read back without any engine class. Owned by the test function, used on
// its thread.
class TestDatabase final
{
public:
    // Creates (or opens) the SQLite file at `path`.
    static std::unique_ptr<TestDatabase> sqlite(const QString& path, QString* error)
    {
        std::unique_ptr<TestDatabase> db(new TestDatabase(Backend::Sqlite));
        db->m_url = QStringLiteral("sqlite://") + path;
        db->m_name = path;
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!database.open()) {
            *error = path + QStringLiteral(": ") + database.lastError().text();
            return nullptr;
        }
        // The file exists from now on (the SQLite connector refuses missing files).
        QSqlQuery(database).exec(QStringLiteral("PRAGMA user_version = 1"));
        return db;
    }

    // Creates a new PostgreSQL database named after `prefix`.
    static std::unique_ptr<TestDatabase> postgres(const QString& prefix, QString* error)
    {
        std::unique_ptr<TestDatabase> db(new TestDatabase(Backend::Postgres));
        db->m_name = db->m_pg.createDatabase(prefix);
        if (db->m_name.isEmpty()) {
            *error = db->m_pg.lastError();
            return nullptr;
        }
        db->m_url = db->m_pg.url(db->m_name);
        QSqlDatabase database = db->m_pg.open(db->m_name, db->m_connection);
        if (!database.isOpen()) {
            *error = db->m_pg.lastError();
            return nullptr;
        }
        QSqlQuery(database).exec(QStringLiteral("SET client_min_messages = warning"));
        return db;
    }

    static std::unique_ptr<TestDatabase> create(
        Backend backend, const QString& sqlitePath, const QString& pgPrefix, QString* error)
    {
        return backend == Backend::Sqlite ? sqlite(sqlitePath, error) : postgres(pgPrefix, error);
    }

    ~TestDatabase()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connection, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        if (m_backend == Backend::Postgres && !m_name.isEmpty())
            m_pg.dropDatabase(m_name);
    }

    Backend backend() const { return m_backend; }
    // PostgreSQL: the database's name; SQLite: the file's path.
    QString name() const { return m_name; }
    QString url() const { return m_url; }
    QString kind() const { return backendName(m_backend); }
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }

    // {"name": NAME, "kind": ..., "url": ...}
    QJsonObject endpointJson(const QString& name) const
    {
        return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("kind"), kind() },
            { QStringLiteral("url"), m_url } };
    }

    // Runs the statements in one transaction; false and the failing statement in `error`.
    bool exec(const QStringList& statements, QString* error)
    {
        QSqlDatabase database = this->database();
        if (!database.transaction()) {
            *error = QStringLiteral("BEGIN: ") + database.lastError().text();
            return false;
        }
        for (const QString& statement : statements) {
            QSqlQuery query(database);
            if (!query.exec(statement)) {
                *error = statement + QStringLiteral(": ") + query.lastError().text();
                database.rollback();
                return false;
            }
        }
        if (!database.commit()) {
            *error = QStringLiteral("COMMIT: ") + database.lastError().text();
            return false;
        }
        return true;
    }

    // Creates the table and inserts the rows (many per INSERT, so large tables load quickly).
    bool createTable(const TableSpec& table, const QList<QVariantList>& rows, QString* error)
    {
        QStringList statements { table.createSql(m_backend) };
        for (qsizetype first = 0; first < rows.size(); first += 500)
            statements.append(insertSql(m_backend, table, rows.mid(first, 500)));
        return exec(statements, error);
    }

    std::optional<qint64> count(const QString& table, QString* error)
    {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(table))
            || !query.next()) {
            *error = table + QStringLiteral(": ") + query.lastError().text();
            return std::nullopt;
        }
        return query.value(0).toLongLong();
    }

    // Every row of `table`, normalized (testtable.h), in no particular order.
    std::optional<QList<QStringList>> dump(const TableSpec& table, QString* error)
    {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        const QString sql = dumpSql(m_backend, table);
        if (!query.exec(sql)) {
            *error = sql + QStringLiteral(": ") + query.lastError().text();
            return std::nullopt;
        }
        QList<QStringList> rows;
        while (query.next())
            rows.append(normalizedRow(m_backend, table, query));
        if (query.lastError().isValid()) {
            *error = sql + QStringLiteral(": ") + query.lastError().text();
            return std::nullopt;
        }
        return rows;
    }

private:
    explicit TestDatabase(Backend backend)
        : m_backend(backend)
        , m_connection(QStringLiteral("tst_engine_db_%1").arg(s_counter.fetch_add(1) + 1))
    { }

    inline static std::atomic<int> s_counter { 0 };

    Backend m_backend;
    QString m_connection;
    QString m_name; // PostgreSQL database name, or the SQLite path
    QString m_url;
    TestPostgres m_pg;
};

} // namespace Syncline::Test
