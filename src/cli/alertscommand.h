// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"

namespace Syncline {

class AlertMonitor;
class CommandContext;

// Alerts on the command line: `alerts list` (each rule per job with its current state),
// `alerts history` (firings and recoveries with their deliveries), `alerts test CHANNEL`
// (a test message through one channel, waiting for its outcome) and `alerts check` (evaluate
// the rules once now, for hosts without the daemon). Main thread only.
class AlertsCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::AlertsCommand)

public:
    explicit AlertsCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    int list(const CommandArguments& arguments);
    int history(const CommandArguments& arguments);
    int test(const CommandArguments& arguments);
    int check(const CommandArguments& arguments);
    // Runs the event loop until `monitor` has no delivery in flight (bounded).
    void waitForDeliveries(AlertMonitor& monitor, int timeoutMs);

    CommandContext& m_context;
};

} // namespace Syncline
