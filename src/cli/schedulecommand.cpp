// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulecommand.h"

#include "commandcontext.h"
#include "core/schedule.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/leaserepository.h"
#include "store/schedulerepository.h"
#include "store/workspace.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Syncline {

namespace {

const QString jsonOption = QStringLiteral("json");
const QString jobArgument = QStringLiteral("JOB");

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QString();
}

} // namespace

QList<CommandArguments> ScheduleCommand::commands() const
{
    return {
        CommandArguments(QStringLiteral("schedule list"),
            tr("List the jobs with their schedules. Shows the window, whether the job is paused, "
               "its last and next fire and which scheduler holds it now."))
            .addOption(jsonOption, tr("Print a JSON array instead of a table")),
        CommandArguments(QStringLiteral("schedule pause"),
            tr("Pause a job's schedule. Schedulers stop firing it from their next tick; a run "
               "under way finishes."))
            .addPositional(jobArgument, tr("The job to pause")),
        CommandArguments(QStringLiteral("schedule resume"),
            tr("Resume a paused job's schedule. It fires at its next due time."))
            .addPositional(jobArgument, tr("The job to resume")),
    };
}

int ScheduleCommand::execute(const CommandArguments& arguments)
{
    if (arguments.name() == u"schedule list")
        return list(arguments);
    return setPaused(arguments, arguments.name() == u"schedule pause");
}

int ScheduleCommand::list(const CommandArguments& arguments)
{
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    const auto config = ConfigRepository(**workspace).load();
    if (!config)
        return m_context.fail(config.error());
    const auto states = ScheduleRepository(**workspace).list();
    if (!states)
        return m_context.fail(states.error());
    const auto leases = LeaseRepository(**workspace).list();
    if (!leases)
        return m_context.fail(leases.error());
    QHash<QString, ScheduleState> stateOf;
    for (const ScheduleState& state : *states)
        stateOf.insert(state.job, state);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QString> holderOf;
    for (const Lease& lease : *leases) {
        if (lease.expiresAt > now)
            holderOf.insert(lease.job, lease.holder);
    }

    QJsonArray array;
    TextTable table({ tr("JOB"), tr("SCHEDULE"), tr("WINDOW"), tr("PAUSED"), tr("LAST FIRE"),
        tr("NEXT FIRE"), tr("LEASE HOLDER") });
    for (const JobConfig& job : std::as_const(config->jobs)) {
        const auto schedule = Schedule::fromConfig(job.schedule);
        const QString description
            = schedule ? schedule->describe() : tr("invalid: %1").arg(schedule.error().message);
        const ScheduleState state = stateOf.value(job.name);
        // Before any scheduler saw the job, say when it would fire.
        QDateTime next = state.nextFire;
        if (!next.isValid() && schedule && !schedule->isOnDemand())
            next = schedule->nextFire(now);
        const QString holder = holderOf.value(job.name);
        if (arguments.isSet(jsonOption)) {
            array.append(QJsonObject {
                { QStringLiteral("job"), job.name },
                { QStringLiteral("schedule"), description },
                { QStringLiteral("window"), job.schedule.window },
                { QStringLiteral("missed"), ScheduleConfig::toString(job.schedule.missed) },
                { QStringLiteral("paused"), state.paused },
                { QStringLiteral("last_fire"), isoOrNull(state.lastFire) },
                { QStringLiteral("next_fire"),
                    isoOrNull(job.schedule.isOnDemand() ? QDateTime() : next) },
                { QStringLiteral("lease_holder"),
                    holder.isEmpty() ? QJsonValue() : QJsonValue(holder) },
            });
        } else {
            table.addRow({ job.name, description, job.schedule.window,
                state.paused ? tr("yes") : tr("no"), localTime(state.lastFire),
                job.schedule.isOnDemand() ? QString() : localTime(next), holder });
        }
    }
    if (arguments.isSet(jsonOption))
        m_context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        m_context.out() << table.toString();
    return CommandContext::Success;
}

int ScheduleCommand::setPaused(const CommandArguments& arguments, bool paused)
{
    const QString job = arguments.positional(jobArgument);
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    const auto config = ConfigRepository(**workspace).load();
    if (!config)
        return m_context.fail(config.error());
    if (!config->job(job))
        return m_context.fail(Error::badInput(tr("unknown job '%1'").arg(job)));
    const Status done = (*workspace)->transaction([&]() -> Status {
        if (Status s = ScheduleRepository(**workspace).setPaused(job, paused); !s)
            return s;
        return AuditRepository(**workspace)
            .record(AuditRepository::currentActor(),
                paused ? QStringLiteral("schedule.pause") : QStringLiteral("schedule.resume"),
                QStringLiteral("job:%1").arg(job), QJsonObject());
    });
    if (!done)
        return m_context.fail(done.error());
    m_context.out() << (paused ? tr("Paused the schedule of job %1.").arg(job)
                               : tr("Resumed the schedule of job %1.").arg(job))
                    << Qt::endl;
    return CommandContext::Success;
}

} // namespace Syncline
