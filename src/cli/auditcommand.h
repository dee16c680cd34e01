// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"

namespace Syncline {

class CommandContext;

// `audit`: the workspace's audit log (who changed which config, who resolved which conflict
// how), newest first, as a table with a one-line summary of each entry's detail or as JSON
// with the detail whole. Main thread only.
class AuditCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::AuditCommand)

public:
    explicit AuditCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    CommandContext& m_context;
};

} // namespace Syncline
