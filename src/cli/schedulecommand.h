// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"

namespace Syncline {

class CommandContext;

// `schedule list` (each job's schedule, window, paused flag, last and next fire and lease
// holder) and `schedule pause|resume JOB`, which every scheduler on the workspace obeys from
// its next tick. Main thread only.
class ScheduleCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::ScheduleCommand)

public:
    explicit ScheduleCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    int list(const CommandArguments& arguments);
    int setPaused(const CommandArguments& arguments, bool paused);

    CommandContext& m_context;
};

} // namespace Syncline
