// SPDX-License-Identifier: GPL-3.0-or-later
// What a run measures: per-change latency (capture time to apply time) for change-log jobs,
// per-batch points, and the run's summary, as the workspace stores them.
#include "connectors/connectionfactory.h"
#include "core/configparser.h"
#include "engine/latencyrecorder.h"
#include "engine/syncrun.h"
#include "engine/timeseriescollector.h"
#include "store/configrepository.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Syncline;

class tst_RunMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recorderQuantilesAreClose();
    void recorderStaysSmall();
    void recorderMerges();
    void changelogRunRecordsLatencyAndBatches();

private:
    QVariantList row(const QString& file, const QString& sql);
    bool exec(const QString& file, const QStringList& statements);

    std::unique_ptr<QTemporaryDir> m_dir;
};

bool tst_RunMetrics::exec(const QString& file, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_dir->filePath(file));
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return ok;
}

QVariantList tst_RunMetrics::row(const QString& file, const QString& sql)
{
    QVariantList values;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
        db.setDatabaseName(m_dir->filePath(file));
        db.open();
        QSqlQuery query(db);
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        if (query.next()) {
            for (int i = 0; i < 8; ++i)
                values.append(query.value(i));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
    return values;
}

void tst_RunMetrics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_RunMetrics::cleanup()
{
    m_dir.reset();
}

void tst_RunMetrics::recorderQuantilesAreClose()
{
    // 1..10000 ms shuffled: the true p50 is 5000, p95 9500; the sketch is within 1%.
    QList<double> values;
    for (int i = 1; i <= 10000; ++i)
        values.append(i);
    std::shuffle(values.begin(), values.end(), *QRandomGenerator::global());
    LatencyRecorder recorder;
    for (double v : std::as_const(values))
        recorder.add(v);
    QCOMPARE(recorder.count(), 10000);
    QCOMPARE(recorder.min(), 1.0);
    QCOMPARE(recorder.max(), 10000.0);
    QCOMPARE(recorder.sum(), 10000.0 * 10001 / 2);
    QVERIFY2(qAbs(recorder.quantile(0.5) - 5000) <= 50,
        qPrintable(QString::number(recorder.quantile(0.5))));
    QVERIFY2(qAbs(recorder.quantile(0.95) - 9500) <= 95,
        qPrintable(QString::number(recorder.quantile(0.95))));
    const MetricSummary sample = recorder.sample();
    QVERIFY(sample.min <= sample.p50 && sample.p50 <= sample.p95 && sample.p95 <= sample.max);
    QCOMPARE(LatencyRecorder().quantile(0.5), 0.0);
    QVERIFY(LatencyRecorder().sample().isEmpty());
}

void tst_RunMetrics::recorderStaysSmall()
{
    // A million values over nine orders of magnitude keep a bounded number of bins.
    LatencyRecorder recorder;
    for (int i = 0; i < 1000000; ++i)
        recorder.add(std::pow(10.0, (i % 9000) / 1000.0 - 2));
    QCOMPARE(recorder.count(), 1000000);
    QVERIFY2(recorder.binCount() < 1100, qPrintable(QString::number(recorder.binCount())));
}

void tst_RunMetrics::recorderMerges()
{
    LatencyRecorder low, high, all;
    for (int i = 1; i <= 100; ++i) {
        low.add(i);
        high.add(1000 + i);
        all.add(i);
        all.add(1000 + i);
    }
    low.merge(high);
    QCOMPARE(low.count(), all.count());
    QCOMPARE(low.quantile(0.5), all.quantile(0.5));
    QCOMPARE(low.quantile(0.95), all.quantile(0.95));
    QCOMPARE(low.max(), 1100.0);
    QCOMPARE(low.min(), 1.0);
}

void tst_RunMetrics::changelogRunRecordsLatencyAndBatches()
{
    const QString workspacePath = m_dir->filePath(QStringLiteral("workspace.db"));
    for (const QString& file : { QStringLiteral("a.db"), QStringLiteral("b.db") })
        QVERIFY(exec(
            file, { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)") }));
    const QString json = QStringLiteral(
        R"({"endpoints": [{"name": "a", "kind": "sqlite", "url": "sqlite://%1"},
                          {"name": "b", "kind": "sqlite", "url": "sqlite://%2"}],
            "mappings": [{"name": "m", "source": {"endpoint": "a", "entity": "people"},
                          "target": {"endpoint": "b", "entity": "people"}, "key": ["id"]}],
            "jobs": [{"name": "j", "mapping": "m", "direction": "push", "detect": "changelog",
                      "batch": 50}]})")
                             .arg(m_dir->filePath(QStringLiteral("a.db")),
                                 m_dir->filePath(QStringLiteral("b.db")));
    auto config = ConfigParser::parse(json.toUtf8(), QStringLiteral("test.json"));
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    {
        auto workspace = Workspace::open(workspacePath);
        QVERIFY(workspace);
        QVERIFY(ConfigRepository(**workspace).import(*config, QStringLiteral("test")));
    }
    auto connection = ConnectionFactory::open(config->endpoints.first(), QString());
    QVERIFY(connection);
    QVERIFY((*connection)->enableCapture(QStringLiteral("people"), { QStringLiteral("id") }));
    connection->reset();

    // 200 changes, logged 10 to 59 seconds before the run (so each latency is at least that).
    QStringList inserts;
    for (int i = 1; i <= 200; ++i)
        inserts.append(QStringLiteral("INSERT INTO people VALUES (%1, 'p%1')").arg(i));
    inserts.append(QStringLiteral(
        "UPDATE syncline_changelog SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', "
        "'-' || (10 + seq % 50) || ' seconds')"));
    QVERIFY(exec(QStringLiteral("a.db"), inserts));

    const RunReport report = SyncRun(workspacePath, QStringLiteral("j")).execute();
    QVERIFY2(report.succeeded(), qPrintable(report.error.message));
    QCOMPARE(report.counts.inserted, 200);

    // The run's summary, read with plain SQL.
    const auto metric = [&](const char* name) {
        return row(QStringLiteral("workspace.db"),
            QStringLiteral("SELECT value FROM run_metrics WHERE run_id = %1 AND name = '%2'")
                .arg(report.runId)
                .arg(QLatin1String(name)))
            .value(0, -1.0)
            .toDouble();
    };
    const double samples = metric("latency_samples");
    const double p50 = metric("latency_p50_ms");
    const double p95 = metric("latency_p95_ms");
    const double max = metric("latency_max_ms");
    QCOMPARE(samples, 200.0);
    QVERIFY2(p50 >= 10000 && p50 <= p95 && p95 <= max,
        qPrintable(QStringLiteral("p50 %1 p95 %2 max %3").arg(p50).arg(p95).arg(max)));
    // The injected ages bound the latencies from below; the median age is ~35 s.
    QVERIFY2(p50 >= 30000, qPrintable(QString::number(p50)));
    QVERIFY2(p95 >= 55000, qPrintable(QString::number(p95)));
    QVERIFY2(max >= 59000, qPrintable(QString::number(max)));

    // The time series: latency samples and batches in minute buckets, counts per run.
    const QVariantList latency = row(QStringLiteral("workspace.db"),
        QStringLiteral("SELECT SUM(count), MIN(min), MAX(max), MIN(p50), MAX(p95) FROM "
                       "metric_points WHERE job = 'j' AND metric = 'latency_ms' AND "
                       "resolution = 60"));
    QCOMPARE(latency.value(0).toLongLong(), 200);
    QVERIFY(latency.value(1).toDouble() >= 10000);
    QCOMPARE(latency.value(2).toDouble(), max);
    const QVariantList batches = row(QStringLiteral("workspace.db"),
        QStringLiteral("SELECT SUM(count), SUM(sum) FROM metric_points WHERE job = 'j' AND "
                       "metric = 'batch_rows' AND resolution = 60"));
    QCOMPARE(batches.value(0).toLongLong(), 4);
    QCOMPARE(batches.value(1).toDouble(), 200.0);
    for (const char* name : { "rows_applied", "rows_read" }) {
        const QVariantList applied = row(QStringLiteral("workspace.db"),
            QStringLiteral("SELECT sum, count, run_id FROM metric_points WHERE job = 'j' AND "
                           "metric = '%1' AND resolution = 86400")
                .arg(QLatin1String(name)));
        QCOMPARE(applied.value(0).toDouble(), 200.0);
        QCOMPARE(applied.value(1).toLongLong(), 1);
        QCOMPARE(applied.value(2).toLongLong(), report.runId);
    }
    QCOMPARE(row(QStringLiteral("workspace.db"),
                 QStringLiteral("SELECT sum FROM metric_points WHERE job = 'j' AND "
                                "metric = 'run_failed' AND resolution = 3600"))
                 .value(0)
                 .toDouble(),
        0.0);

    // What the daemon's /metrics adds for the series.
    {
        auto workspace = Workspace::open(workspacePath);
        QVERIFY(workspace);
        const QString text = MetricsExposition::format(
            TimeSeriesCollector::familiesAt(**workspace, QDateTime::currentDateTimeUtc()));
        QVERIFY2(text.contains(QStringLiteral("# TYPE syncline_job_latency_p95_seconds gauge")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("syncline_job_latency_p95_seconds{job=\"j\"} ")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("syncline_job_consecutive_failures{job=\"j\"} 0")));
        QVERIFY(text.contains(QStringLiteral("syncline_metric_points{resolution=\"minute\"}")));
    }

    // A second run with nothing to do measures no latency but still counts as a run.
    const RunReport idle = SyncRun(workspacePath, QStringLiteral("j")).execute();
    QVERIFY(idle.succeeded());
    QCOMPARE(row(QStringLiteral("workspace.db"),
                 QStringLiteral("SELECT SUM(count) FROM metric_points WHERE job = 'j' AND "
                                "metric = 'latency_ms' AND resolution = 3600"))
                 .value(0)
                 .toLongLong(),
        200);
    QCOMPARE(row(QStringLiteral("workspace.db"),
                 QStringLiteral("SELECT count FROM metric_points WHERE job = 'j' AND "
                                "metric = 'run_failed' AND resolution = 86400"))
                 .value(0)
                 .toLongLong(),
        2);
}

QTEST_GUILESS_MAIN(tst_RunMetrics)
#include "tst_runmetrics.moc"
