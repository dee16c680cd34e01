// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"
#include "commandgroup.h"

#include <memory>
#include <optional>
#include <vector>

namespace Syncline {

// synclinectl's front door: reads the global options (--workspace, --help, --version), finds
// the command (one or two words), parses its arguments, picks the workspace location
// (--workspace, else $SYNCLINE_WORKSPACE, else the default) and runs it. Usage errors go to
// stderr with exit status 2. Owns the CommandContext and the command groups; main thread.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::CommandLine)

public:
    CommandLine();
    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    // `arguments` as QCoreApplication::arguments() gives them (the program first).
    // Returns the process exit status.
    int exec(const QStringList& arguments);

private:
    struct Found
    {
        CommandGroup* group = nullptr;
        std::optional<CommandArguments> command;
        int words = 0;
    };
    Found find(const QStringList& words) const;
    QString usage() const;
    int help(const QStringList& words);

    CommandContext m_context;
    std::vector<std::unique_ptr<CommandGroup>> m_groups;
};

} // namespace Syncline
