// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcheck.h"
#include "store/auditrepository.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Syncline;
using Syncline::Test::SqlCheck;

class tst_AuditRepository : public QObject
{
    Q_OBJECT

private slots:
    void recordAndList();
    void recordJoinsTheCallersTransaction();
    void currentActor();
};

void tst_AuditRepository::recordAndList()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    QVERIFY(workspace);
    AuditRepository audit(**workspace);
    const QJsonObject detail { { QStringLiteral("old"), QJsonValue() },
        { QStringLiteral("new"), QJsonObject { { QStringLiteral("batch"), 10 } } },
        { QStringLiteral("fields"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } };
    QVERIFY(audit.record(
        QStringLiteral("alice"), QStringLiteral("job.save"), QStringLiteral("job:x"), detail));
    QVERIFY(audit.record(QStringLiteral("bob"), QStringLiteral("conflict.resolve"),
        QStringLiteral("conflict:1"), {}));
    QVERIFY(audit.record(QString(), QStringLiteral("job.remove"), QStringLiteral("job:x"), {}));

    auto entries = audit.list();
    QVERIFY2(entries, qPrintable(entries.error().message));
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).action, QStringLiteral("job.remove"));
    QCOMPARE(entries->at(0).actor, AuditRepository::currentActor()); // empty actor: the OS user
    QCOMPARE(entries->at(1).actor, QStringLiteral("bob"));
    const AuditEntry& first = entries->at(2);
    QCOMPARE(first.actor, QStringLiteral("alice"));
    QCOMPARE(first.object, QStringLiteral("job:x"));
    QCOMPARE(first.detail, detail);
    QCOMPARE(first.at.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(first.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(entries->at(0).id > entries->at(1).id);

    auto limited = audit.list(2);
    QVERIFY(limited);
    QCOMPARE(limited->size(), 2);
    QCOMPARE(limited->at(1).actor, QStringLiteral("bob"));

    SqlCheck sql((*workspace)->location());
    QCOMPARE(sql.value(QStringLiteral("SELECT detail FROM audit WHERE actor = 'alice'")).toString(),
        QStringLiteral(R"({"fields":["a","b"],"new":{"batch":10},"old":null})"));
}

void tst_AuditRepository::recordJoinsTheCallersTransaction()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    QVERIFY(workspace);
    AuditRepository audit(**workspace);
    const Status failed = (*workspace)->transaction([&]() -> Status {
        if (auto s
            = audit.record(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("y"), {});
            !s)
            return s;
        return Error::runtime(QStringLiteral("later step failed"));
    });
    QVERIFY(!failed);
    QVERIFY(audit.list()->isEmpty());
    QVERIFY((*workspace)->transaction([&]() -> Status {
        return audit.record(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("y"), {});
    }));
    QCOMPARE(audit.list()->size(), 1);
}

void tst_AuditRepository::currentActor()
{
    const QByteArray user = qgetenv("USER");
    const QByteArray logname = qgetenv("LOGNAME");
    const QByteArray username = qgetenv("USERNAME");
    qputenv("USER", "alice");
    qputenv("LOGNAME", "bob");
    QCOMPARE(AuditRepository::currentActor(), QStringLiteral("alice"));
    qunsetenv("USER");
    QCOMPARE(AuditRepository::currentActor(), QStringLiteral("bob"));
    qunsetenv("LOGNAME");
    qputenv("USERNAME", "carol");
    QCOMPARE(AuditRepository::currentActor(), QStringLiteral("carol"));
    qunsetenv("USERNAME");
    // With no login environment the account name comes from the system.
    const passwd* account = getpwuid(geteuid());
    QVERIFY(account);
    QCOMPARE(AuditRepository::currentActor(), QString::fromLocal8Bit(account->pw_name));
    const auto restore = [](const char* name, const QByteArray& value) {
        if (!value.isNull())
            qputenv(name, value);
    };
    restore("USER", user);
    restore("LOGNAME", logname);
    restore("USERNAME", username);
}

QTEST_GUILESS_MAIN(tst_AuditRepository)
#include "tst_auditrepository.moc"
