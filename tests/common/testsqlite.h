// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>

namespace Syncline::Test {

// SQLite database files for a test, in a temporary directory that is deleted with this
// object:
//
//     TestSqlite sqlite;
//     QString error;
//     QVERIFY2(sqlite.create(QStringLiteral("source.sqlite"),
//                  { QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"),
//                    QStringLiteral("INSERT INTO t VALUES (1, 'a')") }, &error),
//         qPrintable(error));
//     const QString path = sqlite.filePath(QStringLiteral("source.sqlite"));
//
// Owned by the test object; usable from any thread (each call opens and removes its own
// connection).
class TestSqlite final
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString dirPath() const { return m_dir.path(); }
    QString filePath(const QString& fileName) const { return m_dir.filePath(fileName); }

    // Creates (or opens) `fileName` in the directory and runs `statements` in it.
    bool create(const QString& fileName, const QStringList& statements, QString* error = nullptr)
    {
        if (!m_dir.isValid()) {
            if (error)
                *error
                    = QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString();
            return false;
        }
        return exec(filePath(fileName), statements, error);
    }

    // Runs `statements` in the SQLite file at `path` (created when missing), one statement
    // per entry (the QSQLITE driver runs only the first statement of a string), all in one
    // transaction. On error returns false and says which statement failed and why.
    static bool exec(const QString& path, const QStringList& statements, QString* error = nullptr)
    {
        static std::atomic<int> counter { 0 };
        const QString connectionName
            = QStringLiteral("syncline_testsqlite_%1").arg(counter.fetch_add(1) + 1);
        QString message;
        {
            QSqlDatabase database
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            database.setDatabaseName(path);
            if (!database.open()) {
                message = path + QStringLiteral(": ") + database.lastError().text();
            } else {
                database.transaction();
                for (const QString& statement : statements) {
                    QSqlQuery query(database);
                    if (!query.exec(statement)) {
                        message = path + QStringLiteral(": ") + statement + QStringLiteral(": ")
                            + query.lastError().text();
                        break;
                    }
                }
                if (message.isEmpty() && !database.commit())
                    message = path + QStringLiteral(": commit: ") + database.lastError().text();
                if (!message.isEmpty())
                    database.rollback();
                database.close();
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
        if (error)
            *error = message;
        return message.isEmpty();
    }

private:
    QTemporaryDir m_dir;
};

} // namespace Syncline::Test
