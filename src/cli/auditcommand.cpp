// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcommand.h"

#include "commandcontext.h"
#include "store/auditrepository.h"
#include "store/workspace.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Syncline {

namespace {

const QString limitOption = QStringLiteral("limit");
const QString jsonOption = QStringLiteral("json");

constexpr qint64 s_defaultLimit = 50;
// The DETAIL column stays one short line; --json has the detail whole.
constexpr qsizetype s_detailWidth = 72;

QString translated(const char* text)
{
    return QCoreApplication::translate("Syncline::AuditCommand", text);
}

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QString();
}

// A JSON value as JSON text, strings without quotes.
QString plainText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// One line about an entry's detail: its plain values, the telling ones first
// ("take=merged set.name=Zed key=id=1 fields=name ..."); for a config change without any,
// what changed ("created", "removed", "changed batch, conflicts").
QString summary(const QJsonObject& detail)
{
    static const QStringList first { QStringLiteral("take"), QStringLiteral("set"),
        QStringLiteral("key"), QStringLiteral("fields"), QStringLiteral("reason") };
    QStringList names = detail.keys(); // sorted
    for (auto it = first.crbegin(); it != first.crend(); ++it) {
        if (names.removeOne(*it))
            names.prepend(*it);
    }
    QStringList parts;
    for (const QString& name : std::as_const(names)) {
        if (name == u"old" || name == u"new")
            continue;
        const QJsonValue value = detail.value(name);
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue& item : value.toArray())
                items.append(plainText(item));
            if (!items.isEmpty())
                parts.append(name + QLatin1Char('=') + items.join(QLatin1Char(',')));
        } else if (value.isObject()) {
            // One level down, plain values only: "set.name=Zed".
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!it.value().isObject() && !it.value().isArray())
                    parts.append(name + QLatin1Char('.') + it.key() + QLatin1Char('=')
                        + plainText(it.value()));
            }
        } else if (!value.isNull()) {
            parts.append(name + QLatin1Char('=') + plainText(value));
        }
    }
    const QJsonValue before = detail.value(QStringLiteral("old"));
    const QJsonValue after = detail.value(QStringLiteral("new"));
    if (parts.isEmpty() && after.isObject() && !before.isObject()) {
        parts.append(translated("created"));
    } else if (parts.isEmpty() && before.isObject() && !after.isObject()) {
        parts.append(translated("removed"));
    } else if (parts.isEmpty() && before.isObject() && after.isObject()) {
        const QJsonObject old = before.toObject();
        const QJsonObject now = after.toObject();
        QStringList changed;
        for (const QString& key : old.keys() + now.keys()) {
            if (old.value(key) != now.value(key) && !changed.contains(key))
                changed.append(key);
        }
        changed.sort();
        parts.append(changed.isEmpty()
                ? translated("unchanged")
                : translated("changed %1").arg(changed.join(QStringLiteral(", "))));
    }
    const QString text = parts.join(QLatin1Char(' '));
    if (TextTable::displayWidth(text) <= s_detailWidth)
        return text;
    return text.left(s_detailWidth - 1) + QChar(0x2026); // …
}

QJsonObject toJson(const AuditEntry& entry)
{
    return QJsonObject {
        { QStringLiteral("id"), entry.id },
        { QStringLiteral("at"),
            entry.at.isValid() ? QJsonValue(entry.at.toUTC().toString(Qt::ISODateWithMs))
                               : QJsonValue() },
        { QStringLiteral("actor"), entry.actor },
        { QStringLiteral("action"), entry.action },
        { QStringLiteral("object"), entry.object },
        { QStringLiteral("detail"), entry.detail },
    };
}

} // namespace

QList<CommandArguments> AuditCommand::commands() const
{
    return {
        CommandArguments(QStringLiteral("audit"),
            tr("Show the audit log, newest first. Who changed which config, and who resolved "
               "which conflict how."))
            .addOption(limitOption, tr("At most N entries (default %1)").arg(s_defaultLimit),
                QStringLiteral("N"))
            .addOption(jsonOption, tr("Print a JSON array, each entry with its whole detail")),
    };
}

int AuditCommand::execute(const CommandArguments& arguments)
{
    qint64 limit = s_defaultLimit;
    if (arguments.isSet(limitOption)) {
        bool ok = false;
        limit = arguments.value(limitOption).toLongLong(&ok);
        if (!ok || limit < 1)
            return m_context.usageError(tr("--%1: expected a whole number from 1 up, found '%2'")
                                            .arg(limitOption, arguments.value(limitOption)),
                arguments.name());
    }
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    const auto entries = AuditRepository(**workspace).list(int(qMin<qint64>(limit, 1000000)));
    if (!entries)
        return m_context.fail(entries.error());

    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        QJsonArray array;
        for (const AuditEntry& entry : *entries)
            array.append(toJson(entry));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }
    TextTable table({ tr("TIME"), tr("ACTOR"), tr("ACTION"), tr("OBJECT"), tr("DETAIL") });
    for (const AuditEntry& entry : *entries)
        table.addRow({ localTime(entry.at), entry.actor, entry.action, entry.object,
            summary(entry.detail) });
    out << table.toString();
    return CommandContext::Success;
}

} // namespace Syncline
