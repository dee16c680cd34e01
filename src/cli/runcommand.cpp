// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommand.h"

#include "commandcontext.h"
#include "engine/joblease.h"
#include "engine/syncrun.h"
#include "progressbar.h"
#include "texttable.h"

#include <QJsonDocument>
#include <QThread>

#include <csignal>
#include <cstdio>

namespace Syncline {

std::atomic_bool RunCommand::s_cancelRequested { false };

namespace {

static_assert(std::atomic_bool::is_always_lock_free, "the signal handler needs a lock-free flag");

constexpr int plannedLines = 50;
const QString jobArgument = QStringLiteral("JOB");

// Routes SIGINT and SIGTERM to `handler` for its lifetime. SA_RESETHAND puts the default
// action back once a signal came, so a second Ctrl-C ends the process at once.
class CancelOnSignal final
{
public:
    explicit CancelOnSignal(void (*handler)(int))
    {
        struct sigaction action = {};
        action.sa_handler = handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        ::sigaction(SIGINT, &action, &m_savedInt);
        ::sigaction(SIGTERM, &action, &m_savedTerm);
    }
    ~CancelOnSignal()
    {
        ::sigaction(SIGINT, &m_savedInt, nullptr);
        ::sigaction(SIGTERM, &m_savedTerm, nullptr);
    }
    Q_DISABLE_COPY_MOVE(CancelOnSignal)

private:
    struct sigaction m_savedInt = {};
    struct sigaction m_savedTerm = {};
};

ProgressBar* s_progressBar = nullptr;
QtMessageHandler s_previousMessageHandler = nullptr;

void logAboveProgress(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (s_progressBar && QThread::currentThread() == QCoreApplication::instance()->thread())
        s_progressBar->clear();
    if (s_previousMessageHandler) {
        s_previousMessageHandler(type, context, message);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        std::fflush(stderr);
    }
}

// Log messages (warnings from the engine) erase the progress bar first, so they start on a
// line of their own; the bar comes back with the next update.
class LogAboveProgress final
{
public:
    explicit LogAboveProgress(ProgressBar& bar)
    {
        s_progressBar = &bar;
        s_previousMessageHandler = qInstallMessageHandler(&logAboveProgress);
    }
    ~LogAboveProgress()
    {
        qInstallMessageHandler(s_previousMessageHandler);
        s_progressBar = nullptr;
    }
    Q_DISABLE_COPY_MOVE(LogAboveProgress)
};

QString seconds(double value)
{
    return QString::number(value, 'f', 2);
}

// The fields an update changes, by name.
QString changedFields(const PlannedChange& change)
{
    if (change.kind != PlannedChange::Kind::Update)
        return QString();
    QStringList fields;
    for (auto it = change.after.begin(); it != change.after.end(); ++it) {
        if (change.before.value(it.key()) != it.value())
            fields.append(it.key());
    }
    for (auto it = change.before.begin(); it != change.before.end(); ++it) {
        if (!change.after.contains(it.key()))
            fields.append(it.key());
    }
    return fields.join(QStringLiteral(", "));
}

} // namespace

QList<CommandArguments> RunCommand::commands() const
{
    return {
        CommandArguments(QStringLiteral("run"),
            tr("Run a job once. Prints what it did; Ctrl-C cancels after the batch "
               "in flight. Refused while another runner (a scheduler) holds the job's "
               "lease. Exit status: 0 succeeded, 2 bad config or data, 1 any "
               "other failure or cancelled."))
            .addPositional(jobArgument, tr("The job to run"))
            .addOption(QStringLiteral("dry-run"),
                tr("Plan the changes and print them without writing anything"))
            .addOption(QStringLiteral("json"), tr("Print the run report as one line of JSON")),
    };
}

int RunCommand::execute(const CommandArguments& arguments)
{
    const QString job = arguments.positional(jobArgument);
    const bool json = arguments.isSet(QStringLiteral("json"));
    const auto config = m_context.loadConfig();
    if (!config)
        return m_context.fail(config.error());
    if (!config->job(job))
        return m_context.fail(Error::badInput(tr("unknown job '%1'").arg(job)));

    RunOptions options;
    options.dryRun = arguments.isSet(QStringLiteral("dry-run"));
    RunReport report;
    {
        ProgressBar bar(m_context.err(), m_context.isErrorTerminal());
        LogAboveProgress logAboveProgress(bar);
        s_cancelRequested.store(false);
        CancelOnSignal cancelOnSignal(&RunCommand::requestCancel);
        const QString cancelling = tr("cancelling after this batch (Ctrl-C again to stop now)");
        const auto execute = [&] {
            SyncRun run(m_context.workspaceLocation(), job, options);
            return run.execute(
                [&](const RunProgress& progress) {
                    bar.update(progress, s_cancelRequested.load() ? cancelling : QString());
                },
                &s_cancelRequested);
        };
        // A run that writes holds the job's lease, like a scheduled fire: never both at once.
        report = options.dryRun ? execute()
                                : JobLease::execute(m_context.workspaceLocation(), job,
                                    JobLease::newHolderId(), {}, execute, &s_cancelRequested);
    }

    QTextStream& out = m_context.out();
    if (json) {
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else if (report.status != RunRecord::Status::Failed || report.counts.applied() > 0) {
        out << summary(report) << Qt::endl;
        if (report.dryRun && report.succeeded())
            printPlanned(report);
    }
    if (report.succeeded())
        return CommandContext::Success;

    Error error = report.error;
    if (error.message.isEmpty()) {
        error.message = report.status == RunRecord::Status::Cancelled ? tr("%1: cancelled").arg(job)
                                                                      : tr("%1: failed").arg(job);
    }
    if (report.status == RunRecord::Status::Cancelled)
        error.kind = ErrorKind::Cancelled;
    return m_context.fail(error);
}

void RunCommand::requestCancel(int)
{
    // Nothing but a lock-free store is safe in a signal handler.
    s_cancelRequested.store(true);
}

QString RunCommand::summary(const RunReport& report)
{
    const RunCounts& c = report.counts;
    QString headline;
    switch (report.status) {
    case RunRecord::Status::Succeeded:
        headline = report.dryRun ? tr("%1: dry run succeeded in %2 s, nothing written")
                                 : tr("%1: succeeded in %2 s");
        break;
    case RunRecord::Status::Cancelled:
        headline = report.dryRun ? tr("%1: dry run cancelled after %2 s")
                                 : tr("%1: cancelled after %2 s");
        break;
    case RunRecord::Status::Failed:
    case RunRecord::Status::Running:
        headline
            = report.dryRun ? tr("%1: dry run failed after %2 s") : tr("%1: failed after %2 s");
        break;
    }
    headline = headline.arg(report.job, seconds(report.seconds));
    const QString counts = report.dryRun
        ? tr("would insert %1, update %2, delete %3; unchanged %4, quarantined %5, conflicts %6")
        : tr("inserted %1, updated %2, deleted %3, unchanged %4, quarantined %5, conflicts %6");
    return tr("%1 — %2").arg(headline,
        counts.arg(c.inserted)
            .arg(c.updated)
            .arg(c.deleted)
            .arg(c.unchanged)
            .arg(c.quarantined)
            .arg(c.conflicts));
}

void RunCommand::printPlanned(const RunReport& report)
{
    const qint64 total = qMax(report.plannedTotal, qint64(report.planned.size()));
    if (total == 0)
        return;
    TextTable table({ tr("KIND"), tr("KEY"), tr("CHANGED FIELDS") });
    for (const PlannedChange& change : report.planned) {
        if (table.rowCount() == plannedLines)
            break;
        QString kind;
        switch (change.kind) {
        case PlannedChange::Kind::Insert:
            kind = tr("insert");
            break;
        case PlannedChange::Kind::Update:
            kind = tr("update");
            break;
        case PlannedChange::Kind::Delete:
            kind = tr("delete");
            break;
        }
        table.addRow({ kind, change.key, changedFields(change) });
    }
    QTextStream& out = m_context.out();
    out << '\n' << table.toString();
    if (total > table.rowCount())
        out << tr("... and %1 more").arg(total - table.rowCount()) << '\n';
    out.flush();
}

} // namespace Syncline
