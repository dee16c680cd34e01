// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Syncline {

// The console's user preferences, stored with QSettings (organization "Syncline", application
// "syncline": ~/.config/Syncline/syncline.conf). The keys are public because other parts
// read them directly: the scheduler reads "scheduler/enabled", the conflicts view
// "conflicts/confirmApply". Each accessor reads or writes the settings file at once; cheap
// enough for the few reads the console makes. Any thread (QSettings is reentrant).
class Preferences final
{
public:
    static inline const QString DefaultWorkspaceKey = QStringLiteral("general/defaultWorkspace");
    static inline const QString LanguageKey = QStringLiteral("general/language");
    static inline const QString DesktopNotificationsKey = QStringLiteral("notifications/desktop");
    static inline const QString SchedulerEnabledKey = QStringLiteral("scheduler/enabled");
    static inline const QString ConfirmApplyKey = QStringLiteral("conflicts/confirmApply");
    static inline const QString ConfirmRunKey = QStringLiteral("runs/confirmRun");

    // The workspace the console opens without --workspace and $SYNCLINE_WORKSPACE; empty:
    // the user's data folder (Workspace::defaultLocation()).
    static QString defaultWorkspace();
    static void setDefaultWorkspace(const QString& location);

    // An ISO 639 code ("en", "de", "fr") or empty for the system locale. Read once at start.
    static QString language();
    static void setLanguage(const QString& language);

    // Tray notifications when a run finishes or fails. Default on.
    static bool desktopNotifications();
    static void setDesktopNotifications(bool enabled);

    // Whether the console starts due jobs on their schedule. Default on.
    static bool schedulerEnabled();
    static void setSchedulerEnabled(bool enabled);

    // Ask before applying conflict resolutions to the databases. Default on.
    static bool confirmApply();
    static void setConfirmApply(bool confirm);

    // Ask before Run now writes to a target (dry runs never ask). Default off.
    static bool confirmRun();
    static void setConfirmRun(bool confirm);
};

} // namespace Syncline
