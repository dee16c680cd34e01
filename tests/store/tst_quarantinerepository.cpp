// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcheck.h"
#include "store/quarantinerepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Syncline;
using Syncline::Test::SqlCheck;

namespace {

QuarantinedRow row(qint64 runId, const QString& job, int id, const QString& error)
{
    QuarantinedRow r;
    r.runId = runId;
    r.job = job;
    r.key = QStringLiteral("id=%1").arg(id);
    r.operation = QStringLiteral("upsert");
    r.row = QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QJsonValue() } };
    r.error = error;
    return r;
}

} // namespace

class tst_QuarantineRepository : public QObject
{
    Q_OBJECT

private slots:
    void addAndList();
    void addIsAllOrNothing();
};

void tst_QuarantineRepository::addAndList()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    QVERIFY(workspace);
    RunRepository runs(**workspace);
    QuarantineRepository quarantine(**workspace);
    const qint64 run1 = *runs.begin(QStringLiteral("a"), false);
    const qint64 run2 = *runs.begin(QStringLiteral("a"), false);
    const qint64 run3 = *runs.begin(QStringLiteral("b"), false);

    QuarantinedRow dated
        = row(run1, QStringLiteral("a"), 1, QStringLiteral("NOT NULL constraint failed: t.name"));
    dated.createdAt = QDateTime(QDate(2024, 1, 1), QTime(8, 0, 0, 250), Qt::UTC);
    QVERIFY(quarantine.add({ dated, row(run1, QStringLiteral("a"), 2, QStringLiteral("e2")) }));
    QVERIFY(quarantine.add({ row(run2, QStringLiteral("a"), 3, QStringLiteral("e3")) }));
    QVERIFY(quarantine.add({ row(run3, QStringLiteral("b"), 4, QStringLiteral("e4")) }));
    QVERIFY(quarantine.add({ row(0, QStringLiteral("b"), 5, QStringLiteral("no run")) }));
    QVERIFY(quarantine.add({}));

    auto all = quarantine.list();
    QVERIFY2(all, qPrintable(all.error().message));
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->first().key, QStringLiteral("id=5"));
    QCOMPARE(all->first().runId, 0);
    QCOMPARE(all->last().key, QStringLiteral("id=1"));
    QCOMPARE(all->last().createdAt, dated.createdAt);
    QCOMPARE(all->last().row, dated.row);
    QCOMPARE(all->last().error, dated.error);
    QCOMPARE(all->last().operation, QStringLiteral("upsert"));
    QCOMPARE(all->last().runId, run1);
    QVERIFY(qAbs(all->first().createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    QCOMPARE(quarantine.list(QStringLiteral("a"))->size(), 3);
    QCOMPARE(quarantine.list(QStringLiteral("b"))->size(), 2);
    QCOMPARE(quarantine.list(QString(), run1)->size(), 2);
    QCOMPARE(quarantine.list(QStringLiteral("a"), run2)->size(), 1);
    QCOMPARE(quarantine.list(QStringLiteral("b"), run2)->size(), 0);
    auto limited = quarantine.list(QStringLiteral("a"), 0, 2);
    QCOMPARE(limited->size(), 2);
    QCOMPARE(limited->at(0).key, QStringLiteral("id=3"));

    SqlCheck sql((*workspace)->location());
    QCOMPARE(sql.rows(QStringLiteral("SELECT run_id, key_text, row_json, created_at FROM "
                                     "quarantine ORDER BY id LIMIT 1")),
        QList<QVariantList>(
            { { run1, QStringLiteral("id=1"), QStringLiteral(R"({"id":1,"name":null})"),
                QStringLiteral("2024-01-01T08:00:00.250Z") } }));
    QVERIFY(sql.value(QStringLiteral("SELECT run_id FROM quarantine WHERE key_text = 'id=5'"))
                .isNull());
}

void tst_QuarantineRepository::addIsAllOrNothing()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    QVERIFY(workspace);
    QuarantineRepository quarantine(**workspace);
    const qint64 run = *RunRepository(**workspace).begin(QStringLiteral("a"), false);
    // The second row names a run that does not exist: the foreign key refuses it, and the
    // first row goes too.
    const Status added = quarantine.add({ row(run, QStringLiteral("a"), 1, QStringLiteral("e")),
        row(run + 99, QStringLiteral("a"), 2, QStringLiteral("e")) });
    QVERIFY(!added);
    QVERIFY2(
        added.error().message.contains(QLatin1String("id=2")), qPrintable(added.error().message));
    SqlCheck sql((*workspace)->location());
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM quarantine")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_QuarantineRepository)
#include "tst_quarantinerepository.moc"
