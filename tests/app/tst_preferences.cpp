// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: the dialog writes what the admin chose into QSettings under the keys other
// parts read, Cancel writes nothing, and the language override loads the translation.
#include "appresources.h"
#include "help/gettingstarteddialog.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preferences/translationloader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Syncline;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void dialogWritesSettings();
    void dialogShowsStoredValues();
    void cancelWritesNothing();
    void restoreDefaults();
    void gettingStartedShowsItsScreenshots();
    void englishNeedsNoTranslation();
    // Last: it installs translators into the application for good.
    void languageOverrideLoadsGerman();

private:
    template <typename T> T* field(QDialog& dialog, const char* name)
    {
        auto* widget = dialog.findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no %s in the dialog", name);
        return widget;
    }

    QTemporaryDir m_settingsDir;
};

void TestPreferences::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // A settings file of the test's own, never the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("SynclineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void TestPreferences::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestPreferences::defaults()
{
    QCOMPARE(Preferences::defaultWorkspace(), QString());
    QCOMPARE(Preferences::language(), QString());
    QCOMPARE(Preferences::desktopNotifications(), true);
    QCOMPARE(Preferences::schedulerEnabled(), true);
    QCOMPARE(Preferences::confirmApply(), true);
    QCOMPARE(Preferences::confirmRun(), false);
}

void TestPreferences::dialogWritesSettings()
{
    PreferencesDialog dialog;
    field<QLineEdit>(dialog, "workspaceEdit")->setText(QStringLiteral("/srv/sync/workspace.db"));
    auto* language = field<QComboBox>(dialog, "languageCombo");
    QCOMPARE(language->count(), 4);
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    field<QCheckBox>(dialog, "notificationsCheck")->setChecked(false);
    field<QCheckBox>(dialog, "schedulerCheck")->setChecked(false);
    field<QCheckBox>(dialog, "confirmRunCheck")->setChecked(true);
    field<QCheckBox>(dialog, "confirmApplyCheck")->setChecked(false);
    field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The raw keys, as the scheduler and the conflicts view read them.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("general/defaultWorkspace")).toString(),
        QStringLiteral("/srv/sync/workspace.db"));
    QCOMPARE(settings.value(QStringLiteral("general/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(settings.value(QStringLiteral("notifications/desktop")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("scheduler/enabled")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("runs/confirmRun")).toBool(), true);
    QCOMPARE(settings.value(QStringLiteral("conflicts/confirmApply")).toBool(), false);
    QVERIFY(QFile::exists(settings.fileName()));
}

void TestPreferences::dialogShowsStoredValues()
{
    Preferences::setDefaultWorkspace(QStringLiteral("/tmp/w.db"));
    Preferences::setLanguage(QStringLiteral("de"));
    Preferences::setSchedulerEnabled(false);
    Preferences::setConfirmRun(true);
    PreferencesDialog dialog;
    QCOMPARE(field<QLineEdit>(dialog, "workspaceEdit")->text(), QStringLiteral("/tmp/w.db"));
    QCOMPARE(
        field<QComboBox>(dialog, "languageCombo")->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(field<QComboBox>(dialog, "languageCombo")->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(field<QCheckBox>(dialog, "schedulerCheck")->isChecked(), false);
    QCOMPARE(field<QCheckBox>(dialog, "confirmRunCheck")->isChecked(), true);
    QCOMPARE(field<QCheckBox>(dialog, "notificationsCheck")->isChecked(), true);
}

void TestPreferences::cancelWritesNothing()
{
    PreferencesDialog dialog;
    field<QCheckBox>(dialog, "schedulerCheck")->setChecked(false);
    field<QLineEdit>(dialog, "workspaceEdit")->setText(QStringLiteral("/nowhere.db"));
    field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!QSettings().contains(QStringLiteral("scheduler/enabled")));
    QCOMPARE(Preferences::schedulerEnabled(), true);
    QCOMPARE(Preferences::defaultWorkspace(), QString());
}

void TestPreferences::restoreDefaults()
{
    Preferences::setSchedulerEnabled(false);
    Preferences::setLanguage(QStringLiteral("fr"));
    Preferences::setConfirmApply(false);
    PreferencesDialog dialog;
    auto* buttons = field<QDialogButtonBox>(dialog, "buttonBox");
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(Preferences::schedulerEnabled(), true);
    QCOMPARE(Preferences::language(), QString());
    QCOMPARE(Preferences::confirmApply(), true);
}

void TestPreferences::gettingStartedShowsItsScreenshots()
{
    initAppResources();
    GettingStartedDialog dialog;
    const QString html = GettingStartedDialog::html();
    for (const char* step : { "Connect two endpoints", "Map the fields", "Dry run", "Run" })
        QVERIFY2(html.contains(QLatin1String(step)), step);
    // Every screenshot the page names is a resource the browser can load.
    int images = 0;
    for (const char* name : { "endpoints", "mappings", "jobs", "runs" }) {
        const QString url = QStringLiteral("qrc:/help/%1.png").arg(QLatin1String(name));
        QVERIFY2(html.contains(url), qPrintable(url));
        const QVariant image
            = dialog.browser()->document()->resource(QTextDocument::ImageResource, QUrl(url));
        // QTextBrowser hands out a resource's bytes; the document decodes them.
        const QImage decoded = image.typeId() == QMetaType::QByteArray
            ? QImage::fromData(image.toByteArray())
            : image.value<QImage>();
        QVERIFY2(!decoded.isNull(), qPrintable(url));
        ++images;
    }
    QCOMPARE(images, 4);
}

void TestPreferences::englishNeedsNoTranslation()
{
    QCOMPARE(TranslationLoader::install(qApp, QStringLiteral("en")), false);
    QCOMPARE(QCoreApplication::translate("Syncline::MainWindow", "Dashboard"),
        QStringLiteral("Dashboard"));
}

void TestPreferences::languageOverrideLoadsGerman()
{
    Preferences::setLanguage(QStringLiteral("de"));
    QVERIFY(TranslationLoader::install(qApp, Preferences::language()));
    QCOMPARE(QCoreApplication::translate("Syncline::MainWindow", "Dashboard"),
        QStringLiteral("Übersicht"));
    QCOMPARE(QLocale().language(), QLocale::German);

    // A form set up afterwards comes out in German, as the console's windows do.
    PreferencesDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(field<QGroupBox>(dialog, "generalGroup")->title(), QStringLiteral("Allgemein"));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
