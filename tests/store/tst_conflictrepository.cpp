// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcheck.h"
#include "store/conflictrepository.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Syncline;
using Syncline::Test::SqlCheck;

namespace {

const QString s_job = QStringLiteral("people-sync");

QJsonObject person(const QString& name, const QJsonValue& email)
{
    return { { QStringLiteral("id"), 1 }, { QStringLiteral("name"), name },
        { QStringLiteral("email"), email } };
}

// An update/update conflict on "name" of the row with key `id`.
ConflictRecord nameConflict(int id, const QString& job = s_job)
{
    ConflictRecord conflict;
    conflict.job = job;
    conflict.entity = QStringLiteral("people -> people");
    conflict.key = QByteArray("\x01") + QByteArray::number(id);
    conflict.keyText = QStringLiteral("id=%1").arg(id);
    conflict.kind = ConflictRecord::Kind::UpdateUpdate;
    conflict.fields = { QStringLiteral("name") };
    conflict.base = person(QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    conflict.source = person(QStringLiteral("Anna"), QStringLiteral("ann@example.com"));
    conflict.target = person(QStringLiteral("Annie"), QStringLiteral("ann@example.com"));
    return conflict;
}

QList<qint64> ids(const QList<ConflictRecord>& conflicts)
{
    QList<qint64> out;
    for (const ConflictRecord& conflict : conflicts)
        out.append(conflict.id);
    return out;
}

} // namespace

class tst_ConflictRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void kindStrings();
    void upsertCreatesThenUpdatesTheSameEntry();
    void upsertNeedsJobAndKey();
    void afterResolvingANewConflictIsANewEntry();
    void markResolvedErrors();
    void pendingKeysPendingForAndCount();
    void closeSettled();
    void listingOrderAndPaging();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void concurrentUpsertsMakeOneEntry();
    void pagingThroughManyConflictsUsesTheIndexes();
    void migratesAVersionOneWorkspace();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void tst_ConflictRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace = Workspace::open(m_dir->path());
    QVERIFY2(workspace, qPrintable(workspace.error().message));
    m_workspace = std::move(*workspace);
}

void tst_ConflictRepository::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void tst_ConflictRepository::kindStrings()
{
    for (const auto kind : { ConflictRecord::Kind::UpdateUpdate, ConflictRecord::Kind::UpdateDelete,
             ConflictRecord::Kind::InsertInsert })
        QCOMPARE(ConflictRecord::kindFromString(ConflictRecord::toString(kind)), kind);
    QCOMPARE(ConflictRecord::toString(ConflictRecord::Kind::UpdateDelete),
        QStringLiteral("update/delete"));
    QCOMPARE(ConflictRecord::toString(ConflictRecord::Kind::InsertInsert),
        QStringLiteral("insert/insert"));
    QCOMPARE(ConflictRecord::kindFromString(QStringLiteral("bogus")),
        ConflictRecord::Kind::UpdateUpdate);
    QCOMPARE(ConflictRecord::toString(ConflictRecord::Status::Pending), QStringLiteral("pending"));
    QCOMPARE(
        ConflictRecord::toString(ConflictRecord::Status::Resolved), QStringLiteral("resolved"));
}

void tst_ConflictRepository::upsertCreatesThenUpdatesTheSameEntry()
{
    ConflictRepository conflicts(*m_workspace);
    ConflictRecord conflict = nameConflict(1);
    conflict.note = QStringLiteral("first");
    const auto id = conflicts.upsertPending(conflict);
    QVERIFY2(id, qPrintable(id.error().message));
    QVERIFY(*id > 0);

    const auto first = conflicts.get(*id);
    QVERIFY2(first, qPrintable(first.error().message));
    QCOMPARE(first->id, *id);
    QCOMPARE(first->job, s_job);
    QCOMPARE(first->entity, conflict.entity);
    QCOMPARE(first->key, conflict.key);
    QCOMPARE(first->keyText, QStringLiteral("id=1"));
    QCOMPARE(first->kind, ConflictRecord::Kind::UpdateUpdate);
    QCOMPARE(first->fields, QStringList { QStringLiteral("name") });
    QCOMPARE(first->base, conflict.base);
    QCOMPARE(first->source, conflict.source);
    QCOMPARE(first->target, conflict.target);
    QCOMPARE(first->note, QStringLiteral("first"));
    QCOMPARE(first->status, ConflictRecord::Status::Pending);
    QCOMPARE(first->detectedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(first->detectedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(first->updatedAt, first->detectedAt);
    QVERIFY(first->resolution.isEmpty());
    QVERIFY(first->resolvedBy.isEmpty());
    QVERIFY(!first->resolvedAt.isValid());

    // Timestamps have millisecond resolution: let the clock move past the first one.
    QTRY_VERIFY(QDateTime::currentDateTimeUtc() > first->updatedAt);

    // A later run sees the same key still in conflict, now with other values.
    ConflictRecord again = nameConflict(1);
    again.kind = ConflictRecord::Kind::UpdateDelete;
    again.fields = { QStringLiteral("name"), QStringLiteral("email") };
    again.source = person(QStringLiteral("Anne"), QJsonValue());
    again.target = QJsonValue();
    again.note = QStringLiteral("second");
    again.detectedAt = QDateTime::currentDateTimeUtc().addDays(1); // ignored: it is not new
    const auto sameId = conflicts.upsertPending(again);
    QVERIFY2(sameId, qPrintable(sameId.error().message));
    QCOMPARE(*sameId, *id);

    const auto second = conflicts.get(*id);
    QVERIFY(second);
    QCOMPARE(second->detectedAt, first->detectedAt);
    QVERIFY2(second->updatedAt > first->updatedAt,
        qPrintable(second->updatedAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(second->kind, ConflictRecord::Kind::UpdateDelete);
    QCOMPARE(second->fields, again.fields);
    QCOMPARE(second->base, conflict.base);
    QCOMPARE(second->source, again.source);
    QVERIFY(second->target.isNull());
    QCOMPARE(second->note, QStringLiteral("second"));
    QCOMPARE(second->status, ConflictRecord::Status::Pending);

    SqlCheck sql(m_workspace->location());
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM conflicts")).toInt(), 1);
    QCOMPARE(sql.value(QStringLiteral("SELECT status FROM conflicts")).toString(),
        QStringLiteral("pending"));
}

void tst_ConflictRepository::upsertNeedsJobAndKey()
{
    ConflictRepository conflicts(*m_workspace);
    ConflictRecord noJob = nameConflict(1);
    noJob.job.clear();
    auto id = conflicts.upsertPending(noJob);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, ErrorKind::BadInput);
    ConflictRecord noKey = nameConflict(1);
    noKey.key.clear();
    id = conflicts.upsertPending(noKey);
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QLatin1String("id=1")), qPrintable(id.error().message));
    QCOMPARE(*conflicts.countPending(), 0);
}

void tst_ConflictRepository::afterResolvingANewConflictIsANewEntry()
{
    ConflictRepository conflicts(*m_workspace);
    const qint64 id = *conflicts.upsertPending(nameConflict(1));
    const QJsonObject resolution { { QStringLiteral("take"), QStringLiteral("source") },
        { QStringLiteral("row"), person(QStringLiteral("Anna"), QStringLiteral("a@b.c")) } };
    const Status resolved = conflicts.markResolved(id, resolution, QStringLiteral("alice"));
    QVERIFY2(resolved, qPrintable(resolved.error().message));

    const auto closed = conflicts.get(id);
    QVERIFY(closed);
    QCOMPARE(closed->status, ConflictRecord::Status::Resolved);
    QCOMPARE(closed->resolution, resolution);
    QCOMPARE(closed->resolvedBy, QStringLiteral("alice"));
    QCOMPARE(closed->resolvedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(closed->resolvedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(closed->source, nameConflict(1).source); // the values stay for the record

    QVERIFY(!conflicts.pendingFor(s_job, nameConflict(1).key)->has_value());
    QCOMPARE(*conflicts.countPending(), 0);
    QVERIFY(conflicts.pendingKeys(s_job)->isEmpty());

    // The same key in conflict again is a new entry; the resolved one stays as it was.
    const auto newId = conflicts.upsertPending(nameConflict(1));
    QVERIFY2(newId, qPrintable(newId.error().message));
    QVERIFY(*newId > id);
    QCOMPARE(*conflicts.countPending(), 1);
    const auto all = conflicts.listAll();
    QVERIFY(all);
    QCOMPARE(ids(*all), QList<qint64>({ *newId, id })); // newest first
    QCOMPARE(all->at(1).status, ConflictRecord::Status::Resolved);
    QCOMPARE(all->at(0).status, ConflictRecord::Status::Pending);

    SqlCheck sql(m_workspace->location());
    QCOMPARE(sql.value(QStringLiteral("SELECT resolution FROM conflicts WHERE id = ?"), { id })
                 .toString(),
        QStringLiteral(R"({"row":{"email":"a@b.c","id":1,"name":"Anna"},"take":"source"})"));
    QCOMPARE(sql.value(QStringLiteral("SELECT resolved_by FROM conflicts WHERE id = ?"), { id })
                 .toString(),
        QStringLiteral("alice"));
}

void tst_ConflictRepository::markResolvedErrors()
{
    ConflictRepository conflicts(*m_workspace);
    Status unknown = conflicts.markResolved(42, {}, QStringLiteral("alice"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::BadInput);
    QVERIFY2(unknown.error().message.contains(QLatin1String("no conflict with id 42")),
        qPrintable(unknown.error().message));

    const qint64 id = *conflicts.upsertPending(nameConflict(1));
    QVERIFY(conflicts.markResolved(id, {}, QStringLiteral("alice")));
    const Status twice = conflicts.markResolved(id, {}, QStringLiteral("bob"));
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ErrorKind::BadInput);
    QVERIFY2(twice.error().message.contains(QLatin1String("already resolved"))
            && twice.error().message.contains(QLatin1String("alice")),
        qPrintable(twice.error().message));
    QCOMPARE(conflicts.get(id)->resolvedBy, QStringLiteral("alice"));

    const auto missing = conflicts.get(999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::BadInput);
}

void tst_ConflictRepository::pendingKeysPendingForAndCount()
{
    ConflictRepository conflicts(*m_workspace);
    const QString other = QStringLiteral("orders-sync");
    for (int id : { 1, 2, 3 })
        QVERIFY(conflicts.upsertPending(nameConflict(id)));
    QVERIFY(conflicts.upsertPending(nameConflict(1, other)));
    const qint64 resolved = *conflicts.upsertPending(nameConflict(4));
    QVERIFY(conflicts.markResolved(resolved, {}, QStringLiteral("alice")));

    const auto keys = conflicts.pendingKeys(s_job);
    QVERIFY(keys);
    QCOMPARE(
        *keys, QSet<QByteArray>({ nameConflict(1).key, nameConflict(2).key, nameConflict(3).key }));
    QCOMPARE(*conflicts.pendingKeys(other), QSet<QByteArray> { nameConflict(1).key });
    QVERIFY(conflicts.pendingKeys(QStringLiteral("nope"))->isEmpty());

    const auto found = conflicts.pendingFor(s_job, nameConflict(2).key);
    QVERIFY(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->keyText, QStringLiteral("id=2"));
    QCOMPARE((*found)->job, s_job);
    QVERIFY(!conflicts.pendingFor(other, nameConflict(2).key)->has_value());
    QVERIFY(!conflicts.pendingFor(s_job, nameConflict(4).key)->has_value()); // resolved

    QCOMPARE(*conflicts.countPending(), 4);
    QCOMPARE(*conflicts.countPending(s_job), 3);
    QCOMPARE(*conflicts.countPending(other), 1);
    QCOMPARE(*conflicts.countPending(QStringLiteral("nope")), 0);
}

void tst_ConflictRepository::closeSettled()
{
    ConflictRepository conflicts(*m_workspace);
    const QString other = QStringLiteral("orders-sync");
    const qint64 id = *conflicts.upsertPending(nameConflict(1));
    const qint64 otherId = *conflicts.upsertPending(nameConflict(1, other));

    QVERIFY(conflicts.closeSettled(s_job, nameConflict(1).key));
    const auto closed = conflicts.get(id);
    QVERIFY(closed);
    QCOMPARE(closed->status, ConflictRecord::Status::Resolved);
    QCOMPARE(closed->resolvedBy, QStringLiteral("engine"));
    QCOMPARE(
        closed->resolution.value(QStringLiteral("take")).toString(), QStringLiteral("settled"));
    QVERIFY(closed->resolvedAt.isValid());
    QCOMPARE(conflicts.get(otherId)->status, ConflictRecord::Status::Pending);

    // Nothing pending for that key (any more, or ever): nothing to do, no error.
    QVERIFY(conflicts.closeSettled(s_job, nameConflict(1).key));
    QVERIFY(conflicts.closeSettled(s_job, nameConflict(7).key));
    QCOMPARE(conflicts.get(id)->resolvedAt, closed->resolvedAt);
    QCOMPARE(*conflicts.countPending(), 1);
}

void tst_ConflictRepository::listingOrderAndPaging()
{
    ConflictRepository conflicts(*m_workspace);
    const QString other = QStringLiteral("orders-sync");
    QList<qint64> mine;
    QList<qint64> everything;
    for (int i = 1; i <= 25; ++i) {
        const bool isOther = i % 3 == 0;
        const qint64 id = *conflicts.upsertPending(nameConflict(i, isOther ? other : s_job));
        everything.append(id);
        if (!isOther)
            mine.append(id);
    }
    // Resolved ones are not in the queue.
    const qint64 resolved = mine.at(4);
    QVERIFY(conflicts.markResolved(resolved, {}, QStringLiteral("alice")));
    mine.removeOne(resolved);
    everything.removeOne(resolved);

    QList<qint64> paged;
    for (int offset = 0;; offset += 7) {
        const auto page = conflicts.listPending(QString(), 7, offset);
        QVERIFY2(page, qPrintable(page.error().message));
        QVERIFY(page->size() <= 7);
        paged += ids(*page);
        if (page->size() < 7)
            break;
    }
    QCOMPARE(paged, everything); // oldest first, every one once

    QCOMPARE(ids(*conflicts.listPending(s_job)), mine);
    QCOMPARE(ids(*conflicts.listPending(s_job, 3, 2)), mine.mid(2, 3));
    QCOMPARE(ids(*conflicts.listPending(s_job, -1, 0)), mine);
    QVERIFY(conflicts.listPending(s_job, 10, 1000)->isEmpty());
    QVERIFY(conflicts.listPending(QStringLiteral("nope"))->isEmpty());
    const auto others = conflicts.listPending(other);
    QVERIFY(others);
    QCOMPARE(others->size(), 8);
    for (const ConflictRecord& conflict : *others)
        QCOMPARE(conflict.job, other);

    // Everything, newest first, resolved ones included.
    const auto all = conflicts.listAll();
    QVERIFY(all);
    QCOMPARE(all->size(), 25);
    QVERIFY(all->first().id > all->last().id);
    QCOMPARE(conflicts.listAll(s_job, 5)->size(), 5);
    QCOMPARE(conflicts.listAll(s_job)->size(), 17);
}

void tst_ConflictRepository::jsonRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonValue>("base");
    QTest::addColumn<QJsonValue>("source");
    QTest::addColumn<QJsonValue>("target");

    const QJsonObject typed { { QStringLiteral("id"), 7 },
        { QStringLiteral("name"), QStringLiteral("Zoë \"Z\" O'Brien\n日本") },
        { QStringLiteral("empty"), QStringLiteral("") },
        { QStringLiteral("missing"), QJsonValue() },
        { QStringLiteral("amount"), QStringLiteral("12.3400") }, { QStringLiteral("ratio"), 0.25 },
        { QStringLiteral("active"), false }, { QStringLiteral("blob"), QStringLiteral("\\x00ff") },
        { QStringLiteral("at"), QStringLiteral("2024-05-01T12:00:00.123456Z") } };
    QJsonObject changed = typed;
    changed.insert(QStringLiteral("empty"), QJsonValue());
    changed.insert(QStringLiteral("missing"), QStringLiteral(""));

    QTest::newRow("update/update") << int(ConflictRecord::Kind::UpdateUpdate) << QJsonValue(typed)
                                   << QJsonValue(changed) << QJsonValue(typed);
    QTest::newRow("insert/insert: no base")
        << int(ConflictRecord::Kind::InsertInsert) << QJsonValue() << QJsonValue(typed)
        << QJsonValue(changed);
    QTest::newRow("source deleted") << int(ConflictRecord::Kind::UpdateDelete) << QJsonValue(typed)
                                    << QJsonValue() << QJsonValue(changed);
    QTest::newRow("target deleted") << int(ConflictRecord::Kind::UpdateDelete) << QJsonValue(typed)
                                    << QJsonValue(changed) << QJsonValue();
}

void tst_ConflictRepository::jsonRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(QJsonValue, base);
    QFETCH(QJsonValue, source);
    QFETCH(QJsonValue, target);

    ConflictRepository conflicts(*m_workspace);
    ConflictRecord conflict = nameConflict(7);
    conflict.kind = ConflictRecord::Kind(kind);
    conflict.fields = { QStringLiteral("empty"), QStringLiteral("missing") };
    conflict.base = base;
    conflict.source = source;
    conflict.target = target;
    conflict.key = QByteArray("\x00\x01\xff\x00", 4); // any bytes, zeros included
    const auto id = conflicts.upsertPending(conflict);
    QVERIFY2(id, qPrintable(id.error().message));

    const auto stored = conflicts.get(*id);
    QVERIFY2(stored, qPrintable(stored.error().message));
    QCOMPARE(stored->kind, conflict.kind);
    QCOMPARE(stored->key, conflict.key);
    QCOMPARE(stored->base, base);
    QCOMPARE(stored->source, source);
    QCOMPARE(stored->target, target);
    QCOMPARE(stored->fields, conflict.fields);
    // An empty string and a null are different values, and stay so.
    if (source.isObject()) {
        QCOMPARE(stored->source.toObject().value(QStringLiteral("missing")),
            source.toObject().value(QStringLiteral("missing")));
    }
    QVERIFY(conflicts.pendingFor(s_job, conflict.key)->has_value());

    // A deleted side is SQL NULL, a present side a JSON object.
    SqlCheck sql(m_workspace->location());
    const auto row = sql.rows(QStringLiteral("SELECT base IS NULL, source IS NULL, target IS NULL, "
                                             "json_type(source), kind FROM conflicts WHERE id = ?"),
        { *id });
    QCOMPARE(row.size(), 1);
    QCOMPARE(row[0][0].toBool(), base.isNull());
    QCOMPARE(row[0][1].toBool(), source.isNull());
    QCOMPARE(row[0][2].toBool(), target.isNull());
    if (!source.isNull())
        QCOMPARE(row[0][3].toString(), QStringLiteral("object"));
    QCOMPARE(row[0][4].toString(), ConflictRecord::toString(conflict.kind));
}

void tst_ConflictRepository::concurrentUpsertsMakeOneEntry()
{
    // Two runs (here: threads with their own connections) queue the same key at once.
    const QString location = m_workspace->location();
    constexpr int threads = 4;
    constexpr int rounds = 25;
    QSemaphore ready;
    QSemaphore go;
    QMutex mutex;
    QStringList errors;
    QSet<qint64> seen;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t]() {
            auto workspace = Workspace::open(location);
            ready.release();
            go.acquire();
            if (!workspace) {
                QMutexLocker lock(&mutex);
                errors.append(workspace.error().message);
                return;
            }
            ConflictRepository conflicts(**workspace);
            for (int round = 0; round < rounds; ++round) {
                ConflictRecord conflict = nameConflict(1);
                conflict.note = QStringLiteral("thread %1 round %2").arg(t).arg(round);
                const auto id = conflicts.upsertPending(conflict);
                QMutexLocker lock(&mutex);
                if (id)
                    seen.insert(*id);
                else
                    errors.append(id.error().message);
            }
        }));
        workers.back()->start();
    }
    ready.acquire(threads);
    go.release(threads);
    for (const auto& worker : workers)
        QVERIFY(worker->wait(60000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(seen.size(), 1);
    SqlCheck sql(location);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM conflicts")).toInt(), 1);
}

void tst_ConflictRepository::pagingThroughManyConflictsUsesTheIndexes()
{
    constexpr int total = 100000;
    constexpr int pageSize = 1000;
    {
        // Bulk-load through SQL: the point here is reading, not 100,000 upserts.
        QSqlQuery query(m_workspace->database());
        QVERIFY(m_workspace->transaction([&]() -> Status {
            const bool ok = query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO conflicts (job, entity, key, key_text, kind, fields, base, source, "
                "target, detected_at, updated_at, status) "
                "SELECT 'job' || (i % 4), 'a -> b', CAST(printf('%08d', i) AS BLOB), 'id=' || i, "
                "'update/update', '[\"name\"]', '{\"id\":' || i || ',\"name\":\"base\"}', "
                "'{\"id\":' || i || ',\"name\":\"source\"}', "
                "'{\"id\":' || i || ',\"name\":\"target\"}', "
                "'2024-05-01T12:00:00.000Z', '2024-05-01T12:00:00.000Z', "
                "CASE WHEN i % 10 = 0 THEN 'resolved' ELSE 'pending' END FROM n")
                                           .arg(total));
            return ok ? Status() : Error::runtime(query.lastError().text());
        }));
    }
    ConflictRepository conflicts(*m_workspace);
    QCOMPARE(*conflicts.countPending(), qint64(total - total / 10));

    // Each query the queue runs searches an index, and none sorts: a later page skips index
    // entries only.
    const auto plan = [&](const QString& sql) {
        QSqlQuery query(m_workspace->database());
        QStringList steps;
        if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            steps.append(query.lastError().text());
        while (query.next())
            steps.append(query.value(3).toString());
        return steps;
    };
    const QList<std::pair<QString, QString>> expected {
        { QStringLiteral("SELECT * FROM conflicts WHERE status = 'pending' ORDER BY id "
                         "LIMIT 10 OFFSET 5000"),
            QStringLiteral("SEARCH conflicts USING INDEX conflicts_status_id (status=?)") },
        { QStringLiteral("SELECT * FROM conflicts WHERE status = 'pending' AND job = 'job1' "
                         "ORDER BY id LIMIT 10 OFFSET 5000"),
            QStringLiteral(
                "SEARCH conflicts USING INDEX conflicts_status_job_id (status=? AND job=?)") },
        { QStringLiteral(
              "SELECT key FROM conflicts WHERE job = 'job1' AND status = 'pending' ORDER BY key"),
            QStringLiteral("SEARCH conflicts USING INDEX conflicts_pending_job_key (job=?)") },
        { QStringLiteral("SELECT * FROM conflicts WHERE job = 'job1' AND key = x'00' "
                         "AND status = 'pending'"),
            QStringLiteral(
                "SEARCH conflicts USING INDEX conflicts_pending_job_key (job=? AND key=?)") },
    };
    for (const auto& [sql, step] : expected)
        QCOMPARE(plan(sql), QStringList { step });

    QElapsedTimer timer;
    timer.start();
    qint64 seen = 0;
    qint64 previous = 0;
    for (int offset = 0;; offset += pageSize) {
        const auto page = conflicts.listPending(QString(), pageSize, offset);
        QVERIFY2(page, qPrintable(page.error().message));
        for (const ConflictRecord& conflict : *page) {
            QVERIFY(conflict.id > previous);
            previous = conflict.id;
        }
        seen += page->size();
        if (page->size() < pageSize)
            break;
    }
    QCOMPARE(seen, qint64(total - total / 10));
    qint64 oneJob = 0;
    for (int offset = 0;; offset += pageSize) {
        const auto page = conflicts.listPending(QStringLiteral("job1"), pageSize, offset);
        QVERIFY(page);
        oneJob += page->size();
        if (page->size() < pageSize)
            break;
    }
    QCOMPARE(oneJob, qint64(total / 4)); // i % 4 == 1 is never a multiple of 10: all pending
    QCOMPARE(conflicts.pendingKeys(QStringLiteral("job1"))->size(), oneJob);
    const qint64 ms = timer.elapsed();
    qDebug() << "paged through" << seen << "+" << oneJob << "pending conflicts in" << ms << "ms";
    // Generous, for slow CI machines: a sort or a full scan per page is far slower.
    QVERIFY2(ms < 30000, qPrintable(QString::number(ms)));
}

void tst_ConflictRepository::migratesAVersionOneWorkspace()
{
    // A workspace as schema version 1 left it: no conflicts table.
    const QString file = m_workspace->location();
    m_workspace.reset();
    {
        SqlCheck sql(file);
        // Every table that migration 1 did not create goes (later migrations add others).
        const QStringList versionOne { QStringLiteral("endpoints"), QStringLiteral("mappings"),
            QStringLiteral("jobs"), QStringLiteral("runs"), QStringLiteral("run_metrics"),
            QStringLiteral("journal"), QStringLiteral("job_state"), QStringLiteral("quarantine"),
            QStringLiteral("audit"), QStringLiteral("schema_migrations") };
        for (const auto& row :
            sql.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                    "type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
            if (!versionOne.contains(row.first().toString()))
                QVERIFY(sql.exec(QStringLiteral("DROP TABLE %1").arg(row.first().toString())));
        }
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version > 1")));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO audit (at, actor, action, object, detail) "
                                        "VALUES ('t', 'alice', 'import', 'config', '{}')")));
        QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                          "name LIKE 'conflicts%'"))
                     .toInt(),
            0);
    }

    auto reopened = Workspace::open(file);
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    QCOMPARE((*reopened)->schemaVersion(), Workspace::latestSchemaVersion());
    ConflictRepository conflicts(**reopened);
    const auto id = conflicts.upsertPending(nameConflict(1));
    QVERIFY2(id, qPrintable(id.error().message));
    QCOMPARE(*conflicts.countPending(), 1);

    SqlCheck sql(file);
    QCOMPARE(sql.rows(QStringLiteral("SELECT version FROM schema_migrations WHERE version <= 3 "
                                     "ORDER BY version")),
        QList<QVariantList>({ { 1 }, { 2 }, { 3 } }));
    QCOMPARE(sql.value(QStringLiteral("SELECT actor FROM audit")).toString(),
        QStringLiteral("alice")); // what was there stays
    QStringList indexes;
    for (const auto& row : sql.rows(QStringLiteral(
             "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'conflicts' "
             "AND sql IS NOT NULL ORDER BY name")))
        indexes.append(row.first().toString());
    QCOMPARE(indexes,
        QStringList({ QStringLiteral("conflicts_pending_job_key"),
            QStringLiteral("conflicts_status_entity_id"), QStringLiteral("conflicts_status_id"),
            QStringLiteral("conflicts_status_job_id"),
            QStringLiteral("conflicts_status_kind_id") }));

    // Opening it again changes nothing.
    reopened->reset();
    const QString before = sql.dump();
    auto again = Workspace::open(file);
    QVERIFY(again);
    QCOMPARE((*again)->schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(sql.dump(), before);
}

QTEST_GUILESS_MAIN(tst_ConflictRepository)
#include "tst_conflictrepository.moc"
