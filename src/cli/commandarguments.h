// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Syncline {

// One synclinectl command: its syntax (name, positional arguments, options), its help text
// and, once parse() has run, the values it was given. Every command also accepts
// --workspace and --help. Value type, used on the main thread.
class CommandArguments final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::CommandArguments)

public:
    // `name` may have two words for a sub-command ("endpoint test").
    CommandArguments(QString name, QString summary);

    CommandArguments& addPositional(
        const QString& name, const QString& description, bool optional = false);
    // `valueName` empty: a flag.
    CommandArguments& addOption(
        const QString& name, const QString& description, const QString& valueName = {});

    QString name() const { return m_name; }
    QString summary() const { return m_summary; }
    // "run JOB [--dry-run] [--json]"
    QString synopsis() const;
    // "run JOB": the name and positional arguments, for the command overview.
    QString shortSynopsis() const;
    // The summary's first sentence, without its full stop.
    QString headline() const;
    QString helpText() const;

    // A usage error (BadInput) names the unknown option, the missing or extra argument.
    Status parse(const QStringList& arguments);

    bool helpRequested() const { return m_helpRequested; }
    QString workspace() const { return m_workspace; }
    bool isSet(const QString& option) const { return m_values.contains(option); }
    QString value(const QString& option) const { return m_values.value(option); }
    // Every value of an option given more than once ("--set a=1 --set b=2"), in order;
    // value() is the last one.
    QStringList values(const QString& option) const { return m_valueLists.value(option); }
    // The positional argument of that name, empty when an optional one was not given.
    QString positional(const QString& name) const;

private:
    struct Positional
    {
        QString name;
        QString description;
        bool optional = false;
    };
    struct Option
    {
        QString name;
        QString description;
        QString valueName;
    };

    QString m_name;
    QString m_summary;
    QList<Positional> m_positionals;
    QList<Option> m_options;

    bool m_helpRequested = false;
    QString m_workspace;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_valueLists;
    QStringList m_given;
};

} // namespace Syncline
