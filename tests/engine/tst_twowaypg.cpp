// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testpostgres.h"
#include "testtable.h"
#include "testworkspace.h"
#include "twowaysetup.h"

#include <QTest>

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

QVariantList item(qlonglong id, const QVariant& a, const QVariant& b, const QVariant& amount,
    const QVariant& updated = QStringLiteral("2024-01-01T00:00:00+01:00"))
{
    return { QVariant(id), a, b, amount, updated };
}

QVariantList baseItem(qlonglong id)
{
    return item(id, QStringLiteral("a %1 é").arg(id), 10 * id, QStringLiteral("%1.50").arg(id));
}

RowsByKey rowsOf(const QList<QVariantList>& rows)
{
    return logicalRows(itemsTable(), rows);
}

} // namespace

// A two-way job between SQLite and PostgreSQL, each way round: rows on one side only flow to
// the other on the first run; then inserts, updates and deletes on both sides, a field-level
// merge, a conflict parked and resolved by an admin, and one settled by a policy. Both
// databases are read back with plain SQL.
class TwoWayPgTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SYNCLINE_REQUIRE_POSTGRES(); }

    void sqliteAndPostgres_data()
    {
        QTest::addColumn<int>("sourceBackend");
        QTest::addColumn<int>("targetBackend");
        QTest::newRow("sqlite <-> postgresql") << int(Backend::Sqlite) << int(Backend::Postgres);
        QTest::newRow("postgresql <-> sqlite") << int(Backend::Postgres) << int(Backend::Sqlite);
    }

    void sqliteAndPostgres()
    {
        QFETCH(int, sourceBackend);
        QFETCH(int, targetBackend);
        TwoWaySetup setup;
        QString error;
        QVERIFY2(setup.prepare(itemsTable(), { baseItem(1), baseItem(2), baseItem(3) },
                     { baseItem(3), baseItem(4), baseItem(5) },
                     { { QStringLiteral("conflicts"), QStringLiteral("manual") },
                         { QStringLiteral("batch"), 2 } },
                     &error, Backend(sourceBackend), Backend(targetBackend)),
            qPrintable(error));

        // 1. The first run unites both sides.
        RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.inserted, 4);
        QCOMPARE(report.counts.unchanged, 1);
        QCOMPARE(report.counts.conflicts, 0);
        RowsByKey expected
            = rowsOf({ baseItem(1), baseItem(2), baseItem(3), baseItem(4), baseItem(5) });
        QString difference = setup.differenceFrom(expected, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QString problem = setup.convergenceProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // 2. Changes on both sides: inserts, updates, deletes, a field-level merge (row 3)
        //    and an update/update conflict (row 1).
        QVERIFY2(
            setup.exec(Side::Source,
                { setup.insertRowSql(Side::Source,
                      item(10, QStringLiteral("ten"), 10, QStringLiteral("-0.0001"),
                          QStringLiteral("2024-06-30T23:59:59.999999-07:00"))),
                    setup.setSql(Side::Source, 1, QStringLiteral("a"), QStringLiteral("src")),
                    setup.setSql(Side::Source, 3, QStringLiteral("a"), QStringLiteral("merged a")),
                    setup.deleteRowSql(Side::Source, 2) },
                &error),
            qPrintable(error));
        QVERIFY2(setup.exec(Side::Target,
                     { setup.insertRowSql(Side::Target,
                           item(11, QString(), QVariant(), QStringLiteral("123456789.1234"))),
                         setup.setSql(Side::Target, 1, QStringLiteral("a"), QStringLiteral("tgt")),
                         setup.setSql(Side::Target, 3, QStringLiteral("b"), 333),
                         setup.setSql(Side::Target, 4, QStringLiteral("amount"), QVariant()),
                         setup.deleteRowSql(Side::Target, 5) },
                     &error),
            qPrintable(error));
        report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.conflicts, 1);
        expected = rowsOf({ item(3, QStringLiteral("merged a"), 333, QStringLiteral("3.50")),
            item(4, QStringLiteral("a 4 é"), 40, QVariant()),
            item(10, QStringLiteral("ten"), 10, QStringLiteral("-0.0001"),
                QStringLiteral("2024-06-30T23:59:59.999999-07:00")),
            item(11, QString(), QVariant(), QStringLiteral("123456789.1234")) });
        RowsByKey sourceSide = expected;
        sourceSide.insert(QStringLiteral("1"),
            logicalRow(itemsTable(), item(1, QStringLiteral("src"), 10, QStringLiteral("1.50"))));
        RowsByKey targetSide = expected;
        targetSide.insert(QStringLiteral("1"),
            logicalRow(itemsTable(), item(1, QStringLiteral("tgt"), 10, QStringLiteral("1.50"))));
        difference = setup.differenceFrom(sourceSide, targetSide);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        problem = setup.convergenceProblem({ QStringLiteral("1") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // 3. An admin resolves the conflict with a value of their own.
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().keyText, QStringLiteral("id=1"));
        QCOMPARE(pending->first().fields, QStringList { QStringLiteral("a") });
        ConflictDecision decision;
        decision.take = ConflictDecision::Take::Merged;
        decision.set.insert(QStringLiteral("a"), QStringLiteral("chosen ü"));
        decision.set.insert(QStringLiteral("updated"), QStringLiteral("2024-03-31T03:00:00+02:00"));
        QVERIFY2(setup.resolve(pending->first().id, decision, QStringLiteral("tester"), &error),
            qPrintable(error));
        expected.insert(QStringLiteral("1"),
            logicalRow(itemsTable(),
                item(1, QStringLiteral("chosen ü"), 10, QStringLiteral("1.50"),
                    QStringLiteral("2024-03-31T01:00:00Z"))));
        difference = setup.differenceFrom(expected, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.applied(), 0);
        QCOMPARE(report.counts.conflicts, 0);
        problem = setup.convergenceProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // 4. Under target-wins a new conflict settles by itself.
        QVERIFY2(setup.editJob(
                     [](JobConfig& job) { job.conflicts = QStringLiteral("target-wins"); }, &error),
            qPrintable(error));
        QVERIFY2(setup.exec(Side::Source,
                     { setup.setSql(Side::Source, 4, QStringLiteral("b"), 1),
                         setup.setSql(Side::Source, 4, QStringLiteral("a"), QStringLiteral("s4")) },
                     &error),
            qPrintable(error));
        QVERIFY2(setup.exec(Side::Target, { setup.setSql(Side::Target, 4, QStringLiteral("b"), 2) },
                     &error),
            qPrintable(error));
        report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.policyResolved, 1);
        QCOMPARE(report.counts.conflicts, 0);
        expected.insert(QStringLiteral("4"),
            logicalRow(itemsTable(), item(4, QStringLiteral("s4"), 2, QVariant())));
        difference = setup.differenceFrom(expected, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        problem = setup.convergenceProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.applied(), 0);
    }
};

QTEST_GUILESS_MAIN(TwoWayPgTest)
#include "tst_twowaypg.moc"
