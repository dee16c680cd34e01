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

QVariant null()
{
    return QVariant();
}
QVariant i64(qlonglong v)
{
    return QVariant(v);
}
QVariant text(const char* utf8)
{
    return QVariant(QString::fromUtf8(utf8));
}
QVariant bytes(const char* data, int size)
{
    return QVariant(QByteArray(data, size));
}

ColumnSpec column(const char* name, ValueKind kind, bool key = false)
{
    return ColumnSpec { QString::fromUtf8(name), kind, key, QString() };
}

// One table's life in a sync test: the source rows of the first run, then the changes made to
// the source before the third run.
struct Scenario
{
    TableSpec table;
    QList<QVariantList> rows;
    QList<QVariantList> updates; // existing keys, some value changed: each must be an update
    QList<QVariantList> sameValueUpdates; // existing keys rewritten with equal values: unchanged
    QList<QVariantList> inserts; // new keys
    QList<QVariantList> deletes; // key values of rows to delete
    QString deletesPolicy = QStringLiteral("propagate");
    int batch = 3; // small, so that every run spans several batches
    // PostgreSQL databases: session defaults set with ALTER DATABASE before the first run
    // ("TimeZone = 'America/St_Johns'"); the engine must not depend on the server's defaults.
    QStringList postgresSettings;
};

const struct
{
    const char* name;
    Backend source;
    Backend target;
} s_pairs[] = {
    { "sqlite->sqlite", Backend::Sqlite, Backend::Sqlite },
    { "sqlite->postgresql", Backend::Sqlite, Backend::Postgres },
    { "postgresql->sqlite", Backend::Postgres, Backend::Sqlite },
    { "postgresql->postgresql", Backend::Postgres, Backend::Postgres },
};

#define COMPARE_TABLES(expected, actual)                                                           \
    do {                                                                                           \
        const QString difference = tableDifference((expected), (actual));                          \
        QVERIFY2(difference.isEmpty(),                                                             \
            qPrintable(QStringLiteral("target differs from source: ") + difference));              \
    } while (false)

} // namespace

// Syncs realistic tables between every pair of SQLite and PostgreSQL, in full and in
// incremental (hash) mode, and checks each run's counts and the target's contents against the
// source, both read back with plain SQL and normalized by the test. Each scenario runs four
// times: the first run copies everything, the second finds nothing to do, the third applies
// exactly the changes made to the source in between, the fourth again nothing.
class SyncMatrixTest final : public QObject
{
    Q_OBJECT

private:
    struct Sides
    {
        TestSqlite files;
        std::unique_ptr<TestDatabase> source;
        std::unique_ptr<TestDatabase> target;
        std::unique_ptr<TestWorkspace> workspace;
    };

    static void addMatrix(const QStringList& deletesPolicies = { QStringLiteral("propagate") })
    {
        QTest::addColumn<int>("sourceBackend");
        QTest::addColumn<int>("targetBackend");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("deletes");
        for (const auto& pair : s_pairs) {
            for (const char* mode : { "full", "incremental" }) {
                for (const QString& policy : deletesPolicies) {
                    if (deletesPolicies.size() > 1)
                        QTest::addRow("%s %s deletes=%s", pair.name, mode, qPrintable(policy))
                            << int(pair.source) << int(pair.target) << QString::fromLatin1(mode)
                            << policy;
                    else
                        QTest::addRow("%s %s", pair.name, mode)
                            << int(pair.source) << int(pair.target) << QString::fromLatin1(mode)
                            << policy;
                }
            }
        }
    }

    // Creates source and target (the table on both, the rows in the source) and a workspace
    // with job "job" over them. Fails the test on error.
    static void prepare(Sides& sides, const Scenario& s, const QList<QVariantList>& targetRows = {},
        const TableSpec* targetTable = nullptr, const QJsonObject& jobExtra = {})
    {
        QFETCH(int, sourceBackend);
        QFETCH(int, targetBackend);
        QFETCH(QString, mode);
        QVERIFY(sides.files.isValid());
        QString error;
        sides.source = TestDatabase::create(Backend(sourceBackend),
            sides.files.filePath(QStringLiteral("source.sqlite")), QStringLiteral("matrix_source"),
            &error);
        QVERIFY2(sides.source, qPrintable(error));
        sides.target = TestDatabase::create(Backend(targetBackend),
            sides.files.filePath(QStringLiteral("target.sqlite")), QStringLiteral("matrix_target"),
            &error);
        QVERIFY2(sides.target, qPrintable(error));
        QVERIFY2(sides.source->createTable(s.table, s.rows, &error), qPrintable(error));
        QVERIFY2(
            sides.target->createTable(targetTable ? *targetTable : s.table, targetRows, &error),
            qPrintable(error));
        for (TestDatabase* db : { sides.source.get(), sides.target.get() }) {
            if (db->backend() != Backend::Postgres)
                continue;
            QStringList statements;
            for (const QString& setting : s.postgresSettings)
                statements.append(QStringLiteral("ALTER DATABASE ") + quoteIdentifier(db->name())
                    + QStringLiteral(" SET ") + setting);
            QVERIFY2(db->exec(statements, &error), qPrintable(error));
        }
        sides.workspace = std::make_unique<TestWorkspace>(sides.files.dirPath());
        QJsonObject job { { QStringLiteral("mode"), mode },
            { QStringLiteral("detect"), QStringLiteral("hash") },
            { QStringLiteral("deletes"), s.deletesPolicy }, { QStringLiteral("batch"), s.batch } };
        for (auto it = jobExtra.begin(); it != jobExtra.end(); ++it)
            job.insert(it.key(), it.value());
        QVERIFY2(sides.workspace->import(
                     singleJobConfig(sides.source->endpointJson(QStringLiteral("src")),
                         sides.target->endpointJson(QStringLiteral("dst")), s.table, job),
                     &error),
            qPrintable(error));
    }

    // The four runs of a scenario (see the class comment). `targetTable`: the target's DDL when
    // it differs from the source's (same columns).
    static void runScenario(const Scenario& s, const TableSpec* targetTable = nullptr)
    {
        QFETCH(QString, mode);
        const bool full = mode == u"full";
        const bool propagate = s.deletesPolicy == u"propagate";
        Sides sides;
        prepare(sides, s, {}, targetTable);
        if (QTest::currentTestFailed())
            return;
        TestDatabase& source = *sides.source;
        TestDatabase& target = *sides.target;
        TestWorkspace& workspace = *sides.workspace;
        QString error;
        const qint64 n = s.rows.size();

        // 1. Everything is new.
        RunReport report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = n;
        expected.sourceRows = n;
        expected.targetRows = full ? 0 : -1;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        auto sourceRows = source.dump(s.table, &error);
        QVERIFY2(sourceRows, qPrintable(error));
        QCOMPARE(sourceRows->size(), n);
        auto targetRows = target.dump(s.table, &error);
        QVERIFY2(targetRows, qPrintable(error));
        if (qEnvironmentVariableIsSet("SYNCLINE_TEST_DUMP")) {
            for (const QStringList& row : std::as_const(*targetRows))
                qInfo().noquote() << "target row:" << row.join(QStringLiteral(" | "));
        }
        COMPARE_TABLES(*sourceRows, *targetRows);

        // 2. Right after: nothing to do.
        report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.unchanged = n;
        expected.sourceRows = n;
        expected.targetRows = full ? n : -1;
        SYNCLINE_COMPARE_COUNTS(report, expected);

        // 3. Exactly the changes made to the source.
        const QList<QStringList> before = *targetRows;
        QStringList changes;
        for (const QVariantList& row : s.updates)
            changes.append(updateSql(source.backend(), s.table, row));
        for (const QVariantList& row : s.sameValueUpdates)
            changes.append(updateSql(source.backend(), s.table, row));
        for (const QVariantList& row : s.inserts)
            changes.append(insertSql(source.backend(), s.table, row));
        for (const QVariantList& key : s.deletes)
            changes.append(deleteSql(source.backend(), s.table, key));
        QVERIFY2(source.exec(changes, &error), qPrintable(error));
        const qint64 m = n + s.inserts.size() - s.deletes.size();
        auto count = source.count(s.table.name, &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count, m);

        report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.inserted = s.inserts.size();
        expected.updated = s.updates.size();
        expected.deleted = propagate ? s.deletes.size() : 0;
        expected.unchanged = n - s.updates.size() - s.deletes.size();
        expected.sourceRows = m;
        expected.targetRows = full ? n : -1;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        sourceRows = source.dump(s.table, &error);
        QVERIFY2(sourceRows, qPrintable(error));
        QList<QStringList> wanted = *sourceRows;
        if (!propagate) {
            // Rows deleted from the source stay in the target as they were.
            QSet<QStringList> sourceKeys;
            for (const QStringList& row : std::as_const(*sourceRows))
                sourceKeys.insert(keyCells(s.table, row));
            for (const QStringList& row : before) {
                if (!sourceKeys.contains(keyCells(s.table, row)))
                    wanted.append(row);
            }
            QCOMPARE(wanted.size(), n + s.inserts.size());
        }
        targetRows = target.dump(s.table, &error);
        QVERIFY2(targetRows, qPrintable(error));
        COMPARE_TABLES(wanted, *targetRows);

        // 4. Nothing again.
        report = workspace.run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.unchanged = m;
        expected.sourceRows = m;
        expected.targetRows = full ? wanted.size() : -1;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        targetRows = target.dump(s.table, &error);
        QVERIFY2(targetRows, qPrintable(error));
        COMPARE_TABLES(wanted, *targetRows);
    }

private slots:
    void initTestCase() { SYNCLINE_REQUIRE_POSTGRES(); }

    // NULL and '' (text and blob) are different values and must stay so.
    void nullVersusEmpty_data() { addMatrix(); }
    void nullVersusEmpty()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("blanks"),
            { column("id", ValueKind::Integer, true), column("t", ValueKind::Text),
                column("b", ValueKind::Blob) } };
        s.rows = {
            { i64(1), text(""), bytes("", 0) },
            { i64(2), null(), null() },
            { i64(3), text(" "), bytes("\0", 1) },
            { i64(4), text("x"), null() },
            { i64(5), null(), bytes("", 0) },
            { i64(6), text(""), bytes("y", 1) },
        };
        s.updates = {
            { i64(1), null(), null() }, // '' -> NULL
            { i64(2), text(""), bytes("", 0) }, // NULL -> ''
        };
        s.inserts = { { i64(7), text(""), bytes("", 0) } };
        s.deletes = { { i64(4) } };
        runScenario(s);
    }

    // Decimals without float loss, timestamps with time zones and microseconds, booleans and
    // blobs with zero bytes, 64-bit integers past double precision, text of every kind.
    void values_data() { addMatrix(); }
    void values() { runScenario(valuesScenario()); }

    // The same values with a PostgreSQL server whose defaults differ from what a client may
    // assume: another time zone (with a half-hour offset), dates day-first, bytea in escape
    // form, short floats, backslashes as escapes in string literals.
    void postgresServerDefaults_data()
    {
        QTest::addColumn<int>("sourceBackend");
        QTest::addColumn<int>("targetBackend");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("deletes");
        for (const auto& pair : s_pairs) {
            if (pair.source == Backend::Postgres || pair.target == Backend::Postgres)
                QTest::addRow("%s", pair.name)
                    << int(pair.source) << int(pair.target) << QStringLiteral("full")
                    << QStringLiteral("propagate");
        }
    }
    void postgresServerDefaults()
    {
        Scenario s = valuesScenario();
        s.postgresSettings = { QStringLiteral("TimeZone = 'America/St_Johns'"),
            QStringLiteral("DateStyle = 'SQL, DMY'"), QStringLiteral("bytea_output = 'escape'"),
            QStringLiteral("extra_float_digits = 0"),
            QStringLiteral("standard_conforming_strings = off"),
            QStringLiteral("escape_string_warning = off") };
        runScenario(s);
    }

private:
    static Scenario valuesScenario()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("customers"),
            { column("id", ValueKind::Integer, true), column("name", ValueKind::Text),
                column("note", ValueKind::Text), column("balance", ValueKind::Decimal),
                column("seen_at", ValueKind::TimestampTz), column("active", ValueKind::Bool),
                column("photo", ValueKind::Blob) } };
        s.rows = {
            { i64(1), text("Ada"), text(""), text("12345678901234.5678"),
                text("2024-03-31 01:59:59.123456+00"), true, bytes("\0", 1) },
            { i64(2), text(""), null(), text("-0.0001"), text("2024-03-31T03:59:59.123456+02:00"),
                false, bytes("\x00\x01\x02\xff\x00", 5) },
            { i64(3), null(), text("multi\nline 'quoted' \"text\" \\ back\\slash"), text("0"),
                text("2023-10-29 01:30:00-04:00"), null(), null() },
            { i64(4), text("Zoë Ærøskøbing"), text("tab\there"), null(), null(), true,
                bytes("\xde\xad\xbe\xef", 4) },
            { i64(5), text("😀 emoji"), text("  padded  "), text("99999999999999.9999"),
                text("1969-12-31 23:59:59.999999+00:00"), false, bytes("\0\0", 2) },
            { i64(6), text("O'Brien"), text("x"), text("-99999999999999.9999"),
                text("2000-02-29 12:00:00+05:30"), true, bytes("plain", 5) },
            { i64(7), text("big"), text("y"), text("1.5"), text("2024-01-01 00:00:00.000001+00:00"),
                false, bytes("\xff", 1) },
            { i64(9007199254740993LL), text("2^53 + 1"), text("z"), text("0.0001"),
                text("2038-01-19 03:14:08+00:00"), true, bytes("k", 1) },
            { i64(-5), text("negative key"), null(), text("-1"), text("1900-01-01 00:00:00+00:00"),
                false, null() },
        };
        s.updates = {
            { i64(2), text("now named"), null(), text("-0.0001"),
                text("2024-03-31T03:59:59.123456+02:00"), false, bytes("\x00\x01\x02\xff\x01", 5) },
            { i64(3), text(""), text("multi\nline 'quoted' \"text\" \\ back\\slash"), text("0"),
                text("2023-10-29 01:30:00-04:00"), null(), null() }, // NULL -> ''
            { i64(4), text("Zoë Ærøskøbing"), text("tab\there"), text("0.0001"),
                text("2025-01-01 00:00:00+00:00"), false, bytes("\xde\xad\xbe\xef", 4) },
            { i64(6), text("O'Brien"), text("x"), text("-99999999999999.9998"),
                text("2000-02-29 12:00:00.000001+05:30"), true, bytes("plain", 5) },
        };
        // The same values written differently: the same instant in another offset, a decimal
        // with a trailing zero. Nothing to apply.
        s.sameValueUpdates = {
            { i64(1), text("Ada"), text(""), text("12345678901234.56780"),
                text("2024-03-31T03:59:59.123456+02:00"), true, bytes("\0", 1) },
            { i64(7), text("big"), text("y"), text("1.50"),
                text("2024-01-01T01:00:00.000001+01:00"), false, bytes("\xff", 1) },
        };
        s.inserts = {
            { i64(8), null(), null(), null(), null(), null(), null() },
            { i64(10), text("ten"), text("10"), text("10.1"), text("2024-02-29 23:59:59.5-01:00"),
                true, bytes("\0ten\0", 5) },
        };
        s.deletes = { { i64(5) }, { i64(9007199254740993LL) } };
        return s;
    }

private slots:

    // Text keys whose bytewise order differs from a locale's (the test server's default
    // collation is en_US.UTF-8): both sides must stream them in the same order.
    void textKeys_data() { addMatrix(); }
    void textKeys()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("tags"),
            { column("code", ValueKind::Text, true), column("label", ValueKind::Text) } };
        // U+FF21 and U+FFFD sort after 😀 (U+1F600) in UTF-16 but before it in UTF-8.
        for (const char* key : { "a", "B", "Z", "é", "É", "ß", "😀", "ö", "O", " space", "zz", "aB",
                 "Ab", "b", "\uFF21", "\uFFFD", "😀\uFFFD" })
            s.rows.append(
                { text(key), QVariant(QStringLiteral("label ") + QString::fromUtf8(key)) });
        s.updates = { { text("é"), text("accent") }, { text("😀"), text("smile") },
            { text("zz"), null() } };
        s.inserts = { { text("Ä"), text("new") }, { text("A"), text("new") },
            { text("a "), text("new") }, { text("中文"), text("new") } };
        s.deletes = { { text("B") }, { text(" space") } };
        runScenario(s);
    }

    // More rows than one read chunk (10,000), with text keys in mixed case and scripts, so that
    // reads continue after a text key (keyset pagination) on both sides.
    void manyTextKeys_data() { addMatrix(); }
    void manyTextKeys()
    {
        Scenario s;
        s.batch = 2500;
        s.table = TableSpec { QStringLiteral("words"),
            { column("word", ValueKind::Text, true), column("n", ValueKind::Integer) } };
        const QStringList prefixes = { QStringLiteral("a"), QStringLiteral("B"),
            QStringLiteral("Z"), QStringLiteral("é"), QStringLiteral("É"), QStringLiteral("ß"),
            QStringLiteral("😀"), QStringLiteral("ö"), QStringLiteral("O"), QStringLiteral(" "),
            QStringLiteral("zz") };
        const auto key
            = [&](int i) { return QVariant(prefixes[i % prefixes.size()] + QString::number(i)); };
        const int rows = 12000;
        for (int i = 0; i < rows; ++i)
            s.rows.append({ key(i), i64(i) });
        for (int i = 5; i < rows; i += 997)
            s.updates.append({ key(i), i64(-i) });
        for (int i = 11; i < rows; i += 1499)
            s.deletes.append({ key(i) });
        for (int i = rows; i < rows + 7; ++i)
            s.inserts.append({ key(i), i64(i) });
        runScenario(s);
    }

    // A composite key of text and integer (integers compare numerically: 2 before 10), in a
    // table whose name has a space.
    void compositeKeys_data() { addMatrix(); }
    void compositeKeys()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("Order Lines"),
            { column("order ref", ValueKind::Text, true),
                column("line no", ValueKind::Integer, true), column("Full Name", ValueKind::Text),
                column("amount", ValueKind::Decimal) } };
        s.rows = {
            { text("A-1"), i64(1), text("one"), text("1.0001") },
            { text("A-1"), i64(2), text("two"), text("2") },
            { text("A-1"), i64(10), text("ten"), text("10") },
            { text("A-1"), i64(-1), text("minus"), text("-1") },
            { text("a-1"), i64(1), text("lower"), text("0") },
            { text("A-10"), i64(1), text("ten one"), text("101") },
            { text("A-2"), i64(1), text("two one"), text("21") },
            { text("É-1"), i64(-5), text("accent"), text("-0.5") },
            { text("B"), i64(3), null(), null() },
        };
        s.updates = { { text("A-1"), i64(10), text("TEN"), text("10.0001") },
            { text("B"), i64(3), text(""), text("0") } };
        s.inserts = { { text("A-1"), i64(3), text("three"), text("3") },
            { text("a-1"), i64(0), text("zero"), text("0") } };
        s.deletes = { { text("A-2"), i64(1) } };
        runScenario(s);
    }

    // SQL keywords, spaces, mixed case and a double quote in table and column names.
    void reservedNames_data() { addMatrix(); }
    void reservedNames()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("order"),
            { column("select", ValueKind::Integer, true), column("Full Name", ValueKind::Text),
                column("say \"hi\"", ValueKind::Text), column("group", ValueKind::Text),
                column("from", ValueKind::Bool) } };
        s.rows = {
            { i64(1), text("Ada Lovelace"), text("hi"), text("g1"), true },
            { i64(2), text("Alan Turing"), text("\"quoted\""), text("g2"), false },
            { i64(3), text("Grace Hopper"), null(), null(), null() },
            { i64(4), text("Edsger Dijkstra"), text("'single'"), text("g1"), true },
        };
        s.updates = { { i64(3), text("Grace Hopper"), text("bug"), text("g3"), false } };
        s.inserts = { { i64(5), text("Barbara Liskov"), text("L"), text("g2"), true } };
        s.deletes = { { i64(2) } };
        runScenario(s);
    }

    // Rows removed from the source leave the target with "propagate", stay with "ignore".
    void deletes_data() { addMatrix({ QStringLiteral("propagate"), QStringLiteral("ignore") }); }
    void deletes()
    {
        QFETCH(QString, deletes);
        Scenario s;
        s.deletesPolicy = deletes;
        s.table = TableSpec { QStringLiteral("people"),
            { column("id", ValueKind::Integer, true), column("name", ValueKind::Text) } };
        for (int i = 1; i <= 10; ++i)
            s.rows.append({ i64(i), QVariant(QStringLiteral("person %1").arg(i)) });
        s.updates = { { i64(5), text("renamed") } };
        s.inserts = { { i64(11), text("eleven") } };
        s.deletes = { { i64(1) }, { i64(4) }, { i64(10) } };
        runScenario(s);
    }

    // An empty source gives an empty target. A full run empties a target that has rows the
    // source lacks; an incremental run compares with the journal only, so it leaves rows it
    // never synced alone.
    void emptySource_data() { addMatrix(); }
    void emptySource()
    {
        QFETCH(QString, mode);
        const bool full = mode == u"full";
        Scenario s;
        s.table = TableSpec { QStringLiteral("empty"),
            { column("id", ValueKind::Integer, true), column("name", ValueKind::Text) } };
        Sides sides;
        prepare(sides, s);
        if (QTest::currentTestFailed())
            return;
        QString error;

        // Both empty.
        for (int run = 0; run < 2; ++run) {
            const RunReport report = sides.workspace->run(QStringLiteral("job"));
            SYNCLINE_VERIFY_RUN(report);
            ExpectedCounts expected;
            expected.targetRows = full ? 0 : -1;
            SYNCLINE_COMPARE_COUNTS(report, expected);
            const auto count = sides.target->count(s.table.name, &error);
            QVERIFY2(count, qPrintable(error));
            QCOMPARE(*count, 0);
        }

        // The target gains rows the source does not have.
        QStringList statements;
        for (int i = 1; i <= 4; ++i)
            statements.append(insertSql(
                sides.target->backend(), s.table, QVariantList { i64(i), text("stray") }));
        QVERIFY2(sides.target->exec(statements, &error), qPrintable(error));
        const RunReport report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.deleted = full ? 4 : 0;
        expected.targetRows = full ? 4 : -1;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        const auto count = sides.target->count(s.table.name, &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count, full ? 0 : 4);
    }

    // A target table without a primary key or unique index on the mapping's key (the writers
    // cannot use ON CONFLICT / INSERT OR REPLACE): updates and deletes still hit exactly the
    // rows with the key, and nothing is duplicated.
    void targetWithoutPrimaryKey_data() { addMatrix(); }
    void targetWithoutPrimaryKey()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("loose"),
            { column("code", ValueKind::Text, true), column("n", ValueKind::Integer, true),
                column("label", ValueKind::Text) } };
        for (int i = 0; i < 12; ++i)
            s.rows.append({ QVariant(i % 2 ? QStringLiteral("b") : QStringLiteral("A")), i64(i),
                QVariant(QStringLiteral("label %1").arg(i)) });
        s.updates = { { text("A"), i64(4), text("four") }, { text("b"), i64(5), null() } };
        s.inserts = { { text("b"), i64(100), text("hundred") } };
        s.deletes = { { text("A"), i64(0) }, { text("b"), i64(11) } };
        TableSpec target = s.table;
        for (ColumnSpec& c : target.columns)
            c.key = false;
        runScenario(s, &target);
    }

    // The empty string is a key like any other (and not NULL).
    void emptyTextKey_data() { addMatrix(); }
    void emptyTextKey()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("codes"),
            { column("code", ValueKind::Text, true), column("label", ValueKind::Text) } };
        s.rows = { { text(""), text("empty") }, { text(" "), text("space") },
            { text("a"), text("a") } };
        s.updates = { { text(""), text("still empty") } };
        s.inserts = { { text("  "), text("two spaces") } };
        s.deletes = { { text(" ") } };
        runScenario(s);
    }

    // A composite key (text, integer) over more rows than one read chunk, with few distinct
    // text values, so reads continue in the middle of one text value.
    void manyCompositeKeys_data() { addMatrix(); }
    void manyCompositeKeys()
    {
        Scenario s;
        s.batch = 2500;
        s.table = TableSpec { QStringLiteral("lines"),
            { column("doc", ValueKind::Text, true), column("line", ValueKind::Integer, true),
                column("qty", ValueKind::Integer) } };
        const QStringList docs = { QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("é") };
        const int perDoc = 4500; // 13,500 rows
        for (const QString& doc : docs) {
            for (int line = -50; line < perDoc - 50; ++line)
                s.rows.append({ doc, i64(line), i64(line * 3) });
        }
        s.updates = { { QStringLiteral("B"), i64(0), i64(-1) },
            { QStringLiteral("é"), i64(4000), i64(-1) } };
        s.deletes = { { QStringLiteral("a"), i64(-50) }, { QStringLiteral("B"), i64(2222) } };
        s.inserts = { { QStringLiteral("B"), i64(100000), i64(1) },
            { QStringLiteral("Z"), i64(1), i64(1) } };
        runScenario(s);
    }

    // deletes "soft-delete": a row removed from the source stays in the target with its flag
    // column set; the flag is not a difference later runs keep "deleting"; a row that comes
    // back to the source is live again in the target.
    void softDelete_data() { addMatrix(); }
    void softDelete()
    {
        Scenario s;
        s.deletesPolicy = QStringLiteral("soft-delete");
        s.table = TableSpec { QStringLiteral("members"),
            { column("id", ValueKind::Integer, true), column("name", ValueKind::Text) } };
        for (int i = 1; i <= 5; ++i)
            s.rows.append({ i64(i), QVariant(QStringLiteral("member %1").arg(i)) });
        TableSpec targetTable = s.table;
        targetTable.columns.append(ColumnSpec { QStringLiteral("deleted"), ValueKind::Bool, false,
            QStringLiteral("NOT NULL DEFAULT FALSE") });
        Sides sides;
        prepare(sides, s, {}, &targetTable,
            { { QStringLiteral("soft_delete_column"), QStringLiteral("deleted") } });
        if (QTest::currentTestFailed())
            return;
        QFETCH(QString, mode);
        const bool full = mode == u"full";
        QString error;
        const auto targetState = [&]() {
            QString e;
            const auto rows = sides.target->dump(targetTable, &e);
            if (!rows)
                return QStringList { e };
            QStringList lines;
            for (const QStringList& row : *rows)
                lines.append(row.join(QLatin1Char(' ')));
            std::sort(lines.begin(), lines.end());
            return lines;
        };

        RunReport report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(targetState(),
            (QStringList { QStringLiteral("1 'member 1' false"),
                QStringLiteral("2 'member 2' false"), QStringLiteral("3 'member 3' false"),
                QStringLiteral("4 'member 4' false"), QStringLiteral("5 'member 5' false") }));

        QVERIFY2(sides.source->exec({ deleteSql(sides.source->backend(), s.table, { i64(2) }),
                                        deleteSql(sides.source->backend(), s.table, { i64(4) }) },
                     &error),
            qPrintable(error));
        report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.deleted = 2;
        expected.unchanged = 3;
        expected.sourceRows = 3;
        expected.targetRows = full ? 5 : -1;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        const QStringList flagged { QStringLiteral("1 'member 1' false"),
            QStringLiteral("2 'member 2' true"), QStringLiteral("3 'member 3' false"),
            QStringLiteral("4 'member 4' true"), QStringLiteral("5 'member 5' false") };
        QCOMPARE(targetState(), flagged);

        // Nothing to do: the flagged rows are not deleted again.
        report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected.deleted = 0;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        QCOMPARE(targetState(), flagged);

        // id 2 comes back (same values), id 3 changes.
        QVERIFY2(sides.source->exec({ insertSql(sides.source->backend(), s.table,
                                          QVariantList { i64(2), text("member 2") }),
                                        updateSql(sides.source->backend(), s.table,
                                            QVariantList { i64(3), text("third") }) },
                     &error),
            qPrintable(error));
        report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        QCOMPARE(targetState(),
            (QStringList { QStringLiteral("1 'member 1' false"),
                QStringLiteral("2 'member 2' false"), QStringLiteral("3 'third' false"),
                QStringLiteral("4 'member 4' true"), QStringLiteral("5 'member 5' false") }));
        QCOMPARE(report.counts.inserted + report.counts.updated, 2);
        QCOMPARE(report.counts.deleted, 0);
    }

    // Incremental runs with a timestamptz watermark read from PostgreSQL: all rows within one
    // millisecond, so a watermark that lost its microseconds would read them all again.
    void postgresWatermark_data()
    {
        QTest::addColumn<int>("sourceBackend");
        QTest::addColumn<int>("targetBackend");
        QTest::addColumn<QString>("mode");
        QTest::newRow("postgresql->sqlite")
            << int(Backend::Postgres) << int(Backend::Sqlite) << QStringLiteral("incremental");
        QTest::newRow("postgresql->postgresql")
            << int(Backend::Postgres) << int(Backend::Postgres) << QStringLiteral("incremental");
    }
    void postgresWatermark()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("events"),
            { column("id", ValueKind::Integer, true), column("payload", ValueKind::Text),
                column("changed_at", ValueKind::TimestampTz) } };
        const auto at = [](int micros) {
            return QVariant(QStringLiteral("2024-03-31 01:59:59.1234%1+00")
                                .arg(micros, 2, 10, QLatin1Char('0')));
        };
        for (int i = 1; i <= 20; ++i)
            s.rows.append(
                { i64(i), QVariant(QStringLiteral("event %1").arg(i)), at((i * 7) % 20) });
        Sides sides;
        prepare(sides, s, {}, nullptr,
            { { QStringLiteral("detect"), QStringLiteral("timestamp") },
                { QStringLiteral("change_column"), QStringLiteral("changed_at") } });
        if (QTest::currentTestFailed())
            return;
        QString error;
        RunReport report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = 20;
        expected.sourceRows = 20;
        SYNCLINE_COMPARE_COUNTS(report, expected);

        // Two rows move one microsecond past the largest value, one row is added there.
        QVERIFY2(sides.source->exec(
                     { updateSql(Backend::Postgres, s.table, { i64(4), text("four"), at(20) }),
                         updateSql(Backend::Postgres, s.table, { i64(9), text("nine"), at(20) }),
                         insertSql(Backend::Postgres, s.table,
                             QVariantList { i64(21), text("new"), at(20) }) },
                     &error),
            qPrintable(error));
        report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.inserted = 1;
        expected.updated = 2;
        expected.unchanged = 1; // the row at the old watermark, read again (>=)
        expected.sourceRows = 4;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        const auto sourceRows = sides.source->dump(s.table, &error);
        QVERIFY2(sourceRows, qPrintable(error));
        const auto targetRows = sides.target->dump(s.table, &error);
        QVERIFY2(targetRows, qPrintable(error));
        COMPARE_TABLES(*sourceRows, *targetRows);

        report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.unchanged = 3;
        expected.sourceRows = 3;
        SYNCLINE_COMPARE_COUNTS(report, expected);
    }

    // A full run onto a target that already holds rows, some equal, some different, some the
    // source lacks: it repairs exactly the differences.
    void fullRunRepairsTarget_data()
    {
        QTest::addColumn<int>("sourceBackend");
        QTest::addColumn<int>("targetBackend");
        QTest::addColumn<QString>("mode");
        for (const auto& pair : s_pairs)
            QTest::addRow("%s", pair.name)
                << int(pair.source) << int(pair.target) << QStringLiteral("full");
    }
    void fullRunRepairsTarget()
    {
        Scenario s;
        s.table = TableSpec { QStringLiteral("drift"),
            { column("id", ValueKind::Integer, true), column("name", ValueKind::Text),
                column("amount", ValueKind::Decimal) } };
        s.rows = { { i64(1), text("same"), text("1.5") }, { i64(2), text("differs"), text("2") },
            { i64(3), text("missing"), text("3") }, { i64(4), text(""), text("4") } };
        const QList<QVariantList> targetRows
            = { { i64(1), text("same"), text("1.5000") }, { i64(2), text("DIFFERS"), text("2") },
                  { i64(4), null(), text("4") }, { i64(5), text("extra"), text("5") } };
        Sides sides;
        prepare(sides, s, targetRows);
        if (QTest::currentTestFailed())
            return;
        QString error;
        RunReport report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        ExpectedCounts expected;
        expected.inserted = 1;
        expected.updated = 2;
        expected.deleted = 1;
        expected.unchanged = 1;
        expected.sourceRows = 4;
        expected.targetRows = 4;
        SYNCLINE_COMPARE_COUNTS(report, expected);
        const auto sourceRows = sides.source->dump(s.table, &error);
        QVERIFY2(sourceRows, qPrintable(error));
        const auto targetDump = sides.target->dump(s.table, &error);
        QVERIFY2(targetDump, qPrintable(error));
        COMPARE_TABLES(*sourceRows, *targetDump);

        report = sides.workspace->run(QStringLiteral("job"));
        SYNCLINE_VERIFY_RUN(report);
        expected = ExpectedCounts();
        expected.unchanged = 4;
        expected.sourceRows = 4;
        expected.targetRows = 4;
        SYNCLINE_COMPARE_COUNTS(report, expected);
    }
};

QTEST_GUILESS_MAIN(SyncMatrixTest)
#include "tst_syncmatrix.moc"
