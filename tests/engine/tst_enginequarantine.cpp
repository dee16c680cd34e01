// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testpostgres.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"

#include <QSet>
#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

QVariant i64(qlonglong v)
{
    return QVariant(v);
}
QVariant text(const char* utf8)
{
    return QVariant(QString::fromUtf8(utf8));
}

// The quarantined keys of a run, sorted, and each key's error, for comparisons and messages.
QMap<QString, QuarantinedRow> byKey(const QList<QuarantinedRow>& rows)
{
    QMap<QString, QuarantinedRow> map;
    for (const QuarantinedRow& row : rows)
        map.insert(row.key, row);
    return map;
}

} // namespace

// Rows the target rejects (a CHECK or NOT NULL constraint) are quarantined with the database's
// own error text; the run succeeds and the batch's other rows land. Rejected rows are not
// journaled, so every later run retries them until the source is fixed. Against SQLite and
// PostgreSQL targets, through the first run (PostgreSQL: COPY into an empty table) and later
// runs (upserts), in full and incremental mode.
class EngineQuarantineTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SYNCLINE_REQUIRE_POSTGRES(); }

    void rejectedRowsAreQuarantined_data()
    {
        QTest::addColumn<int>("targetBackend");
        QTest::addColumn<QString>("mode");
        for (const Backend backend : { Backend::Sqlite, Backend::Postgres }) {
            for (const char* mode : { "full", "incremental" })
                QTest::addRow("sqlite->%s %s", qPrintable(backendName(backend)), mode)
                    << int(backend) << QString::fromLatin1(mode);
        }
    }

    void rejectedRowsAreQuarantined()
    {
        QFETCH(int, targetBackend);
        QFETCH(QString, mode);
        const bool pg = Backend(targetBackend) == Backend::Postgres;

        const TableSpec table { QStringLiteral("items"),
            { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
                ColumnSpec { QStringLiteral("name"), ValueKind::Text, false, {} },
                ColumnSpec { QStringLiteral("qty"), ValueKind::Integer, false, {} } } };
        TableSpec constrained = table;
        constrained.columns[1].constraint = QStringLiteral("NOT NULL");
        constrained.columns[2].constraint = QStringLiteral("CHECK (qty >= 0)");

        QList<QVariantList> rows;
        for (int i = 1; i <= 10; ++i)
            rows.append({ i64(i), QVariant(QStringLiteral("item %1").arg(i)), i64(i * 10) });
        rows[2][2] = i64(-1); // id 3: CHECK
        rows[6][1] = QVariant(); // id 7: NOT NULL
        rows[7][2] = i64(-5); // id 8: CHECK

        TestSqlite files;
        QString error;
        auto source = TestDatabase::sqlite(files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(source, qPrintable(error));
        auto target = TestDatabase::create(Backend(targetBackend),
            files.filePath(QStringLiteral("target.sqlite")), QStringLiteral("quarantine_target"),
            &error);
        QVERIFY2(target, qPrintable(error));
        QVERIFY2(source->createTable(table, rows, &error), qPrintable(error));
        QVERIFY2(target->createTable(constrained, {}, &error), qPrintable(error));
        TestWorkspace workspace(files.dirPath());
        // One batch holds every row: the good ones must land next to the rejected ones.
        QVERIFY2(workspace.import(
                     singleJobConfig(source->endpointJson(QStringLiteral("src")),
                         target->endpointJson(QStringLiteral("dst")), table,
                         { { QStringLiteral("mode"), mode }, { QStringLiteral("batch"), 100 } }),
                     &error),
            qPrintable(error));

        const QString checkText = pg
            ? QStringLiteral("violates check constraint \"items_qty_check\"")
            : QStringLiteral("CHECK constraint failed");
        const QString notNullText = pg ? QStringLiteral("null value in column \"name\" of relation "
                                                        "\"items\" violates not-null constraint")
                                       : QStringLiteral("NOT NULL constraint failed: items.name");
        const auto checkQuarantine = [&](qint64 runId, const QMap<QString, QString>& expected) {
            QString e;
            const auto list = workspace.quarantine(QStringLiteral("job"), runId, &e);
            QVERIFY2(list, qPrintable(e));
            const auto rowsByKey = byKey(*list);
            QCOMPARE(rowsByKey.keys(), expected.keys());
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const QuarantinedRow& row = rowsByKey[it.key()];
                QVERIFY2(row.error.contains(it.value()),
                    qPrintable(QStringLiteral("%1: error '%2' does not contain '%3'")
                                   .arg(it.key(), row.error, it.value())));
                QCOMPARE(row.operation, QStringLiteral("upsert"));
                QCOMPARE(row.runId, runId);
            }
        };
        // The target must hold exactly these (id, name, qty).
        const auto checkTarget = [&](const QList<QVariantList>& wanted) {
            QString e;
            QList<QStringList> expectedRows;
            for (const QVariantList& row : wanted)
                expectedRows.append({ QString::number(row[0].toLongLong()),
                    quoteText(row[1].toString()), QString::number(row[2].toLongLong()) });
            const auto actual = target->dump(table, &e);
            QVERIFY2(actual, qPrintable(e));
            const QString difference = tableDifference(expectedRows, *actual);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        };
        const auto good = [&](const QList<int>& ids) {
            QList<QVariantList> out;
            for (int id : ids)
                out.append(rows[id - 1]);
            return out;
        };

        // 1. Three of ten rows are rejected; the other seven land.
        RunReport report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = 7;
        expected.quarantined = 3;
        expected.sourceRows = 10;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        checkQuarantine(report.runId,
            { { QStringLiteral("id=3"), checkText }, { QStringLiteral("id=7"), notNullText },
                { QStringLiteral("id=8"), checkText } });
        if (QTest::currentTestFailed())
            return;
        {
            QString e;
            const auto list = workspace.quarantine(QStringLiteral("job"), report.runId, &e);
            QVERIFY2(list, qPrintable(e));
            const QuarantinedRow row = byKey(*list).value(QStringLiteral("id=3"));
            QCOMPARE(row.row.value(QStringLiteral("qty")).toInteger(), -1);
            QCOMPARE(row.row.value(QStringLiteral("name")).toString(), QStringLiteral("item 3"));
        }
        checkTarget(good({ 1, 2, 4, 5, 6, 9, 10 }));
        if (QTest::currentTestFailed())
            return;

        // 2. Nothing changed: the rejected rows are retried and rejected again.
        report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.unchanged = 7;
        expected.quarantined = 3;
        expected.sourceRows = 10;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        checkQuarantine(report.runId,
            { { QStringLiteral("id=3"), checkText }, { QStringLiteral("id=7"), notNullText },
                { QStringLiteral("id=8"), checkText } });
        if (QTest::currentTestFailed())
            return;

        // 3. id 3 is fixed at the source; id 5 now breaks the CHECK (an update the target
        // refuses, so it keeps the old row).
        QVERIFY2(source->exec({ QStringLiteral("UPDATE items SET qty = 3 WHERE id = 3"),
                                  QStringLiteral("UPDATE items SET qty = -9 WHERE id = 5") },
                     &error),
            qPrintable(error));
        report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.inserted = 1;
        expected.unchanged = 6;
        expected.quarantined = 3;
        expected.sourceRows = 10;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        checkQuarantine(report.runId,
            { { QStringLiteral("id=5"), checkText }, { QStringLiteral("id=7"), notNullText },
                { QStringLiteral("id=8"), checkText } });
        if (QTest::currentTestFailed())
            return;
        QList<QVariantList> wanted = good({ 1, 2, 4, 5, 6, 9, 10 });
        wanted.append({ i64(3), text("item 3"), i64(3) });
        checkTarget(wanted);
    }

    // PostgreSQL refuses rows for many reasons besides CHECK and NOT NULL: a unique
    // constraint on another column, a number out of the column's range, text too long for a
    // varchar. Each is one quarantined row with the server's message; the rest of the batch
    // lands, through COPY (empty target) and through the upsert path alike.
    void postgresRowErrors_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("targetStartsEmpty");
        QTest::newRow("full, COPY into an empty table") << QStringLiteral("full") << true;
        QTest::newRow("full, upserts") << QStringLiteral("full") << false;
        QTest::newRow("incremental, COPY into an empty table")
            << QStringLiteral("incremental") << true;
        QTest::newRow("incremental, upserts") << QStringLiteral("incremental") << false;
    }

    void postgresRowErrors()
    {
        QFETCH(QString, mode);
        QFETCH(bool, targetStartsEmpty);
        const TableSpec table { QStringLiteral("accounts"),
            { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
                ColumnSpec { QStringLiteral("email"), ValueKind::Text, false, {} },
                ColumnSpec { QStringLiteral("small"), ValueKind::Integer, false, {} },
                ColumnSpec { QStringLiteral("code"), ValueKind::Text, false, {} } } };
        TestSqlite files;
        QString error;
        auto source = TestDatabase::sqlite(files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(source, qPrintable(error));
        auto target = TestDatabase::postgres(QStringLiteral("quarantine_errors"), &error);
        QVERIFY2(target, qPrintable(error));
        const QList<QVariantList> rows = {
            { i64(1), text("a@example.org"), i64(1), text("ok") },
            { i64(2), text("a@example.org"), i64(2), text("dup") }, // unique email
            { i64(3), text("c@example.org"), i64(3000000000LL), text("big") }, // int4 range
            { i64(4), text("d@example.org"), i64(4), text("toolong") }, // varchar(5)
            { i64(5), text("e@example.org"), i64(5), text("ok") },
        };
        QVERIFY2(source->createTable(table, rows, &error), qPrintable(error));
        QStringList targetSql { QStringLiteral(
            "CREATE TABLE accounts (id bigint PRIMARY KEY, "
            "email text UNIQUE, small integer, code varchar(5))") };
        if (!targetStartsEmpty) // an unrelated row, so the target is not empty
            targetSql.append(
                QStringLiteral("INSERT INTO accounts VALUES (100, 'z@example.org', 0, 'z')"));
        QVERIFY2(target->exec(targetSql, &error), qPrintable(error));
        TestWorkspace workspace(files.dirPath());
        QVERIFY2(
            workspace.import(singleJobConfig(source->endpointJson(QStringLiteral("src")),
                                 target->endpointJson(QStringLiteral("dst")), table,
                                 { { QStringLiteral("mode"), mode },
                                     { QStringLiteral("deletes"), QStringLiteral("ignore") } }),
                &error),
            qPrintable(error));
        const RunReport report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = 2;
        expected.quarantined = 3;
        expected.sourceRows = 5;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        const auto list = workspace.quarantine(QStringLiteral("job"), report.runId, &error);
        QVERIFY2(list, qPrintable(error));
        const auto rowsByKey = byKey(*list);
        QCOMPARE(rowsByKey.keys(),
            (QStringList {
                QStringLiteral("id=2"), QStringLiteral("id=3"), QStringLiteral("id=4") }));
        const QMap<QString, QString> messages {
            { QStringLiteral("id=2"),
                QStringLiteral("duplicate key value violates unique constraint") },
            { QStringLiteral("id=3"), QStringLiteral("out of range") },
            { QStringLiteral("id=4"),
                QStringLiteral("value too long for type character varying(5)") },
        };
        for (auto it = messages.begin(); it != messages.end(); ++it)
            QVERIFY2(rowsByKey[it.key()].error.contains(it.value()),
                qPrintable(it.key() + QStringLiteral(": ") + rowsByKey[it.key()].error));
        const auto count = target->count(QStringLiteral("accounts"), &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count, targetStartsEmpty ? 2 : 3);
    }

    // A delete the target refuses (a foreign key still references the row) is quarantined as
    // a "delete" with PostgreSQL's message; the row stays, the run's other deletes happen,
    // and the next run tries the delete again.
    void rejectedDeleteIsQuarantined_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("full") << QStringLiteral("full");
        QTest::newRow("incremental") << QStringLiteral("incremental");
    }

    void rejectedDeleteIsQuarantined()
    {
        QFETCH(QString, mode);
        const TableSpec table { QStringLiteral("parents"),
            { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
                ColumnSpec { QStringLiteral("name"), ValueKind::Text, false, {} } } };
        TestSqlite files;
        QString error;
        auto source = TestDatabase::sqlite(files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(source, qPrintable(error));
        auto target = TestDatabase::postgres(QStringLiteral("quarantine_fk"), &error);
        QVERIFY2(target, qPrintable(error));
        QVERIFY2(
            source->createTable(table,
                { { i64(1), text("one") }, { i64(2), text("two") }, { i64(3), text("three") } },
                &error),
            qPrintable(error));
        QVERIFY2(target->createTable(table, {}, &error), qPrintable(error));
        QVERIFY2(target->exec({ QStringLiteral("CREATE TABLE children (id bigint PRIMARY KEY, "
                                               "parent_id bigint REFERENCES parents (id))") },
                     &error),
            qPrintable(error));
        TestWorkspace workspace(files.dirPath());
        QVERIFY2(workspace.import(singleJobConfig(source->endpointJson(QStringLiteral("src")),
                                      target->endpointJson(QStringLiteral("dst")), table,
                                      { { QStringLiteral("mode"), mode } }),
                     &error),
            qPrintable(error));
        RunReport report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(report.counts.inserted, 3);

        QVERIFY2(target->exec({ QStringLiteral("INSERT INTO children VALUES (10, 2)") }, &error),
            qPrintable(error));
        QVERIFY2(source->exec({ QStringLiteral("DELETE FROM parents WHERE id IN (2, 3)") }, &error),
            qPrintable(error));
        for (int run = 0; run < 2; ++run) {
            report = workspace.run(QStringLiteral("job"));
            SYNCLINE_VERIFY_RUN(report);
            ExpectedCounts expected;
            expected.deleted = run == 0 ? 1 : 0;
            expected.unchanged = 1;
            expected.quarantined = 1;
            expected.sourceRows = 1;
            SYNCLINE_COMPARE_COUNTS(report, expected);
            const auto list = workspace.quarantine(QStringLiteral("job"), report.runId, &error);
            QVERIFY2(list, qPrintable(error));
            QCOMPARE(list->size(), 1);
            QCOMPARE(list->first().key, QStringLiteral("id=2"));
            QCOMPARE(list->first().operation, QStringLiteral("delete"));
            QVERIFY2(
                list->first().error.contains(QStringLiteral("violates foreign key constraint")),
                qPrintable(list->first().error));
            const auto rows = target->dump(table, &error);
            QVERIFY2(rows, qPrintable(error));
            const QString difference
                = tableDifference({ { QStringLiteral("1"), QStringLiteral("'one'") },
                                      { QStringLiteral("2"), QStringLiteral("'two'") } },
                    *rows);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }
};

QTEST_GUILESS_MAIN(EngineQuarantineTest)
#include "tst_enginequarantine.moc"
