// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"
#include "engine/conflictresolver.h"

namespace Syncline {

class CommandContext;

// The conflict queue of two-way jobs: `conflicts list` (what waits for a decision),
// `conflicts show` (one conflict with base, source and target side by side) and
// `conflicts resolve` (a decision, applied to both sides by the engine's ConflictResolver and
// audited; one conflict, or every one matching filters by a side or a saved rule) and
// `conflicts snooze` (defer until a time, or --clear). Tables for people, JSON for scripts. Main
// thread only.
class ConflictCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::ConflictCommand)

public:
    explicit ConflictCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    int list(const CommandArguments& arguments);
    int show(const CommandArguments& arguments);
    int resolve(const CommandArguments& arguments);
    int resolveMany(const CommandArguments& arguments, const QList<qint64>& ids,
        const BulkDecision& decision, const QString& location);
    int snooze(const CommandArguments& arguments);

    CommandContext& m_context;
};

} // namespace Syncline
