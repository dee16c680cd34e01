// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Syncline {

// The workspace store: one SQLite file (WAL) holding endpoints, mappings, jobs, runs,
// metrics, the journal, the quarantine, the conflict queue and the audit log. Each instance
// owns one QSqlDatabase connection for the thread that opened it (Qt SQL connections are
// bound to their thread): a worker thread opens its own Workspace on the same location.
// open() creates the file and applies the numbered migrations as needed.
class Workspace final
{
public:
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // `location`: a file path, or a directory (then DIR/workspace.db).
    static Result<std::unique_ptr<Workspace>> open(const QString& location);
    // $SYNCLINE_WORKSPACE if set, else QStandardPaths::AppDataLocation/workspace.db.
    static QString defaultLocation();
    // Whether a workspace file already exists at location (without creating one).
    static bool exists(const QString& location);

    QString location() const { return m_location; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    // The newest schema version this build knows (the number of its migrations).
    static int latestSchemaVersion();

    // Runs `work` in one write transaction: commits when it returns ok, rolls back when it
    // fails. BEGIN IMMEDIATE, so a concurrent writer on another connection waits (busy
    // timeout) instead of failing half-way. Called while a transaction is open, it runs in a
    // savepoint of that transaction: its failure undoes only its own writes.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    Workspace(QString location, QString connectionName);
    Status enableWal();
    Status migrate();

    QString m_location;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace Syncline
