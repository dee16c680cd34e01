// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "store/configrepository.h"
#include "store/workspace.h"

#include <QDir>

#include <cstdio>
#include <unistd.h>

namespace Syncline {

CommandContext::CommandContext()
    : m_out(stdout, QIODevice::WriteOnly)
    , m_err(stderr, QIODevice::WriteOnly)
{ }

bool CommandContext::isErrorTerminal() const
{
    return ::isatty(::fileno(stderr)) == 1;
}

bool CommandContext::isInputTerminal() const
{
    return ::isatty(::fileno(stdin)) == 1;
}

Result<std::unique_ptr<Workspace>> CommandContext::openWorkspace(Open mode) const
{
    if (mode == Open::MustExist && !Workspace::exists(m_workspaceLocation))
        return Error::badInput(tr("no workspace at %1; create one with 'synclinectl init'")
                                   .arg(QDir::toNativeSeparators(m_workspaceLocation)));
    return Workspace::open(m_workspaceLocation);
}

Result<WorkspaceConfig> CommandContext::loadConfig() const
{
    auto workspace = openWorkspace(Open::MustExist);
    if (!workspace)
        return workspace.error();
    return ConfigRepository(**workspace).load();
}

int CommandContext::fail(const Error& error)
{
    m_out.flush();
    QString message = error.message.trimmed();
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << QStringLiteral("synclinectl: ") << message << Qt::endl;
    return exitStatus(error.kind);
}

int CommandContext::usageError(const QString& message, const QString& command)
{
    const QString help = command.isEmpty() ? QStringLiteral("synclinectl --help")
                                           : QStringLiteral("synclinectl help ") + command;
    const QString prefix = command.isEmpty() ? QString() : command + QStringLiteral(": ");
    return fail(Error::badInput(tr("%1%2 (see '%3')").arg(prefix, message, help)));
}

void CommandContext::note(const QString& message)
{
    m_out.flush();
    m_err << message << Qt::endl;
}

int CommandContext::exitStatus(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput:
        return BadInput;
    case ErrorKind::Runtime:
    case ErrorKind::Cancelled:
        break;
    }
    return Failure;
}

} // namespace Syncline
