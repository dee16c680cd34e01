// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/workspaceconfig.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace Syncline {

class Workspace;

// What every synclinectl command shares: the workspace location, stdout and stderr, and the
// rules that turn errors into one stderr line and an exit status (0 success, 1 failure at
// run time or cancelled, 2 bad input or usage). Owned by CommandLine; main thread only.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::CommandContext)

public:
    enum ExitStatus { Success = 0, Failure = 1, BadInput = 2 };
    enum class Open { CreateIfMissing, MustExist };

    CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool isErrorTerminal() const;
    bool isInputTerminal() const;

    QString workspaceLocation() const { return m_workspaceLocation; }
    void setWorkspaceLocation(const QString& location) { m_workspaceLocation = location; }

    // MustExist: a missing workspace is a BadInput error instead of a new, empty one.
    Result<std::unique_ptr<Workspace>> openWorkspace(Open mode) const;
    // The stored config of an existing workspace.
    Result<WorkspaceConfig> loadConfig() const;

    // Prints "synclinectl: <message>" on stderr and returns the exit status for its kind.
    int fail(const Error& error);
    // A usage error: the message, a pointer to the help, exit status 2.
    int usageError(const QString& message, const QString& command = {});
    // Prints a line on stderr (notes and warnings that are not the command's output).
    void note(const QString& message);
    static int exitStatus(ErrorKind kind);

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_workspaceLocation;
};

} // namespace Syncline
