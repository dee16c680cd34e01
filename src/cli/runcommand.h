// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"

#include <atomic>

namespace Syncline {

class CommandContext;
struct RunReport;

// `run JOB [--dry-run] [--json]`: executes a job once on the main thread through SyncRun,
// with a progress bar on stderr when it is a terminal; SIGINT and SIGTERM cancel the run
// after the batch in flight (a second signal ends the process). Main thread only.
class RunCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::RunCommand)

public:
    explicit RunCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

    // "customers-push: succeeded in 1.23 s — inserted 10, updated 2, ..."
    static QString summary(const RunReport& report);

private:
    void printPlanned(const RunReport& report);
    // The SIGINT/SIGTERM handler.
    static void requestCancel(int signal);

    CommandContext& m_context;
    // Set by the signal handler, polled by SyncRun between batches.
    static std::atomic_bool s_cancelRequested;
};

} // namespace Syncline
