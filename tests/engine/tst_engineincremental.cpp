// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"

#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

// Incremental runs with a watermark (detect "timestamp" or "version"): the first run copies
// everything; later runs read only the rows whose change column is at or past the largest
// value seen before, and apply exactly those that changed. A change that does not move the
// change column is, by design, not seen. SQLite to SQLite.
class EngineIncrementalTest final : public QObject
{
    Q_OBJECT

private slots:
    void watermark_data()
    {
        QTest::addColumn<QString>("detect");
        QTest::addColumn<QString>("columnType");
        QTest::addColumn<QStringList>("values"); // change-column literals of ids 1..20
        QTest::addColumn<QString>("later"); // a literal past all of them

        QStringList timestamps, versions;
        for (int i = 1; i <= 20; ++i) {
            // Not in id order, so the largest value is not simply the last row read.
            const int minute = (i * 7) % 20;
            timestamps.append(
                QStringLiteral("'2024-01-01 10:%1:00'").arg(minute, 2, 10, QLatin1Char('0')));
            versions.append(QString::number(100 + minute));
        }
        QTest::newRow("timestamp") << QStringLiteral("timestamp") << QStringLiteral("TEXT")
                                   << timestamps << QStringLiteral("'2024-01-02 09:00:00'");
        QTest::newRow("version") << QStringLiteral("version") << QStringLiteral("INTEGER")
                                 << versions << QStringLiteral("500");
    }

    void watermark()
    {
        QFETCH(QString, detect);
        QFETCH(QString, columnType);
        QFETCH(QStringList, values);
        QFETCH(QString, later);

        const TableSpec table { QStringLiteral("events"),
            { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
                ColumnSpec { QStringLiteral("payload"), ValueKind::Text, false, {} } } };
        TestSqlite files;
        QString error;
        auto source = TestDatabase::sqlite(files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(source, qPrintable(error));
        auto target = TestDatabase::sqlite(files.filePath(QStringLiteral("target.sqlite")), &error);
        QVERIFY2(target, qPrintable(error));
        QStringList sourceSql { QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, "
                                               "payload TEXT, changed %1)")
                                    .arg(columnType) };
        for (int i = 1; i <= 20; ++i)
            sourceSql.append(QStringLiteral("INSERT INTO events VALUES (%1, 'event %1', %2)")
                                 .arg(i)
                                 .arg(values[i - 1]));
        QVERIFY2(source->exec(sourceSql, &error), qPrintable(error));
        QVERIFY2(target->exec({ table.createSql(Backend::Sqlite) }, &error), qPrintable(error));

        // The mapping leaves the change column out of the target: only id and payload.
        TestWorkspace workspace(files.dirPath());
        QVERIFY2(
            workspace.import(singleJobConfig(source->endpointJson(QStringLiteral("src")),
                                 target->endpointJson(QStringLiteral("dst")), table,
                                 { { QStringLiteral("mode"), QStringLiteral("incremental") },
                                     { QStringLiteral("detect"), detect },
                                     { QStringLiteral("change_column"), QStringLiteral("changed") },
                                     { QStringLiteral("batch"), 4 } }),
                &error),
            qPrintable(error));
        const auto compare = [&](const QList<QStringList>& wanted) {
            QString e;
            const auto actual = target->dump(table, &e);
            QVERIFY2(actual, qPrintable(e));
            const QString difference = tableDifference(wanted, *actual);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        };
        const auto sourceDump = [&]() {
            QString e;
            auto rows = source->dump(table, &e);
            if (!rows)
                qWarning() << e;
            return rows.value_or(QList<QStringList>());
        };

        // 1. Everything.
        RunReport report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = 20;
        expected.sourceRows = 20;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        QList<QStringList> wanted = sourceDump();
        QCOMPARE(wanted.size(), 20);
        compare(wanted);
        if (QTest::currentTestFailed())
            return;

        // 2. Three rows change with a later change value, one is added, and one changes
        // without moving its change column (a writer that forgot to: not seen).
        QVERIFY2(
            source->exec({ QStringLiteral("UPDATE events SET payload = 'changed', changed = %1 "
                                          "WHERE id IN (3, 7, 11)")
                                 .arg(later),
                             QStringLiteral("INSERT INTO events VALUES (21, 'new', %1)").arg(later),
                             QStringLiteral("UPDATE events SET payload = 'unseen' WHERE id = 5") },
                &error),
            qPrintable(error));
        report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        // Read: the four rows at `later`, and the row at the old watermark (>=), unchanged.
        expected = ExpectedCounts();
        expected.inserted = 1;
        expected.updated = 3;
        expected.unchanged = 1;
        expected.sourceRows = 5;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        wanted = sourceDump();
        for (QStringList& row : wanted) {
            if (row[0] == u"5")
                row[1] = QStringLiteral("'event 5'");
        }
        compare(wanted);
        if (QTest::currentTestFailed())
            return;

        // 3. Nothing new: only the rows at the watermark are read again.
        report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.unchanged = 4;
        expected.sourceRows = 4;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        compare(wanted);
    }
};

QTEST_GUILESS_MAIN(EngineIncrementalTest)
#include "tst_engineincremental.moc"
