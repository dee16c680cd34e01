// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"

#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

const TableSpec& peopleTable()
{
    static const TableSpec table { QStringLiteral("people"),
        { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
            ColumnSpec { QStringLiteral("name"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("balance"), ValueKind::Decimal, false, {} } } };
    return table;
}

QList<QVariantList> peopleRows(int count)
{
    QList<QVariantList> rows;
    for (int i = 1; i <= count; ++i)
        rows.append({ QVariant(qlonglong(i)), QVariant(QStringLiteral("person %1").arg(i)),
            QVariant(QStringLiteral("%1.25").arg(i)) });
    return rows;
}

} // namespace

// How a run behaves as a whole, SQLite to SQLite: a dry run plans without writing anything, a
// cancelled run stops between batches and leaves a state the next run completes from, and a
// pull job copies from the mapping's target to its source.
class EngineRunTest final : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        TestSqlite files;
        std::unique_ptr<TestDatabase> source;
        std::unique_ptr<TestDatabase> target;
        std::unique_ptr<TestWorkspace> workspace;
    };

    static void prepare(Setup& setup, const QList<QVariantList>& sourceRows,
        const QList<QVariantList>& targetRows, const QJsonObject& job)
    {
        QString error;
        QVERIFY(setup.files.isValid());
        setup.source
            = TestDatabase::sqlite(setup.files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(setup.source, qPrintable(error));
        setup.target
            = TestDatabase::sqlite(setup.files.filePath(QStringLiteral("target.sqlite")), &error);
        QVERIFY2(setup.target, qPrintable(error));
        QVERIFY2(setup.source->createTable(peopleTable(), sourceRows, &error), qPrintable(error));
        QVERIFY2(setup.target->createTable(peopleTable(), targetRows, &error), qPrintable(error));
        setup.workspace = std::make_unique<TestWorkspace>(setup.files.dirPath());
        QVERIFY2(setup.workspace->import(
                     singleJobConfig(setup.source->endpointJson(QStringLiteral("src")),
                         setup.target->endpointJson(QStringLiteral("dst")), peopleTable(), job),
                     &error),
            qPrintable(error));
    }

    // Fails unless both databases hold the same people.
    static void compareSides(Setup& setup)
    {
        QString error;
        const auto source = setup.source->dump(peopleTable(), &error);
        QVERIFY2(source, qPrintable(error));
        const auto target = setup.target->dump(peopleTable(), &error);
        QVERIFY2(target, qPrintable(error));
        const QString difference = tableDifference(*source, *target);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

private slots:
    // A dry run reports the changes it would make and writes nothing: not the target, not the
    // journal (the real run after it still has every change to make).
    void dryRunWritesNothing_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("full") << QStringLiteral("full");
        QTest::newRow("incremental") << QStringLiteral("incremental");
    }

    void dryRunWritesNothing()
    {
        QFETCH(QString, mode);
        Setup setup;
        // The target: id 1 equal, id 2 different, id 4 extra; the source adds id 3.
        QList<QVariantList> targetRows = peopleRows(2);
        targetRows[1][1] = QStringLiteral("someone else");
        targetRows.append(peopleRows(4).last());
        prepare(setup, peopleRows(3), targetRows, { { QStringLiteral("mode"), mode } });
        if (QTest::currentTestFailed())
            return;
        QString error;
        const auto before = setup.target->dump(peopleTable(), &error);
        QVERIFY2(before, qPrintable(error));

        RunOptions options;
        options.dryRun = true;
        for (int run = 0; run < 2; ++run) {
            const RunReport report = setup.workspace->run(QStringLiteral("job"), options);
            SYNCLINE_VERIFY_RUN(report);
            QVERIFY(report.dryRun);
            QStringList planned;
            for (const PlannedChange& change : report.planned)
                planned.append(QStringLiteral("%1 %2").arg(int(change.kind)).arg(change.key));
            planned.sort();
            if (mode == u"full") {
                // Insert 3, update 2, delete 4.
                QCOMPARE(planned,
                    (QStringList { QStringLiteral("0 id=3"), QStringLiteral("1 id=2"),
                        QStringLiteral("2 id=4") }));
                QCOMPARE(report.counts.inserted, 1);
                QCOMPARE(report.counts.updated, 1);
                QCOMPARE(report.counts.deleted, 1);
            } else {
                // Incremental compares with the (empty) journal: everything is an insert.
                QCOMPARE(planned,
                    (QStringList { QStringLiteral("0 id=1"), QStringLiteral("0 id=2"),
                        QStringLiteral("0 id=3") }));
                QCOMPARE(report.counts.inserted, 3);
            }
            QCOMPARE(report.plannedTotal, report.planned.size());
            const auto after = setup.target->dump(peopleTable(), &error);
            QVERIFY2(after, qPrintable(error));
            const QString difference = tableDifference(*before, *after);
            QVERIFY2(difference.isEmpty(),
                qPrintable(QStringLiteral("a dry run changed the target: ") + difference));
        }

        // The real run still finds every change.
        const RunReport report = setup.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.sourceRows = 3;
        if (mode == u"full") {
            expected.inserted = 1;
            expected.updated = 1;
            expected.deleted = 1;
            expected.unchanged = 1;
            expected.targetRows = 3;
            SYNCLINE_COMPARE_COUNTS(report, expected);
            compareSides(setup);
        } else {
            expected.inserted = 3;
            SYNCLINE_COMPARE_COUNTS(report, expected);
        }
    }

    // A run cancelled halfway stops between batches; the next run completes the job and the
    // sides end up equal.
    void cancelThenResume_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("full") << QStringLiteral("full");
        QTest::newRow("incremental") << QStringLiteral("incremental");
    }

    void cancelThenResume()
    {
        QFETCH(QString, mode);
        const int rows = 30000;
        Setup setup;
        prepare(setup, peopleRows(rows), {},
            { { QStringLiteral("mode"), mode }, { QStringLiteral("batch"), 500 } });
        if (QTest::currentTestFailed())
            return;
        QString error;
        std::atomic_bool cancel { false };
        qint64 cancelledAt = -1;
        const auto progress = [&](const RunProgress& p) {
            if (p.applied >= 3000 && !cancel.load()) {
                cancelledAt = p.applied;
                cancel.store(true);
            }
        };
        RunReport report = SyncRun(setup.workspace->location(), QStringLiteral("job"))
                               .execute(progress, &cancel);
        QVERIFY2(cancelledAt >= 0, "the run was over before it could be cancelled");
        QCOMPARE(RunRecord::toString(report.status), QStringLiteral("cancelled"));
        QCOMPARE(report.error.kind, ErrorKind::Cancelled);
        auto landed = setup.target->count(peopleTable().name, &error);
        QVERIFY2(landed, qPrintable(error));
        QVERIFY2(*landed >= cancelledAt && *landed < rows,
            qPrintable(
                QStringLiteral("%1 rows landed, cancelled at %2").arg(*landed).arg(cancelledAt)));
        QCOMPARE(report.counts.inserted, *landed);
        const auto status = setup.workspace->scalar(
            QStringLiteral("SELECT status || ' ' || inserted FROM runs WHERE id = %1")
                .arg(report.runId),
            &error);
        QVERIFY2(status, qPrintable(error));
        QCOMPARE(status->toString(), QStringLiteral("cancelled %1").arg(*landed));
        // Every batch that committed is in the journal, the one in flight at the cancel too.
        const auto journaled
            = setup.workspace->scalar(QStringLiteral("SELECT count(*) FROM journal"), &error);
        QVERIFY2(journaled, qPrintable(error));
        QCOMPARE(journaled->toLongLong(), *landed);

        report = setup.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = rows - *landed;
        expected.unchanged = *landed;
        expected.sourceRows = rows;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        compareSides(setup);
    }

    // direction "pull": the mapping's target is read and its source written.
    void pullJob()
    {
        Setup setup;
        prepare(setup, {}, peopleRows(4),
            { { QStringLiteral("direction"), QStringLiteral("pull") },
                { QStringLiteral("mode"), QStringLiteral("full") } });
        if (QTest::currentTestFailed())
            return;
        RunReport report = setup.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = 4;
        expected.sourceRows = 4;
        expected.targetRows = 0;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        compareSides(setup);

        report = setup.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.unchanged = 4;
        expected.sourceRows = 4;
        expected.targetRows = 4;
        SYNCLINE_COMPARE_COUNTS(report, expected);
    }
};

QTEST_GUILESS_MAIN(EngineRunTest)
#include "tst_enginerun.moc"
