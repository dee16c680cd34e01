// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Syncline {

// Edit > Preferences: the default workspace, the language (applies on restart), desktop
// notifications, the console's scheduler and the confirmations before writing. Shows the
// stored Preferences when opened and writes them on OK. Created by MainWindow; GUI thread.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void load();
    void restoreDefaults();
    void browse();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Syncline
