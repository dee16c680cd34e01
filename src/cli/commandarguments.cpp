// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandarguments.h"

#include <QCommandLineParser>

namespace Syncline {

namespace {

const QString workspaceOption = QStringLiteral("workspace");
const QString helpOption = QStringLiteral("help");

// Two-column help lines, the second column aligned.
QString helpLines(const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& [left, right] : rows)
        width = qMax(width, left.size());
    QString text;
    for (const auto& [left, right] : rows)
        text += QStringLiteral("  ") + left.leftJustified(width + 2) + right + QLatin1Char('\n');
    return text;
}

} // namespace

CommandArguments::CommandArguments(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{ }

CommandArguments& CommandArguments::addPositional(
    const QString& name, const QString& description, bool optional)
{
    m_positionals.append({ name, description, optional });
    return *this;
}

CommandArguments& CommandArguments::addOption(
    const QString& name, const QString& description, const QString& valueName)
{
    m_options.append({ name, description, valueName });
    return *this;
}

QString CommandArguments::shortSynopsis() const
{
    QStringList parts { m_name };
    for (const Positional& p : m_positionals)
        parts.append(p.optional ? QLatin1Char('[') + p.name + QLatin1Char(']') : p.name);
    return parts.join(QLatin1Char(' '));
}

QString CommandArguments::headline() const
{
    const qsizetype end = m_summary.indexOf(QLatin1Char('.'));
    return end < 0 ? m_summary : m_summary.left(end);
}

QString CommandArguments::synopsis() const
{
    QStringList parts { shortSynopsis() };
    for (const Option& o : m_options) {
        QString option = QStringLiteral("--") + o.name;
        if (!o.valueName.isEmpty())
            option += QLatin1Char(' ') + o.valueName;
        parts.append(QLatin1Char('[') + option + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

QString CommandArguments::helpText() const
{
    QString text = tr("Usage: synclinectl %1").arg(synopsis()) + QStringLiteral("\n\n") + m_summary
        + QStringLiteral("\n");
    if (!m_positionals.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const Positional& p : m_positionals)
            rows.append({ p.name, p.description });
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + helpLines(rows);
    }
    QList<std::pair<QString, QString>> rows;
    for (const Option& o : m_options) {
        QString left = QStringLiteral("--") + o.name;
        if (!o.valueName.isEmpty())
            left += QLatin1Char(' ') + o.valueName;
        rows.append({ left, o.description });
    }
    rows.append({ QStringLiteral("-w, --workspace PATH"),
        tr("The workspace file or directory (default: $SYNCLINE_WORKSPACE, else the "
           "user's application data directory)") });
    rows.append({ QStringLiteral("-h, --help"), tr("Show this help") });
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + helpLines(rows);
    return text;
}

Status CommandArguments::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        { QStringLiteral("w"), workspaceOption }, QString(), QStringLiteral("PATH")));
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("h"), helpOption }));
    for (const Option& o : std::as_const(m_options))
        parser.addOption(QCommandLineOption(o.name, o.description, o.valueName));
    if (!parser.parse(QStringList { QStringLiteral("synclinectl") } + arguments)) {
        QString message = parser.errorText();
        if (message.endsWith(QLatin1Char('.')))
            message.chop(1);
        return Error::badInput(message);
    }

    m_helpRequested = parser.isSet(helpOption);
    m_workspace = parser.value(workspaceOption);
    m_values.clear();
    m_valueLists.clear();
    for (const Option& o : std::as_const(m_options)) {
        if (!parser.isSet(o.name))
            continue;
        m_values.insert(o.name, o.valueName.isEmpty() ? QString() : parser.value(o.name));
        if (!o.valueName.isEmpty())
            m_valueLists.insert(o.name, parser.values(o.name));
    }
    m_given = parser.positionalArguments();
    if (m_helpRequested)
        return {};

    qsizetype required = 0;
    for (const Positional& p : std::as_const(m_positionals))
        required += p.optional ? 0 : 1;
    if (m_given.size() < required)
        return Error::badInput(tr("missing argument %1").arg(m_positionals[m_given.size()].name));
    if (m_given.size() > m_positionals.size())
        return Error::badInput(tr("unexpected argument '%1'").arg(m_given[m_positionals.size()]));
    return {};
}

QString CommandArguments::positional(const QString& name) const
{
    for (qsizetype i = 0; i < m_positionals.size() && i < m_given.size(); ++i) {
        if (m_positionals[i].name == name)
            return m_given[i];
    }
    return QString();
}

} // namespace Syncline
