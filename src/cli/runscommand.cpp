// SPDX-License-Identifier: GPL-3.0-or-later
#include "runscommand.h"

#include "commandcontext.h"
#include "store/configrepository.h"
#include "store/quarantinerepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Syncline {

namespace {

const QString jobOption = QStringLiteral("job");
const QString limitOption = QStringLiteral("limit");
const QString runOption = QStringLiteral("run");
const QString jsonOption = QStringLiteral("json");

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QString();
}

// The keys RunReport::toJson() uses for the same things.
QJsonObject toJson(const RunRecord& run)
{
    const RunCounts& c = run.counts;
    return QJsonObject {
        { QStringLiteral("id"), run.id },
        { QStringLiteral("job"), run.job },
        { QStringLiteral("status"), RunRecord::toString(run.status) },
        { QStringLiteral("dry_run"), run.dryRun },
        { QStringLiteral("started_at"), isoOrNull(run.startedAt) },
        { QStringLiteral("finished_at"), isoOrNull(run.finishedAt) },
        { QStringLiteral("seconds"), run.seconds },
        { QStringLiteral("inserted"), c.inserted },
        { QStringLiteral("updated"), c.updated },
        { QStringLiteral("deleted"), c.deleted },
        { QStringLiteral("unchanged"), c.unchanged },
        { QStringLiteral("quarantined"), c.quarantined },
        { QStringLiteral("conflicts"), c.conflicts },
        { QStringLiteral("source_rows"), c.sourceRows },
        { QStringLiteral("target_rows"), c.targetRows },
        { QStringLiteral("error"), run.error.isEmpty() ? QJsonValue() : QJsonValue(run.error) },
        { QStringLiteral("host"), run.host },
    };
}

QJsonObject toJson(const QuarantinedRow& row)
{
    return QJsonObject {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("run_id"), row.runId },
        { QStringLiteral("job"), row.job },
        { QStringLiteral("key"), row.key },
        { QStringLiteral("operation"), row.operation },
        { QStringLiteral("row"), row.row },
        { QStringLiteral("error"), row.error },
        { QStringLiteral("created_at"), isoOrNull(row.createdAt) },
    };
}

// A whole number from 1 up, or a usage error naming the option.
Result<qint64> positiveNumber(
    const CommandArguments& arguments, const QString& option, qint64 fallback)
{
    if (!arguments.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = arguments.value(option).toLongLong(&ok);
    if (!ok || value < 1)
        return Error::badInput(QCoreApplication::translate(
            "Syncline::RunsCommand", "--%1: expected a whole number from 1 up, found '%2'")
                                   .arg(option, arguments.value(option)));
    return value;
}

} // namespace

QList<CommandArguments> RunsCommand::commands() const
{
    return {
        CommandArguments(QStringLiteral("runs"), tr("List recent runs, newest first."))
            .addOption(jobOption, tr("Only the runs of this job"), QStringLiteral("JOB"))
            .addOption(limitOption, tr("At most N runs (default 20)"), QStringLiteral("N"))
            .addOption(jsonOption, tr("Print a JSON array instead of a table")),
        CommandArguments(QStringLiteral("quarantine"),
            tr("List the rows targets rejected. Each comes with the database's error."))
            .addOption(jobOption, tr("Only the rows of this job"), QStringLiteral("JOB"))
            .addOption(runOption, tr("Only the rows of this run"), QStringLiteral("ID"))
            .addOption(limitOption, tr("At most N rows (default 1000)"), QStringLiteral("N"))
            .addOption(jsonOption, tr("Print a JSON array instead of a table")),
    };
}

int RunsCommand::execute(const CommandArguments& arguments)
{
    if (arguments.name() == u"runs")
        return runs(arguments);
    return quarantine(arguments);
}

int RunsCommand::runs(const CommandArguments& arguments)
{
    const auto limit = positiveNumber(arguments, limitOption, 20);
    if (!limit)
        return m_context.usageError(limit.error().message, arguments.name());
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    const QString job = arguments.value(jobOption);
    const auto runs = RunRepository(**workspace).list(job, int(qMin<qint64>(*limit, 1000000)));
    if (!runs)
        return m_context.fail(runs.error());
    if (!job.isEmpty() && runs->isEmpty()) {
        // A job that was removed keeps its history; a name that never was is a typo.
        const auto config = ConfigRepository(**workspace).load();
        if (!config)
            return m_context.fail(config.error());
        if (!config->job(job))
            return m_context.fail(Error::badInput(tr("unknown job '%1'").arg(job)));
    }

    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        QJsonArray array;
        for (const RunRecord& run : *runs)
            array.append(toJson(run));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }
    TextTable table(
        { tr("ID"), tr("JOB"), tr("STATUS"), tr("STARTED"), tr("SECONDS"), tr("INSERTED"),
            tr("UPDATED"), tr("DELETED"), tr("UNCHANGED"), tr("QUARANTINED"), tr("ERROR") });
    for (int column : { 0, 4, 5, 6, 7, 8, 9 })
        table.setRightAligned(column);
    for (const RunRecord& run : *runs) {
        const QString status = run.dryRun ? tr("%1 (dry run)").arg(RunRecord::toString(run.status))
                                          : RunRecord::toString(run.status);
        const RunCounts& c = run.counts;
        table.addRow({ QString::number(run.id), run.job, status, localTime(run.startedAt),
            QString::number(run.seconds, 'f', 2), QString::number(c.inserted),
            QString::number(c.updated), QString::number(c.deleted), QString::number(c.unchanged),
            QString::number(c.quarantined), run.error });
    }
    out << table.toString();
    return CommandContext::Success;
}

int RunsCommand::quarantine(const CommandArguments& arguments)
{
    const auto limit = positiveNumber(arguments, limitOption, 1000);
    if (!limit)
        return m_context.usageError(limit.error().message, arguments.name());
    const auto runId = positiveNumber(arguments, runOption, 0);
    if (!runId)
        return m_context.usageError(runId.error().message, arguments.name());
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    const QString job = arguments.value(jobOption);
    const auto rows
        = QuarantineRepository(**workspace).list(job, *runId, int(qMin<qint64>(*limit, 1000000)));
    if (!rows)
        return m_context.fail(rows.error());
    if (rows->isEmpty()) {
        if (!job.isEmpty()) {
            const auto config = ConfigRepository(**workspace).load();
            if (!config)
                return m_context.fail(config.error());
            if (!config->job(job)) {
                const auto history = RunRepository(**workspace).list(job, 1);
                if (!history)
                    return m_context.fail(history.error());
                if (history->isEmpty())
                    return m_context.fail(Error::badInput(tr("unknown job '%1'").arg(job)));
            }
        }
        if (*runId > 0 && !RunRepository(**workspace).get(*runId))
            return m_context.fail(Error::badInput(tr("unknown run %1").arg(*runId)));
    }

    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        QJsonArray array;
        for (const QuarantinedRow& row : *rows)
            array.append(toJson(row));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }
    TextTable table(
        { tr("ID"), tr("RUN"), tr("JOB"), tr("KEY"), tr("OPERATION"), tr("CREATED"), tr("ERROR") });
    table.setRightAligned(0);
    table.setRightAligned(1);
    for (const QuarantinedRow& row : *rows)
        table.addRow({ QString::number(row.id), QString::number(row.runId), row.job, row.key,
            row.operation, localTime(row.createdAt), row.error });
    out << table.toString();
    return CommandContext::Success;
}

} // namespace Syncline
