// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"

namespace Syncline {

class CommandContext;

// `daemon [--listen ADDRESS:PORT]`: runs the Scheduler headless until SIGTERM or SIGINT, which
// stop firing, let running jobs finish their batch in flight, release the leases and exit 0.
// With --listen it serves GET /health (JSON) and GET /metrics (Prometheus text format).
// Main thread only.
class DaemonCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::DaemonCommand)

public:
    explicit DaemonCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    CommandContext& m_context;
};

} // namespace Syncline
