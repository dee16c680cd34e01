// SPDX-License-Identifier: GPL-3.0-or-later
// The review side of the conflict queue: filtered, paged queries and counts, distinct values
// for the filter combos, snoozing, and saved resolution rules.
#include "sqlcheck.h"
#include "store/conflictrepository.h"
#include "store/conflictrulerepository.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Syncline;
using Syncline::Test::SqlCheck;

namespace {

ConflictRecord conflict(int id, const QString& job, const QString& entity,
    ConflictRecord::Kind kind, const QStringList& fields)
{
    ConflictRecord record;
    record.job = job;
    record.entity = entity;
    record.key = QByteArray("\x01") + QByteArray::number(id);
    record.keyText = QStringLiteral("id=%1").arg(id);
    record.kind = kind;
    record.fields = fields;
    record.base = QJsonObject { { QStringLiteral("id"), id } };
    record.source = QJsonObject { { QStringLiteral("id"), id } };
    record.target = QJsonObject { { QStringLiteral("id"), id } };
    return record;
}

QList<qint64> ids(const QList<ConflictRecord>& conflicts)
{
    QList<qint64> out;
    for (const ConflictRecord& c : conflicts)
        out.append(c.id);
    return out;
}

} // namespace

class tst_ConflictReview : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto workspace = Workspace::open(m_dir->path());
        QVERIFY2(workspace, qPrintable(workspace.error().message));
        m_workspace = std::move(*workspace);
        // 30 conflicts: ids 1..30; jobs alternate; every third insert/insert; fields vary.
        ConflictRepository conflicts(*m_workspace);
        for (int i = 1; i <= 30; ++i) {
            const QString job = i % 2 ? QStringLiteral("crm") : QStringLiteral("erp");
            const QString entity = i % 2 ? QStringLiteral("customers -> customers")
                                         : QStringLiteral("orders -> orders");
            const auto kind = i % 3 == 0 ? ConflictRecord::Kind::InsertInsert
                                         : ConflictRecord::Kind::UpdateUpdate;
            const QStringList fields = i % 5 == 0
                ? QStringList { QStringLiteral("email"), QStringLiteral("name") }
                : QStringList { QStringLiteral("name") };
            QVERIFY(conflicts.upsertPending(conflict(i, job, entity, kind, fields)));
        }
    }
    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void filtersNarrowAndCount_data()
    {
        QTest::addColumn<ConflictFilter>("filter");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("firstId");
        ConflictFilter all;
        QTest::newRow("all") << all << 30 << qint64(1);
        ConflictFilter job;
        job.job = QStringLiteral("erp");
        QTest::newRow("job") << job << 15 << qint64(2);
        ConflictFilter entity;
        entity.entity = QStringLiteral("customers -> customers");
        QTest::newRow("entity") << entity << 15 << qint64(1);
        ConflictFilter kind;
        kind.kind = QStringLiteral("insert/insert");
        QTest::newRow("kind") << kind << 10 << qint64(3);
        ConflictFilter field;
        field.field = QStringLiteral("email");
        QTest::newRow("field") << field << 6 << qint64(5);
        ConflictFilter key;
        key.keySearch = QStringLiteral("ID=2"); // case-insensitive piece: 2, 20..29
        QTest::newRow("key") << key << 11 << qint64(2);
        ConflictFilter percent;
        percent.keySearch = QStringLiteral("%"); // a literal, not a wildcard
        QTest::newRow("literal %") << percent << 0 << qint64(0);
        ConflictFilter combined;
        combined.job = QStringLiteral("crm");
        combined.kind = QStringLiteral("insert/insert");
        combined.field = QStringLiteral("email");
        QTest::newRow("combined") << combined << 1 << qint64(15);
    }
    void filtersNarrowAndCount()
    {
        QFETCH(ConflictFilter, filter);
        QFETCH(int, count);
        QFETCH(qint64, firstId);
        const ConflictRepository conflicts(*m_workspace);
        const auto counted = conflicts.countPending(filter);
        QVERIFY2(counted, qPrintable(counted.error().message));
        QCOMPARE(*counted, count);
        const auto page = conflicts.findPending(filter, { 1000, 0, 0, false });
        QVERIFY(page);
        QCOMPARE(page->size(), count);
        if (count > 0) {
            QCOMPARE(page->first().id, firstId);
            // List pages leave the values out.
            QVERIFY(page->first().source.isNull());
        }
        const auto allIds = conflicts.pendingIds(filter);
        QVERIFY(allIds);
        QCOMPARE(*allIds, ids(*page));
    }

    void keysetAndOffsetPaging()
    {
        const ConflictRepository conflicts(*m_workspace);
        ConflictFilter filter;
        filter.job = QStringLiteral("crm");
        QList<qint64> seen;
        qint64 after = 0;
        for (int pages = 0; pages < 10; ++pages) {
            const auto page = conflicts.findPending(filter, { 4, after, 0, false });
            QVERIFY(page);
            if (page->isEmpty())
                break;
            QVERIFY(page->size() <= 4);
            seen += ids(*page);
            after = page->last().id;
        }
        QCOMPARE(seen.size(), 15);
        QCOMPARE(seen.first(), 1);
        QCOMPARE(seen.last(), 29);
        const auto offset = conflicts.findPending(filter, { 2, 0, 5, true });
        QVERIFY(offset);
        QCOMPARE(ids(*offset), QList<qint64>({ 11, 13 }));
        QVERIFY(offset->first().source.isObject()); // asked for the values
    }

    void distinctValuesIgnoreTheirOwnCriterion()
    {
        const ConflictRepository conflicts(*m_workspace);
        ConflictFilter filter;
        filter.job = QStringLiteral("crm");
        QCOMPARE(*conflicts.distinctValues(ConflictFilter::Column::Job, filter),
            QStringList({ QStringLiteral("crm"), QStringLiteral("erp") }));
        QCOMPARE(*conflicts.distinctValues(ConflictFilter::Column::Entity, filter),
            QStringList({ QStringLiteral("customers -> customers") }));
        QCOMPARE(*conflicts.distinctValues(ConflictFilter::Column::Field, filter),
            QStringList({ QStringLiteral("email"), QStringLiteral("name") }));
        QCOMPARE(*conflicts.distinctValues(ConflictFilter::Column::Kind),
            QStringList({ QStringLiteral("insert/insert"), QStringLiteral("update/update") }));
    }

    void snoozeHidesUntilThenAndUnsnoozes()
    {
        ConflictRepository conflicts(*m_workspace);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto changed = conflicts.snooze({ 1, 2, 3 }, now.addSecs(3600));
        QVERIFY2(changed, qPrintable(changed.error().message));
        QCOMPARE(*changed, 3);
        ConflictFilter filter;
        QCOMPARE(*conflicts.countPending(filter), 27);
        filter.snoozed = ConflictFilter::Snoozed::Only;
        QCOMPARE(*conflicts.pendingIds(filter), QList<qint64>({ 1, 2, 3 }));
        filter.snoozed = ConflictFilter::Snoozed::Include;
        QCOMPARE(*conflicts.countPending(filter), 30);
        // Two hours later they are back.
        ConflictFilter later;
        later.now = now.addSecs(7200);
        QCOMPARE(*conflicts.countPending(later), 30);
        QVERIFY(conflicts.get(1)->snoozedUntil.isValid());
        // Runs that see them again keep the snooze.
        QVERIFY(conflicts.upsertPending(
            conflict(1, QStringLiteral("crm"), QStringLiteral("customers -> customers"),
                ConflictRecord::Kind::UpdateUpdate, { QStringLiteral("name") })));
        QCOMPARE(*conflicts.countPending(ConflictFilter()), 27);
        // Un-snooze.
        QCOMPARE(*conflicts.snooze({ 1, 2 }, QDateTime()), 2);
        QCOMPARE(*conflicts.countPending(ConflictFilter()), 29);
        QVERIFY(!conflicts.get(1)->snoozedUntil.isValid());
        SqlCheck sql(m_workspace->location());
        QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE snoozed_until "
                                          "IS NOT NULL"))
                     .toInt(),
            1);
        // Resolved conflicts are not snoozed.
        QVERIFY(conflicts.markResolved(4, QJsonObject(), QStringLiteral("tst")));
        QCOMPARE(*conflicts.snooze({ 4 }, now.addSecs(60)), 0);
    }

    void savedRules()
    {
        ConflictRuleRepository rules(*m_workspace);
        QVERIFY(rules.list()->isEmpty());
        ConflictRule newest;
        newest.name = QStringLiteral("latest edit");
        newest.kind = ConflictRule::Kind::Newest;
        newest.field = QStringLiteral("updated_at");
        newest.description = QStringLiteral("Whoever edited last");
        QVERIFY(rules.save(newest));
        ConflictRule script;
        script.name = QStringLiteral("crm wins names");
        script.kind = ConflictRule::Kind::Script;
        script.script = QStringLiteral("function (b, s, t, c) { return 'source'; }");
        QVERIFY(rules.save(script));
        const auto listed = rules.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().name, QStringLiteral("crm wins names"));
        QCOMPARE(listed->last().field, QStringLiteral("updated_at"));
        QVERIFY(listed->last().updatedAt.isValid());

        newest.kind = ConflictRule::Kind::TakeTarget;
        QVERIFY(rules.save(newest)); // replaces
        QCOMPARE(rules.get(newest.name)->kind, ConflictRule::Kind::TakeTarget);
        QCOMPARE(rules.get(newest.name)->field, QString()); // only Newest keeps a field
        QCOMPARE(rules.list()->size(), 2);

        ConflictRule bad;
        bad.name = QStringLiteral("no field");
        bad.kind = ConflictRule::Kind::Newest;
        const Status refused = rules.save(bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("no field")));
        bad.name = QString();
        QVERIFY(!rules.save(bad));

        QVERIFY(rules.remove(script.name));
        QVERIFY(!rules.remove(script.name));
        QVERIFY(!rules.get(script.name));
        QCOMPARE(rules.list()->size(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(tst_ConflictReview)
#include "tst_conflictreview.moc"
