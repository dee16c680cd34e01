// SPDX-License-Identifier: GPL-3.0-or-later
#include "appresources.h"
#include "mainwindow.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Syncline"));
    QApplication::setApplicationName(QStringLiteral("syncline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Syncline"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("syncline"));
    Syncline::initAppResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/syncline.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Syncline sync administration console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QApplication::translate("main",
            "The workspace: a file, or a directory holding workspace.db "
            "(default: $SYNCLINE_WORKSPACE, else the user's data folder)."),
        QApplication::translate("main", "PATH"));
    parser.addOption(workspaceOption);
    parser.process(app);

    const QString location = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                           : Syncline::Workspace::defaultLocation();

    Syncline::MainWindow window(location);
    window.show();
    return app.exec();
}
