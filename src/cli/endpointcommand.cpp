// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointcommand.h"

#include "commandcontext.h"
#include "connectors/connectionfactory.h"
#include "connectors/secretstore.h"
#include "core/configparser.h"
#include "texttable.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace Syncline {

namespace {

const QString nameArgument = QStringLiteral("NAME");

// Turns terminal echo off for its lifetime.
class EchoOff final
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (::tcgetattr(m_fd, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = ::tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    int m_fd;
    termios m_saved {};
    bool m_active = false;
};

// The error, prefixed with the endpoint unless its message already names it.
Error aboutEndpoint(const Error& error, const QString& name)
{
    return error.message.contains(name) ? error : error.within(QStringLiteral("endpoint ") + name);
}

} // namespace

QList<CommandArguments> EndpointCommand::commands() const
{
    return {
        CommandArguments(QStringLiteral("endpoint list"), tr("List the endpoints."))
            .addOption(QStringLiteral("json"), tr("Print a JSON array instead of a table")),
        CommandArguments(QStringLiteral("endpoint test"),
            tr("Connect to an endpoint. Prints the server version, how long "
               "connecting took and how many tables there are."))
            .addPositional(nameArgument, tr("The endpoint")),
        CommandArguments(QStringLiteral("endpoint set-password"),
            tr("Store an endpoint's password in the OS keychain. Reads one line from "
               "stdin, not echoed on a terminal."))
            .addPositional(nameArgument, tr("The endpoint")),
    };
}

int EndpointCommand::execute(const CommandArguments& arguments)
{
    if (arguments.name() == u"endpoint list")
        return list(arguments.isSet(QStringLiteral("json")));

    const auto config = m_context.loadConfig();
    if (!config)
        return m_context.fail(config.error());
    const QString name = arguments.positional(nameArgument);
    const EndpointConfig* endpoint = config->endpoint(name);
    if (!endpoint)
        return m_context.fail(Error::badInput(tr("unknown endpoint '%1'").arg(name)));
    if (arguments.name() == u"endpoint test")
        return test(*endpoint);
    return setPassword(*endpoint);
}

int EndpointCommand::list(bool json)
{
    const auto config = m_context.loadConfig();
    if (!config)
        return m_context.fail(config.error());
    if (json) {
        QJsonArray array;
        for (const EndpointConfig& endpoint : config->endpoints)
            array.append(ConfigParser::toJson(endpoint));
        m_context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }
    TextTable table({ tr("NAME"), tr("KIND"), tr("URL"), tr("PASSWORD") });
    for (const EndpointConfig& endpoint : config->endpoints) {
        QString password = tr("none");
        if (!endpoint.passwordEnv.isEmpty())
            password = QStringLiteral("$") + endpoint.passwordEnv;
        if (endpoint.keychain)
            password = endpoint.passwordEnv.isEmpty() ? tr("keychain")
                                                      : tr("%1, else keychain").arg(password);
        table.addRow({ endpoint.name, endpoint.kind, endpoint.url, password });
    }
    m_context.out() << table.toString();
    return CommandContext::Success;
}

int EndpointCommand::test(const EndpointConfig& endpoint)
{
    const auto password = SecretStore::password(endpoint);
    if (!password)
        return m_context.fail(aboutEndpoint(password.error(), endpoint.name));
    QElapsedTimer timer;
    timer.start();
    auto connection = ConnectionFactory::open(endpoint, *password);
    if (!connection)
        return m_context.fail(aboutEndpoint(connection.error(), endpoint.name));
    const auto version = (*connection)->serverVersion();
    const qint64 latency = timer.elapsed();
    if (!version)
        return m_context.fail(aboutEndpoint(version.error(), endpoint.name));
    const auto entities = (*connection)->entities();
    if (!entities)
        return m_context.fail(aboutEndpoint(entities.error(), endpoint.name));

    QTextStream& out = m_context.out();
    out << tr("endpoint: %1").arg(endpoint.name) << '\n'
        << tr("server:   %1").arg(*version) << '\n'
        << tr("latency:  %1 ms").arg(latency) << '\n'
        << tr("tables:   %1").arg(entities->size()) << Qt::endl;
    return CommandContext::Success;
}

int EndpointCommand::setPassword(const EndpointConfig& endpoint)
{
    const QString password = readSecretLine(tr("Password for endpoint '%1': ").arg(endpoint.name));
    if (password.isEmpty())
        return m_context.fail(Error::badInput(tr("no password given on stdin")));
    const Status stored = SecretStore::storePassword(endpoint.name, password);
    if (!stored)
        return m_context.fail(aboutEndpoint(stored.error(), endpoint.name));
    if (!endpoint.keychain)
        m_context.note(tr("note: endpoint '%1' does not have \"keychain\": true, so runs do not "
                          "use the stored password yet")
                           .arg(endpoint.name));
    m_context.note(tr("Stored the password for endpoint '%1' in the keychain.").arg(endpoint.name));
    return CommandContext::Success;
}

QString EndpointCommand::readSecretLine(const QString& prompt)
{
    std::string line;
    if (m_context.isInputTerminal()) {
        m_context.err() << prompt;
        m_context.err().flush();
        {
            EchoOff echoOff(::fileno(stdin));
            std::getline(std::cin, line);
        }
        m_context.err() << Qt::endl;
    } else {
        std::getline(std::cin, line);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace Syncline
