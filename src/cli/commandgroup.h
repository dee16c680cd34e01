// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandarguments.h"

#include <QList>

namespace Syncline {

// A family of synclinectl commands that belong together ("endpoint list", "endpoint test"...).
// CommandLine finds the command, parses its arguments and hands them over. Implementations
// hold a reference to the CommandContext that CommandLine owns; main thread only.
class CommandGroup
{
public:
    virtual ~CommandGroup() = default;

    // The commands of the group with their syntax, unparsed.
    virtual QList<CommandArguments> commands() const = 0;
    // Runs one of them; returns the process exit status.
    virtual int execute(const CommandArguments& arguments) = 0;
};

} // namespace Syncline
