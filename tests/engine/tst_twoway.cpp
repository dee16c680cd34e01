// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"
#include "twowaysetup.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

using Side = TwoWaySetup::Side;

const TableSpec& itemsTable()
{
    static const TableSpec table { QStringLiteral("items"),
        { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
            ColumnSpec { QStringLiteral("a"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("b"), ValueKind::Integer, false, {} },
            ColumnSpec { QStringLiteral("amount"), ValueKind::Decimal, false, {} },
            ColumnSpec { QStringLiteral("updated"), ValueKind::TimestampTz, false, {} } } };
    return table;
}

const QString baseTime = QStringLiteral("2024-01-01T00:00:00Z");
const QString earlier = QStringLiteral("2024-02-01T00:00:10Z");
const QString later = QStringLiteral("2024-02-01T00:00:20Z");

QVariantList item(qlonglong id, const QVariant& a, const QVariant& b, const QVariant& amount,
    const QVariant& updated = baseTime)
{
    return { QVariant(id), a, b, amount, updated };
}

// The rows both sides start with (and a first run journals): ids 1 to 3.
QVariantList baseItem(qlonglong id)
{
    return item(id, QStringLiteral("a %1").arg(id), 10 * id, QStringLiteral("%1.50").arg(id));
}

QList<QVariantList> baseItems()
{
    return { baseItem(1), baseItem(2), baseItem(3) };
}

RowsByKey rowsOf(const QList<QVariantList>& rows)
{
    return logicalRows(itemsTable(), rows);
}

// `rows` with the row of `id` replaced by `row` (removed when `row` is empty).
RowsByKey with(RowsByKey rows, qlonglong id, const QVariantList& row)
{
    rows.remove(QString::number(id));
    if (!row.isEmpty())
        rows.insert(QString::number(id), logicalRow(itemsTable(), row));
    return rows;
}

QJsonObject twoWayJob(const QString& conflicts, const QJsonObject& extra = {})
{
    QJsonObject job { { QStringLiteral("conflicts"), conflicts } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        job.insert(it.key(), it.value());
    return job;
}

QJsonObject ruleJob(const QString& rule)
{
    return twoWayJob(QStringLiteral("rule"), { { QStringLiteral("rule"), rule } });
}

QString countsText(const RunReport& report)
{
    return QStringLiteral("inserted=%1 updated=%2 deleted=%3 conflicts=%4 resolved=%5")
        .arg(report.counts.inserted)
        .arg(report.counts.updated)
        .arg(report.counts.deleted)
        .arg(report.counts.conflicts)
        .arg(report.policyResolved);
}

// A conflict of each kind on one key, made by changing both sides after a first sync.
enum class ConflictKind { UpdateUpdate, SourceDeleted, TargetDeleted, InsertInsert };

QString kindLabel(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::UpdateUpdate:
        return QStringLiteral("update/update");
    case ConflictKind::SourceDeleted:
        return QStringLiteral("update/delete (source deleted)");
    case ConflictKind::TargetDeleted:
        return QStringLiteral("update/delete (target deleted)");
    case ConflictKind::InsertInsert:
        return QStringLiteral("insert/insert");
    }
    return QString();
}

const QList<ConflictKind> allKinds { ConflictKind::UpdateUpdate, ConflictKind::SourceDeleted,
    ConflictKind::TargetDeleted, ConflictKind::InsertInsert };

// What each side holds after the changes that make one conflict, and what both sides hold
// once it is settled one way or the other. Each kind has a key of its own (1, 2, 3 and the new
// key 9), so that all four conflicts can be made in one workspace.
struct Scenario
{
    ConflictKind kind;
    qlonglong id = 1;
    QVariantList sourceRow; // empty: the source deleted the row
    QVariantList targetRow; // empty: the target deleted the row
    QVariantList merged; // the rule's merged row ("a": source.a + "+" + target.a)
    QString recordKind; // ConflictRecord::toString()
    QStringList fields; // the fields in conflict, in mapping order

    static Scenario make(ConflictKind kind, const QString& sourceTime, const QString& targetTime)
    {
        Scenario s;
        s.kind = kind;
        const bool tie = sourceTime == targetTime;
        const qlonglong id = kind == ConflictKind::UpdateUpdate ? 1
            : kind == ConflictKind::SourceDeleted               ? 2
            : kind == ConflictKind::TargetDeleted               ? 3
                                                                : 9;
        s.id = id;
        const QVariantList base = baseItem(id);
        // The source changes a, amount and the time; the target a, b and the time.
        const QVariantList changedSource
            = item(id, QStringLiteral("src"), base[2], QStringLiteral("1.75"), sourceTime);
        const QVariantList changedTarget = item(id, QStringLiteral("tgt"), 99, base[3], targetTime);
        switch (kind) {
        case ConflictKind::UpdateUpdate:
            s.sourceRow = changedSource;
            s.targetRow = changedTarget;
            s.merged = item(id, QStringLiteral("src+tgt"), 99, QStringLiteral("1.75"), sourceTime);
            s.recordKind = QStringLiteral("update/update");
            s.fields = tie ? QStringList { QStringLiteral("a") }
                           : QStringList { QStringLiteral("a"), QStringLiteral("updated") };
            break;
        case ConflictKind::SourceDeleted:
            s.targetRow = changedTarget;
            s.merged = item(id, QStringLiteral("gone+tgt"), 99, base[3], targetTime);
            s.recordKind = QStringLiteral("update/delete");
            s.fields = QStringList { QStringLiteral("a"), QStringLiteral("b"),
                QStringLiteral("updated") };
            break;
        case ConflictKind::TargetDeleted:
            s.sourceRow = changedSource;
            s.merged
                = item(id, QStringLiteral("src+gone"), base[2], QStringLiteral("1.75"), sourceTime);
            s.recordKind = QStringLiteral("update/delete");
            s.fields = QStringList { QStringLiteral("a"), QStringLiteral("amount"),
                QStringLiteral("updated") };
            break;
        case ConflictKind::InsertInsert:
            s.sourceRow = item(id, QStringLiteral("src"), 1, QStringLiteral("9.00"), sourceTime);
            s.targetRow = item(id, QStringLiteral("tgt"), 2, QStringLiteral("9.00"), targetTime);
            s.merged = item(id, QStringLiteral("src+tgt"), 1, QStringLiteral("9.00"), sourceTime);
            s.recordKind = QStringLiteral("insert/insert");
            s.fields = tie ? QStringList { QStringLiteral("a"), QStringLiteral("b") }
                           : QStringList { QStringLiteral("a"), QStringLiteral("b"),
                                 QStringLiteral("updated") };
            break;
        }
        return s;
    }

    QString key() const { return QString::number(id); }

    // The statements that make the conflict on one side.
    QStringList statements(TwoWaySetup& setup, Side side) const
    {
        const QVariantList& row = side == Side::Source ? sourceRow : targetRow;
        if (kind == ConflictKind::InsertInsert)
            return { setup.insertRowSql(side, row) };
        if (row.isEmpty())
            return { setup.deleteRowSql(side, id) };
        return { updateSql(setup.side(side).backend(), itemsTable(), row) };
    }

    // Both sides settled for the source (the source's values in the overlapping fields, the
    // rest merged; a deletion wins as a deletion).
    QVariantList sourceWins() const
    {
        if (kind == ConflictKind::UpdateUpdate)
            return item(id, QStringLiteral("src"), 99, QStringLiteral("1.75"), sourceRow.value(4));
        return sourceRow;
    }
    QVariantList targetWins() const
    {
        if (kind == ConflictKind::UpdateUpdate)
            return item(id, QStringLiteral("tgt"), 99, QStringLiteral("1.75"), targetRow.value(4));
        return targetRow;
    }
};

QList<Scenario> allScenarios(const QString& sourceTime, const QString& targetTime)
{
    QList<Scenario> scenarios;
    for (const ConflictKind kind : allKinds)
        scenarios.append(Scenario::make(kind, sourceTime, targetTime));
    return scenarios;
}

// Expected sides with every scenario's key set to what `pick` says (empty: absent).
RowsByKey withEach(
    const QList<Scenario>& scenarios, const std::function<QVariantList(const Scenario&)>& pick)
{
    RowsByKey rows = rowsOf(baseItems());
    for (const Scenario& scenario : scenarios)
        rows = with(rows, scenario.id, pick(scenario));
    return rows;
}

enum class Verdict { Source, Target, Merged, Manual };

// For newest-wins and first-wins: a deletion carries no time, so the side that still has
// the row wins an update/delete conflict.
Verdict survivorOr(ConflictKind kind, Verdict otherwise)
{
    if (kind == ConflictKind::SourceDeleted)
        return Verdict::Target;
    if (kind == ConflictKind::TargetDeleted)
        return Verdict::Source;
    return otherwise;
}

} // namespace

// Two-way jobs end to end, SQLite to SQLite, with a real job and SyncRun: changes on either
// side flow to the other, changes to different fields of a row merge, and each kind of
// conflict is settled by each policy or parked for an admin, who resolves it through
// ConflictResolver. Results are read back with plain SQL on both databases and the workspace.
class TwoWayTest final : public QObject
{
    Q_OBJECT

private:
    // Both sides hold ids 1 to 3, and a first run has journaled them.
    static void startSynced(TwoWaySetup& setup, const QJsonObject& job)
    {
        QString error;
        QVERIFY2(
            setup.prepare(itemsTable(), baseItems(), baseItems(), job, &error), qPrintable(error));
        const RunReport first = setup.run();
        SYNCLINE_VERIFY_RUN(first);
        QCOMPARE(countsText(first), countsText(RunReport()));
        QCOMPARE(first.counts.unchanged, 3);
        const QString problem = setup.convergenceProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A run that finds nothing to do: no writes, no conflicts.
    static void verifyQuiet(TwoWaySetup& setup, qint64 pending = 0)
    {
        const RunReport again = setup.run();
        SYNCLINE_VERIFY_RUN(again);
        RunReport expected;
        expected.counts.conflicts = pending;
        QCOMPARE(countsText(again), countsText(expected));
    }

    static void verifyNoPending(TwoWaySetup& setup)
    {
        QString error;
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QStringList keys;
        for (const ConflictRecord& record : std::as_const(*pending))
            keys.append(record.keyText + QLatin1Char(' ') + record.note);
        QVERIFY2(pending->isEmpty(),
            qPrintable(QStringLiteral("pending: ") + keys.join(QStringLiteral("; "))));
    }

    static void verifyBoth(TwoWaySetup& setup, const RowsByKey& expected)
    {
        const QString difference = setup.differenceFrom(expected, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QString problem = setup.convergenceProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

private slots:
    // The first run of a two-way job: rows on one side only flow to the other, equal rows on
    // both are journaled, nothing is lost.
    void firstRunUnitesBothSides()
    {
        TwoWaySetup setup;
        QString error;
        const QList<QVariantList> sourceRows { baseItem(1), baseItem(2), baseItem(3) };
        const QList<QVariantList> targetRows { baseItem(3), baseItem(4), baseItem(5) };
        QVERIFY2(setup.prepare(itemsTable(), sourceRows, targetRows,
                     twoWayJob(QStringLiteral("manual")), &error),
            qPrintable(error));
        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.inserted, 4);
        QCOMPARE(report.counts.unchanged, 1);
        QCOMPARE(report.counts.conflicts, 0);
        verifyBoth(
            setup, rowsOf({ baseItem(1), baseItem(2), baseItem(3), baseItem(4), baseItem(5) }));
        verifyNoPending(setup);
        verifyQuiet(setup);
    }

    // One change on one side reaches the other side, and the journal follows.
    void changesFlowBothWays_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("change");
        QTest::newRow("insert on the source") << int(Side::Source) << QStringLiteral("insert");
        QTest::newRow("insert on the target") << int(Side::Target) << QStringLiteral("insert");
        QTest::newRow("update on the source") << int(Side::Source) << QStringLiteral("update");
        QTest::newRow("update on the target") << int(Side::Target) << QStringLiteral("update");
        QTest::newRow("set NULL on the source") << int(Side::Source) << QStringLiteral("null");
        QTest::newRow("set NULL on the target") << int(Side::Target) << QStringLiteral("null");
        QTest::newRow("delete on the source") << int(Side::Source) << QStringLiteral("delete");
        QTest::newRow("delete on the target") << int(Side::Target) << QStringLiteral("delete");
    }

    void changesFlowBothWays()
    {
        QFETCH(int, side);
        QFETCH(QString, change);
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        QString error;
        const Side where = Side(side);
        RowsByKey expected = rowsOf(baseItems());
        RunReport counts;
        if (change == u"insert") {
            const QVariantList row
                = item(4, QStringLiteral("new"), 4, QStringLiteral("4.25"), later);
            QVERIFY2(
                setup.exec(where, { setup.insertRowSql(where, row) }, &error), qPrintable(error));
            expected = with(expected, 4, row);
            counts.counts.inserted = 1;
        } else if (change == u"update") {
            QVERIFY2(setup.exec(where,
                         { setup.setSql(where, 2, QStringLiteral("a"), QStringLiteral("changed")),
                             setup.setSql(
                                 where, 2, QStringLiteral("amount"), QStringLiteral("-0.0001")) },
                         &error),
                qPrintable(error));
            expected = with(
                expected, 2, item(2, QStringLiteral("changed"), 20, QStringLiteral("-0.0001")));
            counts.counts.updated = 1;
        } else if (change == u"null") {
            QVERIFY2(setup.exec(where, { setup.setSql(where, 2, QStringLiteral("a"), QVariant()) },
                         &error),
                qPrintable(error));
            expected = with(expected, 2, item(2, QVariant(), 20, QStringLiteral("2.50")));
            counts.counts.updated = 1;
        } else {
            QVERIFY2(
                setup.exec(where, { setup.deleteRowSql(where, 3) }, &error), qPrintable(error));
            expected = with(expected, 3, {});
            counts.counts.deleted = 1;
        }
        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(countsText(report), countsText(counts));
        verifyBoth(setup, expected);
        verifyNoPending(setup);
        verifyQuiet(setup);
    }

    // Many changes on both sides at once, on different keys.
    void manyChangesOnBothSides()
    {
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        QString error;
        QVERIFY2(setup.exec(Side::Source,
                     { setup.insertRowSql(Side::Source, baseItem(10)),
                         setup.setSql(Side::Source, 1, QStringLiteral("b"), 111),
                         setup.deleteRowSql(Side::Source, 2) },
                     &error),
            qPrintable(error));
        QVERIFY2(setup.exec(Side::Target,
                     { setup.insertRowSql(Side::Target, baseItem(11)),
                         setup.setSql(Side::Target, 3, QStringLiteral("b"), 333) },
                     &error),
            qPrintable(error));
        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        RunReport counts;
        counts.counts.inserted = 2;
        counts.counts.updated = 2;
        counts.counts.deleted = 1;
        QCOMPARE(countsText(report), countsText(counts));
        verifyBoth(setup,
            rowsOf({ item(1, QStringLiteral("a 1"), 111, QStringLiteral("1.50")),
                item(3, QStringLiteral("a 3"), 333, QStringLiteral("3.50")), baseItem(10),
                baseItem(11) }));
        verifyNoPending(setup);
        verifyQuiet(setup);
    }

    // Changes to different fields of the same row both land on both sides without a
    // conflict, even under the manual policy (which would park any conflict).
    void fieldLevelMerge_data()
    {
        QTest::addColumn<QStringList>("sourceFields");
        QTest::addColumn<QVariantList>("sourceValues");
        QTest::addColumn<QStringList>("targetFields");
        QTest::addColumn<QVariantList>("targetValues");
        QTest::addColumn<QVariantList>("expected");
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QString amount = QStringLiteral("amount");
        const QString updated = QStringLiteral("updated");
        QTest::newRow("source a, target b")
            << QStringList { a } << QVariantList { QStringLiteral("from source") }
            << QStringList { b } << QVariantList { 77 }
            << item(2, QStringLiteral("from source"), 77, QStringLiteral("2.50"));
        QTest::newRow("source a and amount, target b and time")
            << QStringList { a, amount }
            << QVariantList { QStringLiteral("from source"), QStringLiteral("12.3456") }
            << QStringList { b, updated } << QVariantList { 77, later }
            << item(2, QStringLiteral("from source"), 77, QStringLiteral("12.3456"), later);
        QTest::newRow("source NULLs a, target b")
            << QStringList { a } << QVariantList { QVariant() } << QStringList { b }
            << QVariantList { 77 } << item(2, QVariant(), 77, QStringLiteral("2.50"));
        QTest::newRow("both set a alike, the target also b")
            << QStringList { a } << QVariantList { QStringLiteral("same") } << QStringList { a, b }
            << QVariantList { QStringLiteral("same"), 77 }
            << item(2, QStringLiteral("same"), 77, QStringLiteral("2.50"));
        QTest::newRow("both set every field alike")
            << QStringList { a, b } << QVariantList { QStringLiteral("same"), 5 }
            << QStringList { a, b } << QVariantList { QStringLiteral("same"), 5 }
            << item(2, QStringLiteral("same"), 5, QStringLiteral("2.50"));
    }

    void fieldLevelMerge()
    {
        QFETCH(QStringList, sourceFields);
        QFETCH(QVariantList, sourceValues);
        QFETCH(QStringList, targetFields);
        QFETCH(QVariantList, targetValues);
        QFETCH(QVariantList, expected);
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        QString error;
        for (const Side side : { Side::Source, Side::Target }) {
            const QStringList& fields = side == Side::Source ? sourceFields : targetFields;
            const QVariantList& values = side == Side::Source ? sourceValues : targetValues;
            QStringList statements;
            for (qsizetype i = 0; i < fields.size(); ++i)
                statements.append(setup.setSql(side, 2, fields[i], values[i]));
            QVERIFY2(setup.exec(side, statements, &error), qPrintable(error));
        }
        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.conflicts, 0);
        QCOMPARE(report.policyResolved, 0);
        verifyBoth(setup, with(rowsOf(baseItems()), 2, expected));
        verifyNoPending(setup);
        verifyQuiet(setup);
    }

    // Every conflict kind under every policy. Each row makes all four kinds at once, on keys
    // of their own, and a failure names the kinds that went wrong.
    void conflictPolicies_data()
    {
        QTest::addColumn<QJsonObject>("job");
        QTest::addColumn<QString>("sourceTime");
        QTest::addColumn<QString>("targetTime");
        QTest::addColumn<QList<int>>("verdicts"); // per kind, in allKinds order
        QTest::addColumn<QString>("note"); // manual: a part of the conflict's note

        struct Policy
        {
            const char* name;
            QJsonObject job;
            QString sourceTime;
            QString targetTime;
            std::function<Verdict(ConflictKind)> verdict;
            QString note;
        };
        const auto fixed = [](Verdict v) { return [v](ConflictKind) { return v; }; };
        const auto timed
            = [](Verdict v) { return [v](ConflictKind kind) { return survivorOr(kind, v); }; };
        const QString newest = QStringLiteral("newest-wins");
        const QString first = QStringLiteral("first-wins");
        const auto timeJob = [](const QString& policy, const QString& tie) {
            return twoWayJob(policy,
                { { QStringLiteral("newest_field"), QStringLiteral("updated") },
                    { QStringLiteral("tie"), tie } });
        };
        const QString src = QStringLiteral("source");
        const QString tgt = QStringLiteral("target");
        const QString merged = QStringLiteral(
            "(base, source, target, conflict) => ({ a: (source ? source.a : 'gone') + '+' + "
            "(target ? target.a : 'gone') })");
        const QList<Policy> policies {
            { "source-wins", twoWayJob(QStringLiteral("source-wins")), earlier, later,
                fixed(Verdict::Source), {} },
            { "target-wins", twoWayJob(QStringLiteral("target-wins")), earlier, later,
                fixed(Verdict::Target), {} },
            { "newest-wins, target newer", timeJob(newest, src), earlier, later,
                timed(Verdict::Target), {} },
            { "newest-wins, source newer", timeJob(newest, src), later, earlier,
                timed(Verdict::Source), {} },
            { "newest-wins, tie to source", timeJob(newest, src), later, later,
                timed(Verdict::Source), {} },
            { "newest-wins, tie to target", timeJob(newest, tgt), later, later,
                timed(Verdict::Target), {} },
            { "first-wins, target newer", timeJob(first, tgt), earlier, later,
                timed(Verdict::Source), {} },
            { "first-wins, source newer", timeJob(first, src), later, earlier,
                timed(Verdict::Target), {} },
            { "first-wins, tie to target", timeJob(first, tgt), earlier, earlier,
                timed(Verdict::Target), {} },
            { "first-wins, tie to source", timeJob(first, src), earlier, earlier,
                timed(Verdict::Source), {} },
            { "manual", twoWayJob(QStringLiteral("manual")), earlier, later, fixed(Verdict::Manual),
                {} },
            { "rule returns source", ruleJob(QStringLiteral("(b, s, t, c) => 'source'")), earlier,
                later, fixed(Verdict::Source), {} },
            { "rule returns target", ruleJob(QStringLiteral("(b, s, t, c) => 'target'")), earlier,
                later, fixed(Verdict::Target), {} },
            { "rule returns manual", ruleJob(QStringLiteral("(b, s, t, c) => 'manual'")), earlier,
                later, fixed(Verdict::Manual), QStringLiteral("manual") },
            { "rule returns a merged row", ruleJob(merged), earlier, later, fixed(Verdict::Merged),
                {} },
            { "rule throws",
                ruleJob(QStringLiteral("(b, s, t, c) => { throw new Error('boom ' + c.kind) }")),
                earlier, later, fixed(Verdict::Manual), QStringLiteral("boom") },
            { "rule throws a string", ruleJob(QStringLiteral("(b, s, t, c) => { throw 'source' }")),
                earlier, later, fixed(Verdict::Manual), QStringLiteral("threw") },
            { "rule throws an object",
                ruleJob(QStringLiteral("(b, s, t, c) => { throw { a: 'thrown' } }")), earlier,
                later, fixed(Verdict::Manual), QStringLiteral("threw") },
            { "rule has a type error", ruleJob(QStringLiteral("(b, s, t, c) => c.nothing.a")),
                earlier, later, fixed(Verdict::Manual), QStringLiteral("TypeError") },
            { "rule returns a number", ruleJob(QStringLiteral("(b, s, t, c) => 42")), earlier,
                later, fixed(Verdict::Manual), QStringLiteral("42") },
            { "rule returns an unknown word", ruleJob(QStringLiteral("(b, s, t, c) => 'sideways'")),
                earlier, later, fixed(Verdict::Manual), QStringLiteral("sideways") },
            { "rule returns undefined", ruleJob(QStringLiteral("(b, s, t, c) => undefined")),
                earlier, later, fixed(Verdict::Manual), QStringLiteral("undefined") },
            { "rule returns an unknown field",
                ruleJob(QStringLiteral("(b, s, t, c) => ({ nosuch: 1 })")), earlier, later,
                fixed(Verdict::Manual), QStringLiteral("nosuch") },
            { "rule returns a bad value",
                ruleJob(QStringLiteral("(b, s, t, c) => ({ b: 'not a number' })")), earlier, later,
                fixed(Verdict::Manual), QStringLiteral("'b'") },
        };
        for (const Policy& policy : policies) {
            QList<int> verdicts;
            for (const ConflictKind kind : allKinds)
                verdicts.append(int(policy.verdict(kind)));
            QTest::newRow(policy.name)
                << policy.job << policy.sourceTime << policy.targetTime << verdicts << policy.note;
        }
    }

    void conflictPolicies()
    {
        QFETCH(QJsonObject, job);
        QFETCH(QString, sourceTime);
        QFETCH(QString, targetTime);
        QFETCH(QList<int>, verdicts);
        QFETCH(QString, note);
        const QList<Scenario> scenarios = allScenarios(sourceTime, targetTime);
        TwoWaySetup setup;
        startSynced(setup, job);
        if (QTest::currentTestFailed())
            return;
        QString error;
        for (const Side side : { Side::Source, Side::Target }) {
            QStringList statements;
            for (const Scenario& scenario : scenarios)
                statements += scenario.statements(setup, side);
            QVERIFY2(setup.exec(side, statements, &error), qPrintable(error));
        }

        // What each side should hold: settled keys alike on both, parked keys untouched.
        QSet<QString> parkedKeys;
        qint64 settled = 0;
        const auto outcome = [&](const Scenario& scenario, Side side) {
            switch (Verdict(verdicts[allKinds.indexOf(scenario.kind)])) {
            case Verdict::Source:
                return scenario.sourceWins();
            case Verdict::Target:
                return scenario.targetWins();
            case Verdict::Merged:
                return scenario.merged;
            case Verdict::Manual:
                break;
            }
            return side == Side::Source ? scenario.sourceRow : scenario.targetRow;
        };
        for (const Scenario& scenario : scenarios) {
            if (Verdict(verdicts[allKinds.indexOf(scenario.kind)]) == Verdict::Manual)
                parkedKeys.insert(scenario.key());
            else
                ++settled;
        }
        const RowsByKey expectedSource
            = withEach(scenarios, [&](const Scenario& s) { return outcome(s, Side::Source); });
        const RowsByKey expectedTarget
            = withEach(scenarios, [&](const Scenario& s) { return outcome(s, Side::Target); });

        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        // Collects every problem, per kind, before failing.
        QStringList problems;
        const auto kindOf = [&](const QString& key) -> QString {
            for (const Scenario& scenario : scenarios) {
                if (scenario.key() == key)
                    return kindLabel(scenario.kind) + QStringLiteral(" (id=") + key
                        + QLatin1Char(')');
            }
            return QStringLiteral("id=") + key;
        };
        RunReport expectedCounts;
        expectedCounts.counts.conflicts = parkedKeys.size();
        expectedCounts.policyResolved = settled;
        if (report.counts.conflicts != expectedCounts.counts.conflicts
            || report.policyResolved != settled)
            problems.append(QStringLiteral("counts: %1 parked, %2 settled by the policy; "
                                           "expected %3 and %4")
                                .arg(report.counts.conflicts)
                                .arg(report.policyResolved)
                                .arg(parkedKeys.size())
                                .arg(settled));
        for (const Side side : { Side::Source, Side::Target }) {
            const auto rows = setup.rows(side, &error);
            QVERIFY2(rows, qPrintable(error));
            const RowsByKey& want = side == Side::Source ? expectedSource : expectedTarget;
            for (const Scenario& scenario : scenarios) {
                const QString have = rows->contains(scenario.key())
                    ? rows->value(scenario.key()).join(QStringLiteral(", "))
                    : QStringLiteral("(absent)");
                const QString wanted = want.contains(scenario.key())
                    ? want.value(scenario.key()).join(QStringLiteral(", "))
                    : QStringLiteral("(absent)");
                if (have != wanted)
                    problems.append(QStringLiteral("%1: %2 holds %3, expected %4")
                                        .arg(kindOf(scenario.key()),
                                            side == Side::Source ? QStringLiteral("source")
                                                                 : QStringLiteral("target"),
                                            have, wanted));
            }
            const QString others = rowsDifference(want, *rows);
            if (!others.isEmpty() && problems.isEmpty())
                problems.append(QStringLiteral("other rows: ") + others);
        }

        // Settled keys: journaled. Parked keys: their base stays (none for insert/insert).
        const QString problem = setup.convergenceProblem(parkedKeys);
        if (!problem.isEmpty())
            problems.append(problem);
        const auto journal = setup.journal(&error);
        QVERIFY2(journal, qPrintable(error));
        for (const QString& key : std::as_const(parkedKeys)) {
            const QStringList base = key == u"9"
                ? QStringList()
                : logicalRow(itemsTable(), baseItem(key.toLongLong()));
            if (journal->value(key) != base)
                problems.append(
                    QStringLiteral("%1: the journal holds (%2), expected (%3)")
                        .arg(kindOf(key), journal->value(key).join(QStringLiteral(", ")),
                            base.join(QStringLiteral(", "))));
        }

        // The queue: one pending entry per parked key, with everything an admin needs.
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QHash<QString, ConflictRecord> queued;
        for (const ConflictRecord& record : std::as_const(*pending)) {
            const QString key = record.keyText.mid(3);
            if (queued.contains(key) || !parkedKeys.contains(key))
                problems.append(QStringLiteral("%1: unexpected pending entry (note '%2')")
                                    .arg(kindOf(key), record.note));
            queued.insert(key, record);
        }
        for (const Scenario& scenario : scenarios) {
            if (!parkedKeys.contains(scenario.key()))
                continue;
            const QString what = kindOf(scenario.key());
            if (!queued.contains(scenario.key())) {
                problems.append(what + QStringLiteral(": not in the conflict queue"));
                continue;
            }
            const ConflictRecord& record = queued[scenario.key()];
            const auto check = [&](bool ok, const QString& text) {
                if (!ok)
                    problems.append(what + QStringLiteral(": ") + text);
            };
            check(record.job == u"job", QStringLiteral("job '%1'").arg(record.job));
            check(record.keyText == QStringLiteral("id=") + scenario.key(),
                QStringLiteral("key text '%1'").arg(record.keyText));
            check(ConflictRecord::toString(record.kind) == scenario.recordKind,
                QStringLiteral("kind %1").arg(ConflictRecord::toString(record.kind)));
            check(record.fields == scenario.fields,
                QStringLiteral("fields [%1], expected [%2]")
                    .arg(record.fields.join(QLatin1Char(',')),
                        scenario.fields.join(QLatin1Char(','))));
            check(record.note.contains(note),
                QStringLiteral("note '%1' does not mention '%2'").arg(record.note, note));
            check(record.detectedAt.isValid(), QStringLiteral("no detection time"));
            // Base, source and target values as JSON; a deleted side, or no base, is null.
            check(record.base.isNull() == (scenario.kind == ConflictKind::InsertInsert)
                    && (record.base.isNull()
                        || record.base.toObject().value(QStringLiteral("a")).toString()
                            == QStringLiteral("a ") + scenario.key()),
                QStringLiteral("base %1").arg(QString::fromUtf8(
                    QJsonDocument(record.base.toObject()).toJson(QJsonDocument::Compact))));
            check(record.source.isNull() == scenario.sourceRow.isEmpty()
                    && (record.source.isNull()
                        || record.source.toObject().value(QStringLiteral("a")).toString()
                            == u"src"),
                QStringLiteral("source %1")
                    .arg(QString::fromUtf8(
                        QJsonDocument(record.source.toObject()).toJson(QJsonDocument::Compact))));
            check(record.target.isNull() == scenario.targetRow.isEmpty()
                    && (record.target.isNull()
                        || record.target.toObject().value(QStringLiteral("a")).toString()
                            == u"tgt"),
                QStringLiteral("target %1")
                    .arg(QString::fromUtf8(
                        QJsonDocument(record.target.toObject()).toJson(QJsonDocument::Compact))));
        }
        QVERIFY2(
            problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));

        // A second run writes nothing; a conflict it still sees updates its entry (same id,
        // same detection time), never a second one.
        const RunReport again = setup.run();
        SYNCLINE_VERIFY_RUN(again);
        QCOMPARE(again.counts.applied(), 0);
        QCOMPARE(again.counts.conflicts, qint64(parkedKeys.size()));
        const auto still = setup.pendingConflicts(&error);
        QVERIFY2(still, qPrintable(error));
        QCOMPARE(still->size(), pending->size());
        for (const ConflictRecord& record : std::as_const(*still)) {
            const ConflictRecord& before = queued[record.keyText.mid(3)];
            QCOMPARE(record.id, before.id);
            QCOMPARE(record.detectedAt, before.detectedAt);
            QVERIFY(record.updatedAt >= before.updatedAt);
        }
        const auto all = setup.allConflicts(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), pending->size());
        const QString unchanged = setup.differenceFrom(expectedSource, expectedTarget);
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged));
    }

    // The rule sees the base, both rows and the conflict (kind, key, fields).
    void ruleSeesTheConflict()
    {
        TwoWaySetup setup;
        startSynced(setup,
            ruleJob(QStringLiteral(
                "(base, source, target, c) => ({ a: [base.a, source.a, target.a, base.b, "
                "target.b, source.amount, c.kind, c.key, c.fields.join('|')].join(';') })")));
        if (QTest::currentTestFailed())
            return;
        const Scenario scenario = Scenario::make(ConflictKind::UpdateUpdate, earlier, later);
        QString error;
        for (const Side side : { Side::Source, Side::Target })
            QVERIFY2(setup.exec(side, scenario.statements(setup, side), &error), qPrintable(error));
        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        const auto rows = setup.rows(Side::Target, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->value(QStringLiteral("1")).value(1),
            quoteText(QStringLiteral("a 1;src;tgt;10;99;1.7500;update/update;id=1;a|updated")));
        verifyNoPending(setup);
        verifyQuiet(setup);
    }

    // A conflict parked by a rule keeps the rule's error in its note when later runs see
    // it again, so that an admin still learns why it is there.
    void pendingConflictKeepsTheRuleError()
    {
        TwoWaySetup setup;
        startSynced(setup, ruleJob(QStringLiteral("(b, s, t, c) => { throw new Error('boom') }")));
        if (QTest::currentTestFailed())
            return;
        const Scenario scenario = Scenario::make(ConflictKind::UpdateUpdate, earlier, later);
        QString error;
        for (const Side side : { Side::Source, Side::Target })
            QVERIFY2(setup.exec(side, scenario.statements(setup, side), &error), qPrintable(error));
        for (int run = 1; run <= 2; ++run) {
            const RunReport report = setup.run();
            SYNCLINE_VERIFY_RUN(report);
            const auto pending = setup.pendingConflicts(&error);
            QVERIFY2(pending, qPrintable(error));
            QCOMPARE(pending->size(), 1);
            QVERIFY2(pending->first().note.contains(QStringLiteral("boom")),
                qPrintable(QStringLiteral("after run %1 the note is '%2'")
                               .arg(run)
                               .arg(pending->first().note)));
        }
    }

    // A pending conflict whose key changes again is refreshed with the new values.
    void pendingConflictFollowsNewValues()
    {
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        const Scenario scenario = Scenario::make(ConflictKind::UpdateUpdate, earlier, later);
        QString error;
        for (const Side side : { Side::Source, Side::Target })
            QVERIFY2(setup.exec(side, scenario.statements(setup, side), &error), qPrintable(error));
        SYNCLINE_VERIFY_RUN(setup.run());
        const auto first = setup.pendingConflicts(&error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->size(), 1);

        // The target changes its side again, now also amount; then the source deletes the row.
        QVERIFY2(setup.exec(Side::Target,
                     { setup.setSql(Side::Target, 1, QStringLiteral("a"), QStringLiteral("tgt2")),
                         setup.setSql(
                             Side::Target, 1, QStringLiteral("amount"), QStringLiteral("8.00")) },
                     &error),
            qPrintable(error));
        SYNCLINE_VERIFY_RUN(setup.run());
        auto now = setup.pendingConflicts(&error);
        QVERIFY2(now, qPrintable(error));
        QCOMPARE(now->size(), 1);
        QCOMPARE(now->first().id, first->first().id);
        QCOMPARE(now->first().target.toObject().value(QStringLiteral("a")).toString(),
            QStringLiteral("tgt2"));
        QCOMPARE(now->first().fields,
            (QStringList {
                QStringLiteral("a"), QStringLiteral("amount"), QStringLiteral("updated") }));

        QVERIFY2(setup.exec(Side::Source, { setup.deleteRowSql(Side::Source, 1) }, &error),
            qPrintable(error));
        SYNCLINE_VERIFY_RUN(setup.run());
        now = setup.pendingConflicts(&error);
        QVERIFY2(now, qPrintable(error));
        QCOMPARE(now->size(), 1);
        QCOMPARE(now->first().id, first->first().id);
        QCOMPARE(ConflictRecord::toString(now->first().kind), QStringLiteral("update/delete"));
        QVERIFY(now->first().source.isNull());
        const auto all = setup.allConflicts(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 1);
    }

    // When the sides come to agree by themselves, the next run closes the conflict.
    void sidesThatAgreeCloseTheConflict()
    {
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        const Scenario scenario = Scenario::make(ConflictKind::UpdateUpdate, earlier, later);
        QString error;
        for (const Side side : { Side::Source, Side::Target })
            QVERIFY2(setup.exec(side, scenario.statements(setup, side), &error), qPrintable(error));
        SYNCLINE_VERIFY_RUN(setup.run());
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), 1);

        // Someone makes the target equal to the source by hand.
        QVERIFY2(setup.exec(Side::Target,
                     { updateSql(Backend::Sqlite, itemsTable(), scenario.sourceRow) }, &error),
            qPrintable(error));
        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.conflicts, 0);
        QCOMPARE(report.counts.applied(), 0);
        verifyNoPending(setup);
        const auto all = setup.allConflicts(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 1);
        QCOMPARE(ConflictRecord::toString(all->first().status), QStringLiteral("resolved"));
        QCOMPARE(all->first().resolvedBy, QStringLiteral("engine"));
        verifyBoth(setup, with(rowsOf(baseItems()), 1, scenario.sourceRow));
        verifyQuiet(setup);
    }

    // An admin resolves parked conflicts, one of each kind: the chosen row lands on both
    // sides, the journal learns it (the next run has nothing to do) and the audit log records
    // who did what, with the old and the new values.
    void resolveParkedConflicts_data()
    {
        QTest::addColumn<int>("take");
        QTest::newRow("take source") << int(ConflictDecision::Take::Source);
        QTest::newRow("take target") << int(ConflictDecision::Take::Target);
        QTest::newRow("merged with set") << int(ConflictDecision::Take::Merged);
    }

    void resolveParkedConflicts()
    {
        QFETCH(int, take);
        const QList<Scenario> scenarios = allScenarios(earlier, later);
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        QString error;
        for (const Side side : { Side::Source, Side::Target }) {
            QStringList statements;
            for (const Scenario& scenario : scenarios)
                statements += scenario.statements(setup, side);
            QVERIFY2(setup.exec(side, statements, &error), qPrintable(error));
        }
        SYNCLINE_VERIFY_RUN(setup.run());
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), scenarios.size());

        ConflictDecision decision;
        decision.take = ConflictDecision::Take(take);
        if (decision.take == ConflictDecision::Take::Merged) {
            decision.set.insert(QStringLiteral("a"), QStringLiteral("chosen"));
            decision.set.insert(QStringLiteral("amount"), QStringLiteral("NULL"));
        }
        const auto chosen = [&](const Scenario& scenario) {
            switch (decision.take) {
            case ConflictDecision::Take::Source:
                return scenario.sourceWins();
            case ConflictDecision::Take::Target:
                return scenario.targetWins();
            case ConflictDecision::Take::Merged:
                break;
            }
            // Fields not set come from the field-level merge (the source's side where both
            // changed), or from the surviving row when one side deleted it.
            QVariantList row = scenario.kind == ConflictKind::SourceDeleted ? scenario.targetRow
                : scenario.kind == ConflictKind::UpdateUpdate               ? scenario.sourceWins()
                                                                            : scenario.sourceRow;
            row[1] = QStringLiteral("chosen");
            row[3] = QVariant();
            return row;
        };

        QHash<QString, ConflictRecord> byKey;
        for (const ConflictRecord& record : std::as_const(*pending))
            byKey.insert(record.keyText.mid(3), record);
        RowsByKey expected = rowsOf(baseItems());
        for (const Scenario& scenario : scenarios) {
            const QString what = kindLabel(scenario.kind);
            QVERIFY2(
                byKey.contains(scenario.key()), qPrintable(what + QStringLiteral(": not queued")));
            const ConflictRecord conflict = byKey.value(scenario.key());
            const auto resolved
                = setup.resolve(conflict.id, decision, QStringLiteral("tester"), &error);
            QVERIFY2(resolved, qPrintable(what + QStringLiteral(": ") + error));
            QCOMPARE(ConflictRecord::toString(resolved->status), QStringLiteral("resolved"));
            QCOMPARE(resolved->resolvedBy, QStringLiteral("tester"));
            QVERIFY(resolved->resolvedAt.isValid());
            QCOMPARE(resolved->resolution.value(QStringLiteral("take")).toString(),
                QStringList({ QStringLiteral("source"), QStringLiteral("target"),
                    QStringLiteral("merged") })[take]);
            // Resolving it again is refused.
            QVERIFY(!setup.resolve(conflict.id, decision, QStringLiteral("tester"), &error));

            // The row is on both sides at once (plain SQL), not after the next run.
            const QVariantList row = chosen(scenario);
            const auto sideRows = [&](Side side) {
                const auto rows = setup.rows(side, &error);
                return rows ? rows->value(scenario.key()) : QStringList { error };
            };
            const QStringList want = row.isEmpty() ? QStringList() : logicalRow(itemsTable(), row);
            QVERIFY2(sideRows(Side::Source) == want,
                qPrintable(QStringLiteral("%1: source holds (%2), expected (%3)")
                               .arg(what, sideRows(Side::Source).join(QStringLiteral(", ")),
                                   want.join(QStringLiteral(", ")))));
            QVERIFY2(sideRows(Side::Target) == want,
                qPrintable(QStringLiteral("%1: target holds (%2), expected (%3)")
                               .arg(what, sideRows(Side::Target).join(QStringLiteral(", ")),
                                   want.join(QStringLiteral(", ")))));
            expected = with(expected, scenario.id, row);

            // The audit entry: who, what, the old values and the new row.
            const auto audit = setup.audit(QStringLiteral("conflict.resolve"), &error);
            QVERIFY2(audit, qPrintable(error));
            const AuditEntry* entry = nullptr;
            for (const AuditEntry& candidate : std::as_const(*audit)) {
                if (candidate.detail.value(QStringLiteral("conflict")).toInteger() == conflict.id)
                    entry = &candidate;
            }
            QVERIFY2(entry, qPrintable(what + QStringLiteral(": no audit entry")));
            QCOMPARE(entry->actor, QStringLiteral("tester"));
            QVERIFY2(entry->object.contains(QStringLiteral("job")), qPrintable(entry->object));
            QVERIFY2(entry->object.contains(QStringLiteral("id=") + scenario.key()),
                qPrintable(entry->object));
            QVERIFY(entry->at.isValid());
            const QJsonObject old = entry->detail.value(QStringLiteral("old")).toObject();
            QCOMPARE(old.value(QStringLiteral("source")), conflict.source);
            QCOMPARE(old.value(QStringLiteral("target")), conflict.target);
            QCOMPARE(old.value(QStringLiteral("base")), conflict.base);
            const QJsonValue written = entry->detail.value(QStringLiteral("new"));
            if (row.isEmpty()) {
                QVERIFY2(written.isNull() || written.isUndefined(),
                    qPrintable(what + QStringLiteral(": a deletion recorded a new row: ")
                        + QString::fromUtf8(
                            QJsonDocument(written.toObject()).toJson(QJsonDocument::Compact))));
            } else {
                QCOMPARE(written.toObject().value(QStringLiteral("a")).toString(),
                    row.value(1).toString());
                QCOMPARE(written.toObject().value(QStringLiteral("amount")).isNull(),
                    row.value(3).isNull());
            }
        }
        const auto audit = setup.audit(QStringLiteral("conflict.resolve"), &error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(audit->size(), scenarios.size());

        // The journal learned every decision: the next run has nothing to do.
        verifyBoth(setup, expected);
        verifyNoPending(setup);
        verifyQuiet(setup);
        verifyBoth(setup, expected);
    }

    // A decision the resolver cannot apply leaves the conflict pending.
    void resolverRefusesBadDecisions_data()
    {
        QTest::addColumn<int>("take");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown field") << int(ConflictDecision::Take::Merged)
                                       << QStringLiteral("nosuch") << QStringLiteral("1");
        QTest::newRow("the key") << int(ConflictDecision::Take::Merged) << QStringLiteral("id")
                                 << QStringLiteral("5");
        QTest::newRow("not a number")
            << int(ConflictDecision::Take::Merged) << QStringLiteral("b") << QStringLiteral("x");
        QTest::newRow("set without merged")
            << int(ConflictDecision::Take::Source) << QStringLiteral("a") << QStringLiteral("x");
    }

    void resolverRefusesBadDecisions()
    {
        QFETCH(int, take);
        QFETCH(QString, field);
        QFETCH(QString, value);
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        const Scenario scenario = Scenario::make(ConflictKind::UpdateUpdate, earlier, later);
        QString error;
        for (const Side side : { Side::Source, Side::Target })
            QVERIFY2(setup.exec(side, scenario.statements(setup, side), &error), qPrintable(error));
        SYNCLINE_VERIFY_RUN(setup.run());
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), 1);
        ConflictDecision decision;
        decision.take = ConflictDecision::Take(take);
        decision.set.insert(field, value);
        QVERIFY(!setup.resolve(pending->first().id, decision, QStringLiteral("tester"), &error));
        QVERIFY2(
            error.contains(field) || error.contains(QStringLiteral("--set")), qPrintable(error));
        const auto still = setup.pendingConflicts(&error);
        QVERIFY2(still, qPrintable(error));
        QCOMPARE(still->size(), 1);
        const QString unchanged
            = setup.differenceFrom(with(rowsOf(baseItems()), 1, scenario.sourceRow),
                with(rowsOf(baseItems()), 1, scenario.targetRow));
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged));
        const auto audit = setup.audit(QStringLiteral("conflict.resolve"), &error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(audit->size(), 0);
    }

    // An expression field is computed from the source and never flows back; whatever reaches
    // the source from the target, the target's expression field follows within the same run,
    // so that the next run has nothing to do.
    // A mapping's own "conflicts" overrides the job's policy for that entity.
    void entityPolicyOverridesTheJob()
    {
        TwoWaySetup setup;
        QString error;
        QVERIFY2(setup.prepare(itemsTable(), baseItems(), baseItems(),
                     twoWayJob(QStringLiteral("source-wins")), &error),
            qPrintable(error));
        QJsonObject config = singleJobConfig(setup.source->endpointJson(QStringLiteral("src")),
            setup.target->endpointJson(QStringLiteral("dst")), itemsTable(),
            twoWayJob(QStringLiteral("source-wins"),
                { { QStringLiteral("direction"), QStringLiteral("two-way") } }));
        QJsonArray mappings = config.value(QStringLiteral("mappings")).toArray();
        QJsonObject mapping = mappings.first().toObject();
        mapping.insert(QStringLiteral("conflicts"), QStringLiteral("target-wins"));
        mappings[0] = mapping;
        config.insert(QStringLiteral("mappings"), mappings);
        QVERIFY2(setup.workspace->import(config, &error), qPrintable(error));
        SYNCLINE_VERIFY_RUN(setup.run());
        QVERIFY2(setup.exec(Side::Source,
                     { setup.setSql(
                         Side::Source, 1, QStringLiteral("a"), QStringLiteral("from-source")) },
                     &error),
            qPrintable(error));
        QVERIFY2(setup.exec(Side::Target,
                     { setup.setSql(
                         Side::Target, 1, QStringLiteral("a"), QStringLiteral("from-target")) },
                     &error),
            qPrintable(error));
        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.policyResolved, 1);
        for (Side side : { Side::Source, Side::Target }) {
            QSqlQuery query(setup.side(side).database());
            QVERIFY(query.exec(QStringLiteral("SELECT a FROM items WHERE id = 1")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("from-target"));
        }
    }

    void expressionFieldsFollowTheSource_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("finalA");
        QTest::newRow("the target updates a column")
            << QStringLiteral("target update") << QStringLiteral("manual") << QStringLiteral("tgt");
        QTest::newRow("the source updates a column")
            << QStringLiteral("source update") << QStringLiteral("manual") << QStringLiteral("src");
        QTest::newRow("update/update, target wins")
            << QStringLiteral("both update") << QStringLiteral("target-wins")
            << QStringLiteral("tgt");
        QTest::newRow("update/update, source wins")
            << QStringLiteral("both update") << QStringLiteral("source-wins")
            << QStringLiteral("src");
        QTest::newRow("insert/insert, target wins")
            << QStringLiteral("both insert") << QStringLiteral("target-wins")
            << QStringLiteral("tgt");
        QTest::newRow("insert/insert, source wins")
            << QStringLiteral("both insert") << QStringLiteral("source-wins")
            << QStringLiteral("src");
    }

    void expressionFieldsFollowTheSource()
    {
        QFETCH(QString, change);
        QFETCH(QString, policy);
        QFETCH(QString, finalA);
        TwoWaySetup setup;
        QString error;
        QVERIFY2(setup.prepare(itemsTable(), baseItems(), baseItems(), twoWayJob(policy), &error),
            qPrintable(error));
        // The target also has "shout", upper(a) computed by the mapping.
        QVERIFY2(setup.exec(Side::Target,
                     { QStringLiteral("ALTER TABLE items ADD COLUMN shout TEXT"),
                         QStringLiteral("UPDATE items SET shout = upper(a)") },
                     &error),
            qPrintable(error));
        QJsonObject config = singleJobConfig(setup.source->endpointJson(QStringLiteral("src")),
            setup.target->endpointJson(QStringLiteral("dst")), itemsTable(),
            twoWayJob(policy, { { QStringLiteral("direction"), QStringLiteral("two-way") } }));
        QJsonArray mappings = config.value(QStringLiteral("mappings")).toArray();
        QJsonObject mapping = mappings.first().toObject();
        QJsonArray fields = mapping.value(QStringLiteral("fields")).toArray();
        fields.append(QJsonObject { { QStringLiteral("target"), QStringLiteral("shout") },
            { QStringLiteral("expr"),
                QStringLiteral("row.a === null ? null : row.a.toUpperCase()") } });
        mapping.insert(QStringLiteral("fields"), fields);
        mappings[0] = mapping;
        config.insert(QStringLiteral("mappings"), mappings);
        QVERIFY2(setup.workspace->import(config, &error), qPrintable(error));
        RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.applied(), 0);

        const qlonglong id = change == u"both insert" ? 9 : 1;
        const auto write = [&](Side side, const QString& a) {
            const QString sql = change == u"both insert"
                ? QStringLiteral("INSERT INTO items (id, a, b, amount, updated) VALUES (9, '%1', "
                                 "%2, '9.00', '2024-01-01T00:00:00Z')")
                      .arg(a)
                      .arg(side == Side::Source ? 1 : 2)
                : setup.setSql(side, 1, QStringLiteral("a"), a);
            QVERIFY2(setup.exec(side, { sql }, &error), qPrintable(error));
        };
        if (change != u"target update")
            write(Side::Source, QStringLiteral("src"));
        if (change != u"source update")
            write(Side::Target, QStringLiteral("tgt"));
        report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.conflicts, 0);

        const auto shout = [&](Side side) {
            QSqlQuery query(setup.side(side).database());
            const QString sql = side == Side::Target
                ? QStringLiteral(
                    "SELECT a || ' ' || coalesce(shout, 'NULL') FROM items WHERE id = %1")
                : QStringLiteral("SELECT a FROM items WHERE id = %1");
            if (!query.exec(sql.arg(id)) || !query.next())
                return QStringLiteral("(no row: %1)").arg(query.lastError().text());
            return query.value(0).toString();
        };
        QCOMPARE(shout(Side::Source), finalA);
        QCOMPARE(shout(Side::Target), finalA + QLatin1Char(' ') + finalA.toUpper());
        const RunReport again = setup.run();
        SYNCLINE_VERIFY_RUN(again);
        QCOMPARE(countsText(again), countsText(RunReport()));
    }

    // A dry run of a two-way job plans the writes to both sides and writes nothing: not the
    // sides, not the journal, not the conflict queue.
    void dryRunWritesNothing()
    {
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        const Scenario conflict = Scenario::make(ConflictKind::UpdateUpdate, earlier, later);
        QString error;
        QVERIFY2(setup.exec(Side::Source,
                     conflict.statements(setup, Side::Source)
                         + QStringList { setup.insertRowSql(Side::Source, baseItem(7)) },
                     &error),
            qPrintable(error));
        QVERIFY2(setup.exec(Side::Target,
                     conflict.statements(setup, Side::Target)
                         + QStringList { setup.setSql(Side::Target, 2, QStringLiteral("b"), 5) },
                     &error),
            qPrintable(error));
        const auto sourceBefore = setup.rows(Side::Source, &error);
        QVERIFY2(sourceBefore, qPrintable(error));
        const auto targetBefore = setup.rows(Side::Target, &error);
        QVERIFY2(targetBefore, qPrintable(error));
        const auto journalBefore = setup.journal(&error);
        QVERIFY2(journalBefore, qPrintable(error));

        RunOptions options;
        options.dryRun = true;
        const RunReport report = setup.workspace->run(QStringLiteral("job"), options);
        SYNCLINE_VERIFY_RUN(report);
        QVERIFY(report.dryRun);
        QStringList planned;
        for (const PlannedChange& change : report.planned)
            planned.append(QStringLiteral("%1 %2").arg(int(change.kind)).arg(change.key));
        planned.sort();
        // Insert id 7 into the target, update id 2 in the source.
        QCOMPARE(planned,
            (QStringList { QStringLiteral("0 id=7 (target)"), QStringLiteral("1 id=2 (source)") }));
        QCOMPARE(report.counts.conflicts, 1);

        QCOMPARE(setup.differenceFrom(*sourceBefore, *targetBefore), QString());
        const auto journalAfter = setup.journal(&error);
        QVERIFY2(journalAfter, qPrintable(error));
        QCOMPARE(rowsDifference(*journalBefore, *journalAfter), QString());
        verifyNoPending(setup);

        // The real run still has all of it to do.
        const RunReport real = setup.run();
        SYNCLINE_VERIFY_RUN(real);
        QCOMPARE(real.counts.inserted, 1);
        QCOMPARE(real.counts.updated, 1);
        QCOMPARE(real.counts.conflicts, 1);
    }

    // A row one side rejects is quarantined with the database's message; the other side and
    // the journal keep their state, so the next run tries again, and once the row is
    // acceptable it flows.
    void rejectedRowsAreQuarantinedAndRetried()
    {
        TwoWaySetup setup;
        startSynced(setup, twoWayJob(QStringLiteral("manual")));
        if (QTest::currentTestFailed())
            return;
        QString error;
        QVERIFY2(setup.exec(Side::Target,
                     { QStringLiteral("CREATE TRIGGER no_big_b BEFORE UPDATE ON items WHEN NEW.b "
                                      ">= 1000 BEGIN SELECT RAISE(ABORT, 'b too large'); END") },
                     &error),
            qPrintable(error));
        QVERIFY2(setup.exec(Side::Source,
                     { setup.setSql(Side::Source, 2, QStringLiteral("b"), 5000),
                         setup.setSql(Side::Source, 3, QStringLiteral("a"), QStringLiteral("ok")) },
                     &error),
            qPrintable(error));
        for (int run = 1; run <= 2; ++run) {
            const RunReport report = setup.run();
            SYNCLINE_VERIFY_RUN(report);
            QCOMPARE(report.counts.quarantined, 1);
            QCOMPARE(report.counts.updated, run == 1 ? 1 : 0);
            const auto quarantined
                = setup.workspace->quarantine(QStringLiteral("job"), report.runId, &error);
            QVERIFY2(quarantined, qPrintable(error));
            QCOMPARE(quarantined->size(), 1);
            QCOMPARE(quarantined->first().key, QStringLiteral("id=2"));
            QVERIFY2(quarantined->first().error.contains(QStringLiteral("b too large")),
                qPrintable(quarantined->first().error));
            RowsByKey expectedSource = with(rowsOf(baseItems()), 2,
                item(2, QStringLiteral("a 2"), 5000, QStringLiteral("2.50")));
            expectedSource = with(
                expectedSource, 3, item(3, QStringLiteral("ok"), 30, QStringLiteral("3.50")));
            RowsByKey expectedTarget = with(
                rowsOf(baseItems()), 3, item(3, QStringLiteral("ok"), 30, QStringLiteral("3.50")));
            QCOMPARE(setup.differenceFrom(expectedSource, expectedTarget), QString());
            const auto journal = setup.journal(&error);
            QVERIFY2(journal, qPrintable(error));
            QCOMPARE(journal->value(QStringLiteral("2")), logicalRow(itemsTable(), baseItem(2)));
        }
        QVERIFY2(setup.exec(Side::Source,
                     { setup.setSql(Side::Source, 2, QStringLiteral("b"), 50) }, &error),
            qPrintable(error));
        const RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.quarantined, 0);
        QCOMPARE(report.counts.updated, 1);
        RowsByKey expected = with(
            rowsOf(baseItems()), 2, item(2, QStringLiteral("a 2"), 50, QStringLiteral("2.50")));
        expected = with(expected, 3, item(3, QStringLiteral("ok"), 30, QStringLiteral("3.50")));
        verifyBoth(setup, expected);
        verifyQuiet(setup);
    }

    // Two-way jobs refuse settings that cannot work both ways.
    void refusesOneWayOnlySettings_data()
    {
        QTest::addColumn<QJsonObject>("job");
        QTest::addColumn<QString>("message");
        QTest::newRow("deletes ignore")
            << QJsonObject { { QStringLiteral("deletes"), QStringLiteral("ignore") } }
            << QStringLiteral("deletes");
        QTest::newRow("detect timestamp")
            << QJsonObject { { QStringLiteral("detect"), QStringLiteral("timestamp") },
                   { QStringLiteral("change_column"), QStringLiteral("updated") } }
            << QStringLiteral("detect");
        QTest::newRow("rule that is no function")
            << QJsonObject { { QStringLiteral("conflicts"), QStringLiteral("rule") },
                   { QStringLiteral("rule"), QStringLiteral("42") } }
            << QStringLiteral("rule");
        QTest::newRow("newest_field that is no field")
            << QJsonObject { { QStringLiteral("conflicts"), QStringLiteral("newest-wins") },
                   { QStringLiteral("newest_field"), QStringLiteral("nosuch") } }
            << QStringLiteral("nosuch");
    }

    void refusesOneWayOnlySettings()
    {
        QFETCH(QJsonObject, job);
        QFETCH(QString, message);
        TwoWaySetup setup;
        QString error;
        QVERIFY2(setup.prepare(itemsTable(), baseItems(), {}, job, &error), qPrintable(error));
        const RunReport report = setup.run();
        QVERIFY(!report.succeeded());
        QCOMPARE(report.error.kind, ErrorKind::BadInput);
        QVERIFY2(report.error.message.contains(message), qPrintable(report.error.message));
        const auto count = setup.target->count(itemsTable().name, &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count, 0);
    }
};

QTEST_GUILESS_MAIN(TwoWayTest)
#include "tst_twoway.moc"
