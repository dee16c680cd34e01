// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

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
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

} // namespace

// `synclinectl capture enable|disable|status` as a separate process against SQLite files, the
// database checked with plain SQL.
class TestCaptureCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void help();
    void enableStatusDisable();
    void tableWithoutPrimaryKey();
    void badInput_data();
    void badInput();
    void unreachableServerIsRuntimeFailure();

private:
    Outcome ctl(const QStringList& arguments);
    QStringList column(const QString& sql);
    bool exec(const QStringList& statements);

    QString m_binary;
    TestSqlite m_files;
    QString m_workspace;
    QString m_database;
    int m_serial = 0;
};

void TestCaptureCommand::initTestCase()
{
    QVERIFY(m_files.isValid());
    const QString binaryDir = qEnvironmentVariable("SYNCLINE_BINARY_DIR");
    m_binary = binaryDir.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/cli/synclinectl")
        : binaryDir + QStringLiteral("/src/cli/synclinectl");
    QVERIFY2(
        QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QStringLiteral(" is missing")));
}

// A workspace with endpoints src (a SQLite file with tables people, lines and a view) and far
// (PostgreSQL on a port nobody listens on).
void TestCaptureCommand::init()
{
    const QString dir = m_files.filePath(QStringLiteral("case%1").arg(++m_serial));
    QVERIFY(QDir().mkpath(dir));
    m_database = dir + QStringLiteral("/src.db");
    QString error;
    QVERIFY2(TestSqlite::exec(m_database,
                 { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"),
                     QStringLiteral("CREATE TABLE lines (a TEXT, b INTEGER, note TEXT)"),
                     QStringLiteral("CREATE VIEW people_view AS SELECT * FROM people") },
                 &error),
        qPrintable(error));
    const QJsonObject config { { QStringLiteral("endpoints"),
        QJsonArray {
            QJsonObject { { QStringLiteral("name"), QStringLiteral("src") },
                { QStringLiteral("kind"), QStringLiteral("sqlite") },
                { QStringLiteral("url"), QString(QStringLiteral("sqlite://") + m_database) } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("far") },
                { QStringLiteral("kind"), QStringLiteral("postgresql") },
                { QStringLiteral("url"),
                    QStringLiteral(
                        "postgresql://nobody@127.0.0.1:1/none?connect_timeout=5") } } } } };
    const QString configPath = dir + QStringLiteral("/config.json");
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    m_workspace = dir + QStringLiteral("/workspace.db");
    const Outcome imported
        = ctl({ QStringLiteral("--workspace"), m_workspace, QStringLiteral("import"), configPath });
    QVERIFY2(imported.exitCode == 0, imported.describe());
}

Outcome TestCaptureCommand::ctl(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SYNCLINE_WORKSPACE"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_files.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.err = process.errorString().toUtf8();
        return outcome;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
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

QStringList TestCaptureCommand::column(const QString& sql)
{
    const QString name = QStringLiteral("tst_capturecommand_check");
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_database);
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning() << sql << query.lastError().text();
            while (query.next())
                values.append(query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

bool TestCaptureCommand::exec(const QStringList& statements)
{
    QString error;
    if (!TestSqlite::exec(m_database, statements, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

void TestCaptureCommand::help()
{
    Outcome o = ctl({ QStringLiteral("help"), QStringLiteral("capture") });
    QVERIFY2(o.exitCode == 0, o.describe());
    for (const QString& word : { QStringLiteral("capture enable ENDPOINT ENTITY"),
             QStringLiteral("capture disable"), QStringLiteral("capture status"),
             QStringLiteral("--key COLUMNS"), QStringLiteral("changelog") })
        QVERIFY2(o.outText().contains(word), qPrintable(word + u'\n' + o.outText()));
    o = ctl({ QStringLiteral("--help") });
    QVERIFY2(o.outText().contains(QStringLiteral("capture enable ENDPOINT ENTITY")), o.describe());
}

void TestCaptureCommand::enableStatusDisable()
{
    const QStringList base
        = { QStringLiteral("--workspace"), m_workspace, QStringLiteral("capture") };
    Outcome o = ctl(base
        + QStringList {
            QStringLiteral("status"), QStringLiteral("src"), QStringLiteral("people") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("disabled")), o.describe());

    o = ctl(base
        + QStringList {
            QStringLiteral("enable"), QStringLiteral("src"), QStringLiteral("people") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("key: id")), o.describe());
    QCOMPARE(column(QStringLiteral(
                 "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")),
        QStringList({ QStringLiteral("syncline_capture_people_del"),
            QStringLiteral("syncline_capture_people_ins"),
            QStringLiteral("syncline_capture_people_upd") }));
    // Again: nothing changes, still success.
    o = ctl(base
        + QStringList {
            QStringLiteral("enable"), QStringLiteral("src"), QStringLiteral("people") });
    QVERIFY2(o.exitCode == 0, o.describe());

    QVERIFY(exec({ QStringLiteral("INSERT INTO people VALUES (1, 'Zoë')"),
        QStringLiteral("UPDATE people SET name = 'Zoe' WHERE id = 1") }));
    QCOMPARE(column(QStringLiteral("SELECT key || op FROM syncline_changelog ORDER BY seq")),
        QStringList({ QStringLiteral("[1]I"), QStringLiteral("[1]U") }));
    o = ctl(base
        + QStringList { QStringLiteral("status"), QStringLiteral("src"), QStringLiteral("people"),
            QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonObject status = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(status.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(status.value(QStringLiteral("entity")).toString(), QStringLiteral("people"));
    QCOMPARE(qint64(status.value(QStringLiteral("latestChange")).toDouble()),
        column(QStringLiteral("SELECT max(seq) FROM syncline_changelog")).value(0).toLongLong());
    o = ctl(base
        + QStringList {
            QStringLiteral("status"), QStringLiteral("src"), QStringLiteral("people") });
    QVERIFY2(o.outText().contains(QStringLiteral("enabled")), o.describe());

    o = ctl(base
        + QStringList {
            QStringLiteral("disable"), QStringLiteral("src"), QStringLiteral("people") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY(column(QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE 'syncline%'"))
                .isEmpty());
    QCOMPARE(
        column(QStringLiteral("SELECT name FROM people")), QStringList { QStringLiteral("Zoe") });
}

void TestCaptureCommand::tableWithoutPrimaryKey()
{
    const QStringList base
        = { QStringLiteral("--workspace"), m_workspace, QStringLiteral("capture"),
              QStringLiteral("enable"), QStringLiteral("src"), QStringLiteral("lines") };
    Outcome o = ctl(base);
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().contains(QStringLiteral("no primary key"))
            && o.errText().contains(QStringLiteral("--key")),
        o.describe());
    QVERIFY(
        column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")).isEmpty());

    o = ctl(base + QStringList { QStringLiteral("--key"), QStringLiteral("a, b") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("key: a, b")), o.describe());
    QVERIFY(exec({ QStringLiteral("INSERT INTO lines VALUES ('x', 2, 'n')") }));
    QCOMPARE(column(QStringLiteral("SELECT key FROM syncline_changelog")),
        QStringList { QStringLiteral("[\"x\",2]") });

    // Another key needs a disable first.
    o = ctl(base + QStringList { QStringLiteral("--key"), QStringLiteral("a") });
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().contains(QStringLiteral("disable")), o.describe());
}

void TestCaptureCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown endpoint") << QStringList { QStringLiteral("enable"),
        QStringLiteral("nope"), QStringLiteral("people") }
                                      << QStringLiteral("unknown endpoint 'nope'");
    QTest::newRow("missing table") << QStringList { QStringLiteral("enable"), QStringLiteral("src"),
        QStringLiteral("ghosts") } << QStringLiteral("ghosts");
    QTest::newRow("status of a missing table")
        << QStringList { QStringLiteral("status"), QStringLiteral("src"), QStringLiteral("ghosts") }
        << QStringLiteral("ghosts");
    QTest::newRow("view") << QStringList { QStringLiteral("enable"), QStringLiteral("src"),
        QStringLiteral("people_view"), QStringLiteral("--key"), QStringLiteral("id") }
                          << QStringLiteral("view");
    QTest::newRow("unknown key column") << QStringList { QStringLiteral("enable"),
        QStringLiteral("src"), QStringLiteral("people"), QStringLiteral("--key"),
        QStringLiteral("idx") } << QStringLiteral("'idx'");
    QTest::newRow("empty key") << QStringList { QStringLiteral("enable"), QStringLiteral("src"),
        QStringLiteral("people"), QStringLiteral("--key"), QStringLiteral(",") }
                               << QStringLiteral("--key");
    QTest::newRow("missing entity") << QStringList { QStringLiteral("disable"),
        QStringLiteral("src") } << QStringLiteral("ENTITY");
    QTest::newRow("unknown sub-command")
        << QStringList { QStringLiteral("frob") } << QStringLiteral("'frob'");
}

void TestCaptureCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome o
        = ctl(QStringList { QStringLiteral("--workspace"), m_workspace, QStringLiteral("capture") }
            + arguments);
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().contains(message), o.describe());
    QVERIFY(
        column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")).isEmpty());
}

void TestCaptureCommand::unreachableServerIsRuntimeFailure()
{
    const Outcome o = ctl({ QStringLiteral("--workspace"), m_workspace, QStringLiteral("capture"),
        QStringLiteral("enable"), QStringLiteral("far"), QStringLiteral("people") });
    QVERIFY2(o.exitCode == 1, o.describe());
    QVERIFY2(o.errText().contains(QStringLiteral("far")), o.describe());
}

QTEST_GUILESS_MAIN(TestCaptureCommand)
#include "tst_capturecommand.moc"
