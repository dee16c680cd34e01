// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QSettings>

namespace Syncline {

namespace {

QVariant read(const QString& key, const QVariant& fallback)
{
    return QSettings().value(key, fallback);
}

void write(const QString& key, const QVariant& value)
{
    QSettings settings;
    settings.setValue(key, value);
    settings.sync();
}

} // namespace

QString Preferences::defaultWorkspace()
{
    return read(DefaultWorkspaceKey, QString()).toString();
}

void Preferences::setDefaultWorkspace(const QString& location)
{
    write(DefaultWorkspaceKey, location.trimmed());
}

QString Preferences::language()
{
    return read(LanguageKey, QString()).toString();
}

void Preferences::setLanguage(const QString& language)
{
    write(LanguageKey, language);
}

bool Preferences::desktopNotifications()
{
    return read(DesktopNotificationsKey, true).toBool();
}

void Preferences::setDesktopNotifications(bool enabled)
{
    write(DesktopNotificationsKey, enabled);
}

bool Preferences::schedulerEnabled()
{
    return read(SchedulerEnabledKey, true).toBool();
}

void Preferences::setSchedulerEnabled(bool enabled)
{
    write(SchedulerEnabledKey, enabled);
}

bool Preferences::confirmApply()
{
    return read(ConfirmApplyKey, true).toBool();
}

void Preferences::setConfirmApply(bool confirm)
{
    write(ConfirmApplyKey, confirm);
}

bool Preferences::confirmRun()
{
    return read(ConfirmRunKey, false).toBool();
}

void Preferences::setConfirmRun(bool confirm)
{
    write(ConfirmRunKey, confirm);
}

} // namespace Syncline
