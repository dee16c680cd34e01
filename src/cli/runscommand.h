// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"

namespace Syncline {

class CommandContext;

// The record of past runs: `runs` (history with counts and errors) and `quarantine` (rows a
// target rejected, with the database's error), as a table or as JSON. Main thread only.
class RunsCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::RunsCommand)

public:
    explicit RunsCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    int runs(const CommandArguments& arguments);
    int quarantine(const CommandArguments& arguments);

    CommandContext& m_context;
};

} // namespace Syncline
