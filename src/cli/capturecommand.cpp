// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturecommand.h"

#include "commandcontext.h"
#include "connectors/connectionfactory.h"
#include "connectors/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Syncline {

namespace {

const QString endpointArgument = QStringLiteral("ENDPOINT");
const QString entityArgument = QStringLiteral("ENTITY");
const QString keyOption = QStringLiteral("key");
const QString jsonOption = QStringLiteral("json");

// The error, prefixed with the endpoint unless its message already names it.
Error aboutEndpoint(const Error& error, const QString& name)
{
    return error.message.contains(name) ? error : error.within(QStringLiteral("endpoint ") + name);
}

} // namespace

QList<CommandArguments> CaptureCommand::commands() const
{
    const QString endpointHelp = tr("The endpoint (sqlite or postgresql)");
    const QString entityHelp = tr("The table (PostgreSQL: schema.table outside \"public\")");
    return {
        CommandArguments(QStringLiteral("capture enable"),
            tr("Install change-log capture on a table, for jobs with \"detect\": \"changelog\". "
               "Creates a change-log table and triggers in the endpoint's database that record "
               "the key of every inserted, updated or deleted row; the table's own triggers "
               "stay as they are. Running it again is harmless. Changes made while capture "
               "was off are not in the log: run the job once with \"detect\": \"hash\" after "
               "enabling capture on a table that already holds data."))
            .addPositional(endpointArgument, endpointHelp)
            .addPositional(entityArgument, entityHelp)
            .addOption(keyOption,
                tr("The key columns, comma-separated (default: the table's primary key)"),
                QStringLiteral("COLUMNS")),
        CommandArguments(QStringLiteral("capture disable"),
            tr("Remove change-log capture from a table: its triggers and its entries in the "
               "change log. The change-log table goes when no captured table is left."))
            .addPositional(endpointArgument, endpointHelp)
            .addPositional(entityArgument, entityHelp),
        CommandArguments(QStringLiteral("capture status"),
            tr("Show whether change-log capture is enabled on a table, and the newest "
               "sequence number in its change log."))
            .addPositional(endpointArgument, endpointHelp)
            .addPositional(entityArgument, entityHelp)
            .addOption(jsonOption, tr("Print a JSON object instead of text")),
    };
}

int CaptureCommand::execute(const CommandArguments& arguments)
{
    const auto config = m_context.loadConfig();
    if (!config)
        return m_context.fail(config.error());
    const QString name = arguments.positional(endpointArgument);
    const QString entity = arguments.positional(entityArgument);
    const EndpointConfig* endpoint = config->endpoint(name);
    if (!endpoint)
        return m_context.fail(Error::badInput(tr("unknown endpoint '%1'").arg(name)));
    if (arguments.isSet(keyOption)) {
        // Checked before connecting: a usage error should not wait for a server.
        const QStringList keys
            = arguments.value(keyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool blank = keys.isEmpty();
        for (const QString& key : keys)
            blank = blank || key.trimmed().isEmpty();
        if (blank)
            return m_context.usageError(
                tr("--key needs column names, comma-separated"), arguments.name());
    }

    auto connection = connect(*endpoint);
    if (!connection)
        return m_context.fail(aboutEndpoint(connection.error(), endpoint->name));
    if (arguments.name() == u"capture enable")
        return enable(**connection, endpoint->name, entity, arguments);
    if (arguments.name() == u"capture disable")
        return disable(**connection, endpoint->name, entity);
    return status(**connection, endpoint->name, entity, arguments.isSet(jsonOption));
}

Result<std::unique_ptr<Connection>> CaptureCommand::connect(const EndpointConfig& endpoint)
{
    const auto password = SecretStore::password(endpoint);
    if (!password)
        return password.error();
    return ConnectionFactory::open(endpoint, *password);
}

int CaptureCommand::enable(Connection& connection, const QString& endpoint, const QString& entity,
    const CommandArguments& arguments)
{
    QStringList keys;
    if (arguments.isSet(keyOption)) {
        for (const QString& key :
            arguments.value(keyOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            keys.append(key.trimmed());
    } else {
        const auto info = connection.describe(entity);
        if (!info)
            return m_context.fail(aboutEndpoint(info.error(), endpoint));
        keys = info->primaryKey;
        if (keys.isEmpty())
            return m_context.fail(Error::badInput(
                tr("table '%1' of endpoint %2 has no primary key; name its key columns with "
                   "--key COLUMN[,COLUMN...]")
                    .arg(entity, endpoint)));
    }
    const Status enabled = connection.enableCapture(entity, keys);
    if (!enabled)
        return m_context.fail(aboutEndpoint(enabled.error(), endpoint));
    m_context.out() << tr("Change-log capture is enabled on %1 of endpoint %2 (key: %3).")
                           .arg(entity, endpoint, keys.join(QStringLiteral(", ")))
                    << Qt::endl;
    return CommandContext::Success;
}

int CaptureCommand::disable(Connection& connection, const QString& endpoint, const QString& entity)
{
    const Status disabled = connection.disableCapture(entity);
    if (!disabled)
        return m_context.fail(aboutEndpoint(disabled.error(), endpoint));
    m_context.out() << tr("Change-log capture is disabled on %1 of endpoint %2; its change-log "
                          "entries are removed.")
                           .arg(entity, endpoint)
                    << Qt::endl;
    return CommandContext::Success;
}

int CaptureCommand::status(
    Connection& connection, const QString& endpoint, const QString& entity, bool json)
{
    const auto enabled = connection.captureEnabled(entity);
    if (!enabled)
        return m_context.fail(aboutEndpoint(enabled.error(), endpoint));
    qint64 latest = 0;
    if (*enabled) {
        const auto newest = connection.latestChange(entity);
        if (!newest)
            return m_context.fail(aboutEndpoint(newest.error(), endpoint));
        latest = *newest;
    }
    if (json) {
        QJsonObject object { { QStringLiteral("endpoint"), endpoint },
            { QStringLiteral("entity"), entity }, { QStringLiteral("enabled"), *enabled } };
        if (*enabled)
            object.insert(QStringLiteral("latestChange"), latest);
        m_context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                        << Qt::endl;
        return CommandContext::Success;
    }
    QTextStream& out = m_context.out();
    out << tr("endpoint: %1").arg(endpoint) << '\n'
        << tr("table:    %1").arg(entity) << '\n'
        << tr("capture:  %1").arg(*enabled ? tr("enabled") : tr("disabled")) << '\n';
    if (*enabled)
        out << tr("latest:   %1").arg(latest) << '\n';
    out.flush();
    return CommandContext::Success;
}

} // namespace Syncline
