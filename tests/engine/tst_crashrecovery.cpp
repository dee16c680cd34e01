// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testpostgres.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

constexpr qint64 s_rows = 200000;
constexpr int s_batch = 2000;

QString cliPath()
{
    return qEnvironmentVariable("SYNCLINE_BINARY_DIR") + QStringLiteral("/src/cli/synclinectl");
}

// The table both sides hold: every kind of value the engine canonicalizes.
const TableSpec& bigTable()
{
    static const TableSpec table { QStringLiteral("big"),
        { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
            ColumnSpec { QStringLiteral("name"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("amount"), ValueKind::Decimal, false, {} },
            ColumnSpec { QStringLiteral("created"), ValueKind::TimestampTz, false, {} },
            ColumnSpec { QStringLiteral("flag"), ValueKind::Bool, false, {} },
            ColumnSpec { QStringLiteral("payload"), ValueKind::Blob, false, {} } } };
    return table;
}

QString processOutput(QProcess& process)
{
    return QString::fromUtf8(process.readAll()).trimmed();
}

} // namespace

// Kills `synclinectl run` with SIGKILL halfway through a 200,000-row sync (SQLite to
// PostgreSQL and to SQLite, batches of 2,000), then runs the job again: the target must end up
// exactly equal to the source (DESIGN.md step 5: journal after commit, so a crash between the
// two is safe), the killed run must show as failed, and a third run must find nothing to do.
class CrashRecoveryTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SYNCLINE_REQUIRE_POSTGRES();
        QVERIFY2(QFileInfo(cliPath()).isExecutable(),
            qPrintable(
                QStringLiteral("no synclinectl at %1 (SYNCLINE_BINARY_DIR)").arg(cliPath())));
    }

    void killHalfwayThenRecover_data()
    {
        QTest::addColumn<int>("targetBackend");
        QTest::addColumn<QString>("mode");
        QTest::newRow("sqlite->postgresql incremental")
            << int(Backend::Postgres) << QStringLiteral("incremental");
        QTest::newRow("sqlite->sqlite incremental")
            << int(Backend::Sqlite) << QStringLiteral("incremental");
        QTest::newRow("sqlite->postgresql full")
            << int(Backend::Postgres) << QStringLiteral("full");
    }

    void killHalfwayThenRecover()
    {
        QFETCH(int, targetBackend);
        QFETCH(QString, mode);
        const TableSpec& table = bigTable();
        QElapsedTimer total;
        total.start();
        TestSqlite files;
        QVERIFY(files.isValid());
        QString error;
        auto source = TestDatabase::sqlite(files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(source, qPrintable(error));
        // Deterministic rows with NULLs, empty strings, non-ASCII text, 4-digit decimals,
        // microsecond timestamps in several offsets, booleans and blobs.
        QVERIFY2(source->exec({ table.createSql(Backend::Sqlite),
                                  QStringLiteral(R"(
WITH RECURSIVE seq(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM seq WHERE x < ROWS)
INSERT INTO big SELECT x,
    CASE x % 13 WHEN 0 THEN NULL WHEN 1 THEN ''
        ELSE 'name ' || x || CASE x % 3 WHEN 0 THEN ' é' WHEN 1 THEN ' Z' ELSE ' 😀' END END,
    CASE x % 17 WHEN 0 THEN NULL
        ELSE printf('%s%d.%04d', CASE x % 2 WHEN 0 THEN '-' ELSE '' END,
                    x * 7919 % 100000000000000, x % 10000) END,
    printf('2024-%02d-%02dT%02d:%02d:%02d.%06d%s', 1 + x % 12, 1 + x % 28, x % 24, x % 60,
           (x / 60) % 60, x % 1000000,
           CASE x % 3 WHEN 0 THEN '+00:00' WHEN 1 THEN '+05:30' ELSE '-08:00' END),
    CASE x % 11 WHEN 0 THEN NULL ELSE x % 2 END,
    CASE x % 19 WHEN 0 THEN NULL ELSE CAST(printf('%08x', x) AS BLOB) END
FROM seq)")
                                      .replace(QStringLiteral("ROWS"), QString::number(s_rows)) },
                     &error),
            qPrintable(error));
        auto count = source->count(table.name, &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count, s_rows);

        auto target = TestDatabase::create(Backend(targetBackend),
            files.filePath(QStringLiteral("target.sqlite")), QStringLiteral("crash_target"),
            &error);
        QVERIFY2(target, qPrintable(error));
        QVERIFY2(target->createTable(table, {}, &error), qPrintable(error));
        TestWorkspace workspace(files.dirPath());
        QVERIFY2(workspace.import(singleJobConfig(source->endpointJson(QStringLiteral("src")),
                                      target->endpointJson(QStringLiteral("dst")), table,
                                      { { QStringLiteral("mode"), mode },
                                          { QStringLiteral("batch"), s_batch } }),
                     &error),
            qPrintable(error));
        qInfo("source ready after %lld ms", total.elapsed());
        const QStringList arguments { QStringLiteral("--workspace"), workspace.location(),
            QStringLiteral("run"), QStringLiteral("job") };

        // 1. Start the run and kill it once a tenth, but well under half, of the rows landed.
        QProcess first;
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(cliPath(), arguments);
        QVERIFY2(first.waitForStarted(10000), qPrintable(first.errorString()));
        qint64 landed = 0;
        bool killed = false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            // Waits at most 5 ms for the process to end: the bounded poll interval.
            if (first.waitForFinished(5))
                break;
            const auto rows = target->count(table.name, &error);
            QVERIFY2(rows, qPrintable(error));
            landed = *rows;
            if (landed >= s_rows / 10) {
                QVERIFY2(landed < s_rows / 2,
                    qPrintable(QStringLiteral("%1 rows had landed before the poll saw a tenth; "
                                              "use a bigger table or smaller batches")
                                   .arg(landed)));
                first.kill();
                killed = true;
                break;
            }
        }
        QVERIFY2(killed,
            qPrintable(QStringLiteral("could not kill the run halfway (exit %1 after "
                                      "%2 ms, %3 rows landed): %4")
                           .arg(first.exitCode())
                           .arg(timer.elapsed())
                           .arg(landed)
                           .arg(processOutput(first))));
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        count = target->count(table.name, &error);
        QVERIFY2(count, qPrintable(error));
        qInfo("killed after %lld ms with %lld of %lld rows in the target", timer.elapsed(), *count,
            s_rows);
        QVERIFY(*count > 0);
        QVERIFY(*count < s_rows);
        const auto status = workspace.scalar(
            QStringLiteral("SELECT status FROM runs ORDER BY id DESC LIMIT 1"), &error);
        QVERIFY2(status, qPrintable(error));
        QCOMPARE(status->toString(), QStringLiteral("running"));

        // 2. Run again to completion.
        QProcess second;
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(cliPath(), arguments);
        QVERIFY2(second.waitForStarted(10000), qPrintable(second.errorString()));
        QVERIFY2(second.waitForFinished(120000), "the second run did not finish in 120 s");
        const QString output = processOutput(second);
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
            qPrintable(QStringLiteral("exit %1: %2").arg(second.exitCode()).arg(output)));

        qInfo("second run done after %lld ms", total.elapsed());

        // The target equals the source, row by row.
        const auto sourceRows = source->dump(table, &error);
        QVERIFY2(sourceRows, qPrintable(error));
        QCOMPARE(sourceRows->size(), s_rows);
        qInfo("source dumped after %lld ms", total.elapsed());
        const auto targetRows = target->dump(table, &error);
        QVERIFY2(targetRows, qPrintable(error));
        qInfo("target dumped after %lld ms", total.elapsed());
        const QString difference = tableDifference(*sourceRows, *targetRows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        qInfo("compared after %lld ms", total.elapsed());

        // The killed run is no longer "running"; the second run wrote each row once (an
        // insert, or unchanged when it was journaled before the kill).
        const auto statuses = workspace.scalar(
            QStringLiteral(
                "SELECT group_concat(status, ',') FROM (SELECT status FROM runs ORDER BY id)"),
            &error);
        QVERIFY2(statuses, qPrintable(error));
        QCOMPARE(statuses->toString(), QStringLiteral("failed,succeeded"));
        const auto secondCounts = workspace.scalar(
            QStringLiteral(
                "SELECT (inserted + unchanged) || ' ' || updated || ' ' || deleted || ' ' || "
                "quarantined FROM runs ORDER BY id DESC LIMIT 1"),
            &error);
        QVERIFY2(secondCounts, qPrintable(error));
        QCOMPARE(secondCounts->toString(), QStringLiteral("%1 0 0 0").arg(s_rows));

        // 3. Nothing left to do.
        const RunReport third = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(third);
        ExpectedCounts expected;
        expected.unchanged = s_rows;
        expected.sourceRows = s_rows;
        SYNCLINE_COMPARE_COUNTS(third, expected);
        qInfo("third run done after %lld ms", total.elapsed());
    }
};

QTEST_GUILESS_MAIN(CrashRecoveryTest)
#include "tst_crashrecovery.moc"
