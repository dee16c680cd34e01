// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"

namespace Syncline {

class CommandContext;
struct EndpointConfig;

// `endpoint list`, `endpoint test NAME` (connect, server version, latency, table count) and
// `endpoint set-password NAME` (one line from stdin into the OS keychain). Main thread only.
class EndpointCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::EndpointCommand)

public:
    explicit EndpointCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    int list(bool json);
    int test(const EndpointConfig& endpoint);
    int setPassword(const EndpointConfig& endpoint);
    // One line from stdin, not echoed when stdin is a terminal.
    QString readSecretLine(const QString& prompt);

    CommandContext& m_context;
};

} // namespace Syncline
