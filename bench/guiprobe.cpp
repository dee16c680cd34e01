// SPDX-License-Identifier: GPL-3.0-or-later
//
// syncline-guiprobe: how long the console's event loop stalls while a job runs (issue 8,
// case e). Opens the main window on a workspace (offscreen), waits for it to load, selects
// the job on the Jobs page and starts it as the page's Run now does, and records the largest
// gap between the ticks of a 5 ms QTimer from the start until a second after the run
// finished (the console reloads its snapshot then). Writes one JSON object.
//
//   syncline-guiprobe --workspace WS --job JOB --out probe.json

#include "engine/runcontroller.h"
#include "jobs/jobsview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace Syncline;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("PATH"));
    const QCommandLineOption jobOption(
        QStringLiteral("job"), QStringLiteral("The job to run."), QStringLiteral("NAME"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Where the JSON goes."), QStringLiteral("FILE"));
    parser.addOptions({ workspaceOption, jobOption, outOption });
    parser.process(app);
    const QString job = parser.value(jobOption);

    MainWindow window(parser.value(workspaceOption));
    window.resize(1280, 800);
    window.show();

    QJsonObject result;
    QElapsedTimer clock;
    qint64 lastTick = -1;
    qint64 maxGapNs = 0;
    qint64 ticks = 0;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring && lastTick >= 0)
            maxGapNs = std::max(maxGapNs, now - lastTick);
        lastTick = now;
        ++ticks;
    });

    QElapsedTimer runClock;
    QObject::connect(
        window.runController(), &RunController::finished, &app, [&](const RunReport& report) {
            result.insert(QStringLiteral("succeeded"), report.succeeded());
            result.insert(QStringLiteral("error"), report.error.message);
            result.insert(QStringLiteral("run_seconds"), runClock.nsecsElapsed() / 1e9);
            result.insert(QStringLiteral("rows"), double(report.counts.sourceRows));
            // The console refreshes its views after a run: keep measuring through that.
            QTimer::singleShot(1000, &app, [&] {
                result.insert(QStringLiteral("max_stall_ms"), maxGapNs / 1e6);
                result.insert(QStringLiteral("ticks"), double(ticks));
                app.quit();
            });
        });

    const auto start = [&] {
        window.showView(MainWindow::View::Jobs);
        if (!window.jobsView()->selectJob(job)) {
            std::fprintf(stderr, "syncline-guiprobe: no job %s\n", qPrintable(job));
            app.exit(2);
            return;
        }
        clock.start();
        probe.start();
        measuring = true;
        runClock.start();
        window.runCurrentJob();
    };
    // Start once the window shows the workspace, as a user would.
    QTimer waitLoaded;
    QObject::connect(&waitLoaded, &QTimer::timeout, [&] {
        if (window.isLoaded()) {
            waitLoaded.stop();
            QTimer::singleShot(200, &app, start);
        }
    });
    waitLoaded.start(20);
    QTimer::singleShot(30 * 60 * 1000, &app, [&] { app.exit(3); });

    const int code = app.exec();
    if (code != 0)
        return code;
    QFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "syncline-guiprobe: cannot write %s\n", qPrintable(out.fileName()));
        return 1;
    }
    out.write(QJsonDocument(result).toJson());
    return 0;
}
