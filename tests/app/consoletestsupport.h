// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/workspaceconfig.h"
#include "store/configrepository.h"
#include "store/workspace.h"
#include "testsqlite.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace Syncline::Test {

// What the console tests share: a workspace of SQLite endpoints, plain SQL checks on the
// databases (independent of the engine), the config as a second Workspace instance reads it,
// and answering the confirmation boxes the console asks.

inline const QString s_customerColumns
    = QStringLiteral("(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, "
                     "balance NUMERIC, created_at TEXT)");

// `rows` customers, made by SQLite itself (fast for hundreds of thousands).
inline QStringList customerTable(int rows, const QString& table = QStringLiteral("customers"))
{
    return { QStringLiteral("CREATE TABLE %1 %2").arg(table, s_customerColumns),
        QStringLiteral("WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n "
                       "WHERE id < %1) INSERT INTO %2 SELECT id, 'Customer ' || id, "
                       "'customer' || id || '@example.org', id * 1.25, "
                       "'2024-01-' || printf('%02d', id % 28 + 1) || 'T10:00:00Z' FROM n")
            .arg(rows)
            .arg(table) };
}

inline EndpointConfig sqliteEndpoint(const QString& name, const QString& path)
{
    EndpointConfig endpoint;
    endpoint.name = name;
    endpoint.kind = QStringLiteral("sqlite");
    endpoint.url = QStringLiteral("sqlite://") + path;
    return endpoint;
}

// source.customers -> target.customers with every column by name.
inline MappingConfig customersMapping(const QString& name, const QString& table)
{
    MappingConfig mapping;
    mapping.name = name;
    mapping.source = { QStringLiteral("crm"), table };
    mapping.target = { QStringLiteral("edge"), QStringLiteral("customers") };
    mapping.key = { QStringLiteral("id") };
    return mapping;
}

inline JobConfig pushJob(const QString& name, const QString& mapping, int batch = 5000)
{
    JobConfig job;
    job.name = name;
    job.mapping = mapping;
    job.direction = JobConfig::Direction::Push;
    job.mode = JobConfig::Mode::Incremental;
    job.detect = JobConfig::Detect::Hash;
    job.batch = batch;
    return job;
}

inline Status importConfig(const QString& location, const WorkspaceConfig& config)
{
    auto workspace = Workspace::open(location);
    if (!workspace)
        return workspace.error();
    return ConfigRepository(**workspace).import(config, QStringLiteral("tst"));
}

// The config as another Workspace instance (another connection) reads it.
inline Result<WorkspaceConfig> storedConfig(const QString& location)
{
    auto workspace = Workspace::open(location);
    if (!workspace)
        return workspace.error();
    return ConfigRepository(**workspace).load();
}

inline qint64 countRows(const QString& path, const QString& table, QString* error)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("tst_console_count_%1").arg(counter.fetch_add(1) + 1);
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
                rows = query.value(0).toLongLong();
            else
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Presses `answer` in the next message box that opens (the console's confirmations are
// modal); the caller then triggers what opens it.
inline void answerNextMessageBox(QMessageBox::StandardButton answer)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (!box || !box->isVisible())
                continue;
            if (QAbstractButton* button = box->button(answer)) {
                timer->stop();
                timer->deleteLater();
                button->click();
                return;
            }
        }
    });
    timer->start();
}

} // namespace Syncline::Test
