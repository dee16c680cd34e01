// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/configparser.h"
#include "engine/runreport.h"
#include "engine/syncrun.h"
#include "store/configrepository.h"
#include "store/quarantinerepository.h"
#include "store/workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <optional>

namespace Syncline::Test {

// A workspace file for an engine test: imports a config given as JSON (the config-as-code
// format, through ConfigParser and ConfigRepository) and runs its jobs with SyncRun. Reads the
// runs table back with plain SQL. Owned by the test function, used on its thread.
class TestWorkspace final
{
public:
    explicit TestWorkspace(const QString& dir)
        : m_location(QDir(dir).absoluteFilePath(QStringLiteral("workspace.db")))
    { }

    QString location() const { return m_location; }

    bool import(const QJsonObject& config, QString* error)
    {
        auto parsed
            = ConfigParser::parse(QJsonDocument(config).toJson(), QStringLiteral("test.json"));
        if (!parsed) {
            *error = parsed.error().message;
            return false;
        }
        auto workspace = Workspace::open(m_location);
        if (!workspace) {
            *error = workspace.error().message;
            return false;
        }
        const Status imported
            = ConfigRepository(**workspace).import(*parsed, QStringLiteral("tst"));
        if (!imported) {
            *error = imported.error().message;
            return false;
        }
        return true;
    }

    RunReport run(const QString& job, RunOptions options = {}) const
    {
        return SyncRun(m_location, job, options).execute();
    }

    // SELECT count(*) FROM runs, on a connection of the test's own.
    std::optional<qint64> runCount(QString* error) const
    {
        const auto value = scalar(QStringLiteral("SELECT count(*) FROM runs"), error);
        if (!value)
            return std::nullopt;
        return value->toLongLong();
    }

    // The first column of the first row of `sql` on the workspace file.
    std::optional<QVariant> scalar(const QString& sql, QString* error) const
    {
        const QString connection
            = QStringLiteral("tst_engine_ws_%1").arg(s_counter.fetch_add(1) + 1);
        std::optional<QVariant> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_location);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    result = query.value(0);
                else
                    *error = sql + QStringLiteral(": ") + query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return result;
    }

    std::optional<QList<QuarantinedRow>> quarantine(
        const QString& job, qint64 runId, QString* error) const
    {
        auto workspace = Workspace::open(m_location);
        if (!workspace) {
            *error = workspace.error().message;
            return std::nullopt;
        }
        auto rows = QuarantineRepository(**workspace).list(job, runId);
        if (!rows) {
            *error = rows.error().message;
            return std::nullopt;
        }
        return *rows;
    }

private:
    inline static std::atomic<int> s_counter { 0 };
    QString m_location;
};

// A one-mapping, one-job config: `source` and `target` endpoints, mapping "m" of `table` to the
// same-named table (fields from TableSpec::fieldsJson()), job "job" with `jobExtra` merged in.
inline QJsonObject singleJobConfig(const QJsonObject& source, const QJsonObject& target,
    const TableSpec& table, const QJsonObject& jobExtra)
{
    const QJsonObject mapping {
        { QStringLiteral("name"), QStringLiteral("m") },
        { QStringLiteral("source"),
            QJsonObject { { QStringLiteral("endpoint"), source.value(QStringLiteral("name")) },
                { QStringLiteral("entity"), table.name } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("endpoint"), target.value(QStringLiteral("name")) },
                { QStringLiteral("entity"), table.name } } },
        { QStringLiteral("key"), QJsonArray::fromStringList(table.keyNames()) },
        { QStringLiteral("fields"), table.fieldsJson() },
    };
    QJsonObject job { { QStringLiteral("name"), QStringLiteral("job") },
        { QStringLiteral("mapping"), QStringLiteral("m") } };
    for (auto it = jobExtra.begin(); it != jobExtra.end(); ++it)
        job.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("endpoints"), QJsonArray { source, target } },
        { QStringLiteral("mappings"), QJsonArray { mapping } },
        { QStringLiteral("jobs"), QJsonArray { job } } };
}

// The counts a test checks, as one line so a failure shows all of them at once.
struct ExpectedCounts
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 unchanged = 0;
    qint64 quarantined = 0;
    qint64 sourceRows = 0;
    qint64 targetRows = -1; // -1: not checked

    QString text() const
    {
        QString t = QStringLiteral("inserted=%1 updated=%2 deleted=%3 unchanged=%4 quarantined=%5 "
                                   "source_rows=%6")
                        .arg(inserted)
                        .arg(updated)
                        .arg(deleted)
                        .arg(unchanged)
                        .arg(quarantined)
                        .arg(sourceRows);
        if (targetRows >= 0)
            t += QStringLiteral(" target_rows=%1").arg(targetRows);
        return t;
    }

    static ExpectedCounts of(const RunCounts& counts, bool withTargetRows)
    {
        ExpectedCounts c;
        c.inserted = counts.inserted;
        c.updated = counts.updated;
        c.deleted = counts.deleted;
        c.unchanged = counts.unchanged;
        c.quarantined = counts.quarantined;
        c.sourceRows = counts.sourceRows;
        c.targetRows = withTargetRows ? counts.targetRows : -1;
        return c;
    }
};

} // namespace Syncline::Test

// Fails with the run's error message unless the run succeeded.
#define SYNCLINE_VERIFY_RUN(report)                                                                \
    QVERIFY2((report).succeeded(),                                                                 \
        qPrintable(                                                                                \
            QStringLiteral("run failed (%1): %2")                                                  \
                .arg(Syncline::RunRecord::toString((report).status), (report).error.message)))

// Compares a run's counts with an ExpectedCounts.
#define SYNCLINE_COMPARE_COUNTS(report, expected)                                                  \
    QCOMPARE(                                                                                      \
        Syncline::Test::ExpectedCounts::of((report).counts, (expected).targetRows >= 0).text(),    \
        (expected).text())
