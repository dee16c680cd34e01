// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandgroup.h"
#include "core/result.h"

#include <memory>

namespace Syncline {

class CommandContext;
class Connection;
struct EndpointConfig;

// `capture enable ENDPOINT ENTITY [--key COLUMNS]`, `capture disable ENDPOINT ENTITY` and
// `capture status ENDPOINT ENTITY [--json]`: install, remove or inspect change-log capture (a
// change-log table and triggers in the endpoint's own database) for jobs with detect
// "changelog". The key is the table's primary key unless --key names the columns. Main thread
// only.
class CaptureCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::CaptureCommand)

public:
    explicit CaptureCommand(CommandContext& context)
        : m_context(context)
    { }

    QList<CommandArguments> commands() const override;
    int execute(const CommandArguments& arguments) override;

private:
    Result<std::unique_ptr<Connection>> connect(const EndpointConfig& endpoint);
    int enable(Connection& connection, const QString& endpoint, const QString& entity,
        const CommandArguments& arguments);
    int disable(Connection& connection, const QString& endpoint, const QString& entity);
    int status(Connection& connection, const QString& endpoint, const QString& entity, bool json);

    CommandContext& m_context;
};

} // namespace Syncline
