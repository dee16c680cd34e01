// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QTest>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

QJsonObject field(const QString& target, const QString& source, const QString& type = QString())
{
    QJsonObject f { { QStringLiteral("target"), target }, { QStringLiteral("source"), source } };
    if (!type.isEmpty())
        f.insert(QStringLiteral("type"), type);
    return f;
}

QJsonObject expression(const QString& target, const QString& expr)
{
    return { { QStringLiteral("target"), target }, { QStringLiteral("expr"), expr } };
}

QJsonObject constant(const QString& target, const QJsonValue& value)
{
    return { { QStringLiteral("target"), target }, { QStringLiteral("value"), value } };
}

} // namespace

// How a run treats bad config and bad data: every problem is a BadInput error whose message
// names what is wrong (the job, the table, the column, the key, the row and the field), and
// problems found before the run starts leave the workspace's run history untouched. Also that
// expression and constant fields compute what they say. SQLite only.
class EngineMappingTest final : public QObject
{
    Q_OBJECT

private:
    // A source database with `sourceSql`, a target with `targetSql` and a workspace with
    // mapping "m" (source entity, target entity, key, fields) and job "job".
    struct Setup
    {
        TestSqlite files;
        std::unique_ptr<TestDatabase> source;
        std::unique_ptr<TestDatabase> target;
        std::unique_ptr<TestWorkspace> workspace;
    };

    static void prepare(Setup& setup, const QStringList& sourceSql, const QStringList& targetSql,
        const QString& sourceEntity, const QString& targetEntity, const QStringList& key,
        const QJsonArray& fields)
    {
        QString error;
        QVERIFY(setup.files.isValid());
        setup.source
            = TestDatabase::sqlite(setup.files.filePath(QStringLiteral("source.sqlite")), &error);
        QVERIFY2(setup.source, qPrintable(error));
        setup.target
            = TestDatabase::sqlite(setup.files.filePath(QStringLiteral("target.sqlite")), &error);
        QVERIFY2(setup.target, qPrintable(error));
        QVERIFY2(setup.source->exec(sourceSql, &error), qPrintable(error));
        QVERIFY2(setup.target->exec(targetSql, &error), qPrintable(error));
        QJsonObject mapping {
            { QStringLiteral("name"), QStringLiteral("m") },
            { QStringLiteral("source"),
                QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("src") },
                    { QStringLiteral("entity"), sourceEntity } } },
            { QStringLiteral("target"),
                QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("dst") },
                    { QStringLiteral("entity"), targetEntity } } },
            { QStringLiteral("key"), QJsonArray::fromStringList(key) },
        };
        if (!fields.isEmpty())
            mapping.insert(QStringLiteral("fields"), fields);
        const QJsonObject config {
            { QStringLiteral("endpoints"),
                QJsonArray { setup.source->endpointJson(QStringLiteral("src")),
                    setup.target->endpointJson(QStringLiteral("dst")) } },
            { QStringLiteral("mappings"), QJsonArray { mapping } },
            { QStringLiteral("jobs"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("job") },
                    { QStringLiteral("mapping"), QStringLiteral("m") } } } },
        };
        setup.workspace = std::make_unique<TestWorkspace>(setup.files.dirPath());
        QVERIFY2(setup.workspace->import(config, &error), qPrintable(error));
    }

    static const QStringList& peopleSource()
    {
        static const QStringList sql = {
            QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, first TEXT, last TEXT, "
                           "age INTEGER, email TEXT)"),
            QStringLiteral(
                "INSERT INTO people VALUES (1, 'Ada', 'Lovelace', 36, 'ada@example.org')"),
            QStringLiteral(
                "INSERT INTO people VALUES (2, 'Alan', 'Turing', 41, 'alan@example.org')"),
            QStringLiteral(
                "INSERT INTO people VALUES (3, 'Grace', 'Hopper', 85, 'alan@example.org')"),
        };
        return sql;
    }

    static const QStringList& peopleTarget()
    {
        static const QStringList sql = { QStringLiteral(
            "CREATE TABLE people (id INTEGER PRIMARY KEY, first TEXT, last TEXT, age INTEGER, "
            "email TEXT)") };
        return sql;
    }

    // Fails unless `report` failed with a BadInput error mentioning every one of `parts`.
    static void verifyBadInput(const RunReport& report, const QStringList& parts)
    {
        QVERIFY2(!report.succeeded(), "the run succeeded");
        QVERIFY2(report.status == RunRecord::Status::Failed,
            qPrintable(RunRecord::toString(report.status)));
        QVERIFY2(report.error.kind == ErrorKind::BadInput,
            qPrintable(QStringLiteral("not a BadInput error: ") + report.error.message));
        for (const QString& part : parts)
            QVERIFY2(report.error.message.contains(part),
                qPrintable(QStringLiteral("'%1' is not in the message: %2")
                               .arg(part, report.error.message)));
    }

    // "ID STATUS INSERTED UPDATED DELETED UNCHANGED SOURCE_ROWS 'ERROR'" per run, oldest first.
    static QStringList runHistory(const TestWorkspace& workspace)
    {
        QString error;
        const auto text = workspace.scalar(
            QStringLiteral("SELECT group_concat(line, '|') FROM (SELECT id || ' ' || status || ' ' "
                           "|| inserted || ' ' || updated || ' ' || deleted || ' ' || unchanged "
                           "|| ' ' || source_rows || ' ' || quote(error) AS line FROM runs "
                           "ORDER BY id)"),
            &error);
        if (!text)
            return { error };
        return text->toString().split(QLatin1Char('|'));
    }

    static qint64 runCount(const TestWorkspace& workspace)
    {
        QString error;
        const auto count = workspace.runCount(&error);
        if (!count)
            qWarning() << error;
        return count.value_or(-1);
    }

private slots:
    void unknownJob()
    {
        Setup setup;
        prepare(setup, peopleSource(), peopleTarget(), QStringLiteral("people"),
            QStringLiteral("people"), { QStringLiteral("id") }, {});
        if (QTest::currentTestFailed())
            return;
        const RunReport report = setup.workspace->run(QStringLiteral("no_such_job"));
        verifyBadInput(report, { QStringLiteral("no_such_job") });
        QCOMPARE(report.runId, 0);
        QCOMPARE(runCount(*setup.workspace), 0);
    }

    // Config that does not fit the databases: found while planning, before any run is recorded.
    void badConfig_data()
    {
        QTest::addColumn<QString>("sourceEntity");
        QTest::addColumn<QString>("targetEntity");
        QTest::addColumn<QJsonArray>("fields");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("missing source table")
            << QStringLiteral("no_such_table") << QStringLiteral("people") << QJsonArray()
            << QStringList { QStringLiteral("no_such_table") };
        QTest::newRow("missing target table")
            << QStringLiteral("people") << QStringLiteral("no_such_target") << QJsonArray()
            << QStringList { QStringLiteral("no_such_target") };
        QTest::newRow("missing source column")
            << QStringLiteral("people") << QStringLiteral("people")
            << QJsonArray { field(QStringLiteral("id"), QStringLiteral("id")),
                   field(QStringLiteral("first"), QStringLiteral("first_name")) }
            << QStringList { QStringLiteral("first_name"), QStringLiteral("people") };
        QTest::newRow("missing target column")
            << QStringLiteral("people") << QStringLiteral("people")
            << QJsonArray { field(QStringLiteral("id"), QStringLiteral("id")),
                   field(QStringLiteral("nickname"), QStringLiteral("first")) }
            << QStringList { QStringLiteral("nickname"), QStringLiteral("people") };
        QTest::newRow("expression syntax error")
            << QStringLiteral("people") << QStringLiteral("people")
            << QJsonArray { field(QStringLiteral("id"), QStringLiteral("id")),
                   expression(QStringLiteral("first"), QStringLiteral("row.first +* 2")) }
            << QStringList { QStringLiteral("row.first +* 2") };
    }

    void badConfig()
    {
        QFETCH(QString, sourceEntity);
        QFETCH(QString, targetEntity);
        QFETCH(QJsonArray, fields);
        QFETCH(QStringList, mentions);
        Setup setup;
        prepare(setup, peopleSource(), peopleTarget(), sourceEntity, targetEntity,
            { QStringLiteral("id") }, fields);
        if (QTest::currentTestFailed())
            return;
        const RunReport report = setup.workspace->run(QStringLiteral("job"));
        verifyBadInput(report, mentions);
        QCOMPARE(report.runId, 0);
        QCOMPARE(runCount(*setup.workspace), 0);
        QString error;
        const auto count = setup.target->count(QStringLiteral("people"), &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count, 0);
    }

    // Bad data is found while reading; the run is recorded as failed with the same message.
    void badData_data()
    {
        QTest::addColumn<QStringList>("sourceSql");
        QTest::addColumn<QStringList>("targetSql");
        QTest::addColumn<QStringList>("key");
        QTest::addColumn<QJsonArray>("fields");
        QTest::addColumn<QStringList>("mentions");

        // The mapping's key is the e-mail address, which two source rows share.
        QTest::newRow("key not unique")
            << peopleSource()
            << QStringList { QStringLiteral(
                   "CREATE TABLE people (email TEXT PRIMARY KEY, first TEXT)") }
            << QStringList { QStringLiteral("email") }
            << QJsonArray { field(QStringLiteral("email"), QStringLiteral("email")),
                   field(QStringLiteral("first"), QStringLiteral("first")) }
            << QStringList { QStringLiteral("email"), QStringLiteral("alan@example.org") };

        // A key column that is NULL in one source row.
        QStringList nullKey = peopleSource();
        nullKey.append(QStringLiteral("INSERT INTO people VALUES (4, 'Nobody', 'Null', 1, NULL)"));
        QTest::newRow("key is NULL")
            << nullKey
            << QStringList { QStringLiteral(
                   "CREATE TABLE people (email TEXT PRIMARY KEY, first TEXT)") }
            << QStringList { QStringLiteral("email") }
            << QJsonArray { field(QStringLiteral("email"), QStringLiteral("email")),
                   field(QStringLiteral("first"), QStringLiteral("first")) }
            << QStringList { QStringLiteral("email"), QStringLiteral("NULL") };

        const QStringList stock = {
            QStringLiteral("CREATE TABLE stock (id INTEGER PRIMARY KEY, qty TEXT)"),
            QStringLiteral("INSERT INTO stock VALUES (1, '5')"),
            QStringLiteral("INSERT INTO stock VALUES (2, 'abc')"),
            QStringLiteral("INSERT INTO stock VALUES (3, '7')"),
        };
        const QStringList stockTarget
            = { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, qty INTEGER)") };
        QTest::newRow("value does not convert")
            << stock << stockTarget << QStringList { QStringLiteral("id") }
            << QJsonArray { field(QStringLiteral("id"), QStringLiteral("id")),
                   field(QStringLiteral("qty"), QStringLiteral("qty"), QStringLiteral("integer")) }
            << QStringList { QStringLiteral("id=2"), QStringLiteral("qty"), QStringLiteral("abc") };

        QTest::newRow("expression throws")
            << peopleSource()
            << QStringList { QStringLiteral(
                   "CREATE TABLE people (id INTEGER PRIMARY KEY, x TEXT)") }
            << QStringList { QStringLiteral("id") }
            << QJsonArray { field(QStringLiteral("id"), QStringLiteral("id")),
                   expression(QStringLiteral("x"), QStringLiteral("row.nope.x")) }
            << QStringList { QStringLiteral("id=1"), QStringLiteral("'x'") };
    }

    void badData()
    {
        QFETCH(QStringList, sourceSql);
        QFETCH(QStringList, targetSql);
        QFETCH(QStringList, key);
        QFETCH(QJsonArray, fields);
        QFETCH(QStringList, mentions);
        Setup setup;
        const QString sourceEntity = sourceSql.first().section(QLatin1Char(' '), 2, 2);
        prepare(setup, sourceSql, targetSql, sourceEntity, QStringLiteral("people"), key, fields);
        if (QTest::currentTestFailed())
            return;
        const RunReport report = setup.workspace->run(QStringLiteral("job"));
        verifyBadInput(report, mentions);
        if (QTest::currentTestFailed())
            return;
        // The failure is in the run history with the same message.
        QVERIFY(report.runId > 0);
        QString error;
        const auto status = setup.workspace->scalar(
            QStringLiteral("SELECT status || ': ' || error FROM runs WHERE id = %1")
                .arg(report.runId),
            &error);
        QVERIFY2(status, qPrintable(error));
        QCOMPARE(status->toString(), QStringLiteral("failed: ") + report.error.message);
    }

    // Expression and constant fields: computed per row, written, and stable (a second run
    // finds nothing to do).
    void expressionsAndConstants()
    {
        Setup setup;
        const QStringList target = { QStringLiteral(
            "CREATE TABLE contacts (id INTEGER PRIMARY KEY, full_name TEXT, source_system TEXT, "
            "weight INTEGER, next_age INTEGER, shout TEXT)") };
        prepare(setup, peopleSource(), target, QStringLiteral("people"), QStringLiteral("contacts"),
            { QStringLiteral("id") },
            QJsonArray { field(QStringLiteral("id"), QStringLiteral("id")),
                expression(
                    QStringLiteral("full_name"), QStringLiteral("row.first + ' ' + row.last")),
                constant(QStringLiteral("source_system"), QStringLiteral("crm")),
                constant(QStringLiteral("weight"), 7),
                expression(QStringLiteral("next_age"), QStringLiteral("row.age + 1")),
                expression(QStringLiteral("shout"), QStringLiteral("row['last'].toUpperCase()")) });
        if (QTest::currentTestFailed())
            return;
        RunReport report = setup.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = 3;
        expected.sourceRows = 3;
        SYNCLINE_COMPARE_COUNTS(report, expected);

        QSqlQuery query(setup.target->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id, full_name, source_system, weight, next_age, "
                                          "shout, typeof(weight), typeof(next_age) FROM contacts "
                                          "ORDER BY id")));
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < 8; ++i)
                cells.append(query.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        query.finish();
        QCOMPARE(rows,
            (QStringList { QStringLiteral("1|Ada Lovelace|crm|7|37|LOVELACE|integer|integer"),
                QStringLiteral("2|Alan Turing|crm|7|42|TURING|integer|integer"),
                QStringLiteral("3|Grace Hopper|crm|7|86|HOPPER|integer|integer") }));

        const qint64 firstRun = report.runId;

        report = setup.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.unchanged = 3;
        expected.sourceRows = 3;
        SYNCLINE_COMPARE_COUNTS(report, expected);

        // Both runs are in the history as succeeded, with their counts and no error.
        QCOMPARE(runHistory(*setup.workspace),
            (QStringList { QStringLiteral("%1 succeeded 3 0 0 0 3 ''").arg(firstRun),
                QStringLiteral("%1 succeeded 0 0 0 3 3 ''").arg(report.runId) }));
    }

    // A run recorded once it finished: the runs table says succeeded, with the counts.
    void successfulRunIsRecorded()
    {
        Setup setup;
        prepare(setup, peopleSource(), peopleTarget(), QStringLiteral("people"),
            QStringLiteral("people"), { QStringLiteral("id") }, {});
        if (QTest::currentTestFailed())
            return;
        const RunReport report = setup.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        QVERIFY(report.runId > 0);
        QCOMPARE(runHistory(*setup.workspace),
            QStringList { QStringLiteral("%1 succeeded 3 0 0 0 3 ''").arg(report.runId) });
    }
};

QTEST_GUILESS_MAIN(EngineMappingTest)
#include "tst_enginemapping.moc"
