// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "preferences.h"
#include "ui_preferencesdialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

namespace Syncline {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    //: the language setting that follows the desktop; %1 is that language's own name
    m_ui->languageCombo->addItem(
        tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Each language under its own name, as language choosers do.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    QFont noteFont = m_ui->restartNote->font();
    noteFont.setItalic(true);
    m_ui->restartNote->setFont(noteFont);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &PreferencesDialog::restoreDefaults);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &PreferencesDialog::browse);
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load()
{
    m_ui->workspaceEdit->setText(Preferences::defaultWorkspace());
    const int language = m_ui->languageCombo->findData(Preferences::language());
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
    m_ui->notificationsCheck->setChecked(Preferences::desktopNotifications());
    m_ui->schedulerCheck->setChecked(Preferences::schedulerEnabled());
    m_ui->confirmRunCheck->setChecked(Preferences::confirmRun());
    m_ui->confirmApplyCheck->setChecked(Preferences::confirmApply());
}

void PreferencesDialog::restoreDefaults()
{
    m_ui->workspaceEdit->clear();
    m_ui->languageCombo->setCurrentIndex(0);
    m_ui->notificationsCheck->setChecked(true);
    m_ui->schedulerCheck->setChecked(true);
    m_ui->confirmRunCheck->setChecked(false);
    m_ui->confirmApplyCheck->setChecked(true);
}

void PreferencesDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Default Workspace"),
        m_ui->workspaceEdit->text(), tr("Syncline workspaces (*.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_ui->workspaceEdit->setText(file);
}

void PreferencesDialog::accept()
{
    Preferences::setDefaultWorkspace(m_ui->workspaceEdit->text());
    Preferences::setLanguage(m_ui->languageCombo->currentData().toString());
    Preferences::setDesktopNotifications(m_ui->notificationsCheck->isChecked());
    Preferences::setSchedulerEnabled(m_ui->schedulerCheck->isChecked());
    Preferences::setConfirmRun(m_ui->confirmRunCheck->isChecked());
    Preferences::setConfirmApply(m_ui->confirmApplyCheck->isChecked());
    QDialog::accept();
}

} // namespace Syncline
