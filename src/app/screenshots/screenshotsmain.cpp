// SPDX-License-Identifier: GPL-3.0-or-later
// syncline-screenshots DIR: renders every main view of the demo workspace to DIR/<view>.png
// (`make screenshots` runs it with QT_QPA_PLATFORM=offscreen).
#include "appresources.h"
#include "screenshots/screenshottour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Its own settings, so that the user's window layout does not leak into the pictures.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Syncline"));
    QApplication::setApplicationName(QStringLiteral("syncline-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Syncline"));
    QSettings().clear();
    Syncline::initAppResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/syncline.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Renders the console's views over the demo workspace to PNG files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"),
        QApplication::translate("main", "Where to write dashboard.png, endpoints.png…"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    Syncline::ScreenshotTour tour(parser.positionalArguments().first());
    const auto written = tour.run();
    QTextStream err(stderr);
    if (!written) {
        err << QApplication::translate("main", "syncline-screenshots: %1")
                   .arg(written.error().message)
            << Qt::endl;
        return 1;
    }
    for (const QString& path : *written)
        err << path << Qt::endl;
    return 0;
}
