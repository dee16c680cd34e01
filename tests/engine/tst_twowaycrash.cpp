// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"
#include "twowaysetup.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

using Side = TwoWaySetup::Side;

constexpr qlonglong s_rows = 200000; // each side changes about half of them
constexpr qlonglong s_inserts = 1000; // new rows per side
constexpr int s_batch = 1000;

QString cliPath()
{
    return qEnvironmentVariable("SYNCLINE_BINARY_DIR") + QStringLiteral("/src/cli/synclinectl");
}

const TableSpec& bigTable()
{
    static const TableSpec table { QStringLiteral("big"),
        { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
            ColumnSpec { QStringLiteral("a"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("b"), ValueKind::Integer, false, {} },
            ColumnSpec { QStringLiteral("amount"), ValueKind::Decimal, false, {} } } };
    return table;
}

// Rows `first` to `last` with a = PREFIX || id, b = id, a 4-digit decimal amount.
QString generate(qlonglong first, qlonglong last, const QString& prefix)
{
    return QStringLiteral("WITH RECURSIVE seq(x) AS (SELECT %1 UNION ALL SELECT x + 1 FROM seq "
                          "WHERE x < %2) INSERT INTO big SELECT x, '%3' || x, x, "
                          "printf('%d.%04d', x % 1000, x % 10000) FROM seq")
        .arg(first)
        .arg(last)
        .arg(prefix);
}

QVariantList generated(qlonglong id, const QString& prefix)
{
    return { QVariant(id), QVariant(prefix + QString::number(id)), QVariant(id),
        QVariant(QStringLiteral("%1.%2").arg(id % 1000).arg(id % 10000, 4, 10, QLatin1Char('0'))) };
}

// The changes made on both sides before the run that is killed:
//   source: a = 'src ' || id on odd ids (but not id % 1000 = 5), deletes id % 1000 = 2,
//           inserts ids past s_rows;
//   target: b += 1000000 on even ids (but not id % 1000 = 2) and on id % 1000 = 3 (a field
//           merge with the source's change of a), a = 'tgt ' || id on id % 20000 = 1 (an
//           update/update conflict), deletes id % 1000 = 5 and id % 20000 = 7 (the latter an
//           update/delete conflict), inserts other ids past s_rows.
bool isUpdateUpdate(qlonglong id)
{
    return id <= s_rows && id % 20000 == 1;
}
bool isUpdateDelete(qlonglong id)
{
    return id <= s_rows && id % 20000 == 7;
}

// What a side holds once everything is synced and the conflicts are still pending.
RowsByKey expectedRows(Side side)
{
    RowsByKey rows;
    const auto add = [&](const QVariantList& row) {
        rows.insert(QString::number(row.value(0).toLongLong()), logicalRow(bigTable(), row));
    };
    for (qlonglong id = 1; id <= s_rows; ++id) {
        const qlonglong m = id % 1000;
        QVariantList row = generated(id, QStringLiteral("a "));
        if (isUpdateUpdate(id)) {
            row[1]
                = QString((side == Side::Source ? QStringLiteral("src ") : QStringLiteral("tgt "))
                    + QString::number(id));
            add(row);
            continue;
        }
        if (isUpdateDelete(id)) {
            if (side == Side::Source) {
                row[1] = QString(QStringLiteral("src ") + QString::number(id));
                add(row);
            }
            continue;
        }
        if (m == 2 || m == 5)
            continue;
        if (id % 2 == 1)
            row[1] = QString(QStringLiteral("src ") + QString::number(id));
        if (id % 2 == 0 || m == 3)
            row[2] = id + 1000000;
        add(row);
    }
    for (qlonglong id = s_rows + 1; id <= s_rows + s_inserts; ++id)
        add(generated(id, QStringLiteral("new src ")));
    for (qlonglong id = s_rows + s_inserts + 1; id <= s_rows + 2 * s_inserts; ++id)
        add(generated(id, QStringLiteral("new tgt ")));
    return rows;
}

QString processOutput(QProcess& process)
{
    return QString::fromUtf8(process.readAll()).trimmed();
}

} // namespace

// Kills `synclinectl run` of a two-way job with SIGKILL while it writes about 100,000 changed
// rows to each side (SQLite to SQLite, batches of 1,000), then runs it again to completion and
// once more: both sides must hold every change made on either side before the kill (or the
// key must be in the conflict queue, once), the journal must agree with both sides, and
// resolving the conflicts must leave both sides equal.
class TwoWayCrashTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(),
            qPrintable(
                QStringLiteral("no synclinectl at %1 (SYNCLINE_BINARY_DIR)").arg(cliPath())));
    }

    void killDuringTwoWayRunThenRecover()
    {
        const TableSpec& table = bigTable();
        QElapsedTimer total;
        total.start();
        TwoWaySetup setup;
        QString error;
        QVERIFY2(setup.prepare(table, {}, {},
                     { { QStringLiteral("conflicts"), QStringLiteral("manual") },
                         { QStringLiteral("batch"), s_batch } },
                     &error),
            qPrintable(error));
        for (const Side side : { Side::Source, Side::Target })
            QVERIFY2(setup.exec(side, { generate(1, s_rows, QStringLiteral("a ")) }, &error),
                qPrintable(error));

        // A first run journals the equal sides.
        RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.unchanged, s_rows);
        QCOMPARE(report.counts.applied(), 0);
        qInfo("both sides synced after %lld ms", total.elapsed());

        QVERIFY2(setup.exec(Side::Source,
                     { QStringLiteral("UPDATE big SET a = 'src ' || id WHERE id % 2 = 1 AND "
                                      "id % 1000 <> 5"),
                         QStringLiteral("DELETE FROM big WHERE id % 1000 = 2"),
                         generate(s_rows + 1, s_rows + s_inserts, QStringLiteral("new src ")) },
                     &error),
            qPrintable(error));
        QVERIFY2(setup.exec(Side::Target,
                     { QStringLiteral("UPDATE big SET b = b + 1000000 WHERE (id % 2 = 0 AND "
                                      "id % 1000 <> 2) OR id % 1000 = 3"),
                         QStringLiteral("UPDATE big SET a = 'tgt ' || id WHERE id % 20000 = 1"),
                         QStringLiteral("DELETE FROM big WHERE id % 1000 = 5 OR id % 20000 = 7"),
                         generate(s_rows + s_inserts + 1, s_rows + 2 * s_inserts,
                             QStringLiteral("new tgt ")) },
                     &error),
            qPrintable(error));
        qInfo("both sides changed after %lld ms", total.elapsed());

        // 1. Start the run; kill it once part of the source's changes reached the target.
        const qlonglong sourceChanges = s_rows / 2 - s_rows / 1000;
        const QStringList arguments { QStringLiteral("--workspace"), setup.workspace->location(),
            QStringLiteral("run"), QStringLiteral("job") };
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
            QSqlQuery query(setup.target->database());
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM big WHERE a LIKE 'src %'"))
                    && query.next(),
                qPrintable(query.lastError().text()));
            landed = query.value(0).toLongLong();
            query.finish();
            if (landed >= sourceChanges / 10) {
                first.kill();
                killed = true;
                break;
            }
        }
        QVERIFY2(killed,
            qPrintable(QStringLiteral("could not kill the run partway (exit %1 after %2 ms, "
                                      "%3 changes landed): %4")
                           .arg(first.exitCode())
                           .arg(timer.elapsed())
                           .arg(landed)
                           .arg(processOutput(first))));
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY2(landed < sourceChanges,
            qPrintable(QStringLiteral("all %1 changes had landed before the kill").arg(landed)));
        qInfo("killed after %lld ms with %lld of %lld source changes in the target",
            timer.elapsed(), landed, sourceChanges);
        auto status = setup.workspace->scalar(
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
        status = setup.workspace->scalar(
            QStringLiteral(
                "SELECT group_concat(status, ',') FROM (SELECT status FROM runs ORDER BY id)"),
            &error);
        QVERIFY2(status, qPrintable(error));
        QCOMPARE(status->toString(), QStringLiteral("succeeded,failed,succeeded"));

        // 3. Once more: nothing left to write; the conflicts are still there, once each.
        report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.applied(), 0);
        QSet<QString> pendingKeys;
        for (qlonglong id = 1; id <= s_rows; ++id) {
            if (isUpdateUpdate(id) || isUpdateDelete(id))
                pendingKeys.insert(QString::number(id));
        }
        QCOMPARE(report.counts.conflicts, qint64(pendingKeys.size()));

        // Every change made before the kill is on both sides, or its key is in conflict; the
        // journal holds every other key's row as its base (one read of each side and of the
        // journal: they are large).
        const RowsByKey sourceRows = expectedRows(Side::Source);
        {
            const RowsByKey targetRows = expectedRows(Side::Target);
            const auto s = setup.rows(Side::Source, &error);
            QVERIFY2(s, qPrintable(error));
            QString difference = rowsDifference(sourceRows, *s);
            QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("source: ") + difference));
            const auto t = setup.rows(Side::Target, &error);
            QVERIFY2(t, qPrintable(error));
            difference = rowsDifference(targetRows, *t);
            QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("target: ") + difference));
            auto journal = setup.journal(&error);
            QVERIFY2(journal, qPrintable(error));
            RowsByKey settled = *s;
            for (const QString& key : std::as_const(pendingKeys)) {
                settled.remove(key);
                // A key in conflict keeps its base: the row as it was before both changes.
                const QVariantList before = generated(key.toLongLong(), QStringLiteral("a "));
                QCOMPARE(journal->take(key), logicalRow(table, before));
            }
            difference = rowsDifference(settled, *journal);
            QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("journal: ") + difference));
        }
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QSet<QString> queued;
        for (const ConflictRecord& record : std::as_const(*pending)) {
            const QString key = record.keyText.mid(3);
            QVERIFY2(!queued.contains(key), qPrintable(QStringLiteral("twice: ") + key));
            queued.insert(key);
            QCOMPARE(ConflictRecord::toString(record.kind),
                isUpdateUpdate(key.toLongLong()) ? QStringLiteral("update/update")
                                                 : QStringLiteral("update/delete"));
        }
        QCOMPARE(queued, pendingKeys);
        const auto all = setup.allConflicts(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), pending->size());
        qInfo("checked after %lld ms", total.elapsed());

        // 4. Resolving every conflict for the source leaves both sides and the journal equal.
        ConflictDecision decision;
        decision.take = ConflictDecision::Take::Source;
        for (const ConflictRecord& record : std::as_const(*pending))
            QVERIFY2(setup.resolve(record.id, decision, QStringLiteral("tester"), &error),
                qPrintable(error));
        for (const Side side : { Side::Source, Side::Target }) {
            const auto rows = setup.rows(side, &error);
            QVERIFY2(rows, qPrintable(error));
            const QString difference = rowsDifference(sourceRows, *rows);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        // The journal holds exactly both sides' rows: the next run has nothing to do.
        const auto journal = setup.journal(&error);
        QVERIFY2(journal, qPrintable(error));
        const QString difference = rowsDifference(sourceRows, *journal);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("journal: ") + difference));
        qInfo("done after %lld ms", total.elapsed());
    }
};

QTEST_GUILESS_MAIN(TwoWayCrashTest)
#include "tst_twowaycrash.moc"
