// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the scalable application icon into the PNG sizes of the hicolor theme,
// so the PNGs can never drift from the SVG. Uses the Qt SVG image format plugin
// (libqt6svg6), which needs no QtSvg development package.
//
//   syncline-iconrender ICON.svg OUTDIR 16 24 32 48 64 128 256
//   writes OUTDIR/<size>x<size>/apps/syncline.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: syncline-iconrender ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    const QString svg = arguments[1];
    const QDir out(arguments[2]);
    const QString name = QFileInfo(svg).completeBaseName();
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments[i].toInt(&ok);
        if (!ok || size <= 0) {
            err << "syncline-iconrender: bad size '" << arguments[i] << "'\n";
            return 2;
        }
        QImageReader reader(svg);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            err << "syncline-iconrender: cannot render " << svg << ": " << reader.errorString()
                << '\n';
            return 1;
        }
        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        const QString file = out.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!out.mkpath(dir) || !image.save(file, "PNG")) {
            err << "syncline-iconrender: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
