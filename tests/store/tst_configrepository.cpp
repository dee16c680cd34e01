// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/configparser.h"
#include "sqlcheck.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/journalrepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Syncline;
using Syncline::Test::SqlCheck;

namespace {

// Items are listed by name, the order load() returns them in. Single quotes stand for double
// quotes (moc misreads raw string literals holding URLs).
const char* const s_config
    = "{\n"
      "  'endpoints': [\n"
      "    {'name': 'crm', 'kind': 'postgresql', 'url': 'postgresql://sync@db.example:5432/crm',\n"
      "     'password_env': 'CRM_PASSWORD', 'options': {'sslmode': 'require'}},\n"
      "    {'name': 'local', 'kind': 'sqlite', 'url': 'sqlite:///var/lib/syncline/local.db'}\n"
      "  ],\n"
      "  'mappings': [\n"
      "    {'name': 'customers', 'source': {'endpoint': 'crm', 'entity': 'public.customers'},\n"
      "     'target': {'endpoint': 'local', 'entity': 'customers'}, 'key': ['id'],\n"
      "     'fields': [{'target': 'id', 'source': 'id'},\n"
      "                {'target': 'name', 'source': 'full_name'},\n"
      "                {'target': 'balance', 'source': 'balance', 'type': 'decimal(18,2)'},\n"
      "                {'target': 'origin', 'value': 'crm'}]},\n"
      "    {'name': 'orders', 'source': {'endpoint': 'crm', 'entity': 'orders'},\n"
      "     'target': {'endpoint': 'local', 'entity': 'orders'}, 'key': ['id']}\n"
      "  ],\n"
      "  'jobs': [\n"
      "    {'name': 'customers-push', 'mapping': 'customers', 'direction': 'push',\n"
      "     'mode': 'incremental', 'detect': 'timestamp', 'change_column': 'updated_at',\n"
      "     'batch': 1000, 'schedule': {'every': '15m'}},\n"
      "    {'name': 'orders-sync', 'mapping': 'orders', 'direction': 'two-way',\n"
      "     'conflicts': 'manual', 'deletes': 'soft-delete', 'soft_delete_column': 'deleted'}\n"
      "  ]\n"
      "}\n";

WorkspaceConfig sampleConfig()
{
    auto config = ConfigParser::parse(
        QByteArray(s_config).replace('\'', '"'), QStringLiteral("sample.json"));
    if (!config)
        qFatal("sample config: %s", qPrintable(config.error().message));
    return *config;
}

JournalEntry entry(const QByteArray& key, quint64 hash)
{
    return JournalEntry { key, hash, QByteArray() };
}

} // namespace

class tst_ConfigRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyWorkspaceLoadsEmpty();
    void importThenLoadRoundTrips();
    void storesOneJsonDocumentPerItem();
    void importMergesByName();
    void importWithBrokenReferenceChangesNothing();
    void importWithInvalidItemChangesNothing();
    void importAuditsChangedItemsOnly();
    void changedMappingClearsJournalOfItsJobs();
    void jobSwitchingMappingClearsItsJournal();
    void changedChangeDetectionClearsOnlyTheWatermark();
    void saveSingleItems();
    void saveChecksReferences();
    void removeRefusesWhileReferenced();
    void removeJobForgetsJournalAndState();
    void removeUnknownIsAnError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString file() const { return m_workspace->location(); }
};

void tst_ConfigRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace = Workspace::open(m_dir->path());
    QVERIFY2(workspace, qPrintable(workspace.error().message));
    m_workspace = std::move(workspace).value();
}

void tst_ConfigRepository::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void tst_ConfigRepository::emptyWorkspaceLoadsEmpty()
{
    auto loaded = ConfigRepository(*m_workspace).load();
    QVERIFY2(loaded, qPrintable(loaded.error().message));
    QCOMPARE(*loaded, WorkspaceConfig());
}

void tst_ConfigRepository::importThenLoadRoundTrips()
{
    const WorkspaceConfig config = sampleConfig();
    ConfigRepository repository(*m_workspace);
    const Status imported = repository.import(config, QStringLiteral("alice"));
    QVERIFY2(imported, qPrintable(imported.error().message));

    auto loaded = repository.load();
    QVERIFY2(loaded, qPrintable(loaded.error().message));
    QCOMPARE(*loaded, config);
    QCOMPARE(ConfigParser::toJson(*loaded), ConfigParser::toJson(config));

    // Also from a second connection: it is in the file, not in a cache.
    auto other = Workspace::open(file());
    QVERIFY(other);
    auto reloaded = ConfigRepository(**other).load();
    QVERIFY(reloaded);
    QCOMPARE(*reloaded, config);
}

void tst_ConfigRepository::storesOneJsonDocumentPerItem()
{
    const WorkspaceConfig config = sampleConfig();
    QVERIFY(ConfigRepository(*m_workspace).import(config, QStringLiteral("alice")));

    SqlCheck sql(file());
    const auto endpoints
        = sql.rows(QStringLiteral("SELECT name, kind, definition FROM endpoints ORDER BY name"));
    QCOMPARE(endpoints.size(), 2);
    QCOMPARE(endpoints[0][0].toString(), QStringLiteral("crm"));
    QCOMPARE(endpoints[0][1].toString(), QStringLiteral("postgresql"));
    QCOMPARE(QJsonDocument::fromJson(endpoints[0][2].toString().toUtf8()).object(),
        ConfigParser::toJson(config.endpoints[0]));
    const auto jobs = sql.rows(QStringLiteral("SELECT name, mapping, definition, updated_at "
                                              "FROM jobs ORDER BY name"));
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs[1][1].toString(), QStringLiteral("orders"));
    QCOMPARE(QJsonDocument::fromJson(jobs[1][2].toString().toUtf8()).object(),
        ConfigParser::toJson(config.jobs[1]));
    const QDateTime updatedAt = QDateTime::fromString(jobs[1][3].toString(), Qt::ISODateWithMs);
    QVERIFY(updatedAt.isValid());
    QCOMPARE(updatedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM mappings")).toInt(), 2);
}

void tst_ConfigRepository::importMergesByName()
{
    ConfigRepository repository(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));

    WorkspaceConfig update;
    EndpointConfig local = sampleConfig().endpoints[1];
    local.url = QStringLiteral("sqlite:///srv/other.db");
    update.endpoints.append(local);
    JobConfig extra;
    extra.name = QStringLiteral("a-first-job");
    extra.mapping = QStringLiteral("orders");
    update.jobs.append(extra);
    const Status imported = repository.import(update, QStringLiteral("bob"));
    QVERIFY2(imported, qPrintable(imported.error().message));

    auto loaded = repository.load();
    QVERIFY(loaded);
    WorkspaceConfig expected = sampleConfig();
    expected.endpoints[1] = local;
    expected.jobs.prepend(extra);
    QCOMPARE(*loaded, expected);
}

void tst_ConfigRepository::importWithBrokenReferenceChangesNothing()
{
    ConfigRepository repository(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    QVERIFY(JournalRepository(*m_workspace)
                .apply(QStringLiteral("customers-push"), { entry("k1", 1) }, {}));
    SqlCheck sql(file());
    const QString before = sql.dump();

    // Valid new items and changes of existing ones, plus one job naming an unknown mapping.
    WorkspaceConfig bad;
    EndpointConfig newEndpoint;
    newEndpoint.name = QStringLiteral("warehouse");
    newEndpoint.kind = QStringLiteral("sqlite");
    newEndpoint.url = QStringLiteral("sqlite:///srv/warehouse.db");
    bad.endpoints.append(newEndpoint);
    MappingConfig changed = sampleConfig().mappings[0];
    changed.key = { QStringLiteral("name") };
    bad.mappings.append(changed);
    JobConfig good;
    good.name = QStringLiteral("good-job");
    good.mapping = QStringLiteral("orders");
    JobConfig broken;
    broken.name = QStringLiteral("broken-job");
    broken.mapping = QStringLiteral("no-such-mapping");
    bad.jobs = { good, broken };

    const Status imported = repository.import(bad, QStringLiteral("mallory"));
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::BadInput);
    QVERIFY2(imported.error().message.contains(QLatin1String("no-such-mapping"))
            && imported.error().message.contains(QLatin1String("broken-job")),
        qPrintable(imported.error().message));
    QCOMPARE(sql.dump(), before);
    QVERIFY(!m_workspace->inTransaction());

    // The workspace is still usable afterwards.
    QVERIFY(repository.import(
        WorkspaceConfig { { newEndpoint }, {}, {}, {}, {} }, QStringLiteral("bob")));
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM endpoints")).toInt(), 3);
}

void tst_ConfigRepository::importWithInvalidItemChangesNothing()
{
    ConfigRepository repository(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    SqlCheck sql(file());
    const QString before = sql.dump();

    WorkspaceConfig bad = sampleConfig();
    bad.endpoints[0].url = QStringLiteral("postgresql://sync:secret@db.example/crm");
    const Status imported = repository.import(bad, QStringLiteral("mallory"));
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::BadInput);
    QVERIFY2(imported.error().message.contains(QLatin1String("endpoints/crm.url")),
        qPrintable(imported.error().message));
    QCOMPARE(sql.dump(), before);
}

void tst_ConfigRepository::importAuditsChangedItemsOnly()
{
    ConfigRepository repository(*m_workspace);
    AuditRepository audit(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    auto entries = audit.list();
    QVERIFY(entries);
    // 6 items + the summary, newest first.
    QCOMPARE(entries->size(), 7);
    QCOMPARE(entries->first().action, QStringLiteral("import"));
    QCOMPARE(entries->first().detail.value(QStringLiteral("created")).toArray().size(), 6);
    const AuditEntry& crm = (*entries)[6];
    QCOMPARE(crm.action, QStringLiteral("endpoint.import"));
    QCOMPARE(crm.object, QStringLiteral("endpoint:crm"));
    QCOMPARE(crm.actor, QStringLiteral("alice"));
    QVERIFY(crm.detail.value(QStringLiteral("old")).isNull());
    QCOMPARE(crm.detail.value(QStringLiteral("new")).toObject(),
        ConfigParser::toJson(sampleConfig().endpoints[0]));

    // Re-importing the same config writes only the summary.
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    entries = audit.list();
    QCOMPARE(entries->size(), 8);
    QCOMPARE(entries->first().detail.value(QStringLiteral("unchanged")).toArray().size(), 6);

    // A changed job: one entry with old and new.
    WorkspaceConfig update;
    JobConfig job = sampleConfig().jobs[1];
    job.batch = 50;
    update.jobs.append(job);
    QVERIFY(repository.import(update, QStringLiteral("bob")));
    entries = audit.list();
    QCOMPARE(entries->size(), 10);
    const AuditEntry& changed = (*entries)[1];
    QCOMPARE(changed.action, QStringLiteral("job.import"));
    QCOMPARE(changed.object, QStringLiteral("job:orders-sync"));
    QCOMPARE(changed.actor, QStringLiteral("bob"));
    QCOMPARE(changed.detail.value(QStringLiteral("old")).toObject(),
        ConfigParser::toJson(sampleConfig().jobs[1]));
    QCOMPARE(changed.detail.value(QStringLiteral("new")).toObject(), ConfigParser::toJson(job));
    QCOMPARE((*entries)[0].detail.value(QStringLiteral("updated")).toArray(),
        QJsonArray({ QStringLiteral("job:orders-sync") }));
}

void tst_ConfigRepository::changedMappingClearsJournalOfItsJobs()
{
    ConfigRepository repository(*m_workspace);
    JournalRepository journal(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    const QString customers = QStringLiteral("customers-push");
    const QString orders = QStringLiteral("orders-sync");
    QVERIFY(journal.apply(customers, { entry("a", 1), entry("b", 2) }, {}));
    QVERIFY(journal.apply(orders, { entry("a", 1) }, {}));
    QVERIFY(journal.setWatermark(customers, QVariant(qlonglong(42))));
    QVERIFY(journal.setWatermark(orders, QVariant(qlonglong(7))));

    // Same config again: nothing is cleared.
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    QCOMPARE(*journal.count(customers), 2);

    // The customers mapping gets another key: its job's journal and watermark go.
    WorkspaceConfig update;
    MappingConfig mapping = sampleConfig().mappings[0];
    mapping.key = { QStringLiteral("id"), QStringLiteral("name") };
    update.mappings.append(mapping);
    QVERIFY(repository.import(update, QStringLiteral("bob")));

    SqlCheck sql(file());
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM journal WHERE job = ?"), { customers })
                 .toInt(),
        0);
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM job_state WHERE job = ?"), { customers })
            .toInt(),
        0);
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM journal WHERE job = ?"), { orders }).toInt(),
        1);
    QCOMPARE(*journal.watermark(orders), QVariant(qlonglong(7)));
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = "
                                      "'job.journal-reset' AND object = 'job:customers-push'"))
                 .toInt(),
        1);

    // The target endpoint moving to another database clears the journals of both jobs.
    QVERIFY(journal.apply(customers, { entry("a", 1) }, {}));
    EndpointConfig local = sampleConfig().endpoints[1];
    local.url = QStringLiteral("sqlite:///srv/moved.db");
    QVERIFY(repository.saveEndpoint(local, QStringLiteral("bob")));
    QCOMPARE(*journal.count(customers), 0);
    QCOMPARE(*journal.count(orders), 0);
}

void tst_ConfigRepository::jobSwitchingMappingClearsItsJournal()
{
    ConfigRepository repository(*m_workspace);
    JournalRepository journal(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    QVERIFY(journal.apply(QStringLiteral("orders-sync"), { entry("a", 1) }, {}));
    QVERIFY(journal.apply(QStringLiteral("customers-push"), { entry("a", 1) }, {}));

    JobConfig job = sampleConfig().jobs[1];
    job.mapping = QStringLiteral("customers");
    QVERIFY(repository.saveJob(job, QStringLiteral("bob")));
    QCOMPARE(*journal.count(QStringLiteral("orders-sync")), 0);
    QCOMPARE(*journal.count(QStringLiteral("customers-push")), 1);

    // A change that does not touch what the journal describes keeps it.
    QVERIFY(journal.apply(QStringLiteral("orders-sync"), { entry("a", 1) }, {}));
    job.batch = 10;
    QVERIFY(repository.saveJob(job, QStringLiteral("bob")));
    QCOMPARE(*journal.count(QStringLiteral("orders-sync")), 1);
}

void tst_ConfigRepository::changedChangeDetectionClearsOnlyTheWatermark()
{
    ConfigRepository repository(*m_workspace);
    JournalRepository journal(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    const QString job = QStringLiteral("customers-push");
    QVERIFY(journal.apply(job, { entry("a", 1) }, {}));
    QVERIFY(journal.setWatermark(job, QVariant(QStringLiteral("2024-01-01T00:00:00Z"))));

    JobConfig changed = sampleConfig().jobs[0];
    changed.changeColumn = QStringLiteral("modified_at");
    QVERIFY(repository.saveJob(changed, QStringLiteral("bob")));
    QCOMPARE(*journal.count(job), 1);
    QVERIFY(!journal.watermark(job)->isValid());
}

void tst_ConfigRepository::saveSingleItems()
{
    ConfigRepository repository(*m_workspace);
    const WorkspaceConfig config = sampleConfig();
    for (const auto& e : config.endpoints)
        QVERIFY(repository.saveEndpoint(e, QStringLiteral("carol")));
    for (const auto& m : config.mappings)
        QVERIFY(repository.saveMapping(m, QStringLiteral("carol")));
    for (const auto& j : config.jobs)
        QVERIFY(repository.saveJob(j, QStringLiteral("carol")));
    auto loaded = repository.load();
    QVERIFY(loaded);
    QCOMPARE(*loaded, config);

    SqlCheck sql(file());
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM audit WHERE actor = 'carol' AND "
                                      "action LIKE '%.save'"))
                 .toInt(),
        6);
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'import'")).toInt(), 0);
}

void tst_ConfigRepository::saveChecksReferences()
{
    ConfigRepository repository(*m_workspace);
    SqlCheck sql(file());
    const QString before = sql.dump();
    const Status saved
        = repository.saveMapping(sampleConfig().mappings[0], QStringLiteral("carol"));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QLatin1String("unknown endpoint 'crm'")),
        qPrintable(saved.error().message));
    const Status job = repository.saveJob(sampleConfig().jobs[0], QStringLiteral("carol"));
    QVERIFY(!job);
    QCOMPARE(sql.dump(), before);
}

void tst_ConfigRepository::removeRefusesWhileReferenced()
{
    ConfigRepository repository(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    SqlCheck sql(file());
    const QString before = sql.dump();

    const Status endpoint = repository.removeEndpoint(QStringLiteral("crm"), QStringLiteral("bob"));
    QVERIFY(!endpoint);
    QCOMPARE(endpoint.error().kind, ErrorKind::BadInput);
    QVERIFY2(endpoint.error().message.contains(QLatin1String("'customers'"))
            && endpoint.error().message.contains(QLatin1String("'orders'")),
        qPrintable(endpoint.error().message));
    const Status mapping
        = repository.removeMapping(QStringLiteral("orders"), QStringLiteral("bob"));
    QVERIFY(!mapping);
    QVERIFY2(mapping.error().message.contains(QLatin1String("'orders-sync'")),
        qPrintable(mapping.error().message));
    QCOMPARE(sql.dump(), before);

    // Top down it works, each step audited with the old definition.
    QVERIFY(repository.removeJob(QStringLiteral("orders-sync"), QStringLiteral("bob")));
    QVERIFY(repository.removeMapping(QStringLiteral("orders"), QStringLiteral("bob")));
    QVERIFY(!repository.removeEndpoint(QStringLiteral("crm"), QStringLiteral("bob")));
    QVERIFY(repository.removeJob(QStringLiteral("customers-push"), QStringLiteral("bob")));
    QVERIFY(repository.removeMapping(QStringLiteral("customers"), QStringLiteral("bob")));
    QVERIFY(repository.removeEndpoint(QStringLiteral("crm"), QStringLiteral("bob")));
    auto loaded = repository.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->endpoints.size(), 1);
    QVERIFY(loaded->mappings.isEmpty() && loaded->jobs.isEmpty());

    const auto removed = sql.rows(QStringLiteral(
        "SELECT action, object, detail FROM audit WHERE action LIKE '%.remove' ORDER BY id"));
    QCOMPARE(removed.size(), 5);
    QCOMPARE(removed[4][0].toString(), QStringLiteral("endpoint.remove"));
    QCOMPARE(removed[4][1].toString(), QStringLiteral("endpoint:crm"));
    QCOMPARE(QJsonDocument::fromJson(removed[4][2].toString().toUtf8())
                 .object()
                 .value(QStringLiteral("old"))
                 .toObject(),
        ConfigParser::toJson(sampleConfig().endpoints[0]));
}

void tst_ConfigRepository::removeJobForgetsJournalAndState()
{
    ConfigRepository repository(*m_workspace);
    JournalRepository journal(*m_workspace);
    RunRepository runs(*m_workspace);
    QVERIFY(repository.import(sampleConfig(), QStringLiteral("alice")));
    const QString job = QStringLiteral("customers-push");
    QVERIFY(journal.apply(job, { entry("a", 1), entry("b", 2) }, {}));
    QVERIFY(journal.apply(QStringLiteral("orders-sync"), { entry("a", 1) }, {}));
    QVERIFY(journal.setWatermark(job, QVariant(qlonglong(5))));
    QVERIFY(runs.begin(job, false));

    QVERIFY(repository.removeJob(job, QStringLiteral("bob")));
    SqlCheck sql(file());
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE name = ?"), { job }).toInt(), 0);
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM journal WHERE job = ?"), { job }).toInt(),
        0);
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM job_state WHERE job = ?"), { job }).toInt(),
        0);
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM journal")).toInt(), 1);
    // The run history stays.
    QCOMPARE(
        sql.value(QStringLiteral("SELECT COUNT(*) FROM runs WHERE job = ?"), { job }).toInt(), 1);
}

void tst_ConfigRepository::removeUnknownIsAnError()
{
    ConfigRepository repository(*m_workspace);
    for (const Status& s : { repository.removeEndpoint(QStringLiteral("nope"), QString()),
             repository.removeMapping(QStringLiteral("nope"), QString()),
             repository.removeJob(QStringLiteral("nope"), QString()) }) {
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::BadInput);
        QVERIFY2(
            s.error().message.contains(QLatin1String("'nope'")), qPrintable(s.error().message));
    }
    SqlCheck sql(file());
    QCOMPARE(sql.value(QStringLiteral("SELECT COUNT(*) FROM audit")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_ConfigRepository)
#include "tst_configrepository.moc"
