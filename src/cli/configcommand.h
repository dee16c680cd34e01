// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"

namespace Syncline {

class CommandContext;

// The workspace and its config as code: `init`, `import FILE`, `export [FILE]` and `demo`.
// Import is all or nothing: bad input leaves the workspace as it was. Main thread only.
class ConfigCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::ConfigCommand)

public:
    explicit ConfigCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    int init();
    int importFile(const QString& fileName);
    int exportTo(const QString& fileName);
    int demo(const QString& dataDir);

    CommandContext& m_context;
};

} // namespace Syncline
