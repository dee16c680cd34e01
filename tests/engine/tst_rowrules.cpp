// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testsqlite.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

// Runs apply the mapping's row filter, validation rules and lookups (RowRules, RowMapper,
// ReferenceResolver): rows the filter rejects are left alone with their target rows, rows
// breaking a rule are quarantined with a message naming the rule, field and key, and lookups
// map values through a reference table. Checked with plain SQL on the databases. SQLite only.
class RowRulesTest final : public QObject
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

    static void prepare(Setup& setup, const QJsonObject& mappingExtra, const QJsonArray& fields,
        const QString& mode = QStringLiteral("full"))
    {
        QString error;
        QVERIFY(setup.files.isValid());
        setup.source
            = TestDatabase::sqlite(setup.files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(setup.source, qPrintable(error));
        setup.target
            = TestDatabase::sqlite(setup.files.filePath(QStringLiteral("target.sqlite")), &error);
        QVERIFY2(setup.target, qPrintable(error));
        QVERIFY2(
            setup.source->exec(
                {
                    QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                                   "email TEXT, age INTEGER, active INTEGER, country TEXT)"),
                    QStringLiteral("INSERT INTO people VALUES "
                                   "(1, 'Ada', 'ada@example.org', 36, 1, 'FR'), "
                                   "(2, 'Alan', 'not-an-address', 41, 1, 'DE'), "
                                   "(3, 'Grace', 'grace@example.org', 85, 0, 'PL'), "
                                   "(4, 'Kid', 'kid@example.org', 10, 1, 'DE'), "
                                   "(5, 'Edsger', 'edsger@example.org', 72, 0, 'DE'), "
                                   "(7, 'Barbara', 'barbara@example.org', 50, 1, 'XX')"),
                    QStringLiteral("CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT)"),
                    QStringLiteral("INSERT INTO countries VALUES ('DE', 'Germany'), "
                                   "('FR', 'France'), ('PL', 'Poland')"),
                },
                &error),
            qPrintable(error));
        QVERIFY2(setup.target->exec(
                     {
                         QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                                        "email TEXT, age INTEGER, country TEXT)"),
                         // 5 is out of the filter's scope now: it stays as it is. 6 is gone
                         // from the source: it is deleted.
                         QStringLiteral("INSERT INTO people VALUES "
                                        "(5, 'Old Edsger', 'old@example.org', 70, 'NL'), "
                                        "(6, 'Gone', 'gone@example.org', 1, 'NL')"),
                     },
                     &error),
            qPrintable(error));
        QJsonObject mapping {
            { QStringLiteral("name"), QStringLiteral("m") },
            { QStringLiteral("source"),
                QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("src") },
                    { QStringLiteral("entity"), QStringLiteral("people") } } },
            { QStringLiteral("target"),
                QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("dst") },
                    { QStringLiteral("entity"), QStringLiteral("people") } } },
            { QStringLiteral("key"), QJsonArray { QStringLiteral("id") } },
        };
        if (!fields.isEmpty())
            mapping.insert(QStringLiteral("fields"), fields);
        for (auto it = mappingExtra.begin(); it != mappingExtra.end(); ++it)
            mapping.insert(it.key(), it.value());
        const QJsonObject config {
            { QStringLiteral("endpoints"),
                QJsonArray { setup.source->endpointJson(QStringLiteral("src")),
                    setup.target->endpointJson(QStringLiteral("dst")) } },
            { QStringLiteral("mappings"), QJsonArray { mapping } },
            { QStringLiteral("jobs"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("job") },
                    { QStringLiteral("mapping"), QStringLiteral("m") },
                    { QStringLiteral("mode"), mode } } } },
        };
        setup.workspace = std::make_unique<TestWorkspace>(setup.files.dirPath());
        QVERIFY2(setup.workspace->import(config, &error), qPrintable(error));
    }

    // "id|name|email|age|country" per target row, by id.
    static QStringList targetRows(TestDatabase& target)
    {
        QSqlQuery query(target.database());
        if (!query.exec(QStringLiteral("SELECT id || '|' || name || '|' || email || '|' || age "
                                       "|| '|' || ifnull(country, 'NULL') FROM people "
                                       "ORDER BY id")))
            return { query.lastError().text() };
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString());
        return rows;
    }

    static QJsonObject filterAndRules()
    {
        return {
            { QStringLiteral("filter"), QStringLiteral("row.active == 1") },
            { QStringLiteral("rules"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("field"), QStringLiteral("email") },
                        { QStringLiteral("required"), true },
                        { QStringLiteral("regex"), QStringLiteral("^[^@\\s]+@[^@\\s]+$") } },
                    QJsonObject { { QStringLiteral("field"), QStringLiteral("age") },
                        { QStringLiteral("min"), 18 } },
                } },
        };
    }

    static QJsonArray plainFields()
    {
        QJsonArray fields;
        for (const QString& name : { QStringLiteral("id"), QStringLiteral("name"),
                 QStringLiteral("email"), QStringLiteral("age"), QStringLiteral("country") })
            fields.append(QJsonObject {
                { QStringLiteral("target"), name }, { QStringLiteral("source"), name } });
        return fields;
    }

private slots:
    void filterLeavesRowsAloneAndRulesQuarantine()
    {
        Setup setup;
        prepare(setup, filterAndRules(), plainFields());
        if (QTest::currentTestFailed())
            return;
        const QStringList before = targetRows(*setup.target);
        QString error;

        // A dry run counts the same and writes nothing, not even the quarantine.
        RunOptions dry;
        dry.dryRun = true;
        const RunReport planned = setup.workspace->run(QStringLiteral("job"), dry);
        QVERIFY2(planned.succeeded(), qPrintable(planned.error.message));
        QCOMPARE(planned.counts.inserted, 2); // 1 and 7
        QCOMPARE(planned.counts.deleted, 1); // 6
        QCOMPARE(planned.counts.updated, 0);
        QCOMPARE(planned.counts.quarantined, 2); // 2 (email), 4 (age)
        QCOMPARE(planned.filteredOut, 2); // 3, 5
        QCOMPARE(targetRows(*setup.target), before);
        auto none = setup.workspace->quarantine(QStringLiteral("job"), planned.runId, &error);
        QVERIFY2(none, qPrintable(error));
        QVERIFY(none->isEmpty());

        const RunReport report = setup.workspace->run(QStringLiteral("job"));
        QVERIFY2(report.succeeded(), qPrintable(report.error.message));
        QCOMPARE(report.counts.inserted, 2);
        QCOMPARE(report.counts.deleted, 1);
        QCOMPARE(report.counts.updated, 0);
        QCOMPARE(report.counts.quarantined, 2);
        QCOMPARE(report.filteredOut, 2);
        QCOMPARE(targetRows(*setup.target),
            QStringList({ QStringLiteral("1|Ada|ada@example.org|36|FR"),
                // Filtered out: neither updated nor deleted.
                QStringLiteral("5|Old Edsger|old@example.org|70|NL"),
                QStringLiteral("7|Barbara|barbara@example.org|50|XX") }));
        const auto filteredMetric = setup.workspace->scalar(
            QStringLiteral("SELECT value FROM run_metrics WHERE run_id = %1 AND name = "
                           "'filtered_rows'")
                .arg(report.runId),
            &error);
        QVERIFY2(filteredMetric, qPrintable(error));
        QCOMPARE(filteredMetric->toDouble(), 2.0);
        auto quarantined = setup.workspace->quarantine(QStringLiteral("job"), report.runId, &error);
        QVERIFY2(quarantined, qPrintable(error));
        QCOMPARE(quarantined->size(), 2);
        QMap<QString, QString> byKey;
        for (const QuarantinedRow& row : std::as_const(*quarantined))
            byKey.insert(row.key, row.error);
        QCOMPARE(byKey.keys(), QStringList({ QStringLiteral("id=2"), QStringLiteral("id=4") }));
        for (const QString& part :
            { QStringLiteral("id=2"), QStringLiteral("'email'"), QStringLiteral("does not match") })
            QVERIFY2(byKey[QStringLiteral("id=2")].contains(part),
                qPrintable(byKey[QStringLiteral("id=2")]));
        for (const QString& part :
            { QStringLiteral("id=4"), QStringLiteral("'age'"), QStringLiteral("minimum 18") })
            QVERIFY2(byKey[QStringLiteral("id=4")].contains(part),
                qPrintable(byKey[QStringLiteral("id=4")]));

        // Again: nothing to write; the same rows are out of scope and quarantined again.
        const RunReport again = setup.workspace->run(QStringLiteral("job"));
        QVERIFY2(again.succeeded(), qPrintable(again.error.message));
        QCOMPARE(again.counts.applied(), 0);
        QCOMPARE(again.counts.quarantined, 2);
        QCOMPARE(again.filteredOut, 2);

        // A row coming back into scope syncs as usual.
        QVERIFY2(setup.source->exec({ QStringLiteral("UPDATE people SET active = 1 WHERE id = 5"),
                                        QStringLiteral("UPDATE people SET age = 18 WHERE id = 4") },
                     &error),
            qPrintable(error));
        const RunReport back = setup.workspace->run(QStringLiteral("job"));
        QVERIFY2(back.succeeded(), qPrintable(back.error.message));
        QCOMPARE(back.counts.inserted, 1); // 4
        QCOMPARE(back.counts.updated, 1); // 5
        QCOMPARE(back.counts.quarantined, 1); // 2
        QCOMPARE(targetRows(*setup.target).value(2),
            QStringLiteral("5|Edsger|edsger@example.org|72|DE"));
    }

    // Incremental (journal-driven) runs: a journaled row that leaves the filter's scope is
    // not deleted from the target.
    void incrementalRunsKeepFilteredRows()
    {
        Setup setup;
        prepare(setup, { { QStringLiteral("filter"), QStringLiteral("row.active == 1") } },
            plainFields(), QStringLiteral("incremental"));
        if (QTest::currentTestFailed())
            return;
        const RunReport first = setup.workspace->run(QStringLiteral("job"));
        QVERIFY2(first.succeeded(), qPrintable(first.error.message));
        QCOMPARE(first.counts.inserted, 4); // 1, 2, 4, 7
        QString error;
        QVERIFY2(setup.source->exec(
                     { QStringLiteral("UPDATE people SET active = 0, name = 'Off' WHERE id = 1") },
                     &error),
            qPrintable(error));
        const RunReport second = setup.workspace->run(QStringLiteral("job"));
        QVERIFY2(second.succeeded(), qPrintable(second.error.message));
        QCOMPARE(second.counts.applied(), 0);
        QCOMPARE(second.filteredOut, 3);
        QCOMPARE(targetRows(*setup.target).value(0), QStringLiteral("1|Ada|ada@example.org|36|FR"));
    }

    // A lookup maps the country code through countries; an unknown code quarantines the row;
    // a referential rule checks a value exists in another table.
    void lookupsAndReferencesInARun()
    {
        Setup setup;
        QJsonArray fields = plainFields();
        fields.removeLast();
        fields.append(QJsonObject { { QStringLiteral("target"), QStringLiteral("country") },
            { QStringLiteral("source"), QStringLiteral("country") },
            { QStringLiteral("lookup"),
                QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("src") },
                    { QStringLiteral("entity"), QStringLiteral("countries") },
                    { QStringLiteral("key"), QStringLiteral("code") },
                    { QStringLiteral("value"), QStringLiteral("name") } } } });
        const QJsonObject rules { { QStringLiteral("rules"),
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("name") },
                { QStringLiteral("references"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("src") },
                        { QStringLiteral("entity"), QStringLiteral("people") },
                        { QStringLiteral("column"), QStringLiteral("name") } } } } } } };
        prepare(setup, rules, fields);
        if (QTest::currentTestFailed())
            return;
        const RunReport report = setup.workspace->run(QStringLiteral("job"));
        QVERIFY2(report.succeeded(), qPrintable(report.error.message));
        QCOMPARE(report.counts.quarantined, 1); // 7: XX
        const QStringList rows = targetRows(*setup.target);
        QCOMPARE(rows,
            QStringList({ QStringLiteral("1|Ada|ada@example.org|36|France"),
                QStringLiteral("2|Alan|not-an-address|41|Germany"),
                QStringLiteral("3|Grace|grace@example.org|85|Poland"),
                QStringLiteral("4|Kid|kid@example.org|10|Germany"),
                QStringLiteral("5|Edsger|edsger@example.org|72|Germany") }));
        QString error;
        auto quarantined = setup.workspace->quarantine(QStringLiteral("job"), report.runId, &error);
        QVERIFY2(quarantined, qPrintable(error));
        QCOMPARE(quarantined->size(), 1);
        QCOMPARE(quarantined->first().key, QStringLiteral("id=7"));
        QVERIFY2(quarantined->first().error.contains(QStringLiteral("'country'"))
                && quarantined->first().error.contains(QStringLiteral("'XX'")),
            qPrintable(quarantined->first().error));

        // A referential rule that fails names the table it looked in.
        QVERIFY2(
            setup.source->exec(
                { QStringLiteral("UPDATE countries SET code = 'XX' WHERE code = 'PL'") }, &error),
            qPrintable(error));
        const RunReport again = setup.workspace->run(QStringLiteral("job"));
        QVERIFY2(again.succeeded(), qPrintable(again.error.message));
        QCOMPARE(again.counts.quarantined, 1); // 3: PL is gone now
        QCOMPARE(again.counts.inserted, 1); // 7 lands; 3 stays as it was
        QCOMPARE(targetRows(*setup.target).value(2),
            QStringLiteral("3|Grace|grace@example.org|85|Poland"));
    }

    // Config problems fail before the run starts, naming the filter or the rule's field.
    void badFilterOrRuleFailsThePlan_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("mention");
        QTest::newRow("filter syntax")
            << QJsonObject { { QStringLiteral("filter"), QStringLiteral("row.active ==") } }
            << QStringLiteral("Row filter");
        QTest::newRow("rule on an unmapped field") << QJsonObject { { QStringLiteral("rules"),
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("nosuch") },
                { QStringLiteral("required"), true } } } } }
                                                   << QStringLiteral("'nosuch'");
    }

    void badFilterOrRuleFailsThePlan()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, mention);
        Setup setup;
        prepare(setup, extra, plainFields());
        if (QTest::currentTestFailed())
            return;
        const RunReport report = setup.workspace->run(QStringLiteral("job"));
        QVERIFY(!report.succeeded());
        QCOMPARE(report.error.kind, ErrorKind::BadInput);
        QVERIFY2(report.error.message.contains(mention), qPrintable(report.error.message));
        QCOMPARE(report.runId, 0);
    }
};

QTEST_GUILESS_MAIN(RowRulesTest)
#include "tst_rowrules.moc"
