// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Syncline {

// Installs the console's translation (the .qm files embedded under :/i18n/) and Qt's own
// (standard dialogs and buttons, when the system has them) for a language: an ISO 639 code
// from the Preferences, or empty for the system locale. Called once by main() before the
// first window is built, since the forms translate themselves when they are set up. The
// translators are children of the application. GUI thread.
class TranslationLoader final
{
public:
    // The locale a language setting stands for: the system's for an empty setting.
    static QLocale localeFor(const QString& language);
    // Returns whether a Syncline translation was found (English needs none).
    static bool install(QCoreApplication* app, const QString& language);
};

} // namespace Syncline
