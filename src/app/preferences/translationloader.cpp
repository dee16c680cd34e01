// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Syncline {

QLocale TranslationLoader::localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool TranslationLoader::install(QCoreApplication* app, const QString& language)
{
    const QLocale locale = localeFor(language);
    if (!language.isEmpty()) // numbers and dates follow the chosen language too
        QLocale::setDefault(locale);

    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* syncline = new QTranslator(app);
    if (syncline->load(
            locale, QStringLiteral("syncline"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(syncline);
        return true;
    }
    delete syncline;
    return false;
}

} // namespace Syncline
