// SPDX-License-Identifier: GPL-3.0-or-later
#include "appresources.h"
#include "mainwindow.h"
#include "preferences/preferences.h"
#include "preferences/translationloader.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // --version and --help must work without a display (the package test runs them on a
    // headless machine): --version is answered before any application object exists, and
    // --help is printed by a QCoreApplication, which needs no display.
    bool helpOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("syncline %s\n", SYNCLINE_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--help-all") == 0)
            helpOnly = true;
        if (std::strcmp(argv[i], "--") == 0)
            break;
    }

    QApplication::setOrganizationName(QStringLiteral("Syncline"));
    QApplication::setApplicationName(QStringLiteral("syncline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Syncline"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("syncline"));
    const std::unique_ptr<QCoreApplication> app = helpOnly
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    Syncline::initAppResources();
    // Before any window: the forms translate themselves when they are set up.
    Syncline::TranslationLoader::install(app.get(), Syncline::Preferences::language());
    if (!helpOnly)
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/syncline.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Syncline sync administration console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QApplication::translate("main",
            "The workspace: a file, or a directory holding workspace.db "
            "(default: $SYNCLINE_WORKSPACE, else the one set in Preferences, else the "
            "user's data folder)."),
        QApplication::translate("main", "PATH"));
    parser.addOption(workspaceOption);
    parser.process(*app); // exits after --help

    // --workspace, then $SYNCLINE_WORKSPACE (scripts set it), then Preferences.
    QString location = parser.value(workspaceOption);
    if (location.isEmpty() && qEnvironmentVariableIsEmpty("SYNCLINE_WORKSPACE"))
        location = Syncline::Preferences::defaultWorkspace();
    if (location.isEmpty())
        location = Syncline::Workspace::defaultLocation();

    Syncline::MainWindow window(location);
    window.show();
    return QCoreApplication::exec();
}
