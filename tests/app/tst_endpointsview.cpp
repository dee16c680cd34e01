// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletestsupport.h"
#include "core/configparser.h"
#include "endpoints/endpointform.h"
#include "endpoints/endpointlistmodel.h"
#include "endpoints/endpointsview.h"
#include "endpoints/schemamodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

constexpr int s_taskTimeoutMs = 30000;

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestEndpointsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addEditCloneDeleteRoundTrip();
    void deletingAnEndpointInUseSaysWhy();
    void testConnectionReportsLatency();
    void testConnectionReportsTheDriversError();
    void schemaBrowserListsTablesColumnsAndKeys();
    void postgresqlFormKeepsNoPassword();
    void urlsAreBuiltFromTheFields_data();
    void urlsAreBuiltFromTheFields();

private:
    EndpointsView* view() const { return m_window->endpointsView(); }
    void pressSave();

    TestSqlite m_sqlite;
    QString m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_schemaTester;
};

void TestEndpointsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Syncline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_endpointsview"));
    QSettings().clear();

    QVERIFY(m_sqlite.isValid());
    QString error;
    QStringList source = customerTable(20);
    source.append(QStringLiteral("CREATE TABLE orders (order_id INTEGER PRIMARY KEY, "
                                 "customer_id INTEGER NOT NULL, total NUMERIC(12,2), "
                                 "UNIQUE (customer_id, total))"));
    QVERIFY2(m_sqlite.create(QStringLiteral("source.sqlite"), source, &error), qPrintable(error));
    QVERIFY2(m_sqlite.create(QStringLiteral("target.sqlite"),
                 { QStringLiteral("CREATE TABLE customers ") + s_customerColumns }, &error),
        qPrintable(error));
    for (const char* file : { "archive.sqlite", "archive2.sqlite" }) {
        QVERIFY2(m_sqlite.create(QLatin1String(file),
                     { QStringLiteral("CREATE TABLE t (id "
                                      "INTEGER PRIMARY KEY)") },
                     &error),
            qPrintable(error));
    }
    m_workspace = m_sqlite.filePath(QStringLiteral("workspace.db"));
    WorkspaceConfig config;
    config.endpoints = {
        sqliteEndpoint(QStringLiteral("crm"), m_sqlite.filePath(QStringLiteral("source.sqlite"))),
        sqliteEndpoint(QStringLiteral("edge"), m_sqlite.filePath(QStringLiteral("target.sqlite")))
    };
    config.mappings
        = { customersMapping(QStringLiteral("customers"), QStringLiteral("customers")) };
    const Status imported = importConfig(m_workspace, config);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
}

void TestEndpointsView::init()
{
    m_window = std::make_unique<MainWindow>(m_workspace);
    m_listTester = std::make_unique<QAbstractItemModelTester>(
        view()->endpointModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_schemaTester = std::make_unique<QAbstractItemModelTester>(
        view()->schemaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->isLoaded());
    m_window->showView(MainWindow::View::Endpoints);
    QTRY_VERIFY(view()->endpointModel()->rowOf(QStringLiteral("crm")) >= 0);
    QVERIFY(view()->selectEndpoint(QStringLiteral("crm")));
}

void TestEndpointsView::cleanup()
{
    m_listTester.reset();
    m_schemaTester.reset();
    m_window.reset();
}

void TestEndpointsView::pressSave()
{
    auto* save = child<QPushButton>(view(), "saveButton");
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    QSignalSpy saved(view(), &EndpointsView::saved);
    QSignalSpy failed(view(), &EndpointsView::saveFailed);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() == 1, s_taskTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    // The window reloads the workspace; the list then shows and selects the saved endpoint.
    QTRY_COMPARE(view()->selectedEndpoint(), saved.at(0).at(0).toString());
}

void TestEndpointsView::addEditCloneDeleteRoundTrip()
{
    const QString archive = m_sqlite.filePath(QStringLiteral("archive.sqlite"));
    const QString archive2 = m_sqlite.filePath(QStringLiteral("archive2.sqlite"));
    auto* name = child<QLineEdit>(view(), "nameEdit");
    auto* path = child<QLineEdit>(view(), "pathEdit");
    QVERIFY(name && path);

    // Add: New, a name and a file, Save.
    m_window->findChild<QAction*>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(view()->selectedEndpoint().isEmpty());
    QVERIFY(!name->isReadOnly());
    QTest::keyClicks(name, QStringLiteral("archive"));
    QTest::keyClicks(path, archive);
    pressSave();
    auto stored = storedConfig(m_workspace);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    const EndpointConfig* added = stored->endpoint(QStringLiteral("archive"));
    QVERIFY(added);
    QCOMPARE(added->kind, QStringLiteral("sqlite"));
    QCOMPARE(added->url, QStringLiteral("sqlite://") + archive);
    QVERIFY(name->isReadOnly()); // a stored endpoint keeps its name

    // Edit: another file.
    replaceText(path, archive2);
    QVERIFY(view()->isDirty());
    pressSave();
    stored = storedConfig(m_workspace);
    QVERIFY(stored.ok());
    QCOMPARE(
        stored->endpoint(QStringLiteral("archive"))->url, QStringLiteral("sqlite://") + archive2);

    // Clone: the copy gets a name of its own and is saved under it.
    QTest::mouseClick(child<QToolButton>(view(), "cloneButton"), Qt::LeftButton);
    QCOMPARE(name->text(), QStringLiteral("archive-copy"));
    pressSave();
    stored = storedConfig(m_workspace);
    QVERIFY(stored.ok());
    QVERIFY(stored->endpoint(QStringLiteral("archive-copy")));
    QCOMPARE(stored->endpoint(QStringLiteral("archive-copy"))->url,
        QStringLiteral("sqlite://") + archive2);

    // Delete (Del), after confirming.
    QVERIFY(view()->selectEndpoint(QStringLiteral("archive-copy")));
    QSignalSpy removed(view(), &EndpointsView::removed);
    answerNextMessageBox(QMessageBox::Yes);
    m_window->findChild<QAction*>(QStringLiteral("actionDelete"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, s_taskTimeoutMs);
    stored = storedConfig(m_workspace);
    QVERIFY(stored.ok());
    QVERIFY(!stored->endpoint(QStringLiteral("archive-copy")));
    QVERIFY(stored->endpoint(QStringLiteral("archive")));
    QTRY_COMPARE(view()->endpointModel()->rowOf(QStringLiteral("archive-copy")), -1);
    QCOMPARE(m_window->snapshot().config.endpoints.size(), 3);
}

void TestEndpointsView::deletingAnEndpointInUseSaysWhy()
{
    QSignalSpy failed(view(), &EndpointsView::saveFailed);
    answerNextMessageBox(QMessageBox::Yes);
    view()->deleteSelected(); // crm, the source of mapping customers
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, s_taskTimeoutMs);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("used by mapping 'customers'")), qPrintable(message));
    QCOMPARE(child<QLabel>(view(), "messageLabel")->text(), message);
    auto stored = storedConfig(m_workspace);
    QVERIFY(stored.ok());
    QVERIFY(stored->endpoint(QStringLiteral("crm")));
}

void TestEndpointsView::testConnectionReportsLatency()
{
    QSignalSpy tested(view(), &EndpointsView::connectionTested);
    QTest::mouseClick(child<QPushButton>(view(), "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, s_taskTimeoutMs);
    const auto outcome = tested.at(0).at(0).value<ConnectionTest>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.serverVersion.startsWith(QStringLiteral("SQLite")));
    QVERIFY(outcome.latencyMs >= 0);
    QCOMPARE(outcome.entityCount, 2);
    const QString message = child<QLabel>(view(), "messageLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("Connected to SQLite")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" ms")), qPrintable(message));
}

void TestEndpointsView::testConnectionReportsTheDriversError()
{
    const QString missing = m_sqlite.filePath(QStringLiteral("no-such-file.sqlite"));
    view()->createItem();
    QTest::keyClicks(child<QLineEdit>(view(), "nameEdit"), QStringLiteral("missing"));
    QTest::keyClicks(child<QLineEdit>(view(), "pathEdit"), missing);
    QSignalSpy tested(view(), &EndpointsView::connectionTested);
    QTest::mouseClick(child<QPushButton>(view(), "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, s_taskTimeoutMs);
    const auto outcome = tested.at(0).at(0).value<ConnectionTest>();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("does not exist")), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(missing), qPrintable(outcome.error));
    const QString message = child<QLabel>(view(), "messageLabel")->text();
    QVERIFY2(message.startsWith(QStringLiteral("Connection failed: ")), qPrintable(message));
    // Testing wrote nothing, and QSQLITE did not create the file.
    QVERIFY(!QFile::exists(missing));
    auto stored = storedConfig(m_workspace);
    QVERIFY(stored.ok());
    QVERIFY(!stored->endpoint(QStringLiteral("missing")));
}

void TestEndpointsView::schemaBrowserListsTablesColumnsAndKeys()
{
    SchemaModel* schema = view()->schemaModel();
    QTRY_COMPARE_WITH_TIMEOUT(schema->rowCount(), 2, s_taskTimeoutMs);
    QModelIndex customers;
    QModelIndex orders;
    for (int row = 0; row < schema->rowCount(); ++row) {
        const QModelIndex index = schema->index(row, SchemaModel::Name);
        if (index.data().toString() == u"customers")
            customers = index;
        if (index.data().toString() == u"orders")
            orders = index;
    }
    QVERIFY(customers.isValid() && orders.isValid());
    QCOMPARE(schema->rowCount(customers), 5);
    QCOMPARE(
        schema->index(customers.row(), SchemaModel::Key).data().toString(), QStringLiteral("id"));
    QCOMPARE(
        schema->index(customers.row(), SchemaModel::Rows).data().toString(), QStringLiteral("20"));
    const QModelIndex id = schema->index(0, SchemaModel::Name, customers);
    QCOMPARE(id.data().toString(), QStringLiteral("id"));
    QCOMPARE(id.siblingAtColumn(SchemaModel::Type).data().toString(), QStringLiteral("INTEGER"));
    QCOMPARE(id.siblingAtColumn(SchemaModel::Key).data().toString(), QStringLiteral("primary key"));
    const QModelIndex name = schema->index(1, SchemaModel::Name, customers);
    QCOMPARE(name.siblingAtColumn(SchemaModel::Nullability).data().toString(),
        QStringLiteral("NOT NULL"));
    const QModelIndex total = schema->index(2, SchemaModel::Name, orders);
    QCOMPARE(total.data().toString(), QStringLiteral("total"));
    QCOMPARE(total.siblingAtColumn(SchemaModel::Type).data().toString(),
        QStringLiteral("NUMERIC(12,2)"));
    QCOMPARE(total.siblingAtColumn(SchemaModel::Key).data().toString(), QStringLiteral("unique"));
}

void TestEndpointsView::postgresqlFormKeepsNoPassword()
{
    view()->createItem();
    EndpointForm* form = view()->form();
    auto* kind = child<QComboBox>(form, "kindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("postgresql")));
    QTest::keyClicks(child<QLineEdit>(form, "nameEdit"), QStringLiteral("warehouse"));
    QTest::keyClicks(child<QLineEdit>(form, "hostEdit"), QStringLiteral("db.example.com"));
    child<QSpinBox>(form, "portSpin")->setValue(6543);
    QTest::keyClicks(child<QLineEdit>(form, "databaseEdit"), QStringLiteral("analytics"));
    QTest::keyClicks(child<QLineEdit>(form, "userEdit"), QStringLiteral("sync user"));
    QTest::keyClicks(child<QLineEdit>(form, "parametersEdit"), QStringLiteral("sslmode=require"));
    QTest::keyClicks(child<QLineEdit>(form, "passwordEnvEdit"), QStringLiteral("WAREHOUSE_PW"));
    child<QCheckBox>(form, "keychainCheck")->setChecked(true);
    QVERIFY(child<QPushButton>(form, "setPasswordButton")->isEnabled());
    pressSave();

    auto stored = storedConfig(m_workspace);
    QVERIFY(stored.ok());
    const EndpointConfig* warehouse = stored->endpoint(QStringLiteral("warehouse"));
    QVERIFY(warehouse);
    QCOMPARE(warehouse->kind, QStringLiteral("postgresql"));
    QCOMPARE(warehouse->url,
        QStringLiteral("postgresql://sync%20user@db.example.com:6543/analytics?sslmode=require"));
    QCOMPARE(warehouse->passwordEnv, QStringLiteral("WAREHOUSE_PW"));
    QVERIFY(warehouse->keychain);
    const QJsonObject json = ConfigParser::toJson(*warehouse);
    QVERIFY(!json.contains(QStringLiteral("password")));

    // Shown again, the fields come back from the URL.
    QVERIFY(view()->selectEndpoint(QStringLiteral("crm")));
    QVERIFY(view()->selectEndpoint(QStringLiteral("warehouse")));
    QCOMPARE(child<QLineEdit>(form, "hostEdit")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(child<QSpinBox>(form, "portSpin")->value(), 6543);
    QCOMPARE(child<QLineEdit>(form, "userEdit")->text(), QStringLiteral("sync user"));
    QCOMPARE(child<QLineEdit>(form, "databaseEdit")->text(), QStringLiteral("analytics"));
    QCOMPARE(child<QLineEdit>(form, "parametersEdit")->text(), QStringLiteral("sslmode=require"));
    QCOMPARE(form->endpoint(), *warehouse);

    QSignalSpy removed(view(), &EndpointsView::removed);
    answerNextMessageBox(QMessageBox::Yes);
    view()->deleteSelected();
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, s_taskTimeoutMs);
}

void TestEndpointsView::urlsAreBuiltFromTheFields_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << "db" << 5432 << "crm"
                           << "sync"
                           << ""
                           << "postgresql://sync@db:5432/crm";
    QTest::newRow("no user") << "db" << 5432 << "crm"
                             << ""
                             << ""
                             << "postgresql://db:5432/crm";
    QTest::newRow("ipv6") << "::1" << 5433 << "crm"
                          << "sync"
                          << ""
                          << "postgresql://sync@[::1]:5433/crm";
    QTest::newRow("escaped") << "db" << 5432 << "my db"
                             << "a@b"
                             << "sslmode=verify-full"
                             << "postgresql://a%40b@db:5432/my%20db?sslmode=verify-full";
}

void TestEndpointsView::urlsAreBuiltFromTheFields()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, parameters);
    QFETCH(QString, url);
    QCOMPARE(EndpointForm::postgresqlUrl(host, port, database, user, parameters), url);
    QCOMPARE(EndpointForm::sqliteUrl(QStringLiteral("/var/lib/edge.db")),
        QStringLiteral("sqlite:///var/lib/edge.db"));
    QCOMPARE(EndpointForm::sqliteUrl(QStringLiteral("data/edge.db")),
        QStringLiteral("sqlite:data/edge.db"));
}

QTEST_MAIN(TestEndpointsView)
#include "tst_endpointsview.moc"
