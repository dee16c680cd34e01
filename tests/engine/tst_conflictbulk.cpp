// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk resolution (ConflictResolver::resolveMany): 1,000 conflicts of a two-way job settled by
// a side or by a saved rule land on both databases (read back with plain SQL), are marked
// resolved and audited with the rule's name; what a rule leaves to review stays pending.
#include "store/conflictrulerepository.h"
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
            ColumnSpec { QStringLiteral("b"), ValueKind::Integer, false, {} } } };
    return table;
}

QList<QVariantList> items(int count)
{
    QList<QVariantList> rows;
    for (int id = 1; id <= count; ++id)
        rows.append({ QVariant(qlonglong(id)), QStringLiteral("a %1").arg(id), QVariant(id) });
    return rows;
}

// Every row edited differently on both sides: one pending conflict per row on "a".
bool makeConflicts(TwoWaySetup& setup, int count, QString* error)
{
    if (!setup.prepare(itemsTable(), items(count), items(count),
            { { QStringLiteral("conflicts"), QStringLiteral("manual") } }, error))
        return false;
    const RunReport first = setup.run();
    if (first.status != RunRecord::Status::Succeeded) {
        *error = first.error.message;
        return false;
    }
    return setup.exec(Side::Source,
               { QStringLiteral("UPDATE items SET a = 'src ' || id, b = b + 1000") }, error)
        && setup.exec(Side::Target, { QStringLiteral("UPDATE items SET a = 'tgt ' || id") }, error)
        && setup.run().status == RunRecord::Status::Succeeded;
}

QList<qint64> ids(const QList<ConflictRecord>& conflicts)
{
    QList<qint64> out;
    for (const ConflictRecord& conflict : conflicts)
        out.append(conflict.id);
    return out;
}

} // namespace

class tst_ConflictBulk : public QObject
{
    Q_OBJECT

private slots:
    void thousandBySourceLandOnBothSides()
    {
        constexpr int count = 1000;
        TwoWaySetup setup;
        QString error;
        QVERIFY2(makeConflicts(setup, count, &error), qPrintable(error));
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), count);

        qsizetype lastDone = 0;
        int calls = 0;
        BulkDecision decision;
        decision.by = BulkDecision::By::Source;
        const auto outcome = ConflictResolver(setup.workspace->location())
                                 .resolveMany(ids(*pending), decision, QStringLiteral("tst"),
                                     [&](qsizetype done, qsizetype total) {
                                         ++calls;
                                         lastDone = done;
                                         return total == count;
                                     });
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QVERIFY(outcome->failures.isEmpty());
        QCOMPARE(outcome->resolved.size(), count);
        QVERIFY(!outcome->cancelled);
        QVERIFY(calls > 1); // progress per batch, not once at the end
        QCOMPARE(lastDone, qsizetype(count));

        // Both databases hold the source's values, read with plain SQL.
        RowsByKey expected;
        for (int id = 1; id <= count; ++id)
            expected.insert(QString::number(id),
                logicalRow(itemsTable(),
                    { QVariant(qlonglong(id)), QStringLiteral("src %1").arg(id),
                        QVariant(id + 1000) }));
        QCOMPARE(setup.differenceFrom(expected, expected), QString());
        QCOMPARE(setup.convergenceProblem(), QString());
        const auto left = setup.pendingConflicts(&error);
        QVERIFY2(left, qPrintable(error));
        QVERIFY(left->isEmpty());
        const auto audit = setup.audit(QStringLiteral("conflict.resolve"), &error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(audit->size(), count);
        QCOMPARE(audit->first().detail.value(QStringLiteral("take")).toString(),
            QStringLiteral("source"));
        // A later run finds nothing to do.
        const RunReport again = setup.run();
        QCOMPARE(again.counts.conflicts, 0);
        QCOMPARE(again.counts.updated, 0);
    }

    void byTargetAndCancel()
    {
        TwoWaySetup setup;
        QString error;
        QVERIFY2(makeConflicts(setup, 600, &error), qPrintable(error));
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        BulkDecision decision;
        decision.by = BulkDecision::By::Target;
        // Stops after the first batch.
        const auto outcome = ConflictResolver(setup.workspace->location())
                                 .resolveMany(ids(*pending), decision, QStringLiteral("tst"),
                                     [](qsizetype, qsizetype) { return false; });
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QVERIFY(outcome->cancelled);
        QVERIFY(!outcome->resolved.isEmpty());
        QVERIFY(outcome->resolved.size() < 600);
        const auto left = setup.pendingConflicts(&error);
        QVERIFY2(left, qPrintable(error));
        QCOMPARE(left->size(), 600 - outcome->resolved.size());
        // A resolved one holds the target's "a" and the source's "b" (changed on one side).
        const auto source = setup.rows(Side::Source, &error);
        QVERIFY2(source, qPrintable(error));
        const ConflictRecord* first = &pending->first();
        QCOMPARE(outcome->resolved.first(), first->id);
        QCOMPARE(source->value(QStringLiteral("1")),
            QStringList({ QStringLiteral("1"), quoteText(QStringLiteral("tgt 1")),
                QStringLiteral("1001") }));
    }

    void bySavedRuleRecordsItsName()
    {
        TwoWaySetup setup;
        QString error;
        QVERIFY2(makeConflicts(setup, 20, &error), qPrintable(error));
        {
            auto workspace = Workspace::open(setup.workspace->location());
            QVERIFY(workspace);
            ConflictRule rule;
            rule.name = QStringLiteral("even-ids-to-target");
            rule.kind = ConflictRule::Kind::Script;
            rule.script = QStringLiteral("function (base, source, target, conflict) {"
                                         " if (source.id > 15) return 'manual';"
                                         " if (source.id % 2 === 0) return 'target';"
                                         " return { a: 'merged ' + source.id }; }");
            QVERIFY(ConflictRuleRepository(**workspace).save(rule));
        }
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        BulkDecision decision;
        decision.by = BulkDecision::By::Rule;
        decision.rule = QStringLiteral("even-ids-to-target");
        const auto outcome = ConflictResolver(setup.workspace->location())
                                 .resolveMany(ids(*pending), decision, QStringLiteral("tst"));
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->resolved.size(), 15);
        QCOMPARE(outcome->failures.size(), 5);
        QVERIFY2(outcome->failures.first().error.contains(QStringLiteral("manual")),
            qPrintable(outcome->failures.first().error));
        const auto left = setup.pendingConflicts(&error);
        QVERIFY2(left, qPrintable(error));
        QCOMPARE(left->size(), 5);

        const auto target = setup.rows(Side::Target, &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->value(QStringLiteral("2")).value(1), quoteText(QStringLiteral("tgt 2")));
        QCOMPARE(
            target->value(QStringLiteral("3")).value(1), quoteText(QStringLiteral("merged 3")));
        const auto source = setup.rows(Side::Source, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(
            source->value(QStringLiteral("3")).value(1), quoteText(QStringLiteral("merged 3")));
        QCOMPARE(source->value(QStringLiteral("16")).value(1), quoteText(QStringLiteral("src 16")));

        const auto audit = setup.audit(QStringLiteral("conflict.resolve"), &error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(audit->size(), 15);
        for (const AuditEntry& entry : std::as_const(*audit))
            QCOMPARE(entry.detail.value(QStringLiteral("rule")).toString(),
                QStringLiteral("even-ids-to-target"));
        const auto all = setup.allConflicts(&error);
        QVERIFY2(all, qPrintable(error));
        for (const ConflictRecord& conflict : std::as_const(*all)) {
            if (conflict.status == ConflictRecord::Status::Resolved)
                QCOMPARE(conflict.resolution.value(QStringLiteral("rule")).toString(),
                    QStringLiteral("even-ids-to-target"));
        }
    }

    void unknownRuleFailsAsAWhole()
    {
        TwoWaySetup setup;
        QString error;
        QVERIFY2(makeConflicts(setup, 3, &error), qPrintable(error));
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        BulkDecision decision;
        decision.by = BulkDecision::By::Rule;
        decision.rule = QStringLiteral("nope");
        const auto outcome = ConflictResolver(setup.workspace->location())
                                 .resolveMany(ids(*pending), decision, QStringLiteral("tst"));
        QVERIFY(!outcome);
        QVERIFY(outcome.error().message.contains(QStringLiteral("nope")));
        const auto left = setup.pendingConflicts(&error);
        QCOMPARE(left->size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ConflictBulk)
#include "tst_conflictbulk.moc"
