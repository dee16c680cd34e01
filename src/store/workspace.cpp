// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "storesql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace Syncline {

namespace {

const QString s_fileName = QStringLiteral("workspace.db");
constexpr int s_busyTimeoutMs = 10000;

// One numbered step of the schema. Each runs in its own transaction, statement by statement
// (Qt's SQLite driver executes one statement per exec()).
struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration>& migrations()
{
    static const QList<Migration> list = {
        { 1,
            {
                QStringLiteral("CREATE TABLE endpoints ("
                               " name TEXT PRIMARY KEY NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " definition TEXT NOT NULL," // JSON, the config file's format
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE mappings ("
                               " name TEXT PRIMARY KEY NOT NULL,"
                               " definition TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE jobs ("
                               " name TEXT PRIMARY KEY NOT NULL,"
                               " mapping TEXT NOT NULL,"
                               " definition TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE runs ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " job TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " dry_run INTEGER NOT NULL DEFAULT 0,"
                               " started_at TEXT NOT NULL,"
                               " finished_at TEXT,"
                               " seconds REAL NOT NULL DEFAULT 0,"
                               " source_rows INTEGER NOT NULL DEFAULT 0,"
                               " target_rows INTEGER NOT NULL DEFAULT 0,"
                               " inserted INTEGER NOT NULL DEFAULT 0,"
                               " updated INTEGER NOT NULL DEFAULT 0,"
                               " deleted INTEGER NOT NULL DEFAULT 0,"
                               " unchanged INTEGER NOT NULL DEFAULT 0,"
                               " quarantined INTEGER NOT NULL DEFAULT 0,"
                               " conflicts INTEGER NOT NULL DEFAULT 0,"
                               " error TEXT NOT NULL DEFAULT '',"
                               " host TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX runs_job_id ON runs(job, id)"),
                QStringLiteral("CREATE TABLE run_metrics ("
                               " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                               " name TEXT NOT NULL,"
                               " value REAL NOT NULL,"
                               " PRIMARY KEY (run_id, name))"),
                // BLOB keys compare with memcmp: the KeyCodec order.
                QStringLiteral("CREATE TABLE journal ("
                               " job TEXT NOT NULL,"
                               " key BLOB NOT NULL,"
                               " hash INTEGER NOT NULL,"
                               " base BLOB,"
                               " PRIMARY KEY (job, key)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE job_state ("
                               " job TEXT PRIMARY KEY NOT NULL,"
                               " watermark TEXT," // JSON {"t": type, "v": value}
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE quarantine ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,"
                               " job TEXT NOT NULL,"
                               " key_text TEXT NOT NULL,"
                               " operation TEXT NOT NULL,"
                               " row_json TEXT NOT NULL,"
                               " error TEXT NOT NULL,"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX quarantine_job_id ON quarantine(job, id)"),
                QStringLiteral("CREATE INDEX quarantine_run_id ON quarantine(run_id, id)"),
                QStringLiteral("CREATE TABLE audit ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " at TEXT NOT NULL,"
                               " actor TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " object TEXT NOT NULL,"
                               " detail TEXT NOT NULL)"),
            } },
        // The conflict queue of two-way jobs. Values are JSON text; a side that deleted the
        // row is SQL NULL. At most one pending entry per job and key, enforced by the partial
        // unique index that ConflictRepository::upsertPending() names in its ON CONFLICT.
        { 2,
            {
                QStringLiteral("CREATE TABLE conflicts ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " job TEXT NOT NULL,"
                               " entity TEXT NOT NULL DEFAULT '',"
                               " key BLOB NOT NULL,"
                               " key_text TEXT NOT NULL DEFAULT '',"
                               " kind TEXT NOT NULL,"
                               " fields TEXT NOT NULL DEFAULT '[]'," // JSON array of names
                               " base TEXT," // JSON object, NULL when there is no base
                               " source TEXT," // JSON object, NULL when deleted there
                               " target TEXT," // JSON object, NULL when deleted there
                               " note TEXT NOT NULL DEFAULT '',"
                               " detected_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL,"
                               " status TEXT NOT NULL DEFAULT 'pending',"
                               " resolution TEXT," // JSON object
                               " resolved_by TEXT,"
                               " resolved_at TEXT)"),
                QStringLiteral("CREATE UNIQUE INDEX conflicts_pending_job_key"
                               " ON conflicts(job, key) WHERE status = 'pending'"),
                // Listing one job's queue, and everything, in id order without sorting.
                QStringLiteral(
                    "CREATE INDEX conflicts_status_job_id ON conflicts(status, job, id)"),
                QStringLiteral("CREATE INDEX conflicts_status_id ON conflicts(status, id)"),
            } },
        // Conflict review: snoozing (a pending conflict hidden from the list until a time),
        // saved resolution rules for bulk resolving, and indexes for the console's filters
        // (entity and kind, each walked in id order for keyset paging).
        { 3,
            {
                QStringLiteral("ALTER TABLE conflicts ADD COLUMN snoozed_until TEXT"),
                QStringLiteral(
                    "CREATE INDEX conflicts_status_entity_id ON conflicts(status, entity, id)"),
                QStringLiteral(
                    "CREATE INDEX conflicts_status_kind_id ON conflicts(status, kind, id)"),
                QStringLiteral("CREATE TABLE conflict_rules ("
                               " name TEXT PRIMARY KEY NOT NULL,"
                               " kind TEXT NOT NULL," // source, target, newest, script
                               " field TEXT NOT NULL DEFAULT ''," // newest: the time field
                               " script TEXT NOT NULL DEFAULT ''," // script: a JS function
                               " description TEXT NOT NULL DEFAULT '',"
                               " updated_at TEXT NOT NULL)"),
            } },
        // Scheduling (ScheduleRepository, LeaseRepository): per-job schedule state, the
        // lease that keeps two schedulers on one workspace from running a job at once, and
        // every attempt of a scheduled run with its retry delay.
        { 4,
            {
                QStringLiteral("CREATE TABLE schedule_state ("
                               " job TEXT PRIMARY KEY NOT NULL,"
                               " paused INTEGER NOT NULL DEFAULT 0,"
                               " last_fire TEXT,"
                               " next_fire TEXT,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE leases ("
                               " job TEXT PRIMARY KEY NOT NULL,"
                               " holder TEXT NOT NULL," // host:pid:uuid
                               " acquired_at TEXT NOT NULL,"
                               " expires_at TEXT NOT NULL,"
                               " heartbeat_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE run_attempts ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " job TEXT NOT NULL,"
                               " fire_at TEXT NOT NULL," // the scheduled fire it belongs to
                               " attempt INTEGER NOT NULL," // 1 = first try
                               " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                               " status TEXT NOT NULL,"
                               " error TEXT NOT NULL DEFAULT '',"
                               " transient INTEGER NOT NULL DEFAULT 0,"
                               " delay_ms INTEGER NOT NULL DEFAULT 0," // waited before it
                               " ceiling_ms INTEGER NOT NULL DEFAULT 0," // backoff cap
                               " holder TEXT NOT NULL DEFAULT '',"
                               " started_at TEXT NOT NULL,"
                               " finished_at TEXT)"),
                QStringLiteral("CREATE INDEX run_attempts_job_id ON run_attempts(job, id)"),
            } },
        // Metrics time series (MetricsRepository): one row per job, metric and bucket at
        // minute, hour and day resolution; compact() deletes by (resolution, bucket).
        { 5,
            {
                QStringLiteral("CREATE TABLE metric_points ("
                               " job TEXT NOT NULL,"
                               " metric TEXT NOT NULL,"
                               " resolution INTEGER NOT NULL," // bucket length in seconds
                               " bucket INTEGER NOT NULL," // start, seconds since the epoch
                               " count INTEGER NOT NULL,"
                               " sum REAL NOT NULL,"
                               " min REAL NOT NULL,"
                               " max REAL NOT NULL,"
                               " p50 REAL NOT NULL,"
                               " p95 REAL NOT NULL,"
                               " run_id INTEGER NOT NULL DEFAULT 0," // the run of the max
                               " PRIMARY KEY (job, metric, resolution, bucket)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX metric_points_metric_resolution_bucket"
                               " ON metric_points(metric, resolution, bucket)"),
                QStringLiteral("CREATE INDEX metric_points_resolution_bucket"
                               " ON metric_points(resolution, bucket)"),
            } },
        // Alerts: rules and channels as config items (like endpoints), the events (each
        // firing and each recovery; the newest per rule and job is its current state) and every
        // delivery attempt per channel. Test messages have no event (event_id NULL).
        { 6,
            {
                QStringLiteral("CREATE TABLE alert_rules ("
                               " name TEXT PRIMARY KEY NOT NULL,"
                               " definition TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE alert_channels ("
                               " name TEXT PRIMARY KEY NOT NULL,"
                               " definition TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE alert_events ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " rule TEXT NOT NULL,"
                               " job TEXT NOT NULL,"
                               " state TEXT NOT NULL," // firing, ok
                               " severity TEXT NOT NULL,"
                               " value REAL NOT NULL,"
                               " threshold REAL NOT NULL,"
                               " message TEXT NOT NULL,"
                               " at TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX alert_events_rule_job_id ON alert_events(rule, job, id)"),
                QStringLiteral("CREATE TABLE alert_deliveries ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " event_id INTEGER REFERENCES alert_events(id) ON DELETE CASCADE,"
                               " channel TEXT NOT NULL,"
                               " attempt INTEGER NOT NULL,"
                               " status TEXT NOT NULL," // sent, failed, skipped
                               " error TEXT NOT NULL DEFAULT '',"
                               " at TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX alert_deliveries_event_id ON alert_deliveries(event_id, id)"),
            } },
    };
    return list;
}

QString resolveFile(const QString& location)
{
    const QFileInfo info(location);
    if (info.isDir() || location.endsWith(QLatin1Char('/')))
        return QDir(location).absoluteFilePath(s_fileName);
    return info.absoluteFilePath();
}

QString uniqueConnectionName()
{
    static std::atomic<quint64> s_counter { 0 };
    return QStringLiteral("syncline-workspace-%1-%2")
        .arg(++s_counter)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

} // namespace

Workspace::Workspace(QString location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{ }

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    qCDebug(lcStore) << "closed workspace" << m_location << "connection" << m_connectionName;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& location)
{
    if (location.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("no workspace location given"));
    const QString file = resolveFile(location);
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::runtime(
            QStringLiteral("workspace %1: cannot create the directory %2").arg(file, dir));

    // From here on the destructor closes and removes the connection, whatever happens.
    std::unique_ptr<Workspace> workspace(new Workspace(file, uniqueConnectionName()));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), workspace->m_connectionName);
        if (!db.isValid())
            return Error::runtime(QStringLiteral("workspace %1: the Qt SQLite driver (QSQLITE) "
                                                 "is not available")
                                      .arg(file));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(s_busyTimeoutMs));
        if (!db.open())
            return Error::runtime(
                QStringLiteral("workspace %1: cannot open: %2").arg(file, db.lastError().text()));
    }

    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(s_busyTimeoutMs),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString& pragma : pragmas) {
        QSqlQuery query(workspace->database());
        if (!query.exec(pragma))
            return StoreSql::queryError(*workspace, query, pragma);
    }
    if (auto wal = workspace->enableWal(); !wal)
        return wal.error();

    if (auto migrated = workspace->migrate(); !migrated)
        return migrated.error();
    qCDebug(lcStore) << "opened workspace" << file << "schema version" << workspace->schemaVersion()
                     << "connection" << workspace->m_connectionName;
    return workspace;
}

QString Workspace::defaultLocation()
{
    const QString fromEnvironment = qEnvironmentVariable("SYNCLINE_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/syncline");
    return dir + QLatin1Char('/') + s_fileName;
}

bool Workspace::exists(const QString& location)
{
    const QFileInfo info(location);
    if (info.isDir())
        return QFileInfo(QDir(location).filePath(s_fileName)).isFile();
    return info.isFile();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

// WAL lets readers and one writer work at once, across threads and processes. The mode is
// stored in the file, so only a new file needs switching; switching does not wait on the busy
// handler, so when several connections create the same file at once it is retried here.
Status Workspace::enableWal()
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        QSqlQuery query(database());
        if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return {};
        query.finish();
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            if (query.next()
                && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive)
                    != 0)
                qCWarning(lcStore) << "workspace" << m_location << "is not in WAL mode but"
                                   << query.value(0).toString();
            return {};
        }
        const QString code = query.lastError().nativeErrorCode();
        const bool busy = code == QLatin1String("5") || code == QLatin1String("6");
        if (!busy || timer.hasExpired(s_busyTimeoutMs))
            return StoreSql::queryError(*this, query, QStringLiteral("PRAGMA journal_mode = WAL"));
        QThread::msleep(20);
    }
}

int Workspace::latestSchemaVersion()
{
    return migrations().constLast().version;
}

Status Workspace::migrate()
{
    {
        QSqlQuery query(database());
        const QString create = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                              " version INTEGER PRIMARY KEY,"
                                              " applied_at TEXT NOT NULL)");
        if (!query.exec(create))
            return StoreSql::queryError(*this, query,
                QStringLiteral("cannot create the "
                               "schema_migrations table"));
    }
    const auto tooNew = [this](int version) {
        return Error::runtime(QStringLiteral("workspace %1: schema version %2 is newer than this "
                                             "Syncline knows (%3); use a newer Syncline")
                                  .arg(m_location)
                                  .arg(version)
                                  .arg(latestSchemaVersion()));
    };
    const int initial = schemaVersion();
    if (initial > latestSchemaVersion())
        return tooNew(initial);

    for (const Migration& migration : migrations()) {
        if (schemaVersion() >= migration.version)
            continue;
        const Status applied = transaction([&]() -> Status {
            // Read again under the write lock: another connection may have migrated meanwhile.
            const int current = schemaVersion();
            if (current > latestSchemaVersion())
                return tooNew(current);
            if (current >= migration.version)
                return {};
            for (const QString& statement : migration.statements) {
                QSqlQuery query(database());
                if (!query.exec(statement))
                    return StoreSql::queryError(*this, query,
                        QStringLiteral("migration %1: %2").arg(migration.version).arg(statement));
            }
            auto recorded = StoreSql::run(*this,
                QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                { migration.version, StoreSql::nowText() });
            if (!recorded)
                return recorded.error();
            if (initial > 0)
                qCInfo(lcStore) << "workspace" << m_location << "migrated from schema version"
                                << current << "to" << migration.version;
            else
                qCDebug(lcStore) << "workspace" << m_location << "created at schema version"
                                 << migration.version;
            return {};
        });
        if (!applied)
            return applied;
    }
    return {};
}

Status Workspace::transaction(const std::function<Status()>& work)
{
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("syncline_%1").arg(m_transactionDepth);
    const QString begin
        = outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint;
    const QString commit
        = outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint;
    const QStringList rollback = outermost
        ? QStringList { QStringLiteral("ROLLBACK") }
        : QStringList { QStringLiteral("ROLLBACK TO ") + savepoint,
              QStringLiteral("RELEASE ") + savepoint };

    QSqlQuery query(database());
    if (!query.exec(begin))
        return StoreSql::queryError(*this, query, QStringLiteral("cannot begin a transaction"));

    const auto undo = [&]() {
        for (const QString& statement : rollback) {
            QSqlQuery q(database());
            if (!q.exec(statement))
                qCWarning(lcStore)
                    << "workspace" << m_location << statement << "failed:" << q.lastError().text();
        }
    };

    // Keeps the depth right and the transaction closed even if `work` throws.
    struct Guard
    {
        Workspace* workspace;
        std::function<void()> undo;
        bool done = false;
        ~Guard()
        {
            --workspace->m_transactionDepth;
            if (!done)
                undo();
        }
    } guard { this, undo };
    ++m_transactionDepth;

    const Status result = work();
    guard.done = true;
    if (!result) {
        undo();
        return result;
    }
    if (!query.exec(commit)) {
        const Error error
            = StoreSql::queryError(*this, query, QStringLiteral("cannot commit a transaction"));
        undo();
        return error;
    }
    return {};
}

} // namespace Syncline
