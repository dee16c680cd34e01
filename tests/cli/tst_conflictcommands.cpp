// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/conflictrepository.h"
#include "store/workspace.h"
#include "testsqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Syncline;
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
    QJsonObject jsonObject() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
    QJsonObject jsonLine() const
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
    }
    // The output line that contains `text`, or an empty string.
    QString lineWith(const QString& text) const
    {
        for (const QString& line : outText().split(QLatin1Char('\n'))) {
            if (line.contains(text))
                return line;
        }
        return QString();
    }
};

// Every row of `sql` in the SQLite file at `path`, read with a plain connection of its own.
QList<QVariantList> queryRows(const QString& path, const QString& sql)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("tst_conflictcommands_%1").arg(++counter);
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

QJsonObject sqliteEndpoint(const QString& name, const QString& path)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("kind"), QStringLiteral("sqlite") },
        { QStringLiteral("url"), QString(QStringLiteral("sqlite://") + path) } };
}

QJsonObject person(int id, const QJsonValue& name, const QJsonValue& email)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("email"), email } };
}

// A pending update/update conflict on "name" of people row `id`.
ConflictRecord nameConflict(const QString& job, int id)
{
    ConflictRecord conflict;
    conflict.job = job;
    conflict.entity = QStringLiteral("people -> people");
    conflict.key = QByteArray("\x01") + QByteArray::number(id);
    conflict.keyText = QStringLiteral("id=%1").arg(id);
    conflict.kind = ConflictRecord::Kind::UpdateUpdate;
    conflict.fields = { QStringLiteral("name") };
    conflict.base = person(id, QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    conflict.source = person(id, QStringLiteral("Anna"), QStringLiteral("ann@example.com"));
    conflict.target = person(id, QStringLiteral("Annie"), QStringLiteral("ann@example.com"));
    return conflict;
}

} // namespace

// Drives the built synclinectl's `conflicts` and `audit` commands through QProcess. The queue
// is seeded through ConflictRepository for listing and showing; resolving runs a real two-way
// job between two SQLite databases and checks both with plain SQL.
class TestConflictCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listEmptyAndUnknownJob();
    void listSeeded();
    void listPagesThroughALongQueue();
    void showSideBySide();
    void showJsonAndDeletedSide();
    void showErrors();
    void resolveBadInput_data();
    void resolveBadInput();
    void auditAfterImport();
    void resolveTwoWayConflicts();
    void snoozeAndBulkForms();

private:
    Outcome ctl(const QStringList& arguments);
    // An initialized workspace in a directory of its own; returns its file.
    QString newWorkspace();
    // Seeds `conflicts` into the workspace (with its own connection, closed on return).
    QList<qint64> seed(const QString& workspace, const QList<ConflictRecord>& conflicts);

    QString m_binary;
    TestSqlite m_sqlite;
    int m_serial = 0;
};

void TestConflictCommands::initTestCase()
{
    QVERIFY(m_sqlite.isValid());
    const QString binaryDir = qEnvironmentVariable("SYNCLINE_BINARY_DIR");
    m_binary = binaryDir.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/cli/synclinectl")
        : binaryDir + QStringLiteral("/src/cli/synclinectl");
    QVERIFY2(
        QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QStringLiteral(" is missing")));
}

Outcome TestConflictCommands::ctl(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SYNCLINE_WORKSPACE"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_sqlite.filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("USER"), QStringLiteral("tester")); // the audit's actor
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.err = process.errorString().toUtf8();
        return outcome;
    }
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

QString TestConflictCommands::newWorkspace()
{
    const QString dir = m_sqlite.filePath(QStringLiteral("ws%1").arg(++m_serial));
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/workspace.db");
    const Outcome init = ctl({ QStringLiteral("--workspace"), file, QStringLiteral("init") });
    if (init.exitCode != 0)
        qWarning() << init.describe();
    return file;
}

QList<qint64> TestConflictCommands::seed(
    const QString& workspace, const QList<ConflictRecord>& conflicts)
{
    QList<qint64> ids;
    auto opened = Workspace::open(workspace);
    if (!opened) {
        qWarning() << opened.error().message;
        return ids;
    }
    ConflictRepository repository(**opened);
    const Status seeded = (*opened)->transaction([&]() -> Status {
        for (const ConflictRecord& conflict : conflicts) {
            auto id = repository.upsertPending(conflict);
            if (!id)
                return id.error();
            ids.append(*id);
        }
        return {};
    });
    if (!seeded)
        qWarning() << seeded.error().message;
    return ids;
}

void TestConflictCommands::listEmptyAndUnknownJob()
{
    const QString workspace = newWorkspace();
    Outcome o = ctl(
        { QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.outText().trimmed().count(QLatin1Char('\n')), 0); // the header only
    QVERIFY2(o.outText().contains(QStringLiteral("FIELDS")), o.describe());

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.out, QByteArray("[\n]\n")); // as QJsonDocument writes an empty array
    QVERIFY(QJsonDocument::fromJson(o.out).isArray());

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--job"), QStringLiteral("nope") });
    QVERIFY2(o.exitCode == 2, o.describe());
    QCOMPARE(o.errText().trimmed(), QStringLiteral("synclinectl: unknown job 'nope'"));

    // No workspace: the usual error, and none is created.
    const QString missing = m_sqlite.filePath(QStringLiteral("missing/workspace.db"));
    o = ctl({ QStringLiteral("-w"), missing, QStringLiteral("conflicts"), QStringLiteral("list") });
    QVERIFY2(o.exitCode == 2 && o.errText().contains(QStringLiteral("no workspace")), o.describe());
    QVERIFY(!QFile::exists(missing));

    // "conflicts" alone names its sub-commands.
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts") });
    QVERIFY2(o.exitCode == 2 && o.errText().contains(QStringLiteral("resolve")), o.describe());
}

void TestConflictCommands::listSeeded()
{
    const QString workspace = newWorkspace();
    ConflictRecord deleted = nameConflict(QStringLiteral("people-sync"), 3);
    deleted.kind = ConflictRecord::Kind::UpdateDelete;
    deleted.fields = { QStringLiteral("name"), QStringLiteral("email") };
    deleted.target = QJsonValue();
    const QList<qint64> ids = seed(workspace,
        { nameConflict(QStringLiteral("people-sync"), 1),
            nameConflict(QStringLiteral("people-sync"), 2), deleted,
            nameConflict(QStringLiteral("orders-sync"), 1),
            nameConflict(QStringLiteral("people-sync"), 4) });
    QCOMPARE(ids.size(), 5);
    {
        auto opened = Workspace::open(workspace);
        QVERIFY(opened);
        QVERIFY(ConflictRepository(**opened).markResolved(ids[4], {}, QStringLiteral("alice")));
    }

    Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonArray all = o.jsonArray();
    QCOMPARE(all.size(), 4); // the resolved one is not in the queue
    for (int i = 0; i < 4; ++i) {
        const QJsonObject conflict = all[i].toObject();
        QCOMPARE(conflict.value(QStringLiteral("id")).toInteger(), ids[i]); // oldest first
        QCOMPARE(conflict.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    }
    const QJsonObject third = all[2].toObject();
    QCOMPARE(third.value(QStringLiteral("job")).toString(), QStringLiteral("people-sync"));
    QCOMPARE(third.value(QStringLiteral("key")).toString(), QStringLiteral("id=3"));
    QCOMPARE(third.value(QStringLiteral("kind")).toString(), QStringLiteral("update/delete"));
    QCOMPARE(third.value(QStringLiteral("fields")).toArray(),
        QJsonArray({ QStringLiteral("name"), QStringLiteral("email") }));
    QVERIFY(third.value(QStringLiteral("target")).isNull());
    QCOMPARE(third.value(QStringLiteral("source")).toObject(), deleted.source.toObject());
    QVERIFY(!third.value(QStringLiteral("detected_at")).toString().isEmpty());

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--job"), QStringLiteral("orders-sync"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonArray().size(), 1);
    QCOMPARE(o.jsonArray()[0].toObject().value(QStringLiteral("id")).toInteger(), ids[3]);

    // A job whose conflicts were all resolved is known, with an empty queue.
    {
        auto opened = Workspace::open(workspace);
        QVERIFY(opened);
        QVERIFY(ConflictRepository(**opened).markResolved(ids[3], {}, QStringLiteral("alice")));
    }
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--job"), QStringLiteral("orders-sync"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonArray().size(), 0);

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonArray().size(), 2);

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--all"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonArray().size(), 5);
    const QJsonObject newest = o.jsonArray()[0].toObject();
    QCOMPARE(newest.value(QStringLiteral("id")).toInteger(), ids[4]);
    QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(newest.value(QStringLiteral("resolved_by")).toString(), QStringLiteral("alice"));

    // The table: one line per pending conflict with id, job, key, kind, fields and age.
    o = ctl(
        { QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QStringList lines = o.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    for (const QString& header : { QStringLiteral("ID"), QStringLiteral("JOB"),
             QStringLiteral("KEY"), QStringLiteral("KIND"), QStringLiteral("FIELDS"),
             QStringLiteral("DETECTED"), QStringLiteral("AGE") })
        QVERIFY2(lines[0].contains(header), qPrintable(lines[0]));
    const QString line = o.lineWith(QStringLiteral("id=3"));
    QVERIFY2(line.contains(QStringLiteral("people-sync"))
            && line.contains(QStringLiteral("update/delete"))
            && line.contains(QStringLiteral("name, email"))
            && line.trimmed().startsWith(QString::number(ids[2]))
            && line.trimmed().endsWith(QLatin1Char('s')), // age in seconds
        qPrintable(line));

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--limit"), QStringLiteral("0") });
    QVERIFY2(o.exitCode == 2 && o.errText().contains(QStringLiteral("--limit")), o.describe());
}

void TestConflictCommands::listPagesThroughALongQueue()
{
    const QString workspace = newWorkspace();
    QList<ConflictRecord> many;
    for (int id = 1; id <= 2500; ++id)
        many.append(nameConflict(QStringLiteral("people-sync"), id));
    const QList<qint64> ids = seed(workspace, many);
    QCOMPARE(ids.size(), 2500);

    const Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe().left(2000));
    QJsonParseError error;
    const QJsonArray all = QJsonDocument::fromJson(o.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(all.size(), 2500);
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].toObject().value(QStringLiteral("id")).toInteger(), ids[i]);
    // Laid out exactly as QJsonDocument would lay out the whole array.
    QCOMPARE(o.out, QJsonDocument(all).toJson(QJsonDocument::Indented));

    const Outcome limited = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1500") });
    QVERIFY2(limited.exitCode == 0, limited.describe().left(2000));
    QCOMPARE(limited.outText().trimmed().count(QLatin1Char('\n')), 1500);
}

void TestConflictCommands::showSideBySide()
{
    const QString workspace = newWorkspace();
    ConflictRecord conflict = nameConflict(QStringLiteral("people-sync"), 1);
    conflict.fields = { QStringLiteral("name"), QStringLiteral("email") };
    conflict.base = person(1, QStringLiteral("Ann"), QStringLiteral(""));
    conflict.source = person(1, QStringLiteral("Anna"), QJsonValue());
    conflict.target = person(1, QStringLiteral("NULL"), QStringLiteral("a@example.com"));
    conflict.note = QStringLiteral("rule threw: x is not defined");
    const QList<qint64> ids = seed(workspace, { conflict });
    QCOMPARE(ids.size(), 1);

    const Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("show"), QString::number(ids[0]) });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("update/update"))
            && o.outText().contains(QStringLiteral("id=1"))
            && o.outText().contains(QStringLiteral("people-sync"))
            && o.outText().contains(QStringLiteral("rule threw: x is not defined")),
        o.describe());
    const QString header = o.lineWith(QStringLiteral("FIELD"));
    QVERIFY2(header.indexOf(QStringLiteral("BASE")) < header.indexOf(QStringLiteral("SOURCE"))
            && header.indexOf(QStringLiteral("SOURCE")) < header.indexOf(QStringLiteral("TARGET")),
        qPrintable(header));

    // Conflicting fields are marked; NULL and '' are told apart, and the text "NULL" is quoted.
    const auto cells = [&](const QString& field) {
        for (const QString& line : o.outText().split(QLatin1Char('\n'))) {
            QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.value(0) == u"*")
                parts.removeFirst();
            if (parts.value(0) == field)
                return std::pair { line.startsWith(QLatin1Char('*')), parts.mid(1) };
        }
        return std::pair { false, QStringList() };
    };
    const auto [nameMarked, name] = cells(QStringLiteral("name"));
    QVERIFY(nameMarked);
    QCOMPARE(name,
        QStringList({ QStringLiteral("Ann"), QStringLiteral("Anna"), QStringLiteral("'NULL'") }));
    const auto [emailMarked, email] = cells(QStringLiteral("email"));
    QVERIFY(emailMarked);
    QCOMPARE(email,
        QStringList(
            { QStringLiteral("''"), QStringLiteral("NULL"), QStringLiteral("a@example.com") }));
    const auto [idMarked, id] = cells(QStringLiteral("id"));
    QVERIFY(!idMarked);
    QCOMPARE(id, QStringList({ QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1") }));
}

void TestConflictCommands::showJsonAndDeletedSide()
{
    const QString workspace = newWorkspace();
    ConflictRecord conflict = nameConflict(QStringLiteral("people-sync"), 5);
    conflict.kind = ConflictRecord::Kind::UpdateDelete;
    conflict.target = QJsonValue();
    const QList<qint64> ids = seed(workspace, { conflict });
    QCOMPARE(ids.size(), 1);

    Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("show"), QString::number(ids[0]), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonObject json = o.jsonObject();
    QCOMPARE(json.value(QStringLiteral("id")).toInteger(), ids[0]);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("update/delete"));
    QCOMPARE(json.value(QStringLiteral("base")).toObject(), conflict.base.toObject());
    QCOMPARE(json.value(QStringLiteral("source")).toObject(), conflict.source.toObject());
    QVERIFY(json.contains(QStringLiteral("target")));
    QVERIFY(json.value(QStringLiteral("target")).isNull());
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(json.value(QStringLiteral("resolution")).isNull());

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("show"),
        QString::number(ids[0]) });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.lineWith(QStringLiteral("FIELD")).contains(QStringLiteral("TARGET (deleted)")),
        o.describe());
}

void TestConflictCommands::showErrors()
{
    const QString workspace = newWorkspace();
    Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("show"), QStringLiteral("99") });
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().startsWith(QStringLiteral("synclinectl: "))
            && o.errText().contains(QStringLiteral("no conflict with id 99")),
        o.describe());
    QCOMPARE(o.errText().trimmed().count(QLatin1Char('\n')), 0);

    for (const QString& bad :
        { QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-3") }) {
        o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
            QStringLiteral("show"), QStringLiteral("--"), bad });
        QVERIFY2(o.exitCode == 2 && o.errText().contains(QStringLiteral("ID")), o.describe());
        QVERIFY(o.out.isEmpty());
    }
    o = ctl(
        { QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("show") });
    QVERIFY2(o.exitCode == 2 && o.errText().contains(QStringLiteral("ID")), o.describe());
}

void TestConflictCommands::resolveBadInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "conflicts resolve"; PENDING/RESOLVED
    QTest::addColumn<QString>("message");
    QTest::newRow("no --take") << QStringList { QStringLiteral("PENDING") }
                               << QStringLiteral("missing --take");
    QTest::newRow("unknown side") << QStringList { QStringLiteral("PENDING"),
        QStringLiteral("--take"), QStringLiteral("mine") }
                                  << QStringLiteral("'mine'");
    QTest::newRow("--set without merged") << QStringList { QStringLiteral("PENDING"),
        QStringLiteral("--take"), QStringLiteral("source"), QStringLiteral("--set"),
        QStringLiteral("name=X") } << QStringLiteral("--set needs --take merged");
    QTest::newRow("--set without =") << QStringList { QStringLiteral("PENDING"),
        QStringLiteral("--take"), QStringLiteral("merged"), QStringLiteral("--set"),
        QStringLiteral("name") } << QStringLiteral("FIELD=VALUE");
    QTest::newRow("--set twice") << QStringList { QStringLiteral("PENDING"),
        QStringLiteral("--take"), QStringLiteral("merged"), QStringLiteral("--set"),
        QStringLiteral("name=X"), QStringLiteral("--set"), QStringLiteral("name=Y") }
                                 << QStringLiteral("twice");
    QTest::newRow("unknown field")
        << QStringList { QStringLiteral("PENDING"), QStringLiteral("--take"),
               QStringLiteral("merged"), QStringLiteral("--set"), QStringLiteral("nickname=X") }
        << QStringLiteral("no field 'nickname'");
    QTest::newRow("unknown id") << QStringList { QStringLiteral("4242"), QStringLiteral("--take"),
        QStringLiteral("source") }
                                << QStringLiteral("no conflict with id 4242");
    QTest::newRow("bad id") << QStringList { QStringLiteral("x1"), QStringLiteral("--take"),
        QStringLiteral("source") }
                            << QStringLiteral("'x1'");
    QTest::newRow("already resolved") << QStringList { QStringLiteral("RESOLVED"),
        QStringLiteral("--take"), QStringLiteral("target") }
                                      << QStringLiteral("already resolved");
}

void TestConflictCommands::resolveBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString workspace = newWorkspace();
    const QList<qint64> ids = seed(workspace,
        { nameConflict(QStringLiteral("people-sync"), 1),
            nameConflict(QStringLiteral("people-sync"), 2) });
    QCOMPARE(ids.size(), 2);
    {
        auto opened = Workspace::open(workspace);
        QVERIFY(opened);
        QVERIFY(ConflictRepository(**opened).markResolved(ids[1], {}, QStringLiteral("alice")));
    }
    arguments.replaceInStrings(QStringLiteral("PENDING"), QString::number(ids[0]));
    arguments.replaceInStrings(QStringLiteral("RESOLVED"), QString::number(ids[1]));

    const Outcome o = ctl(QStringList { QStringLiteral("-w"), workspace,
                              QStringLiteral("conflicts"), QStringLiteral("resolve") }
        + arguments);
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().startsWith(QStringLiteral("synclinectl: ")), o.describe());
    QVERIFY2(o.errText().contains(message), o.describe());
    QCOMPARE(o.errText().trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(o.out.isEmpty());

    // Nothing changed: the pending one is still pending, nothing audited.
    QCOMPARE(queryValue(workspace,
                 QStringLiteral("SELECT status FROM conflicts WHERE id = %1").arg(ids[0]))
                 .toString(),
        QStringLiteral("pending"));
    QCOMPARE(queryValue(workspace,
                 QStringLiteral("SELECT resolved_by FROM conflicts WHERE id = %1").arg(ids[1]))
                 .toString(),
        QStringLiteral("alice"));
    QCOMPARE(queryValue(workspace,
                 QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'conflict.resolve'"))
                 .toInt(),
        0);
}

void TestConflictCommands::auditAfterImport()
{
    const QString workspace = newWorkspace();
    Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("audit") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.outText().trimmed().count(QLatin1Char('\n')), 0); // the header only

    const QString dir = m_sqlite.filePath(QStringLiteral("audit%1").arg(++m_serial));
    QDir().mkpath(dir);
    const QJsonObject config {
        { QStringLiteral("endpoints"),
            QJsonArray { sqliteEndpoint(QStringLiteral("src"), dir + QStringLiteral("/src.db")),
                sqliteEndpoint(QStringLiteral("dst"), dir + QStringLiteral("/dst.db")) } },
    };
    const QString file = dir + QStringLiteral("/config.json");
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(config).toJson());
    }
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("import"), file });
    QVERIFY2(o.exitCode == 0, o.describe());

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("audit"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonArray entries = o.jsonArray();
    QVERIFY2(entries.size() >= 3, o.describe()); // two endpoints created, one import
    const QJsonObject newest = entries[0].toObject();
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("import"));
    QCOMPARE(newest.value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
    QVERIFY(!newest.value(QStringLiteral("at")).toString().isEmpty());
    const QJsonArray created = newest.value(QStringLiteral("detail"))
                                   .toObject()
                                   .value(QStringLiteral("created"))
                                   .toArray();
    QCOMPARE(created.size(), 2);
    QVERIFY(entries[0].toObject().value(QStringLiteral("id")).toInteger()
        > entries[1].toObject().value(QStringLiteral("id")).toInteger()); // newest first

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("audit"), QStringLiteral("--limit"),
        QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonArray().size(), 1);

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("audit") });
    QVERIFY2(o.exitCode == 0, o.describe());
    for (const QString& header : { QStringLiteral("TIME"), QStringLiteral("ACTOR"),
             QStringLiteral("ACTION"), QStringLiteral("OBJECT"), QStringLiteral("DETAIL") })
        QVERIFY2(o.outText().section(QLatin1Char('\n'), 0, 0).contains(header), o.describe());
    const QString importLine = o.lineWith(QStringLiteral(" import "));
    QVERIFY2(importLine.contains(QStringLiteral("tester"))
            && importLine.contains(QStringLiteral("created=")),
        o.describe());
    const QString endpointLine = o.lineWith(QStringLiteral("endpoint:src"));
    QVERIFY2(endpointLine.contains(QStringLiteral("created")), o.describe());
    for (const QString& line : o.outText().split(QLatin1Char('\n')))
        QVERIFY2(line.size() < 200, qPrintable(line)); // details stay short

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("audit"), QStringLiteral("--limit"),
        QStringLiteral("none") });
    QVERIFY2(o.exitCode == 2 && o.errText().contains(QStringLiteral("'none'")), o.describe());
}

// Needs the two-way engine and ConflictResolver: a real job between two SQLite databases,
// checked with plain SQL on both.
void TestConflictCommands::resolveTwoWayConflicts()
{
    const QString dir = m_sqlite.filePath(QStringLiteral("twoway%1").arg(++m_serial));
    QDir().mkpath(dir);
    const QString sourceDb = dir + QStringLiteral("/src.db");
    const QString targetDb = dir + QStringLiteral("/dst.db");
    QString error;
    QVERIFY2(TestSqlite::exec(sourceDb,
                 { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                                  "email TEXT)"),
                     QStringLiteral("INSERT INTO people VALUES (1, 'Ann', 'ann@example.com'), "
                                    "(2, 'Bob', 'bob@example.com'), (3, 'Cid', NULL)") },
                 &error),
        qPrintable(error));
    // The target refuses one name, so that a resolution can fail there.
    QVERIFY2(TestSqlite::exec(targetDb,
                 { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, "
                                  "name TEXT CHECK (name IS NULL OR name <> 'Forbidden'), "
                                  "email TEXT)") },
                 &error),
        qPrintable(error));

    const QString workspace = newWorkspace();
    const QJsonObject config {
        { QStringLiteral("endpoints"),
            QJsonArray { sqliteEndpoint(QStringLiteral("src"), sourceDb),
                sqliteEndpoint(QStringLiteral("dst"), targetDb) } },
        { QStringLiteral("mappings"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("people") },
                { QStringLiteral("source"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("src") },
                        { QStringLiteral("entity"), QStringLiteral("people") } } },
                { QStringLiteral("target"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("dst") },
                        { QStringLiteral("entity"), QStringLiteral("people") } } },
                { QStringLiteral("key"), QJsonArray { QStringLiteral("id") } } } } },
        { QStringLiteral("jobs"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("people-sync") },
                { QStringLiteral("mapping"), QStringLiteral("people") },
                { QStringLiteral("direction"), QStringLiteral("two-way") },
                { QStringLiteral("mode"), QStringLiteral("incremental") },
                { QStringLiteral("detect"), QStringLiteral("hash") },
                { QStringLiteral("conflicts"), QStringLiteral("manual") } } } },
    };
    const QString file = dir + QStringLiteral("/config.json");
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(config).toJson());
    }
    Outcome o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("import"), file });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QStringList run { QStringLiteral("-w"), workspace, QStringLiteral("run"),
        QStringLiteral("people-sync"), QStringLiteral("--json") };
    o = ctl(run);
    QVERIFY2(o.exitCode == 0, o.describe());
    const QString everything = QStringLiteral("SELECT id, name, email FROM people ORDER BY id");
    QCOMPARE(queryRows(targetDb, everything), queryRows(sourceDb, everything));

    // Both sides change: the same field differently (1, 3: conflicts), different fields (2:
    // merged by the run).
    QVERIFY2(TestSqlite::exec(sourceDb,
                 { QStringLiteral("UPDATE people SET name = 'Anna' WHERE id = 1"),
                     QStringLiteral("UPDATE people SET name = 'Bobby' WHERE id = 2"),
                     QStringLiteral("UPDATE people SET name = 'Cyd' WHERE id = 3") },
                 &error),
        qPrintable(error));
    QVERIFY2(TestSqlite::exec(targetDb,
                 { QStringLiteral("UPDATE people SET name = 'Annie' WHERE id = 1"),
                     QStringLiteral("UPDATE people SET email = 'bob@example.org' WHERE id = 2"),
                     QStringLiteral("UPDATE people SET name = 'Sid' WHERE id = 3") },
                 &error),
        qPrintable(error));
    o = ctl(run);
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonLine().value(QStringLiteral("conflicts")).toInteger(), 2);
    const QList<QVariantList> merged { { 2, QStringLiteral("Bobby"),
        QStringLiteral("bob@example.org") } };
    QCOMPARE(queryRows(sourceDb, QStringLiteral("SELECT id, name, email FROM people WHERE id = 2")),
        merged);
    QCOMPARE(queryRows(targetDb, QStringLiteral("SELECT id, name, email FROM people WHERE id = 2")),
        merged);

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QJsonArray queue = o.jsonArray();
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue[0].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("id=1"));
    QCOMPARE(queue[1].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("id=3"));
    QCOMPARE(queue[0].toObject().value(QStringLiteral("fields")).toArray(),
        QJsonArray { QStringLiteral("name") });
    const QString first
        = QString::number(queue[0].toObject().value(QStringLiteral("id")).toInteger());
    const QString second
        = QString::number(queue[1].toObject().value(QStringLiteral("id")).toInteger());

    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("show"),
        first });
    QVERIFY2(o.exitCode == 0, o.describe());
    const QString nameLine = o.lineWith(QStringLiteral(" name "));
    QVERIFY2(nameLine.startsWith(QLatin1Char('*')) && nameLine.contains(QStringLiteral("Ann "))
            && nameLine.contains(QStringLiteral("Anna"))
            && nameLine.contains(QStringLiteral("Annie")),
        o.describe());

    // Take the source's row.
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("resolve"), first, QStringLiteral("--take"), QStringLiteral("source") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("Anna")), o.describe());
    const QList<QVariantList> anna { { 1, QStringLiteral("Anna"),
        QStringLiteral("ann@example.com") } };
    const QString one = QStringLiteral("SELECT id, name, email FROM people WHERE id = 1");
    QCOMPARE(queryRows(sourceDb, one), anna);
    QCOMPARE(queryRows(targetDb, one), anna);

    // A merged row the target rejects: exit 1, the conflict stays pending, the target as it was.
    const QString three = QStringLiteral("SELECT id, name, email FROM people WHERE id = 3");
    const QList<QVariantList> targetBefore = queryRows(targetDb, three);
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("resolve"), second, QStringLiteral("--take"), QStringLiteral("merged"),
        QStringLiteral("--set"), QStringLiteral("name=Forbidden") });
    QVERIFY2(o.exitCode == 1, o.describe());
    QVERIFY2(o.errText().startsWith(QStringLiteral("synclinectl: ")), o.describe());
    QCOMPARE(o.errText().trimmed().count(QLatin1Char('\n')), 0);
    QCOMPARE(queryRows(targetDb, three), targetBefore);
    QCOMPARE(queryValue(workspace,
                 QStringLiteral("SELECT status FROM conflicts WHERE id = %1").arg(second))
                 .toString(),
        QStringLiteral("pending"));

    // A merged row with a value of our own, and a NULL.
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("resolve"), second, QStringLiteral("--take"), QStringLiteral("merged"),
        QStringLiteral("--set"), QStringLiteral("name=Zed"), QStringLiteral("--set"),
        QStringLiteral("email=NULL"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonObject().value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(
        o.jsonObject().value(QStringLiteral("resolved_by")).toString(), QStringLiteral("tester"));
    const QString threeWithNull
        = QStringLiteral("SELECT id, name, email IS NULL FROM people WHERE id = 3");
    const QList<QVariantList> zed { { 3, QStringLiteral("Zed"), 1 } };
    QCOMPARE(queryRows(sourceDb, threeWithNull), zed);
    QCOMPARE(queryRows(targetDb, threeWithNull), zed);

    // The queue is empty, both resolutions are audited, and resolving again is refused.
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"), QStringLiteral("list"),
        QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0 && o.jsonArray().isEmpty(), o.describe());
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("audit"), QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 0, o.describe());
    int resolutions = 0;
    for (const QJsonValue& entry : o.jsonArray()) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("action")).toString() != u"conflict.resolve")
            continue;
        ++resolutions;
        QCOMPARE(object.value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
    }
    QCOMPARE(resolutions, 2);
    o = ctl({ QStringLiteral("-w"), workspace, QStringLiteral("conflicts"),
        QStringLiteral("resolve"), first, QStringLiteral("--take"), QStringLiteral("target") });
    QVERIFY2(
        o.exitCode == 2 && o.errText().contains(QStringLiteral("already resolved")), o.describe());

    // The next run finds nothing to do: both sides equal, no new conflict.
    o = ctl(run);
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(o.jsonLine().value(QStringLiteral("conflicts")).toInteger(), 0);
    QCOMPARE(o.jsonLine().value(QStringLiteral("inserted")).toInteger()
            + o.jsonLine().value(QStringLiteral("updated")).toInteger()
            + o.jsonLine().value(QStringLiteral("deleted")).toInteger(),
        0);
    QCOMPARE(queryRows(targetDb, everything), queryRows(sourceDb, everything));
    QCOMPARE(queryValue(workspace, QStringLiteral("SELECT COUNT(*) FROM conflicts")).toInt(), 2);
}

void TestConflictCommands::snoozeAndBulkForms()
{
    const QString workspace = newWorkspace();
    const QList<qint64> ids = seed(workspace,
        { nameConflict(QStringLiteral("people-sync"), 1),
            nameConflict(QStringLiteral("people-sync"), 2),
            nameConflict(QStringLiteral("orders-sync"), 3) });
    QCOMPARE(ids.size(), 3);
    const QStringList base { QStringLiteral("-w"), workspace, QStringLiteral("conflicts") };
    const auto pendingListed = [&](const QStringList& extra) {
        const Outcome o
            = ctl(base + QStringList { QStringLiteral("list"), QStringLiteral("--json") } + extra);
        return QJsonDocument::fromJson(o.out).array().size();
    };

    // Snooze one for two days: list leaves it out unless --snoozed.
    Outcome o = ctl(base
        + QStringList { QStringLiteral("snooze"), QString::number(ids[0]),
            QStringLiteral("--until"), QStringLiteral("2d") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QVERIFY2(o.outText().contains(QStringLiteral("Snoozed 1")), o.describe());
    QCOMPARE(pendingListed({}), 3 - 1);
    QCOMPARE(pendingListed({ QStringLiteral("--snoozed") }), 3);
    const QDateTime until = QDateTime::fromString(
        queryValue(workspace,
            QStringLiteral("SELECT snoozed_until FROM conflicts WHERE id = %1").arg(ids[0]))
            .toString(),
        Qt::ISODateWithMs);
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(47 * 3600));
    QCOMPARE(queryValue(workspace,
                 QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'conflict.snooze'"))
                 .toInt(),
        1);
    // --clear brings it back; --all with a filter snoozes the matches.
    o = ctl(base
        + QStringList {
            QStringLiteral("snooze"), QString::number(ids[0]), QStringLiteral("--clear") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(pendingListed({}), 3);
    o = ctl(base
        + QStringList { QStringLiteral("snooze"), QStringLiteral("--all"), QStringLiteral("--job"),
            QStringLiteral("people-sync"), QStringLiteral("--until"),
            QStringLiteral("2099-01-01") });
    QVERIFY2(o.exitCode == 0, o.describe());
    QCOMPARE(pendingListed({}), 1);
    QCOMPARE(pendingListed({ QStringLiteral("--job"), QStringLiteral("orders-sync") }), 1);

    // Usage errors name what is wrong, and change nothing.
    const QList<std::pair<QStringList, QString>> usage {
        { { QStringLiteral("snooze"), QString::number(ids[2]) }, QStringLiteral("--until") },
        { { QStringLiteral("snooze"), QString::number(ids[2]), QStringLiteral("--until"),
              QStringLiteral("yesterday") },
            QStringLiteral("'yesterday'") },
        { { QStringLiteral("resolve"), QStringLiteral("--all") }, QStringLiteral("--take") },
        { { QStringLiteral("resolve"), QStringLiteral("--all"), QStringLiteral("--take"),
              QStringLiteral("merged") },
            QStringLiteral("merged") },
        { { QStringLiteral("resolve"), QString::number(ids[2]), QStringLiteral("--all"),
              QStringLiteral("--take"), QStringLiteral("source") },
            QStringLiteral("not both") },
        { { QStringLiteral("resolve"), QStringLiteral("--all"), QStringLiteral("--rule"),
              QStringLiteral("r"), QStringLiteral("--take"), QStringLiteral("source") },
            QStringLiteral("exclude") },
        { { QStringLiteral("resolve"), QStringLiteral("--all"), QStringLiteral("--kind"),
              QStringLiteral("odd"), QStringLiteral("--take"), QStringLiteral("source") },
            QStringLiteral("--kind") },
    };
    for (const auto& [arguments, message] : usage) {
        o = ctl(base + arguments);
        QVERIFY2(o.exitCode == 2, o.describe());
        QVERIFY2(o.errText().contains(message), o.describe());
    }
    // An unknown rule fails before anything is touched.
    o = ctl(base
        + QStringList { QStringLiteral("resolve"), QStringLiteral("--all"),
            QStringLiteral("--rule"), QStringLiteral("nope") });
    QVERIFY2(o.exitCode == 2, o.describe());
    QVERIFY2(o.errText().contains(QStringLiteral("'nope'")), o.describe());

    // Bulk resolve of a job that is not configured: each conflict fails with the reason and
    // stays pending; the exit status says something failed.
    o = ctl(base
        + QStringList { QStringLiteral("resolve"), QStringLiteral("--all"), QStringLiteral("--job"),
            QStringLiteral("orders-sync"), QStringLiteral("--take"), QStringLiteral("target"),
            QStringLiteral("--json") });
    QVERIFY2(o.exitCode == 1, o.describe());
    const QJsonObject result = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(result.value(QStringLiteral("resolved")).toArray().size(), 0);
    QCOMPARE(result.value(QStringLiteral("failures")).toArray().size(), 1);
    QCOMPARE(result.value(QStringLiteral("failures"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
        ids[2]);
    QCOMPARE(queryValue(workspace,
                 QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE status = 'pending'"))
                 .toInt(),
        3);
}

QTEST_GUILESS_MAIN(TestConflictCommands)
#include "tst_conflictcommands.moc"
