// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemoncommand.h"

#include "commandcontext.h"
#include "engine/alertmonitor.h"
#include "engine/metricsexposition.h"
#include "engine/scheduler.h"
#include "engine/timeseriescollector.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Syncline {

namespace {

const QString listenOption = QStringLiteral("listen");
const QString tickOption = QStringLiteral("tick");

// The self-pipe: the signal handler only writes a byte; the event loop reads it.
int s_signalFds[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    const auto written = ::write(s_signalFds[0], &byte, 1);
    (void)written;
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0
        && ::sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

QList<CommandArguments> DaemonCommand::commands() const
{
    return {
        CommandArguments(QStringLiteral("daemon"),
            tr("Run the workspace's scheduled jobs until stopped. SIGTERM or SIGINT stops "
               "firing, lets running jobs finish their batch in flight and exits with status 0. "
               "Several daemons may share a workspace: a lease keeps a job to one at a time."))
            .addOption(listenOption,
                tr("Serve GET /health (JSON) and GET /metrics (Prometheus text) on this "
                   "address, e.g. 127.0.0.1:9464 (port 0 picks a free one)"),
                QStringLiteral("ADDRESS:PORT"))
            .addOption(tickOption,
                tr("How often to look for due jobs, in milliseconds (default 1000)"),
                QStringLiteral("MS")),
    };
}

int DaemonCommand::execute(const CommandArguments& arguments)
{
    QHostAddress address;
    int port = -1;
    if (arguments.isSet(listenOption)) {
        const QString listen = arguments.value(listenOption);
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : -1;
        if (!ok || port < 0 || port > 65535
            || !address.setAddress(
                listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))))
            return m_context.usageError(
                tr("--listen: expected ADDRESS:PORT such as 127.0.0.1:9464, found '%1'")
                    .arg(listen),
                arguments.name());
    }
    Scheduler::Options options;
    if (arguments.isSet(tickOption)) {
        bool ok = false;
        options.tickMs = arguments.value(tickOption).toInt(&ok);
        if (!ok || options.tickMs < 10)
            return m_context.usageError(
                tr("--tick: expected a whole number of milliseconds from 10 up, found '%1'")
                    .arg(arguments.value(tickOption)),
                arguments.name());
    }

    auto workspace = m_context.openWorkspace(CommandContext::Open::CreateIfMissing);
    if (!workspace)
        return m_context.fail(workspace.error());
    if (!installSignalHandlers())
        return m_context.fail(Error::runtime(tr("cannot install the signal handlers")));

    Scheduler scheduler(m_context.workspaceLocation());
    scheduler.setOptions(options);
    // Alert rules: evaluated after every run and once a minute ("not run since" needs the
    // clock, not a run); transitions go out through the rules' channels.
    AlertMonitor alerts(m_context.workspaceLocation());
    QObject::connect(&scheduler, &Scheduler::runFinished, &alerts, &AlertMonitor::evaluateNow);
    QTimer alertTimer;
    alertTimer.setInterval(60 * 1000);
    QObject::connect(&alertTimer, &QTimer::timeout, &alerts, &AlertMonitor::evaluateNow);
    alertTimer.start();
    QTimer::singleShot(0, &alerts, &AlertMonitor::evaluateNow);
    QEventLoop loop;
    int exitStatus = CommandContext::Success;
    QObject::connect(&scheduler, &Scheduler::failed, &loop, [&](const QString& message) {
        exitStatus = m_context.fail(Error::runtime(message));
        loop.quit();
    });
    QObject::connect(&scheduler, &Scheduler::stopped, &loop, &QEventLoop::quit);
    QSocketNotifier notifier(s_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &scheduler, [&] {
        char byte = 0;
        const auto read = ::read(s_signalFds[1], &byte, 1);
        (void)read;
        m_context.note(tr("stopping: waiting for running jobs to finish their batch"));
        scheduler.stop();
    });

    std::unique_ptr<QHttpServer> server;
    if (port >= 0) {
        server = std::make_unique<QHttpServer>();
        Workspace* store = workspace->get();
        server->route(QStringLiteral("/health"), [&scheduler]() {
            QJsonArray running;
            for (const QString& job : scheduler.runningJobs())
                running.append(job);
            const QDateTime tick = scheduler.lastTick();
            const QJsonObject health {
                { QStringLiteral("ok"), scheduler.isRunning() },
                { QStringLiteral("version"), QCoreApplication::applicationVersion() },
                { QStringLiteral("holder"), scheduler.holderId() },
                { QStringLiteral("running_jobs"), running },
                { QStringLiteral("last_tick"),
                    tick.isValid() ? QJsonValue(tick.toString(Qt::ISODateWithMs)) : QJsonValue() },
            };
            return QHttpServerResponse(health,
                scheduler.isRunning() ? QHttpServerResponse::StatusCode::Ok
                                      : QHttpServerResponse::StatusCode::ServiceUnavailable);
        });
        server->route(QStringLiteral("/metrics"), [&scheduler, store]() {
            MetricsExposition exposition;
            exposition.addCollector(&TimeSeriesCollector::families);
            exposition.addCollector([&scheduler](Workspace&) {
                const QDateTime tick = scheduler.lastTick();
                return QList<MetricFamily> {
                    { QStringLiteral("syncline_scheduler_up"),
                        QStringLiteral("1 while this daemon's scheduler is running."),
                        QStringLiteral("gauge"),
                        { { {}, scheduler.isRunning() ? 1.0 : 0.0, {} } } },
                    { QStringLiteral("syncline_scheduler_running_jobs"),
                        QStringLiteral("Jobs this daemon is running now."), QStringLiteral("gauge"),
                        { { {}, double(scheduler.runningJobs().size()), {} } } },
                    { QStringLiteral("syncline_scheduler_last_tick_timestamp_seconds"),
                        QStringLiteral("When this daemon last looked for due jobs (Unix time)."),
                        QStringLiteral("gauge"),
                        { { {}, tick.isValid() ? tick.toMSecsSinceEpoch() / 1000.0 : 0.0, {} } } },
                };
            });
            return QHttpServerResponse(
                QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                exposition.render(*store).toUtf8());
        });
        const quint16 bound = server->listen(address, quint16(port));
        if (bound == 0)
            return m_context.fail(
                Error::runtime(tr("cannot listen on %1").arg(arguments.value(listenOption))));
        m_context.out() << tr("listening on http://%1:%2")
                               .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                       ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                       : address.toString())
                               .arg(bound)
                        << Qt::endl;
    }
    m_context.out()
        << tr("scheduler %1 running on %2").arg(scheduler.holderId(), m_context.workspaceLocation())
        << Qt::endl;
    m_context.out().flush();

    QMetaObject::invokeMethod(&scheduler, &Scheduler::start, Qt::QueuedConnection);
    loop.exec();
    server.reset();
    return exitStatus;
}

} // namespace Syncline
