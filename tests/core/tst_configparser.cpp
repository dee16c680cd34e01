// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/configparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Syncline;

class tst_ConfigParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedExample();
    void roundTrips();
    void errorsNameFileAndPath_data();
    void errorsNameFileAndPath();
    void malformedJsonNamesLineAndColumn();
    void referencesAreChecked();
    void parsesFiltersRulesAndLookups();
    void filtersRulesAndLookupsRoundTrip();
    void lookupAndRuleEndpointsAreChecked();
};

namespace {

const QByteArray example = R"json({"endpoints": [{"name": "crm", "kind": "postgresql",
                "url": "postgresql://user@127.0.0.1:5432/crm", "password_env": "CRM_PW"},
               {"name": "edge", "kind": "sqlite", "url": "sqlite:///var/lib/edge.db"}],
 "mappings": [{"name": "customers",
               "source": {"endpoint": "crm", "entity": "public.customers"},
               "target": {"endpoint": "edge", "entity": "customers"},
               "key": ["id"],
               "fields": [{"target": "id", "source": "id"},
                          {"target": "amount", "source": "amount", "type": "decimal(18,4)"},
                          {"target": "full_name", "expr": "row.first + ' ' + row.last"}]}],
 "jobs": [{"name": "customers-push", "mapping": "customers", "direction": "push",
           "mode": "incremental", "detect": "hash", "conflicts": "source-wins",
           "deletes": "propagate", "batch": 5000}]})json";

// A mapping with a row filter, validation rules and a lookup field.
const QByteArray extended
    = R"json({"endpoints": [{"name": "crm", "kind": "sqlite", "url": "sqlite:crm.db"},
               {"name": "edge", "kind": "sqlite", "url": "sqlite:edge.db"}],
 "mappings": [{"name": "people",
               "source": {"endpoint": "crm", "entity": "people"},
               "target": {"endpoint": "edge", "entity": "people"},
               "key": ["id"],
               "fields": [{"target": "id", "source": "id"},
                          {"target": "country_name", "source": "country",
                           "lookup": {"endpoint": "crm", "entity": "countries",
                                      "key": "code", "value": "name"}}],
               "filter": "row.active && row.country != 'XX'",
               "rules": [{"field": "email", "required": true, "regex": "^[^@]+@[^@]+$"},
                         {"field": "age", "type": "integer", "min": 18, "max": 130},
                         {"field": "since", "min": "2000-01-01"},
                         {"field": "country_name",
                          "references": {"endpoint": "crm", "entity": "countries",
                                         "column": "name"}}]}]})json";

// A one-field mapping with more keys, or with a second field.
QByteArray withKeys(const char* keys)
{
    return QByteArray(R"({"mappings":[{"name":"m","source":{"endpoint":"a","entity":"t"},)"
                      R"("target":{"endpoint":"a","entity":"t"},"key":["id"],)"
                      R"("fields":[{"target":"id","source":"id"}],)")
        + keys + "}]}";
}

QByteArray withField(const char* field)
{
    return QByteArray(R"({"mappings":[{"name":"m","source":{"endpoint":"a","entity":"t"},)"
                      R"("target":{"endpoint":"a","entity":"t"},"key":["id"],)"
                      R"("fields":[{"target":"id","source":"id"},)")
        + field + "]}]}";
}

} // namespace

void tst_ConfigParser::parsesTheDocumentedExample()
{
    const auto config = ConfigParser::parse(example, QStringLiteral("example.json"));
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QCOMPARE(config->endpoints.size(), 2);
    QCOMPARE(config->endpoints[0].passwordEnv, QStringLiteral("CRM_PW"));
    QCOMPARE(config->mappings[0].fields.size(), 3);
    QCOMPARE(config->mappings[0].fields[1].kind, FieldMapping::Kind::Cast);
    QCOMPARE(config->mappings[0].fields[2].kind, FieldMapping::Kind::Expression);
    QCOMPARE(config->jobs[0].batch, 5000);
    QCOMPARE(config->jobs[0].mode, JobConfig::Mode::Incremental);
    QVERIFY(config->checkReferences().ok());
}

void tst_ConfigParser::roundTrips()
{
    const auto config = ConfigParser::parse(example, QStringLiteral("example.json"));
    QVERIFY(config.ok());
    const QByteArray written = QJsonDocument(ConfigParser::toJson(*config)).toJson();
    const auto again = ConfigParser::parse(written, QStringLiteral("written.json"));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(*again, *config);
}

void tst_ConfigParser::errorsNameFileAndPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown kind") << QByteArray(
        R"json({"endpoints":[{"name":"a","kind":"oracle","url":"x"}]})json")
                                  << "f.json: $.endpoints[0].kind: unknown endpoint kind 'oracle'";
    QTest::newRow("password in url") << QByteArray(
        R"json({"endpoints":[{"name":"a","kind":"postgresql","url":"postgresql://u:secret@h/db"}]})json")
                                     << "f.json: $.endpoints[0].url: contains a password";
    QTest::newRow("password key") << QByteArray(
        R"json({"endpoints":[{"name":"a","kind":"sqlite","url":"sqlite:a.db","password":"x"}]})json")
                                  << "f.json: $.endpoints[0].password: passwords are never stored";
    QTest::newRow("bad mode") << QByteArray(
        R"json({"jobs":[{"name":"j","mapping":"m","mode":"sometimes"}]})json")
                              << "f.json: $.jobs[0].mode: unknown value 'sometimes'";
    QTest::newRow("bad type") << QByteArray(
        R"json({"mappings":[{"name":"m","source":{"endpoint":"a","entity":"t"},"target":{"endpoint":"a","entity":"t"},"key":["id"],"fields":[{"target":"id","source":"id","type":"decimel(1,2)"}]}]})json")
                              << "f.json: $.mappings[0].fields[0].type: unknown type "
                                 "'decimel(1,2)'";
    QTest::newRow("typo key") << QByteArray(
        R"json({"jobs":[{"name":"j","mapping":"m","detetc":"hash"}]})json")
                              << "f.json: $.jobs[0].detetc: unknown key";
    QTest::newRow("duplicate") << QByteArray(
        R"json({"jobs":[{"name":"j","mapping":"m"},{"name":"j","mapping":"m"}]})json")
                               << "f.json: $.jobs[1].name: duplicate name 'j'";
    QTest::newRow("entity policy") << QByteArray(
        R"json({"mappings":[{"name":"m","source":{"endpoint":"a","entity":"t"},"target":{"endpoint":"a","entity":"t"},"key":["id"],"conflicts":"whoever"}]})json")
                                   << "f.json: $.mappings[0].conflicts: unknown value 'whoever'";
    QTest::newRow("batch") << QByteArray(
        R"json({"jobs":[{"name":"j","mapping":"m","batch":0}]})json")
                           << "f.json: $.jobs[0].batch: expected a whole number";
    QTest::newRow("lookup without source") << withField(
        R"({"target":"n","expr":"1","lookup":{"endpoint":"a","entity":"c",)"
        R"("key":"k","value":"v"}})") << "f.json: $.mappings[0].fields[1].lookup: needs \"source\"";
    QTest::newRow("lookup without value") << withField(
        R"({"target":"n","source":"c","lookup":{"endpoint":"a","entity":"c",)"
        R"("key":"k"}})") << "f.json: $.mappings[0].fields[1].lookup.value: is required";
    QTest::newRow("lookup typo") << withField(
        R"({"target":"n","source":"c","lookup":{"endpoint":"a","entity":"c",)"
        R"("key":"k","value":"v","vaule":"w"}})")
                                 << "f.json: $.mappings[0].fields[1].lookup.vaule: unknown key";
    QTest::newRow("filter not text")
        << withKeys(R"("filter":true)") << "f.json: $.mappings[0].filter: expected a string";
    QTest::newRow("rule without field") << withKeys(R"("rules":[{"required":true}])")
                                        << "f.json: $.mappings[0].rules[0].field: is required";
    QTest::newRow("bad regex") << withKeys(R"("rules":[{"field":"e","regex":"(a"}])")
                               << "f.json: $.mappings[0].rules[0].regex: invalid regular";
    QTest::newRow("bad rule type") << withKeys(R"("rules":[{"field":"e","type":"money2"}])")
                                   << "f.json: $.mappings[0].rules[0].type: unknown type";
    QTest::newRow("bound not a number or text")
        << withKeys(R"("rules":[{"field":"e","min":[1]}])")
        << "f.json: $.mappings[0].rules[0].min: expected a number or a string";
    QTest::newRow("rule typo") << withKeys(R"("rules":[{"field":"e","requird":true}])")
                               << "f.json: $.mappings[0].rules[0].requird: unknown key";
    QTest::newRow("references without column")
        << withKeys(R"("rules":[{"field":"e","references":{"endpoint":"a","entity":"c"}}])")
        << "f.json: $.mappings[0].rules[0].references.column: is required";
    QTest::newRow("timestamp needs column")
        << QByteArray(R"json({"jobs":[{"name":"j","mapping":"m","detect":"timestamp"}]})json")
        << "f.json: $.jobs[0].change_column: is required";
}

void tst_ConfigParser::errorsNameFileAndPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto config = ConfigParser::parse(json, QStringLiteral("f.json"));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().kind, ErrorKind::BadInput);
    QVERIFY2(config.error().message.startsWith(expected), qPrintable(config.error().message));
}

void tst_ConfigParser::malformedJsonNamesLineAndColumn()
{
    const auto config
        = ConfigParser::parse("{\n  \"jobs\": [\n    {\"name\": }\n]}", QStringLiteral("bad.json"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.startsWith(QStringLiteral("bad.json:3:")),
        qPrintable(config.error().message));
}

void tst_ConfigParser::referencesAreChecked()
{
    const auto config = ConfigParser::parse(
        R"json({"jobs":[{"name":"j","mapping":"nope"}]})json", QStringLiteral("f.json"));
    QVERIFY(config.ok());
    const Status references = config->checkReferences();
    QVERIFY(!references.ok());
    QVERIFY(references.error().message.contains(QStringLiteral("unknown mapping 'nope'")));
}

void tst_ConfigParser::parsesFiltersRulesAndLookups()
{
    const auto config = ConfigParser::parse(extended, QStringLiteral("extended.json"));
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    const MappingConfig& m = config->mappings.first();
    QCOMPARE(m.filter, QStringLiteral("row.active && row.country != 'XX'"));
    QCOMPARE(m.fields[1].kind, FieldMapping::Kind::Lookup);
    QCOMPARE(m.fields[1].source, QStringLiteral("country"));
    QCOMPARE(m.fields[1].lookup,
        (FieldLookup { QStringLiteral("crm"), QStringLiteral("countries"), QStringLiteral("code"),
            QStringLiteral("name") }));
    QVERIFY(!m.fields[1].isReversible());
    QCOMPARE(m.rules.size(), 4);
    QCOMPARE(m.rules[0].field, QStringLiteral("email"));
    QVERIFY(m.rules[0].required);
    QCOMPARE(m.rules[0].regex, QStringLiteral("^[^@]+@[^@]+$"));
    QVERIFY(m.rules[0].min.isUndefined());
    QVERIFY(m.rules[0].references.isEmpty());
    QCOMPARE(m.rules[1].type, QStringLiteral("integer"));
    QCOMPARE(m.rules[1].min, QJsonValue(18));
    QCOMPARE(m.rules[1].max, QJsonValue(130));
    QVERIFY(!m.rules[1].required);
    QCOMPARE(m.rules[2].min, QJsonValue(QStringLiteral("2000-01-01")));
    QCOMPARE(m.rules[3].references,
        (ColumnRef { QStringLiteral("crm"), QStringLiteral("countries"), QStringLiteral("name") }));
    QVERIFY(config->checkReferences().ok());

    // Configs without the new keys parse as before: no filter, no rules.
    const auto plain = ConfigParser::parse(example, QStringLiteral("example.json"));
    QVERIFY(plain.ok());
    QVERIFY(plain->mappings[0].filter.isEmpty());
    QVERIFY(plain->mappings[0].rules.isEmpty());
    const QJsonObject written = ConfigParser::toJson(plain->mappings[0]);
    QVERIFY(!written.contains(QStringLiteral("filter")));
    QVERIFY(!written.contains(QStringLiteral("rules")));
}

void tst_ConfigParser::filtersRulesAndLookupsRoundTrip()
{
    const auto config = ConfigParser::parse(extended, QStringLiteral("extended.json"));
    QVERIFY(config.ok());
    const QByteArray written = QJsonDocument(ConfigParser::toJson(*config)).toJson();
    const auto again = ConfigParser::parse(written, QStringLiteral("written.json"));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(*again, *config);
    // Unset checks are left out, not written as defaults.
    const QJsonObject rule = ConfigParser::toJson(config->mappings[0])
                                 .value(QStringLiteral("rules"))
                                 .toArray()
                                 .at(2)
                                 .toObject();
    QCOMPARE(rule.keys(), QStringList({ QStringLiteral("field"), QStringLiteral("min") }));
}

void tst_ConfigParser::lookupAndRuleEndpointsAreChecked()
{
    QByteArray json = extended;
    json.replace(
        R"json("lookup": {"endpoint": "crm")json", R"json("lookup": {"endpoint": "nowhere")json");
    auto config = ConfigParser::parse(json, QStringLiteral("f.json"));
    QVERIFY(config.ok());
    Status references = config->checkReferences();
    QVERIFY(!references.ok());
    QVERIFY2(references.error().message.contains(QStringLiteral(
                 "field 'country_name': lookup.endpoint: unknown endpoint 'nowhere'")),
        qPrintable(references.error().message));

    json = extended;
    json.replace(R"json("references": {"endpoint": "crm")json",
        R"json("references": {"endpoint": "elsewhere")json");
    config = ConfigParser::parse(json, QStringLiteral("f.json"));
    QVERIFY(config.ok());
    references = config->checkReferences();
    QVERIFY(!references.ok());
    QVERIFY2(references.error().message.contains(QStringLiteral("unknown endpoint 'elsewhere'")),
        qPrintable(references.error().message));
}

QTEST_GUILESS_MAIN(tst_ConfigParser)
#include "tst_configparser.moc"
