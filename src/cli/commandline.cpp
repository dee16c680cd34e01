// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "alertscommand.h"
#include "auditcommand.h"
#include "capturecommand.h"
#include "configcommand.h"
#include "conflictcommand.h"
#include "daemoncommand.h"
#include "endpointcommand.h"
#include "runcommand.h"
#include "runscommand.h"
#include "schedulecommand.h"
#include "store/workspace.h"

namespace Syncline {

namespace {

const QString workspaceFlag = QStringLiteral("--workspace");

} // namespace

CommandLine::CommandLine()
{
    m_groups.push_back(std::make_unique<ConfigCommand>(m_context));
    m_groups.push_back(std::make_unique<EndpointCommand>(m_context));
    m_groups.push_back(std::make_unique<RunCommand>(m_context));
    m_groups.push_back(std::make_unique<RunsCommand>(m_context));
    m_groups.push_back(std::make_unique<ConflictCommand>(m_context));
    m_groups.push_back(std::make_unique<AuditCommand>(m_context));
    m_groups.push_back(std::make_unique<AlertsCommand>(m_context));
    m_groups.push_back(std::make_unique<CaptureCommand>(m_context));
    m_groups.push_back(std::make_unique<ScheduleCommand>(m_context));
    m_groups.push_back(std::make_unique<DaemonCommand>(m_context));
}

CommandLine::~CommandLine() = default;

CommandLine::Found CommandLine::find(const QStringList& words) const
{
    Found found;
    for (const auto& group : m_groups) {
        for (const CommandArguments& command : group->commands()) {
            const QStringList name = command.name().split(QLatin1Char(' '));
            if (name.size() > words.size() || words.mid(0, name.size()) != name)
                continue;
            if (name.size() > found.words) {
                found.group = group.get();
                found.command = command;
                found.words = int(name.size());
            }
        }
    }
    return found;
}

QString CommandLine::usage() const
{
    QString text = tr("Usage: synclinectl [--workspace PATH] COMMAND [ARGUMENTS]")
        + QStringLiteral("\n\n")
        + tr("Syncline on the command line: manage a workspace's endpoints, mappings and jobs, "
             "run jobs and look at their history.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    QList<std::pair<QString, QString>> rows;
    for (const auto& group : m_groups) {
        for (const CommandArguments& command : group->commands())
            rows.append({ command.shortSynopsis(), command.headline() });
    }
    rows.append({ QStringLiteral("help [COMMAND]"), tr("Show the help of a command") });
    qsizetype width = 0;
    for (const auto& [left, right] : rows)
        width = qMax(width, left.size());
    for (const auto& [left, right] : rows)
        text += QStringLiteral("  ") + left.leftJustified(width + 2) + right + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n')
        + QStringLiteral("  -w, --workspace PATH  ")
        + tr("The workspace file or directory (default: $SYNCLINE_WORKSPACE, else %1)")
              .arg(Workspace::defaultLocation())
        + QLatin1Char('\n') + QStringLiteral("  -h, --help            ") + tr("Show this help")
        + QLatin1Char('\n') + QStringLiteral("  -V, --version         ") + tr("Show the version")
        + QStringLiteral("\n\n") + tr("'synclinectl help COMMAND' shows a command's options.")
        + QLatin1Char('\n')
        + tr("Exit status: 0 success, 1 failure at run time or cancelled, 2 bad input or usage.")
        + QLatin1Char('\n');
    return text;
}

int CommandLine::help(const QStringList& words)
{
    if (words.isEmpty()) {
        m_context.out() << usage();
        return CommandContext::Success;
    }
    const Found found = find(words);
    if (found.command && found.words == words.size()) {
        m_context.out() << found.command->helpText();
        return CommandContext::Success;
    }
    // "help endpoint": every sub-command of the group.
    QString text;
    for (const auto& group : m_groups) {
        for (const CommandArguments& command : group->commands()) {
            if (command.name().startsWith(words.join(QLatin1Char(' ')) + QLatin1Char(' ')))
                text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + command.helpText();
        }
    }
    if (text.isEmpty())
        return m_context.usageError(tr("unknown command '%1'").arg(words.join(QLatin1Char(' '))));
    m_context.out() << text;
    return CommandContext::Success;
}

int CommandLine::exec(const QStringList& arguments)
{
    QString workspace;
    bool helpRequested = false;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == workspaceFlag || argument == u"-w") {
            if (i + 1 >= arguments.size())
                return m_context.usageError(tr("missing value after '%1'").arg(argument));
            workspace = arguments[++i];
        } else if (argument.startsWith(workspaceFlag + QLatin1Char('='))) {
            workspace = argument.mid(workspaceFlag.size() + 1);
        } else if (argument == u"--help" || argument == u"-h") {
            helpRequested = true;
        } else if (argument == u"--version" || argument == u"-V") {
            m_context.out()
                << QStringLiteral("synclinectl %1").arg(QCoreApplication::applicationVersion())
                << Qt::endl;
            return CommandContext::Success;
        } else if (argument == u"--") {
            ++i;
            break;
        } else if (argument.startsWith(QLatin1Char('-')) && argument != u"-") {
            return m_context.usageError(tr("unknown option '%1'").arg(argument));
        } else {
            break;
        }
    }
    const QStringList rest = arguments.mid(i);
    if (rest.isEmpty()) {
        if (helpRequested)
            return help({});
        m_context.err() << usage();
        m_context.err().flush();
        return CommandContext::BadInput;
    }
    if (rest.first() == u"help")
        return help(rest.mid(1));

    Found found = find(rest);
    if (!found.command) {
        // "endpoint" alone, or "endpoint frob": name the sub-commands there are.
        QStringList subcommands;
        for (const auto& group : m_groups) {
            for (const CommandArguments& command : group->commands()) {
                const QStringList name = command.name().split(QLatin1Char(' '));
                if (name.size() == 2 && name.first() == rest.first())
                    subcommands.append(name.last());
            }
        }
        if (subcommands.isEmpty())
            return m_context.usageError(tr("unknown command '%1'").arg(rest.first()));
        if (helpRequested || rest.contains(QStringLiteral("--help"))
            || rest.contains(QStringLiteral("-h")))
            return help({ rest.first() });
        const QString expected = subcommands.join(QStringLiteral(", "));
        if (rest.size() < 2)
            return m_context.usageError(
                tr("missing sub-command (one of: %1)").arg(expected), rest.first());
        return m_context.usageError(
            tr("unknown sub-command '%1' (expected one of: %2)").arg(rest[1], expected),
            rest.first());
    }

    CommandArguments& command = *found.command;
    if (helpRequested) {
        m_context.out() << command.helpText();
        return CommandContext::Success;
    }
    if (const Status parsed = command.parse(rest.mid(found.words)); !parsed)
        return m_context.usageError(parsed.error().message, command.name());
    if (command.helpRequested()) {
        m_context.out() << command.helpText();
        return CommandContext::Success;
    }
    if (!command.workspace().isEmpty())
        workspace = command.workspace();
    m_context.setWorkspaceLocation(workspace.isEmpty() ? Workspace::defaultLocation() : workspace);
    const int status = found.group->execute(command);
    m_context.out().flush();
    m_context.err().flush();
    return status;
}

} // namespace Syncline
