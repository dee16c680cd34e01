// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using Syncline::Test::TestSqlite;

namespace {

// What one synclinectl process did.
struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For QVERIFY2: everything the process said.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
    QJsonObject jsonLine() const
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
    }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};

// Every row of `sql` in the SQLite file at `path`, read with a plain connection of its own.
QList<QVariantList> queryRows(const QString& path, const QString& sql)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("tst_synclinectl_%1").arg(++counter);
    QList<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qWarning() << path << db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning() << sql << query.lastError().text();
            while (query.next()) {
                QVariantList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i));
                rows.append(row);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QVariant queryValue(const QString& path, const QString& sql)
{
    const QList<QVariantList> rows = queryRows(path, sql);
    return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject sqliteEndpoint(const QString& name, const QString& path)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("kind"), QStringLiteral("sqlite") },
        { QStringLiteral("url"), QString(QStringLiteral("sqlite://") + path) } };
}

} // namespace

// Drives the built synclinectl through QProcess against SQLite workspaces and endpoints in a
// temporary directory, and checks the targets with plain SQL.
class TestSynclinectl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void missingWorkspace();

    void initCreatesWorkspace();
    void importValidConfig();
    void importFromStdin();
    void importMalformedJson();
    void importUnknownMappingLeavesWorkspaceUnchanged();
    void importPasswordInUrl();
    void exportRoundTrip();

    void endpointListAndTest();
    void unknownEndpoint();

    void runPushesThenFindsNothingToDo();
    void dryRunWritesNothing();
    void runUnknownJob();
    void runRefusedWhileLeaseHeld();
    void runMissingSourceTable();
    void runsJson();

    void demo();

private:
    Outcome ctl(const QStringList& arguments, const QByteArray& input = {});
    // A new, not yet existing workspace file in its own directory.
    QString newWorkspace();
    QString writeFile(const QString& name, const QByteArray& content);
    // src.db with `rows` people, dst.db with an empty people table, in a directory of their
    // own; returns the directory.
    QString createPeople(int rows);
    // Endpoints src/dst, mapping people (no fields: same-name columns), job people-push.
    QJsonObject peopleConfig(
        const QString& dir, const QString& sourceEntity = QStringLiteral("people"));
    // A workspace with peopleConfig() imported; `dir` receives the databases' directory.
    QString workspaceWithPeople(int rows, QString* dir);

    QString m_binary;
    TestSqlite m_sqlite;
    int m_serial = 0;
};

void TestSynclinectl::initTestCase()
{
    QVERIFY(m_sqlite.isValid());
    const QString binaryDir = qEnvironmentVariable("SYNCLINE_BINARY_DIR");
    m_binary = binaryDir.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/cli/synclinectl")
        : binaryDir + QStringLiteral("/src/cli/synclinectl");
    QVERIFY2(
        QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QStringLiteral(" is missing")));
}

Outcome TestSynclinectl::ctl(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SYNCLINE_WORKSPACE"));
    // Keep the default workspace location inside the test's directory.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_sqlite.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.err = process.errorString().toUtf8();
        return outcome;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        outcome.err = "timed out: " + process.readAllStandardError();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QString TestSynclinectl::newWorkspace()
{
    const QString dir = m_sqlite.filePath(QStringLiteral("ws%1").arg(++m_serial));
    QDir().mkpath(dir);
    return dir + QStringLiteral("/workspace.db");
}

QString TestSynclinectl::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_sqlite.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning() << "cannot write" << path;
    return path;
}

QString TestSynclinectl::createPeople(int rows)
{
    const QString dir = QStringLiteral("people%1").arg(++m_serial);
    QDir().mkpath(m_sqlite.filePath(dir));
    QStringList source { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                                        "email TEXT, updated_at TEXT)") };
    const QStringList names { QStringLiteral("Zoë"), QStringLiteral("Jürgen"),
        QStringLiteral("Łukasz"), QStringLiteral("Ana María"), QStringLiteral("O'Brien") };
    for (int id = 1; id <= rows; ++id)
        source.append(
            QStringLiteral("INSERT INTO people VALUES (%1, '%2 %1', %3, '2024-01-%4T10:00:00Z')")
                .arg(id)
                .arg(QString(names[id % names.size()])
                         .replace(QLatin1Char('\''), QStringLiteral("''")))
                .arg(id % 7 == 0 ? QStringLiteral("NULL")
                                 : QStringLiteral("'p%1@example.com'").arg(id))
                .arg(id % 28 + 1, 2, 10, QLatin1Char('0')));
    QString error;
    if (!m_sqlite.create(dir + QStringLiteral("/src.db"), source, &error))
        qWarning() << error;
    if (!m_sqlite.create(dir + QStringLiteral("/dst.db"),
            { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                             "email TEXT, updated_at TEXT)") },
            &error))
        qWarning() << error;
    return m_sqlite.filePath(dir);
}

QJsonObject TestSynclinectl::peopleConfig(const QString& dir, const QString& sourceEntity)
{
    return QJsonObject {
        { QStringLiteral("endpoints"),
            QJsonArray { sqliteEndpoint(QStringLiteral("src"), dir + QStringLiteral("/src.db")),
                sqliteEndpoint(QStringLiteral("dst"), dir + QStringLiteral("/dst.db")) } },
        { QStringLiteral("mappings"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("people") },
                { QStringLiteral("source"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("src") },
                        { QStringLiteral("entity"), sourceEntity } } },
                { QStringLiteral("target"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("dst") },
                        { QStringLiteral("entity"), QStringLiteral("people") } } },
                { QStringLiteral("key"), QJsonArray { QStringLiteral("id") } } } } },
        { QStringLiteral("jobs"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("people-push") },
                { QStringLiteral("mapping"), QStringLiteral("people") },
                { QStringLiteral("direction"), QStringLiteral("push") },
                { QStringLiteral("mode"), QStringLiteral("incremental") },
                { QStringLiteral("detect"), QStringLiteral("hash") },
                { QStringLiteral("batch"), 10 } } } },
    };
}

QString TestSynclinectl::workspaceWithPeople(int rows, QString* dir)
{
    *dir = createPeople(rows);
    const QString workspace = newWorkspace();
    const QString config
        = writeFile(QStringLiteral("people%1.json").arg(++m_serial), json(peopleConfig(*dir)));
    const Outcome imported
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("import"), config });
    if (imported.exitCode != 0)
        qWarning() << imported.describe();
    return workspace;
}

void TestSynclinectl::versionAndHelp()
{
    Outcome o = ctl({ QStringLiteral("--version") });
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.outText().startsWith(QStringLiteral("synclinectl ")), o.describe());

    o = ctl({ QStringLiteral("--help") });
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.outText().contains(QStringLiteral("Usage:")), o.describe());
    QVERIFY(o.outText().contains(QStringLiteral("run JOB")));

    for (const QStringList& arguments :
        { QStringList { QStringLiteral("help"), QStringLiteral("run") },
            QStringList { QStringLiteral("run"), QStringLiteral("--help") } }) {
        o = ctl(arguments);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.outText().contains(QStringLiteral("--dry-run")), o.describe());
    }
    o = ctl({ QStringLiteral("help"), QStringLiteral("endpoint") });
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.outText().contains(QStringLiteral("set-password")), o.describe());
}

void TestSynclinectl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage:");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("unknown global option") << QStringList { QStringLiteral("--bogus"),
        QStringLiteral("init") } << QStringLiteral("--bogus");
    QTest::newRow("unknown command option")
        << QStringList { QStringLiteral("run"), QStringLiteral("--bogus"), QStringLiteral("job") }
        << QStringLiteral("bogus");
    QTest::newRow("missing job") << QStringList { QStringLiteral("run") } << QStringLiteral("JOB");
    QTest::newRow("extra argument") << QStringList { QStringLiteral("run"), QStringLiteral("a"),
        QStringLiteral("b") } << QStringLiteral("'b'");
    QTest::newRow("missing file") << QStringList { QStringLiteral("import") }
                                  << QStringLiteral("FILE");
    QTest::newRow("missing option value") << QStringList { QStringLiteral("runs"),
        QStringLiteral("--limit") } << QStringLiteral("limit");
    QTest::newRow("bad limit") << QStringList { QStringLiteral("runs"), QStringLiteral("--limit"),
        QStringLiteral("zero") }
                               << QStringLiteral("zero");
    QTest::newRow("missing sub-command")
        << QStringList { QStringLiteral("endpoint") } << QStringLiteral("list");
    QTest::newRow("unknown sub-command") << QStringList { QStringLiteral("endpoint"),
        QStringLiteral("frob") } << QStringLiteral("'frob'");
    QTest::newRow("missing endpoint name") << QStringList { QStringLiteral("endpoint"),
        QStringLiteral("test") } << QStringLiteral("NAME");
}

void TestSynclinectl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString workspace = newWorkspace();
    const Outcome o = ctl(QStringList { QStringLiteral("--workspace"), workspace } + arguments);
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().contains(message), o.describe());
    if (!arguments.isEmpty()) {
        QVERIFY2(o.errText().startsWith(QStringLiteral("synclinectl: ")), o.describe());
        QCOMPARE(o.errText().trimmed().count(QLatin1Char('\n')), 0);
    }
    QVERIFY(o.out.isEmpty());
    QVERIFY(!QFile::exists(workspace)); // a usage error touches nothing
}

void TestSynclinectl::missingWorkspace()
{
    const QString workspace = newWorkspace();
    for (const QStringList& arguments : { QStringList { QStringLiteral("export") },
             QStringList { QStringLiteral("run"), QStringLiteral("x") },
             QStringList { QStringLiteral("runs") },
             QStringList { QStringLiteral("endpoint"), QStringLiteral("list") } }) {
        const Outcome o = ctl(QStringList { QStringLiteral("--workspace"), workspace } + arguments);
        QVERIFY2(o.exitCode == 2, o.describe());
        QVERIFY2(o.errText().contains(QStringLiteral("no workspace")), o.describe());
    }
    QVERIFY(!QFile::exists(workspace));
}

void TestSynclinectl::initCreatesWorkspace()
{
    const QString workspace = newWorkspace();
    Outcome o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("init") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY(QFile::exists(workspace));
    QVERIFY2(o.outText().contains(QFileInfo(workspace).fileName()), o.describe());

    // Again: migrates nothing, still fine. The environment variable works like --workspace.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SYNCLINE_WORKSPACE"), workspace);
    process.setProcessEnvironment(environment);
    process.start(m_binary, { QStringLiteral("init") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                .contains(QFileInfo(workspace).fileName()));

    // --workspace wins over the environment.
    const QString other = newWorkspace();
    process.start(m_binary, { QStringLiteral("--workspace"), other, QStringLiteral("init") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(other));
}

void TestSynclinectl::importValidConfig()
{
    const QString dir = createPeople(3);
    const QString workspace = newWorkspace();
    const QString config = writeFile(QStringLiteral("valid.json"), json(peopleConfig(dir)));
    const Outcome o
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("import"), config });
    QVERIFY2(o.exitCode == 0, o.describe());

    const Outcome exported
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("export") });
    QVERIFY2(exported.exitCode == 0, exported.describe());
    const QJsonObject stored = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(stored.value(QStringLiteral("endpoints")).toArray().size(), 2);
    QCOMPARE(stored.value(QStringLiteral("mappings")).toArray().size(), 1);
    QCOMPARE(stored.value(QStringLiteral("jobs"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
        QStringLiteral("people-push"));
}

void TestSynclinectl::importFromStdin()
{
    const QString dir = createPeople(1);
    const QString workspace = newWorkspace();
    const Outcome o = ctl(
        { QStringLiteral("--workspace"), workspace, QStringLiteral("import"), QStringLiteral("-") },
        json(peopleConfig(dir)));
    QVERIFY2(o.exitCode == 0, o.describe());
    const Outcome list = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("endpoint"),
        QStringLiteral("list") });
    QVERIFY2(list.exitCode == 0 && list.outText().contains(QStringLiteral("src")), list.describe());
}

void TestSynclinectl::importMalformedJson()
{
    const QString workspace = newWorkspace();
    const QString file = writeFile(
        QStringLiteral("bad.json"), "{\n  \"endpoints\": [\n    { \"name\": \"a\", }\n  ]\n}\n");
    const Outcome o
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("import"), file });
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().startsWith(QStringLiteral("synclinectl: ")), o.describe());
    QVERIFY2(o.errText().contains(QRegularExpression(QStringLiteral("bad\\.json:3:\\d+: "))),
        o.describe());
    QCOMPARE(o.errText().trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(!QFile::exists(workspace));

    const Outcome missing = ctl({ QStringLiteral("--workspace"), workspace,
        QStringLiteral("import"), m_sqlite.filePath(QStringLiteral("nonexistent.json")) });
    QVERIFY2(
        missing.exitCode == 2 && missing.errText().contains(QStringLiteral("nonexistent.json")),
        missing.describe());
}

void TestSynclinectl::importUnknownMappingLeavesWorkspaceUnchanged()
{
    QString dir;
    const QString workspace = workspaceWithPeople(2, &dir);
    const Outcome before
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("export") });
    QVERIFY2(before.exitCode == 0, before.describe());

    QJsonObject config = peopleConfig(dir);
    config.insert(QStringLiteral("jobs"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("orphan") },
            { QStringLiteral("mapping"), QStringLiteral("no-such-mapping") } } });
    // The endpoint change must not be written either: all or nothing.
    QJsonArray endpoints = config.value(QStringLiteral("endpoints")).toArray();
    endpoints.append(sqliteEndpoint(QStringLiteral("extra"), dir + QStringLiteral("/extra.db")));
    config.insert(QStringLiteral("endpoints"), endpoints);
    const QString file = writeFile(QStringLiteral("orphan.json"), json(config));
    const Outcome o
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("import"), file });
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().contains(QStringLiteral("no-such-mapping")), o.describe());

    const Outcome after
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("export") });
    QVERIFY2(after.exitCode == 0, after.describe());
    QCOMPARE(after.out, before.out);
}

void TestSynclinectl::importPasswordInUrl()
{
    QString dir;
    const QString workspace = workspaceWithPeople(1, &dir);
    const Outcome before
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("export") });

    const QJsonObject config { { QStringLiteral("endpoints"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("warehouse") },
            { QStringLiteral("kind"), QStringLiteral("postgresql") },
            { QStringLiteral("url"),
                QStringLiteral("postgresql://alice:s3cr3t@db.example.com/dw") } } } } };
    const QString file = writeFile(QStringLiteral("password.json"), json(config));
    const Outcome o
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("import"), file });
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().contains(QStringLiteral("password")), o.describe());
    QVERIFY2(!o.errText().contains(QStringLiteral("s3cr3t")), o.describe()); // never echo a secret

    const Outcome after
        = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("export") });
    QCOMPARE(after.out, before.out);
    QVERIFY(!after.out.contains("s3cr3t"));
}

void TestSynclinectl::exportRoundTrip()
{
    QString dir;
    const QString first = workspaceWithPeople(1, &dir);
    const QString exportFile = m_sqlite.filePath(QStringLiteral("export%1.json").arg(++m_serial));
    Outcome o = ctl({ QStringLiteral("--workspace"), first, QStringLiteral("export"), exportFile });
    QVERIFY2(o.exitCode == 0, o.describe());
    QFile file(exportFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    const Outcome toStdout
        = ctl({ QStringLiteral("--workspace"), first, QStringLiteral("export") });
    QCOMPARE(toStdout.out, exported);

    const QString second = newWorkspace();
    o = ctl({ QStringLiteral("--workspace"), second, QStringLiteral("import"), exportFile });
    QVERIFY2(o.exitCode == 0, o.describe());
    const Outcome again = ctl({ QStringLiteral("--workspace"), second, QStringLiteral("export") });
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.out, exported);
}

void TestSynclinectl::endpointListAndTest()
{
    QString dir;
    const QString workspace = workspaceWithPeople(2, &dir);
    Outcome o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("endpoint"),
        QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonArray endpoints = o.jsonArray();
    QCOMPARE(endpoints.size(), 2);
    QStringList names;
    for (const QJsonValue& endpoint : endpoints) {
        names.append(endpoint.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(
            endpoint.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("sqlite"));
    }
    names.sort();
    QCOMPARE(names, QStringList({ QStringLiteral("dst"), QStringLiteral("src") }));

    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("endpoint"),
        QStringLiteral("list") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("NAME"))
            && o.outText().contains(QStringLiteral("dst.db")),
        o.describe());

    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("endpoint"),
        QStringLiteral("test"), QStringLiteral("src") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("SQLite")), o.describe());
    QVERIFY2(o.outText().contains(QRegularExpression(QStringLiteral("latency:\\s+\\d+ ms"))),
        o.describe());
    QVERIFY2(
        o.outText().contains(QRegularExpression(QStringLiteral("tables:\\s+1\\n"))), o.describe());
}

void TestSynclinectl::unknownEndpoint()
{
    QString dir;
    const QString workspace = workspaceWithPeople(1, &dir);
    for (const QString& command : { QStringLiteral("test"), QStringLiteral("set-password") }) {
        const Outcome o = ctl({ QStringLiteral("--workspace"), workspace,
                                  QStringLiteral("endpoint"), command, QStringLiteral("nope") },
            "secret\n");
        QVERIFY2(o.exitCode == 2, o.describe());
        QVERIFY2(o.errText().contains(QStringLiteral("unknown endpoint 'nope'")), o.describe());
    }
}

void TestSynclinectl::runPushesThenFindsNothingToDo()
{
    QString dir;
    const QString workspace = workspaceWithPeople(25, &dir);
    const QString source = dir + QStringLiteral("/src.db");
    const QString target = dir + QStringLiteral("/dst.db");
    const QStringList run { QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("people-push"), QStringLiteral("--json") };

    Outcome o = ctl(run);
    QVERIFY2(o.exitCode == 0, o.describe());
    QJsonObject report = o.jsonLine();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(report.value(QStringLiteral("inserted")).toInteger(), 25);
    QCOMPARE(report.value(QStringLiteral("updated")).toInteger(), 0);
    QCOMPARE(report.value(QStringLiteral("deleted")).toInteger(), 0);
    QCOMPARE(o.out.trimmed().count('\n'), 0); // one line

    const QString all
        = QStringLiteral("SELECT id, name, email, updated_at FROM people ORDER BY id");
    QCOMPARE(queryValue(target, QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), 25);
    QCOMPARE(queryRows(target, all), queryRows(source, all));
    QVERIFY(queryValue(target, QStringLiteral("SELECT email FROM people WHERE id = 7")).isNull());

    o = ctl(run);
    QVERIFY2(o.exitCode == 0, o.describe());
    report = o.jsonLine();
    QCOMPARE(report.value(QStringLiteral("inserted")).toInteger(), 0);
    QCOMPARE(report.value(QStringLiteral("updated")).toInteger(), 0);
    QCOMPARE(report.value(QStringLiteral("unchanged")).toInteger(), 25);

    // One of each change, and the human summary.
    QString error;
    QVERIFY2(
        TestSqlite::exec(source,
            { QStringLiteral("UPDATE people SET email = 'new@example.com' WHERE id = 3"),
                QStringLiteral("DELETE FROM people WHERE id = 4"),
                QStringLiteral(
                    "INSERT INTO people VALUES (26, 'Renée 26', NULL, '2024-02-01T00:00:00Z')") },
            &error),
        qPrintable(error));
    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("people-push") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().startsWith(QStringLiteral("people-push: succeeded in ")), o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("inserted 1, updated 1, deleted 1, unchanged 23")),
        o.describe());
    QCOMPARE(queryRows(target, all), queryRows(source, all));
}

void TestSynclinectl::dryRunWritesNothing()
{
    QString dir;
    const QString workspace = workspaceWithPeople(60, &dir);
    const QString target = dir + QStringLiteral("/dst.db");
    const Outcome o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("people-push"), QStringLiteral("--dry-run") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("would insert 60")), o.describe());
    QVERIFY2(o.outText().contains(QRegularExpression(QStringLiteral("\\ninsert\\s+id=1\\n"))),
        o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("... and 10 more")), o.describe());
    QCOMPARE(queryValue(target, QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), 0);

    const Outcome json = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("people-push"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.jsonLine().value(QStringLiteral("dry_run")).toBool(), true);
    QCOMPARE(json.jsonLine().value(QStringLiteral("inserted")).toInteger(), 60);
    QCOMPARE(queryValue(target, QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), 0);
}

void TestSynclinectl::runUnknownJob()
{
    QString dir;
    const QString workspace = workspaceWithPeople(1, &dir);
    const Outcome o = ctl(
        { QStringLiteral("--workspace"), workspace, QStringLiteral("run"), QStringLiteral("x") });
    QVERIFY2(o.exitCode == 2, o.describe());
    QCOMPARE(o.errText().trimmed(), QStringLiteral("synclinectl: unknown job 'x'"));
}

// A run that writes takes the job's lease like a scheduled fire: while another holder has it,
// `run` refuses (exit 1, naming the holder) and writes nothing; a dry run is not refused.
void TestSynclinectl::runRefusedWhileLeaseHeld()
{
    QString dir;
    const QString workspace = workspaceWithPeople(5, &dir);
    const QString target = dir + QStringLiteral("/dst.db");
    const QString holder = QStringLiteral("elsewhere:4242:lease-test");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    queryRows(workspace,
        QStringLiteral("INSERT INTO leases (job, holder, acquired_at, expires_at, heartbeat_at)"
                       " VALUES ('people-push', '%1', '%2', '%3', '%2')")
            .arg(holder, now.toString(Qt::ISODateWithMs),
                now.addSecs(3600).toString(Qt::ISODateWithMs)));
    const QString leaseHolder
        = QStringLiteral("SELECT holder FROM leases WHERE job = 'people-push'");
    QCOMPARE(queryValue(workspace, leaseHolder).toString(), holder);
    const QStringList run { QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("people-push") };

    Outcome o = ctl(run);
    QVERIFY2(o.exitCode == 1, o.describe());
    QVERIFY2(o.errText().startsWith(QStringLiteral("synclinectl: ")), o.describe());
    QVERIFY2(o.errText().contains(holder), o.describe());
    QCOMPARE(queryValue(target, QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), 0);
    QCOMPARE(queryValue(workspace, leaseHolder).toString(), holder); // not taken over

    o = ctl(run + QStringList { QStringLiteral("--dry-run") });
    QVERIFY2(o.exitCode == 0, o.describe());

    // Once the holder lets go the run goes through, and gives the lease back at its end.
    queryRows(workspace, QStringLiteral("DELETE FROM leases"));
    o = ctl(run);
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(queryValue(target, QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), 5);
    QCOMPARE(queryValue(workspace, QStringLiteral("SELECT COUNT(*) FROM leases")).toInt(), 0);
}

void TestSynclinectl::runMissingSourceTable()
{
    const QString dir = createPeople(1);
    const QString workspace = newWorkspace();
    const QString file = writeFile(
        QStringLiteral("ghost.json"), json(peopleConfig(dir, QStringLiteral("no_such_table"))));
    Outcome o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("import"), file });
    QVERIFY2(o.exitCode == 0, o.describe());
    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("people-push") });
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().startsWith(QStringLiteral("synclinectl: ")), o.describe());
    QVERIFY2(o.errText().contains(QStringLiteral("no_such_table")), o.describe());
    QCOMPARE(
        queryValue(dir + QStringLiteral("/dst.db"), QStringLiteral("SELECT COUNT(*) FROM people"))
            .toInt(),
        0);
}

void TestSynclinectl::runsJson()
{
    QString dir;
    const QString workspace = workspaceWithPeople(5, &dir);
    const QStringList run { QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("people-push") };
    QCOMPARE(ctl(run).exitCode, 0);
    QCOMPARE(ctl(run).exitCode, 0);

    Outcome o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("runs"),
        QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonArray runs = o.jsonArray();
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue& value : runs) {
        const QJsonObject run = value.toObject();
        QCOMPARE(run.value(QStringLiteral("job")).toString(), QStringLiteral("people-push"));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    }
    // Newest first.
    QCOMPARE(runs[0].toObject().value(QStringLiteral("unchanged")).toInteger(), 5);
    QCOMPARE(runs[1].toObject().value(QStringLiteral("inserted")).toInteger(), 5);
    QVERIFY(runs[0].toObject().value(QStringLiteral("id")).toInteger()
        > runs[1].toObject().value(QStringLiteral("id")).toInteger());

    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("runs"),
        QStringLiteral("--job"), QStringLiteral("people-push"), QStringLiteral("--limit"),
        QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonArray().size(), 1);

    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("runs") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("INSERTED"))
            && o.outText().contains(QStringLiteral("people-push")),
        o.describe());

    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("runs"),
        QStringLiteral("--job"), QStringLiteral("nope") });
    QVERIFY2(o.exitCode == 2 && o.errText().contains(QStringLiteral("unknown job 'nope'")),
        o.describe());

    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("quarantine"),
        QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonArray().size(), 0);
}

void TestSynclinectl::demo()
{
    const QString workspace = newWorkspace();
    const QString data = m_sqlite.filePath(QStringLiteral("demo%1").arg(++m_serial));
    Outcome o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("demo"),
        QStringLiteral("--data-dir"), data });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QString crm = data + QStringLiteral("/crm.db");
    const QString edge = data + QStringLiteral("/edge.db");
    QCOMPARE(queryValue(crm, QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 4000);
    QCOMPARE(queryValue(crm, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 6000);
    const int nullNotes
        = queryValue(crm, QStringLiteral("SELECT COUNT(*) FROM customers WHERE notes IS NULL"))
              .toInt();
    QVERIFY2(nullNotes > 1000 && nullNotes < 1400, qPrintable(QString::number(nullNotes)));
    QVERIFY(
        queryValue(crm, QStringLiteral("SELECT COUNT(*) FROM customers WHERE notes = ''")).toInt()
        > 0);
    QVERIFY(
        queryValue(crm, QStringLiteral("SELECT COUNT(*) FROM customers WHERE first_name = 'Zoë'"))
            .toInt()
        > 0);
    QCOMPARE(queryValue(crm,
                 QStringLiteral("SELECT COUNT(*) FROM customers WHERE balance NOT GLOB "
                                "'*[0-9].[0-9][0-9]'"))
                 .toInt(),
        0);
    QCOMPARE(queryValue(edge, QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 0);

    // Deterministic: a second demo elsewhere holds the same rows.
    const QString data2 = m_sqlite.filePath(QStringLiteral("demo%1").arg(++m_serial));
    QCOMPARE(ctl({ QStringLiteral("--workspace"), newWorkspace(), QStringLiteral("demo"),
                     QStringLiteral("--data-dir"), data2 })
                 .exitCode,
        0);
    const QString sample
        = QStringLiteral("SELECT * FROM customers WHERE id IN (1, 2000, 4000) ORDER BY id");
    QCOMPARE(queryRows(data2 + QStringLiteral("/crm.db"), sample), queryRows(crm, sample));

    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("customers-push"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonLine().value(QStringLiteral("inserted")).toInteger(), 4000);
    QCOMPARE(queryValue(edge, QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 4000);
    // Compare with the source row by row: the expression and the decimal cast.
    const QList<QVariantList> source = queryRows(crm,
        QStringLiteral("SELECT id, first_name || ' ' || last_name, email, country, balance, status "
                       "FROM customers ORDER BY id"));
    const QList<QVariantList> target = queryRows(edge,
        QStringLiteral(
            "SELECT id, full_name, email, country, balance, status FROM customers ORDER BY id"));
    QCOMPARE(target.size(), source.size());
    for (qsizetype i = 0; i < source.size(); ++i)
        QCOMPARE(target[i], source[i]);

    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
        QStringLiteral("orders-push"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonLine().value(QStringLiteral("inserted")).toInteger(), 6000);

    // The workspace has jobs now: nothing happens.
    o = ctl({ QStringLiteral("--workspace"), workspace, QStringLiteral("demo"),
        QStringLiteral("--data-dir"), data });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("already has jobs")), o.describe());
    QCOMPARE(queryValue(edge, QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 4000);
}

QTEST_GUILESS_MAIN(TestSynclinectl)
#include "tst_synclinectl.moc"
