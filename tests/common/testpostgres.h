// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>

#include <atomic>

namespace Syncline::Test {

// The PostgreSQL server the tests run against: the throwaway one that
// scripts/with-test-postgres.sh (`make test`) starts and describes through PGHOST, PGPORT
// and PGUSER. Each test makes its own databases, so tests can run in parallel.
//
// A test that needs PostgreSQL fails when there is none; it never skips:
//
//     void initTestCase() { SYNCLINE_REQUIRE_POSTGRES(); }
//
// Owned by the test object; usable from any thread (every call opens and removes its own
// connection), except that a QSqlDatabase from open() belongs to the calling thread.
class TestPostgres final
{
public:
    TestPostgres()
        : m_host(envOr("PGHOST", QStringLiteral("127.0.0.1")))
        , m_port(envOr("PGPORT", QStringLiteral("5432")).toInt())
        , m_user(envOr("PGUSER", QStringLiteral("postgres")))
    { }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    // The error of the last failed call, with the server's message.
    QString lastError() const { return m_lastError; }

    // True when PGHOST and PGPORT are set, the QPSQL driver is there and the server answers.
    static bool available() { return unavailableReason().isEmpty(); }

    // Why available() is false, and what to do about it; empty when it is true.
    static QString unavailableReason()
    {
        static const QString reason = [] {
            if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGPORT"))
                return QStringLiteral("PGHOST/PGPORT are not set");
            if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
                return QStringLiteral("the Qt QPSQL driver is missing (libqt6sql6-psql)");
            TestPostgres pg;
            QString error;
            if (!pg.execAdmin({ QStringLiteral("SELECT 1") }, &error))
                return error;
            return QString();
        }();
        if (reason.isEmpty())
            return reason;
        return QStringLiteral("this test needs PostgreSQL and found none (") + reason
            + QStringLiteral("); run it under `make test` or "
                             "scripts/with-test-postgres.sh");
    }

    // Creates a new, empty database and returns its name: `prefix` (lower case, letters,
    // digits and _ only) + process id + a counter. Returns an empty string on error.
    QString createDatabase(const QString& prefix)
    {
        QString base = prefix.toLower();
        base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
        if (base.isEmpty() || base.at(0).isDigit())
            base.prepend(QStringLiteral("db_"));
        const QString suffix = QStringLiteral("_%1_%2")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(s_counter.fetch_add(1) + 1);
        const QString name = base.left(63 - suffix.size()) + suffix;
        // A leftover of an earlier process with the same id (never a live one: ids are
        // unique among running processes) would make CREATE fail.
        if (!execAdmin({ QStringLiteral("DROP DATABASE IF EXISTS ") + quoted(name)
                               + QStringLiteral(" WITH (FORCE)"),
                           QStringLiteral("CREATE DATABASE ") + quoted(name)
                               + QStringLiteral(" TEMPLATE template0 ENCODING 'UTF8'") },
                &m_lastError))
            return QString();
        return name;
    }

    // postgresql://USER@HOST:PORT/DB, the form endpoint and workspace URLs take.
    QString url(const QString& db) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(db);
    }

    // Opens a QPSQL connection to `db` under `connectionName`. The caller checks isOpen()
    // (lastError() says why not) and calls QSqlDatabase::removeDatabase(connectionName)
    // when done.
    QSqlDatabase open(const QString& db, const QString& connectionName)
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        database.setHostName(m_host);
        database.setPort(m_port);
        database.setUserName(m_user);
        database.setDatabaseName(db);
        if (!database.open())
            m_lastError = database.lastError().text();
        return database;
    }

    // Drops `name`, closing the connections still open to it. False (see lastError()) on error.
    bool dropDatabase(const QString& name)
    {
        return execAdmin({ QStringLiteral("DROP DATABASE IF EXISTS ") + quoted(name)
                             + QStringLiteral(" WITH (FORCE)") },
            &m_lastError);
    }

    // "name" with embedded quotes doubled: a PostgreSQL identifier.
    static QString quoted(const QString& identifier)
    {
        QString escaped = identifier;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }

private:
    static QString envOr(const char* name, const QString& fallback)
    {
        const QString value = qEnvironmentVariable(name);
        return value.isEmpty() ? fallback : value;
    }

    // Runs statements one by one on the `postgres` database through a connection of its own.
    bool execAdmin(const QStringList& statements, QString* error) const
    {
        const QString connectionName
            = QStringLiteral("syncline_testpostgres_admin_%1").arg(s_counter.fetch_add(1) + 1);
        bool ok = true;
        {
            QSqlDatabase database
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            database.setHostName(m_host);
            database.setPort(m_port);
            database.setUserName(m_user);
            database.setDatabaseName(QStringLiteral("postgres"));
            if (!database.open()) {
                ok = false;
                *error = QStringLiteral("cannot connect to postgresql://%1@%2:%3/postgres: %4")
                             .arg(m_user, m_host)
                             .arg(m_port)
                             .arg(database.lastError().text());
            }
            // No NOTICEs ("does not exist, skipping") on the test's stderr.
            if (ok)
                QSqlQuery(database).exec(QStringLiteral("SET client_min_messages = warning"));
            for (int i = 0; ok && i < statements.size(); ++i) {
                QSqlQuery query(database);
                if (!query.exec(statements.at(i))) {
                    ok = false;
                    *error = statements.at(i) + QStringLiteral(": ") + query.lastError().text();
                }
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
        return ok;
    }

    inline static std::atomic<int> s_counter { 0 };

    QString m_host;
    int m_port;
    QString m_user;
    QString m_lastError;
};

} // namespace Syncline::Test

// Fails the current test (from a test function or initTestCase()) when there is no
// PostgreSQL to test against.
#define SYNCLINE_REQUIRE_POSTGRES()                                                                \
    do {                                                                                           \
        if (!Syncline::Test::TestPostgres::available())                                            \
            QFAIL(qPrintable(Syncline::Test::TestPostgres::unavailableReason()));                  \
    } while (false)
