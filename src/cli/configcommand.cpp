// SPDX-License-Identifier: GPL-3.0-or-later
#include "configcommand.h"

#include "commandcontext.h"
#include "core/configparser.h"
#include "engine/demoworkspace.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace Syncline {

QList<CommandArguments> ConfigCommand::commands() const
{
    return {
        CommandArguments(QStringLiteral("init"),
            tr("Create or update the workspace and print where it is. An existing "
               "workspace is brought to the current schema.")),
        CommandArguments(QStringLiteral("import"),
            tr("Merge a config file into the workspace. Its endpoints, mappings and "
               "jobs replace items of the same name. All or nothing: on any error the "
               "workspace stays as it was."))
            .addPositional(QStringLiteral("FILE"), tr("The JSON config file; '-' reads stdin")),
        CommandArguments(QStringLiteral("export"),
            tr("Write the workspace's config as JSON. It never holds a password: none "
               "is stored."))
            .addPositional(
                QStringLiteral("FILE"), tr("Where to write it; stdout when omitted"), true),
        CommandArguments(QStringLiteral("demo"),
            tr("Set up demo databases and jobs. Creates two SQLite databases (a CRM "
               "source with customers and orders, an empty target) and the jobs that "
               "sync them, unless the workspace already has jobs."))
            .addOption(QStringLiteral("data-dir"),
                tr("Where to put the databases (default: the workspace's directory + "
                   "/demo)"),
                QStringLiteral("DIR")),
    };
}

int ConfigCommand::execute(const CommandArguments& arguments)
{
    const QString name = arguments.name();
    if (name == u"init")
        return init();
    if (name == u"import")
        return importFile(arguments.positional(QStringLiteral("FILE")));
    if (name == u"export")
        return exportTo(arguments.positional(QStringLiteral("FILE")));
    return demo(arguments.value(QStringLiteral("data-dir")));
}

int ConfigCommand::init()
{
    auto workspace = m_context.openWorkspace(CommandContext::Open::CreateIfMissing);
    if (!workspace)
        return m_context.fail(workspace.error());
    m_context.out() << QDir::toNativeSeparators((*workspace)->location()) << Qt::endl;
    return CommandContext::Success;
}

int ConfigCommand::importFile(const QString& fileName)
{
    // Read and parse before touching the workspace, so bad input cannot change it.
    QFile file;
    QString sourceName = fileName;
    bool opened = false;
    if (fileName == u"-") {
        sourceName = QStringLiteral("<stdin>");
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(fileName);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return m_context.fail(
            Error::badInput(tr("%1: cannot read: %2").arg(sourceName, file.errorString())));
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return m_context.fail(
            Error::badInput(tr("%1: cannot read: %2").arg(sourceName, file.errorString())));

    const auto config = ConfigParser::parse(json, sourceName);
    if (!config)
        return m_context.fail(config.error());
    auto workspace = m_context.openWorkspace(CommandContext::Open::CreateIfMissing);
    if (!workspace)
        return m_context.fail(workspace.error());
    const Status imported
        = ConfigRepository(**workspace).import(*config, AuditRepository::currentActor());
    if (!imported)
        return m_context.fail(imported.error());
    m_context.out() << tr("Imported %1: endpoints %2, mappings %3, jobs %4")
                           .arg(sourceName)
                           .arg(config->endpoints.size())
                           .arg(config->mappings.size())
                           .arg(config->jobs.size())
                    << Qt::endl;
    return CommandContext::Success;
}

int ConfigCommand::exportTo(const QString& fileName)
{
    const auto config = m_context.loadConfig();
    if (!config)
        return m_context.fail(config.error());
    const QByteArray json
        = QJsonDocument(ConfigParser::toJson(*config)).toJson(QJsonDocument::Indented);
    if (fileName.isEmpty() || fileName == u"-") {
        m_context.out().flush();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return CommandContext::Success;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return m_context.fail(
            Error::runtime(tr("%1: cannot write: %2").arg(fileName, file.errorString())));
    return CommandContext::Success;
}

int ConfigCommand::demo(const QString& dataDir)
{
    const auto created = DemoWorkspace::create(m_context.workspaceLocation(), dataDir);
    if (!created)
        return m_context.fail(created.error());
    m_context.out() << *created << Qt::endl;
    return CommandContext::Success;
}

} // namespace Syncline
