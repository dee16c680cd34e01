// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/configparser.h"

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
    QTest::newRow("batch") << QByteArray(
        R"json({"jobs":[{"name":"j","mapping":"m","batch":0}]})json")
                           << "f.json: $.jobs[0].batch: expected a whole number";
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

QTEST_GUILESS_MAIN(tst_ConfigParser)
#include "tst_configparser.moc"
