// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletestsupport.h"
#include "engine/syncrun.h"
#include "mainwindow.h"
#include "mappinglist/mappingsview.h"
#include "mappinglist/newmappingdialog.h"
#include "mappings/mappingdesigner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

constexpr int s_rows = 120;
constexpr int s_timeoutMs = 30000;

} // namespace

// Creating a mapping in the console: New (Ctrl+N) in the Mappings view opens the New mapping
// dialog, whose endpoints' tables are read off the GUI thread; OK opens the mapping in the
// designer auto-mapped as one undo step with the key from the source's primary key; Save
// stores it where `synclinectl export` and runs find it, and a job over it copies the rows.
class TestNewMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newMappingIsDesignedSavedAndRuns();
    void dialogValidatesTheName();

private:
    void openDialog(MainWindow& window, NewMappingDialog** dialog);
    static void choose(QComboBox* combo, const QString& data);

    TestSqlite m_sqlite;
    QString m_workspace;
};

void TestNewMapping::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Syncline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_newmapping"));
    QVERIFY(m_sqlite.isValid());
    QString error;
    QVERIFY2(m_sqlite.create(QStringLiteral("crm.sqlite"), customerTable(s_rows), &error),
        qPrintable(error));
    QVERIFY2(m_sqlite.create(QStringLiteral("edge.sqlite"),
                 { QStringLiteral("CREATE TABLE customers %1").arg(s_customerColumns),
                     QStringLiteral("CREATE TABLE clients (client_id INTEGER PRIMARY KEY, "
                                    "name TEXT)") },
                 &error),
        qPrintable(error));
    WorkspaceConfig config;
    config.endpoints = { sqliteEndpoint(QStringLiteral("crm"),
                             m_sqlite.filePath(QStringLiteral("crm.sqlite"))),
        sqliteEndpoint(QStringLiteral("edge"), m_sqlite.filePath(QStringLiteral("edge.sqlite"))) };
    config.mappings = { customersMapping(QStringLiteral("existing"), QStringLiteral("customers")) };
    m_workspace = m_sqlite.filePath(QStringLiteral("workspace.db"));
    const Status imported = importConfig(m_workspace, config);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
}

void TestNewMapping::choose(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

void TestNewMapping::openDialog(MainWindow& window, NewMappingDialog** out)
{
    window.showView(MainWindow::View::Mappings);
    // Ctrl+N is the window's New action; in the Mappings view it opens the dialog.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    NewMappingDialog* dialog = nullptr;
    const auto found = [&] {
        dialog = window.mappingsView()->newMappingDialog();
        return dialog && dialog->isVisible();
    };
    QTRY_VERIFY_WITH_TIMEOUT(found(), s_timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingListings(), 0, s_timeoutMs);
    *out = dialog;
}

void TestNewMapping::newMappingIsDesignedSavedAndRuns()
{
    MainWindow window(m_workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), s_timeoutMs);
    MappingsView* view = window.mappingsView();
    view->designer()->setPreviewEnabled(false);

    NewMappingDialog* dialog = nullptr;
    openDialog(window, &dialog);
    QVERIFY(dialog);
    // The tables were read off the GUI thread, with their row estimates.
    QVERIFY(dialog->sourceEntityCombo()->findData(QStringLiteral("customers")) >= 0);
    QVERIFY(dialog->targetEntityCombo()->findData(QStringLiteral("clients")) >= 0);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(name && buttons);
    QTest::keyClicks(name, QStringLiteral("customers-copy"));
    choose(dialog->sourceEndpointCombo(), QStringLiteral("crm"));
    choose(dialog->sourceEntityCombo(), QStringLiteral("customers"));
    choose(dialog->targetEndpointCombo(), QStringLiteral("edge"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingListings(), 0, s_timeoutMs);
    choose(dialog->targetEntityCombo(), QStringLiteral("customers"));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QSignalSpy loaded(view, &MappingsView::mappingLoaded);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toString(), QStringLiteral("customers-copy"));
    QTRY_VERIFY(!view->newMappingDialog());

    // Pre-filled: every column by name, the key from the source's primary key, as one
    // undoable step.
    MappingDesigner* designer = view->designer();
    MappingConfig designed = designer->mapping();
    QCOMPARE(designed.name, QStringLiteral("customers-copy"));
    QCOMPARE(designed.source, (EntityRef { QStringLiteral("crm"), QStringLiteral("customers") }));
    QCOMPARE(designed.target, (EntityRef { QStringLiteral("edge"), QStringLiteral("customers") }));
    QCOMPARE(designed.key, QStringList { QStringLiteral("id") });
    QStringList targets;
    for (const FieldMapping& f : std::as_const(designed.fields)) {
        QCOMPARE(f.source, f.target);
        targets.append(f.target);
    }
    targets.sort();
    QCOMPARE(targets,
        QStringList({ QStringLiteral("balance"), QStringLiteral("created_at"),
            QStringLiteral("email"), QStringLiteral("id"), QStringLiteral("name") }));
    QCOMPARE(designer->undoStack()->count(), 1);
    QVERIFY(designer->isModified());
    designer->undoStack()->undo();
    QVERIFY(designer->mapping().fields.isEmpty());
    QVERIFY(designer->mapping().key.isEmpty());
    QVERIFY(designer->isModified()); // still not stored
    designer->undoStack()->redo();
    QCOMPARE(designer->mapping(), designed);

    // Not stored until Save.
    auto before = storedConfig(m_workspace);
    QVERIFY(before);
    QVERIFY(!before->mapping(QStringLiteral("customers-copy")));
    auto* save = view->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save && save->isEnabled());
    QSignalSpy saved(view, &MappingsView::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, s_timeoutMs);
    QVERIFY(!designer->isModified());
    auto after = storedConfig(m_workspace);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
    const MappingConfig* stored = after->mapping(QStringLiteral("customers-copy"));
    QVERIFY(stored);
    QCOMPARE(*stored, designed);
    // The console reloads and lists it.
    QTRY_COMPARE_WITH_TIMEOUT(
        view->selectedMapping(), QStringLiteral("customers-copy"), s_timeoutMs);

    // synclinectl export writes it; a job over it runs from the CLI and copies the rows.
    const QString binaryDir = qEnvironmentVariable("SYNCLINE_BINARY_DIR");
    const QString ctl = binaryDir.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/cli/synclinectl")
        : binaryDir + QStringLiteral("/src/cli/synclinectl");
    const QString exported = m_sqlite.filePath(QStringLiteral("exported.json"));
    QProcess process;
    process.start(
        ctl, { QStringLiteral("--workspace"), m_workspace, QStringLiteral("export"), exported });
    QVERIFY(process.waitForFinished(s_timeoutMs));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray mappings = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("mappings"))
                                    .toArray();
    QVERIFY(std::any_of(mappings.begin(), mappings.end(), [](const QJsonValue& m) {
        return m.toObject().value(QStringLiteral("name")).toString() == u"customers-copy";
    }));

    {
        auto workspace = Workspace::open(m_workspace);
        QVERIFY(workspace);
        const Status job
            = ConfigRepository(**workspace)
                  .saveJob(pushJob(QStringLiteral("copy-job"), QStringLiteral("customers-copy")),
                      QStringLiteral("tst"));
        QVERIFY2(job, qPrintable(job ? QString() : job.error().message));
    }
    process.start(ctl,
        { QStringLiteral("--workspace"), m_workspace, QStringLiteral("run"),
            QStringLiteral("copy-job") });
    QVERIFY(process.waitForFinished(s_timeoutMs * 4));
    QVERIFY2(process.exitCode() == 0,
        QByteArray(process.readAllStandardOutput() + process.readAllStandardError()).constData());
    QString error;
    QCOMPARE(countRows(m_sqlite.filePath(QStringLiteral("edge.sqlite")),
                 QStringLiteral("customers"), &error),
        qint64(s_rows));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The same through the engine API: nothing left to do.
    const RunReport again = SyncRun(m_workspace, QStringLiteral("copy-job")).execute();
    QVERIFY2(again.succeeded(), qPrintable(again.error.message));
    QCOMPARE(again.counts.applied(), 0);
    QCOMPARE(again.counts.unchanged, qint64(s_rows));
}

void TestNewMapping::dialogValidatesTheName()
{
    MainWindow window(m_workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), s_timeoutMs);
    window.mappingsView()->designer()->setPreviewEnabled(false);
    NewMappingDialog* dialog = nullptr;
    openDialog(window, &dialog);
    QVERIFY(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name yet
    QVERIFY(dialog->problem().contains(QStringLiteral("Name")));
    QTest::keyClicks(name, QStringLiteral("existing"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog->problem().contains(QStringLiteral("already")), qPrintable(dialog->problem()));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("fresh"));
    choose(dialog->sourceEndpointCombo(), QStringLiteral("edge"));
    choose(dialog->targetEndpointCombo(), QStringLiteral("edge"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingListings(), 0, s_timeoutMs);
    choose(dialog->sourceEntityCombo(), QStringLiteral("customers"));
    choose(dialog->targetEntityCombo(), QStringLiteral("customers"));
    QVERIFY(!ok->isEnabled()); // the same table on both sides
    choose(dialog->targetEntityCombo(), QStringLiteral("clients"));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->problem()));
    dialog->reject();
    QTRY_VERIFY(!window.mappingsView()->newMappingDialog());
    QVERIFY(window.mappingsView()->selectedMapping() != QStringLiteral("fresh"));
}

QTEST_MAIN(TestNewMapping)
#include "tst_newmapping.moc"
