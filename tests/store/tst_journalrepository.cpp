// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcheck.h"
#include "store/journalrepository.h"
#include "store/workspace.h"

#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <limits>

using namespace Syncline;
using Syncline::Test::SqlCheck;

namespace {

// The order the merge-join expects: unsigned bytes, a prefix before its extensions (memcmp).
bool memcmpLess(const QByteArray& a, const QByteArray& b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
    });
}

QList<QByteArray> tricky()
{
    return { QByteArray("\x00", 1), QByteArray("\x00\x00", 2), QByteArray("\x00\x01", 2),
        QByteArray("\x01", 1), QByteArray("\x7f", 1), QByteArray("\x80", 1), QByteArray("\xff", 1),
        QByteArray("\xff\x00", 2), QByteArray("\xff\xff", 2), QByteArray("\xff\xff\xff", 3),
        QByteArray("a"), QByteArray("a\x00", 2), QByteArray("ab"), QByteArray("b"),
        QByteArray("B") };
}

QList<QByteArray> randomKeys(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QSet<QByteArray> seen;
    QList<QByteArray> keys;
    while (keys.size() < n) {
        QByteArray key(1 + random.bounded(8), Qt::Uninitialized);
        for (char& c : key)
            c = char(random.bounded(256));
        if (!seen.contains(key)) {
            seen.insert(key);
            keys.append(key);
        }
    }
    return keys;
}

QList<JournalEntry> entriesFor(const QList<QByteArray>& keys)
{
    QList<JournalEntry> entries;
    for (qsizetype i = 0; i < keys.size(); ++i)
        entries.append({ keys[i], quint64(i) * 0x9E3779B97F4A7C15ull,
            i % 2 ? QByteArray("base:") + keys[i] : QByteArray() });
    return entries;
}

} // namespace

class tst_JournalRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void streamIsInMemcmpOrder_data();
    void streamIsInMemcmpOrder();
    void streamPagesAcrossChunkBoundaries_data();
    void streamPagesAcrossChunkBoundaries();
    void streamToleratesWritesBetweenPages();
    void hashKeepsAll64Bits();
    void applyUpsertsAndDeletes();
    void lookupInBatches();
    void countAndClear();
    void watermarkRoundTrips_data();
    void watermarkRoundTrips();
    void watermarkEdgeCases();
    void manyBatchesStreamBack();

private:
    QList<JournalEntry> readAll(const QString& job, int chunkSize);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void tst_JournalRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->path());
    QVERIFY2(workspace, qPrintable(workspace.error().message));
    m_workspace = std::move(workspace).value();
}

void tst_JournalRepository::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

QList<JournalEntry> tst_JournalRepository::readAll(const QString& job, int chunkSize)
{
    QList<JournalEntry> out;
    auto stream = JournalRepository(*m_workspace).stream(job, chunkSize);
    JournalEntry entry;
    while (true) {
        auto more = stream->next(entry);
        if (!more) {
            qWarning() << more.error().message;
            return {};
        }
        if (!*more)
            break;
        out.append(entry);
    }
    return out;
}

void tst_JournalRepository::streamIsInMemcmpOrder_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::newRow("chunk 3") << 3;
    QTest::newRow("chunk 7") << 7;
    QTest::newRow("default") << 0;
}

void tst_JournalRepository::streamIsInMemcmpOrder()
{
    QFETCH(int, chunkSize);
    QList<QByteArray> keys = tricky();
    for (const QByteArray& key : randomKeys(300, 7)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QList<JournalEntry> entries = entriesFor(keys);
    std::shuffle(entries.begin(), entries.end(), *QRandomGenerator::global());
    JournalRepository journal(*m_workspace);
    QVERIFY(journal.apply(QStringLiteral("job"), entries, {}));
    // Another job's entries interleave in the table but never in the stream.
    QVERIFY(journal.apply(QStringLiteral("job2"), entriesFor(randomKeys(50, 8)), {}));
    QVERIFY(journal.apply(QStringLiteral("jo"), entriesFor(randomKeys(5, 9)), {}));

    std::sort(keys.begin(), keys.end(), memcmpLess);
    const QList<JournalEntry> streamed = readAll(QStringLiteral("job"), chunkSize);
    QList<QByteArray> streamedKeys;
    for (const JournalEntry& e : streamed)
        streamedKeys.append(e.key);
    QCOMPARE(streamedKeys, keys);
    QCOMPARE(streamedKeys.first(), QByteArray("\x00", 1));
    QCOMPARE(streamedKeys.last().left(2), QByteArray("\xff\xff", 2));

    // Each entry arrives whole.
    QHash<QByteArray, JournalEntry> byKey;
    for (const JournalEntry& e : entries)
        byKey.insert(e.key, e);
    for (const JournalEntry& e : streamed) {
        QCOMPARE(e.hash, byKey.value(e.key).hash);
        QCOMPARE(e.base, byKey.value(e.key).base);
    }
}

void tst_JournalRepository::streamPagesAcrossChunkBoundaries_data()
{
    QTest::addColumn<int>("entries");
    for (int n : { 0, 1, 2, 3, 4, 6, 7, 9, 10 })
        QTest::newRow(qPrintable(QStringLiteral("%1 entries").arg(n))) << n;
}

void tst_JournalRepository::streamPagesAcrossChunkBoundaries()
{
    QFETCH(int, entries);
    QList<QByteArray> keys;
    for (int i = 0; i < entries; ++i)
        keys.append(QByteArray(1, char(i * 20)) + QByteArray::number(i));
    JournalRepository journal(*m_workspace);
    QVERIFY(journal.apply(QStringLiteral("job"), entriesFor(keys), {}));
    const auto streamed = readAll(QStringLiteral("job"), 3);
    QCOMPARE(streamed.size(), entries);
    for (int i = 0; i < entries; ++i)
        QCOMPARE(streamed[i].key, keys[i]);

    // next() keeps saying "no more" at the end.
    auto stream = journal.stream(QStringLiteral("job"), 3);
    JournalEntry entry;
    for (int i = 0; i < entries; ++i)
        QVERIFY(*stream->next(entry));
    QVERIFY(!*stream->next(entry));
    QVERIFY(!*stream->next(entry));
}

void tst_JournalRepository::streamToleratesWritesBetweenPages()
{
    QList<QByteArray> keys;
    for (int i = 0; i < 10; ++i)
        keys.append(QByteArray::number(i));
    JournalRepository journal(*m_workspace);
    QVERIFY(journal.apply(QStringLiteral("job"), entriesFor(keys), {}));

    // As the engine does: after each entry read, rewrite it or delete it (keys <= last read).
    auto stream = journal.stream(QStringLiteral("job"), 3);
    QList<QByteArray> seen;
    JournalEntry entry;
    while (true) {
        auto more = stream->next(entry);
        QVERIFY2(more, qPrintable(more.error().message));
        if (!*more)
            break;
        seen.append(entry.key);
        const int i = entry.key.toInt();
        if (i % 3 == 0)
            QVERIFY(journal.apply(QStringLiteral("job"), {}, { entry.key }));
        else
            QVERIFY(journal.apply(QStringLiteral("job"), { { entry.key, 1000u + i, {} } }, {}));
    }
    QCOMPARE(seen, keys);
    SqlCheck sql(m_workspace->location());
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM journal")).toInt(), 6);
    QCOMPARE(
        sql.value(QStringLiteral("SELECT hash FROM journal WHERE key = ?"), { QByteArray("5") })
            .toLongLong(),
        1005);
}

void tst_JournalRepository::hashKeepsAll64Bits()
{
    const QList<quint64> hashes = { 0, 1, quint64(std::numeric_limits<qint64>::max()),
        quint64(1) << 63, std::numeric_limits<quint64>::max(), 0xDEADBEEFCAFEBABEull };
    QList<JournalEntry> entries;
    for (int i = 0; i < hashes.size(); ++i)
        entries.append({ QByteArray::number(i), hashes[i], {} });
    JournalRepository journal(*m_workspace);
    QVERIFY(journal.apply(QStringLiteral("job"), entries, {}));
    const auto streamed = readAll(QStringLiteral("job"), 100);
    QCOMPARE(streamed.size(), hashes.size());
    for (int i = 0; i < hashes.size(); ++i)
        QCOMPARE(streamed[i].hash, hashes[i]);

    // Stored as the signed integer with the same bits.
    SqlCheck sql(m_workspace->location());
    QCOMPARE(
        sql.value(QStringLiteral("SELECT hash FROM journal WHERE key = ?"), { QByteArray("4") })
            .toLongLong(),
        qint64(-1));
    QCOMPARE(sql.value(QStringLiteral("SELECT typeof(hash) || typeof(key) FROM journal LIMIT 1"))
                 .toString(),
        QStringLiteral("integerblob"));
}

void tst_JournalRepository::applyUpsertsAndDeletes()
{
    JournalRepository journal(*m_workspace);
    const QString job = QStringLiteral("job");
    QVERIFY(journal.apply(job, { { "a", 1, "base-a" }, { "b", 2, "base-b" }, { "c", 3, {} } }, {}));
    const Status applied
        = journal.apply(job, { { "b", 20, "base-b2" }, { "d", 4, "base-d" } }, { "a", "zzz" });
    QVERIFY2(applied, qPrintable(applied.error().message));

    SqlCheck sql(m_workspace->location());
    const auto rows = sql.rows(
        QStringLiteral("SELECT key, hash, base FROM journal WHERE job = ? ORDER BY key"), { job });
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0][0].toByteArray(), QByteArray("b"));
    QCOMPARE(rows[0][1].toLongLong(), 20);
    QCOMPARE(rows[0][2].toByteArray(), QByteArray("base-b2"));
    QCOMPARE(rows[1][0].toByteArray(), QByteArray("c"));
    QVERIFY(rows[1][2].isNull()); // no base for one-way jobs
    QCOMPARE(rows[2][0].toByteArray(), QByteArray("d"));

    // Nothing to do is fine.
    QVERIFY(journal.apply(job, {}, {}));

    // The same key twice in one call (within one statement and across statements): the
    // later entry wins; a key both written and removed ends up removed.
    QList<JournalEntry> many;
    for (int i = 0; i < 250; ++i)
        many.append({ QByteArray::number(i % 120), quint64(i), {} });
    QVERIFY(journal.apply(QStringLiteral("dup"), many, { QByteArray("7") }));
    QCOMPARE(*journal.count(QStringLiteral("dup")), 119);
    auto found = journal.lookup(QStringLiteral("dup"), { QByteArray("0"), QByteArray("119") });
    QVERIFY(found);
    QCOMPARE(found->value(QByteArray("0")).hash, quint64(240));
    QCOMPARE(found->value(QByteArray("119")).hash, quint64(239));
}

void tst_JournalRepository::lookupInBatches()
{
    const QList<QByteArray> keys = randomKeys(1234, 11);
    const QList<JournalEntry> entries = entriesFor(keys);
    JournalRepository journal(*m_workspace);
    QVERIFY(journal.apply(QStringLiteral("job"), entries, {}));
    QVERIFY(journal.apply(QStringLiteral("other"), entriesFor(randomKeys(20, 12)), {}));

    QList<QByteArray> wanted = keys.mid(100, 1100);
    const QList<QByteArray> missing = { QByteArray("\x00missing", 8), QByteArray("nope") };
    wanted += missing;
    auto found = journal.lookup(QStringLiteral("job"), wanted);
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found->size(), 1100);
    for (qsizetype i = 100; i < 1200; ++i) {
        const JournalEntry e = found->value(keys[i]);
        QCOMPARE(e.key, keys[i]);
        QCOMPARE(e.hash, entries[i].hash);
        QCOMPARE(e.base, entries[i].base);
    }
    for (const QByteArray& key : missing)
        QVERIFY(!found->contains(key));

    auto none = journal.lookup(QStringLiteral("job"), {});
    QVERIFY(none && none->isEmpty());
}

void tst_JournalRepository::countAndClear()
{
    JournalRepository journal(*m_workspace);
    QCOMPARE(*journal.count(QStringLiteral("job")), 0);
    QVERIFY(journal.apply(QStringLiteral("job"), entriesFor(randomKeys(25, 3)), {}));
    QVERIFY(journal.apply(QStringLiteral("keep"), entriesFor(randomKeys(5, 4)), {}));
    QVERIFY(journal.setWatermark(QStringLiteral("job"), QVariant(qlonglong(3))));
    QVERIFY(journal.setWatermark(QStringLiteral("keep"), QVariant(qlonglong(4))));
    QCOMPARE(*journal.count(QStringLiteral("job")), 25);

    QVERIFY(journal.clear(QStringLiteral("job")));
    QCOMPARE(*journal.count(QStringLiteral("job")), 0);
    QVERIFY(!journal.watermark(QStringLiteral("job"))->isValid());
    QCOMPARE(*journal.count(QStringLiteral("keep")), 5);
    QCOMPARE(*journal.watermark(QStringLiteral("keep")), QVariant(qlonglong(4)));
    SqlCheck sql(m_workspace->location());
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM journal")).toInt(), 5);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM job_state")).toInt(), 1);
}

void tst_JournalRepository::watermarkRoundTrips_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("stored");
    QTest::newRow("int") << QVariant(qlonglong(42)) << QStringLiteral(R"({"t":"int","v":"42"})");
    QTest::newRow("int past 2^53") << QVariant(qlonglong(9007199254740993LL))
                                   << QStringLiteral(R"({"t":"int","v":"9007199254740993"})");
    QTest::newRow("int min") << QVariant(std::numeric_limits<qlonglong>::min()) << QString();
    QTest::newRow("negative") << QVariant(qlonglong(-5)) << QString();
    QTest::newRow("real") << QVariant(0.1) << QStringLiteral(R"({"t":"real","v":0.1})");
    QTest::newRow("real large") << QVariant(1.7976931348623157e308) << QString();
    QTest::newRow("real tiny") << QVariant(5e-324) << QString();
    QTest::newRow("real whole") << QVariant(3.0) << QString();
    QTest::newRow("text") << QVariant(QStringLiteral("2024-05-01 12:00:00.123"))
                          << QStringLiteral(R"({"t":"text","v":"2024-05-01 12:00:00.123"})");
    QTest::newRow("text unicode") << QVariant(QStringLiteral("Zürich \u20ac \"q\"")) << QString();
    QTest::newRow("text empty") << QVariant(QStringLiteral("")) << QString();
    QTest::newRow("blob") << QVariant(QByteArray("\x00\xff\x10", 3))
                          << QStringLiteral(R"({"t":"blob-hex","v":"00ff10"})");
    QTest::newRow("datetime utc") << QVariant(QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 123),
        Qt::UTC)) << QString();
    QTest::newRow("datetime offset")
        << QVariant(QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 5), Qt::OffsetFromUTC, 7200))
        << QString();
    QTest::newRow("date") << QVariant(QDate(2023, 12, 31)) << QString();
}

void tst_JournalRepository::watermarkRoundTrips()
{
    QFETCH(QVariant, value);
    QFETCH(QString, stored);
    JournalRepository journal(*m_workspace);
    QVERIFY(!journal.watermark(QStringLiteral("job"))->isValid());
    const Status set = journal.setWatermark(QStringLiteral("job"), value);
    QVERIFY2(set, qPrintable(set.error().message));

    // Through a fresh connection, so nothing is cached.
    auto other = Workspace::open(m_workspace->location());
    QVERIFY(other);
    auto read = JournalRepository(**other).watermark(QStringLiteral("job"));
    QVERIFY2(read, qPrintable(read.error().message));
    QCOMPARE(read->typeId(), value.typeId());
    QCOMPARE(*read, value);
    if (value.typeId() == QMetaType::QDateTime)
        QCOMPARE(read->toDateTime().offsetFromUtc(), value.toDateTime().offsetFromUtc());
    if (!stored.isEmpty()) {
        SqlCheck sql(m_workspace->location());
        QCOMPARE(sql.value(QStringLiteral("SELECT watermark FROM job_state WHERE job = 'job'"))
                     .toString(),
            stored);
    }
}

void tst_JournalRepository::watermarkEdgeCases()
{
    JournalRepository journal(*m_workspace);
    const QString job = QStringLiteral("job");
    // Smaller integer types come back as qlonglong.
    QVERIFY(journal.setWatermark(job, QVariant(int(7))));
    QCOMPARE(*journal.watermark(job), QVariant(qlonglong(7)));
    QCOMPARE(journal.watermark(job)->typeId(), QMetaType::LongLong);
    // Overwrites.
    QVERIFY(journal.setWatermark(job, QVariant(QStringLiteral("x"))));
    QCOMPARE(*journal.watermark(job), QVariant(QStringLiteral("x")));
    // An invalid or null QVariant removes it.
    QVERIFY(journal.setWatermark(job, QVariant()));
    QVERIFY(!journal.watermark(job)->isValid());
    QVERIFY(journal.setWatermark(job, QVariant(qlonglong(1))));
    QVERIFY(journal.setWatermark(job, QVariant(QMetaType::fromType<qlonglong>())));
    QVERIFY(!journal.watermark(job)->isValid());
    // Types that cannot come back as they were are refused.
    QVERIFY(journal.setWatermark(job, QVariant(qlonglong(1))));
    const Status list = journal.setWatermark(job, QVariantList { 1, 2 });
    QVERIFY(!list);
    QVERIFY2(list.error().message.contains(QLatin1String("QVariantList")),
        qPrintable(list.error().message));
    QVERIFY(!journal.setWatermark(job, QVariant(std::numeric_limits<quint64>::max())));
    QVERIFY(!journal.setWatermark(job, QVariant(std::numeric_limits<double>::infinity())));
    QCOMPARE(*journal.watermark(job), QVariant(qlonglong(1))); // untouched by the refusals
}

void tst_JournalRepository::manyBatchesStreamBack()
{
    // Speed is the benchmark's business (make bench); this checks many batches end to end.
    constexpr int total = 100000;
    constexpr int batch = 5000;
    JournalRepository journal(*m_workspace);
    for (int start = 0; start < total; start += batch) {
        QList<JournalEntry> entries;
        entries.reserve(batch);
        for (int i = start; i < start + batch; ++i) {
            const quint32 big = qToBigEndian(quint32(i));
            entries.append({ QByteArray(reinterpret_cast<const char*>(&big), 4),
                quint64(i) * 0x9E3779B97F4A7C15ull, {} });
        }
        const Status applied = journal.apply(QStringLiteral("big"), entries, {});
        QVERIFY2(applied, qPrintable(applied.error().message));
    }
    auto stream = journal.stream(QStringLiteral("big"));
    JournalEntry entry;
    qint64 streamed = 0;
    while (*stream->next(entry))
        ++streamed;
    QCOMPARE(streamed, total);
    SqlCheck sql(m_workspace->location());
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM journal WHERE job = 'big'")).toInt(), total);
}

QTEST_GUILESS_MAIN(tst_JournalRepository)
#include "tst_journalrepository.moc"
