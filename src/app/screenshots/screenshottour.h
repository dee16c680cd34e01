// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSize>
#include <QString>
#include <QStringList>

namespace Syncline {

// Renders every main view of the console over the demo workspace to PNG files, for the
// README (`make screenshots`): builds the demo (DemoWorkspace) in a temporary directory,
// gives it a history (runs of both jobs, a change on the source, a dry run) and grabs
// dashboard.png, endpoints.png, mappings.png, jobs.png, runs.png, conflicts.png and audit.png.
// Runs on the GUI thread with an event loop (QApplication, any platform; offscreen in CI).
class ScreenshotTour final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::ScreenshotTour)

public:
    explicit ScreenshotTour(QString outputDir, QSize size = QSize(1280, 800));

    // Grab only these views, each under its own file name ("jobs" -> "dark" writes dark.png);
    // empty (the default): every view under its own name.
    void setOnly(QMap<QString, QString> names) { m_only = std::move(names); }

    // The files written, or the first error.
    Result<QStringList> run();

private:
    Status prepareWorkspace(const QString& location, const QString& dataDir);
    QString m_outputDir;
    QSize m_size;
    QMap<QString, QString> m_only;
    qint64 m_firstRun = 0; // the first run of the tour (after the demo's history)
};

} // namespace Syncline
