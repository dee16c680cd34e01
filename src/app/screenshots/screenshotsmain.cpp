// SPDX-License-Identifier: GPL-3.0-or-later
// syncline-screenshots DIR: renders every main view of the demo workspace to DIR/<view>.png
// (`make screenshots` runs it with QT_QPA_PLATFORM=offscreen).
//   --dark              the Fusion style with a dark palette, as under a dark desktop theme
//   --scale FACTOR      QT_SCALE_FACTOR (2: a 200 % display; the PNG has twice the pixels)
//   --only VIEW=NAME    grab only VIEW, into NAME.png (repeatable)
#include "appresources.h"
#include "screenshots/screenshottour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTextStream>

namespace {

// A dark palette as desktop dark themes give it, for checking that nothing in the console
// hard-codes light colours.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x45, 0x45, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xcf));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

} // namespace

int main(int argc, char* argv[])
{
    // The scale factor is read when the application starts, so it is picked out of the
    // arguments first; QCommandLineParser below accepts the option too.
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--scale") == 0)
            qputenv("QT_SCALE_FACTOR", argv[i + 1]);
    }
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
    const QCommandLineOption darkOption(QStringLiteral("dark"),
        QApplication::translate("main", "Render with the Fusion style and a dark palette."));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QApplication::translate("main", "Scale the console by FACTOR, as QT_SCALE_FACTOR does."),
        QApplication::translate("main", "FACTOR"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QApplication::translate("main", "Grab only VIEW, into NAME.png (repeatable)."),
        QApplication::translate("main", "VIEW=NAME"));
    parser.addOptions({ darkOption, scaleOption, onlyOption });
    parser.addPositionalArgument(QStringLiteral("dir"),
        QApplication::translate("main", "Where to write dashboard.png, endpoints.png…"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    Syncline::ScreenshotTour tour(parser.positionalArguments().first());
    QMap<QString, QString> only;
    for (const QString& each : parser.values(onlyOption)) {
        const qsizetype equals = each.indexOf(QLatin1Char('='));
        if (equals > 0)
            only.insert(each.left(equals), each.mid(equals + 1));
        else
            only.insert(each, each);
    }
    tour.setOnly(only);
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
