// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictcommand.h"

#include "commandcontext.h"
#include "engine/conflictresolver.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/conflictrepository.h"
#include "store/conflictrulerepository.h"
#include "store/workspace.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>

#include <limits>
#include <optional>

namespace Syncline {

namespace {

const QString jobOption = QStringLiteral("job");
const QString limitOption = QStringLiteral("limit");
const QString allOption = QStringLiteral("all");
const QString jsonOption = QStringLiteral("json");
const QString takeOption = QStringLiteral("take");
const QString setOption = QStringLiteral("set");
const QString idArgument = QStringLiteral("ID");
const QString ruleOption = QStringLiteral("rule");
const QString entityOption = QStringLiteral("entity");
const QString kindOption = QStringLiteral("kind");
const QString fieldOption = QStringLiteral("field");
const QString keyOption = QStringLiteral("key");
const QString snoozedOption = QStringLiteral("snoozed");
const QString untilOption = QStringLiteral("until");
const QString clearOption = QStringLiteral("clear");

// Conflicts read per query while listing a long queue.
constexpr int s_pageSize = 1000;
// Values wider than this are cut in tables; --json has them whole.
constexpr qsizetype s_cellWidth = 60;

QString translated(const char* text)
{
    return QCoreApplication::translate("Syncline::ConflictCommand", text);
}

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QString();
}

// How long ago: "45s", "12m", "3h 5m", "2d 4h".
QString age(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return QString();
    const qint64 seconds = qMax<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return translated("%1s").arg(seconds);
    if (seconds < 3600)
        return translated("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return translated("%1h %2m").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return translated("%1d %2h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

QString elide(const QString& text, qsizetype width = s_cellWidth)
{
    if (TextTable::displayWidth(text) <= width)
        return text;
    return text.left(width - 1) + QChar(0x2026); // …
}

// A whole number from 1 up, or a usage error naming the option.
Result<qint64> positiveNumber(
    const CommandArguments& arguments, const QString& option, qint64 fallback)
{
    if (!arguments.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = arguments.value(option).toLongLong(&ok);
    if (!ok || value < 1)
        return Error::badInput(translated("--%1: expected a whole number from 1 up, found '%2'")
                                   .arg(option, arguments.value(option)));
    return value;
}

Result<qint64> conflictId(const CommandArguments& arguments)
{
    const QString text = arguments.positional(idArgument);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return Error::badInput(
            translated("ID: expected a conflict id (a whole number from 1 up), found '%1'")
                .arg(text));
    return id;
}

// A JSON value as JSON text ("12.5", "true", "{...}").
QString jsonText(const QJsonValue& value)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// How a canonical value reads in a table: NULL for null, text as it is unless that would
// be ambiguous (empty, "NULL", surrounding blanks, a leading quote): then in SQL quotes.
QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QString(); // the side has no such field
    case QJsonValue::Null:
        return QStringLiteral("NULL");
    case QJsonValue::String: {
        const QString text = value.toString();
        const bool ambiguous = text.isEmpty() || text == u"NULL"
            || text.startsWith(QLatin1Char('\'')) || text != text.trimmed();
        if (!ambiguous)
            return elide(text);
        return elide(QLatin1Char('\'')
            + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''));
    }
    default:
        return elide(jsonText(value));
    }
}

QJsonObject toJson(const ConflictRecord& conflict)
{
    const bool resolved = conflict.status == ConflictRecord::Status::Resolved;
    return QJsonObject {
        { QStringLiteral("id"), conflict.id },
        { QStringLiteral("job"), conflict.job },
        { QStringLiteral("entity"), conflict.entity },
        { QStringLiteral("key"), conflict.keyText },
        { QStringLiteral("kind"), ConflictRecord::toString(conflict.kind) },
        { QStringLiteral("fields"), QJsonArray::fromStringList(conflict.fields) },
        { QStringLiteral("status"), ConflictRecord::toString(conflict.status) },
        { QStringLiteral("base"), conflict.base.isUndefined() ? QJsonValue() : conflict.base },
        { QStringLiteral("source"),
            conflict.source.isUndefined() ? QJsonValue() : conflict.source },
        { QStringLiteral("target"),
            conflict.target.isUndefined() ? QJsonValue() : conflict.target },
        { QStringLiteral("note"),
            conflict.note.isEmpty() ? QJsonValue() : QJsonValue(conflict.note) },
        { QStringLiteral("detected_at"), isoOrNull(conflict.detectedAt) },
        { QStringLiteral("updated_at"), isoOrNull(conflict.updatedAt) },
        { QStringLiteral("resolution"), resolved ? QJsonValue(conflict.resolution) : QJsonValue() },
        { QStringLiteral("resolved_by"),
            resolved ? QJsonValue(conflict.resolvedBy) : QJsonValue() },
        { QStringLiteral("resolved_at"), isoOrNull(conflict.resolvedAt) },
    };
}

// Prints a JSON array element by element, laid out as QJsonDocument::Indented lays out a
// whole array, so that a long queue is never one document in memory.
class JsonArrayWriter final
{
public:
    explicit JsonArrayWriter(QTextStream& out)
        : m_out(out)
    {
        m_out << QLatin1Char('[');
    }

    void append(const QJsonObject& object)
    {
        QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        text.chop(1); // its final newline
        text.replace(QLatin1Char('\n'), QStringLiteral("\n    ")); // JSON text has no raw \n
        m_out << (m_empty ? QStringLiteral("\n    ") : QStringLiteral(",\n    ")) << text;
        m_empty = false;
    }

    void finish() { m_out << QStringLiteral("\n]\n"); }

private:
    QTextStream& m_out;
    bool m_empty = true;
};

// "Label:  value" lines with the values aligned.
QString labelled(const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& [label, value] : rows)
        width = qMax(width, TextTable::displayWidth(label));
    QString text;
    for (const auto& [label, value] : rows) {
        text += label + QString(width - TextTable::displayWidth(label) + 2, QLatin1Char(' '))
            + value;
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        text += QLatin1Char('\n');
    }
    return text;
}

// The fields of the conflict's rows: the key and mapped fields in the mapping's order when
// the mapping is known, then any others by name.
QStringList fieldOrder(const ConflictRecord& conflict, const MappingConfig* mapping)
{
    QStringList names;
    for (const QJsonValue& side : { conflict.base, conflict.source, conflict.target }) {
        for (const QString& name : side.toObject().keys()) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    for (const QString& name : conflict.fields) {
        if (!names.contains(name))
            names.append(name);
    }
    names.sort();
    QStringList ordered;
    if (mapping) {
        QStringList preferred = mapping->key;
        for (const FieldMapping& field : mapping->fields)
            preferred.append(field.target);
        for (const QString& name : std::as_const(preferred)) {
            if (names.contains(name) && !ordered.contains(name))
                ordered.append(name);
        }
    }
    for (const QString& name : std::as_const(names)) {
        if (!ordered.contains(name))
            ordered.append(name);
    }
    return ordered;
}

// What the admin chose, as ConflictResolver takes it; usage errors are BadInput.
Result<ConflictDecision> decision(const CommandArguments& arguments)
{
    if (!arguments.isSet(takeOption))
        return Error::badInput(translated("missing --take (source, target or merged)"));
    ConflictDecision decision;
    const QString take = arguments.value(takeOption);
    if (take == u"source")
        decision.take = ConflictDecision::Take::Source;
    else if (take == u"target")
        decision.take = ConflictDecision::Take::Target;
    else if (take == u"merged")
        decision.take = ConflictDecision::Take::Merged;
    else
        return Error::badInput(
            translated("--take: expected source, target or merged, found '%1'").arg(take));

    const QStringList sets = arguments.values(setOption);
    if (!sets.isEmpty() && decision.take != ConflictDecision::Take::Merged)
        return Error::badInput(translated("--set needs --take merged"));
    for (const QString& set : sets) {
        const qsizetype equals = set.indexOf(QLatin1Char('='));
        const QString field = equals < 0 ? QString() : set.left(equals).trimmed();
        if (field.isEmpty())
            return Error::badInput(translated("--set '%1': expected FIELD=VALUE").arg(set));
        if (decision.set.contains(field))
            return Error::badInput(translated("--set: field '%1' is given twice").arg(field));
        decision.set.insert(field, set.mid(equals + 1));
    }
    return decision;
}

// The filter options shared by list, resolve --all and snooze --all.
Result<ConflictFilter> filterFrom(const CommandArguments& arguments)
{
    ConflictFilter filter;
    filter.job = arguments.value(jobOption);
    filter.entity = arguments.value(entityOption);
    filter.kind = arguments.value(kindOption);
    if (!filter.kind.isEmpty() && filter.kind != u"update/update" && filter.kind != u"update/delete"
        && filter.kind != u"insert/insert")
        return Error::badInput(
            translated("--kind: expected update/update, update/delete or insert/insert, found '%1'")
                .arg(filter.kind));
    filter.field = arguments.value(fieldOption);
    filter.keySearch = arguments.value(keyOption);
    filter.snoozed = arguments.isSet(snoozedOption) ? ConflictFilter::Snoozed::Include
                                                    : ConflictFilter::Snoozed::Exclude;
    return filter;
}

CommandArguments withFilterOptions(CommandArguments command)
{
    command
        .addOption(jobOption, translated("Only the conflicts of this job"), QStringLiteral("JOB"))
        .addOption(entityOption, translated("Only this entity, as listed ('source -> target')"),
            QStringLiteral("ENTITY"))
        .addOption(kindOption,
            translated("Only this kind: update/update, update/delete or insert/insert"),
            QStringLiteral("KIND"))
        .addOption(fieldOption,
            translated("Only conflicts in which this field changed on both sides"),
            QStringLiteral("FIELD"))
        .addOption(keyOption, translated("Only keys that contain this text (case-insensitive)"),
            QStringLiteral("TEXT"))
        .addOption(snoozedOption, translated("Snoozed conflicts too"));
    return command;
}

// "2026-12-01", "2026-12-01T09:00" (local time), "...Z", or from now: "30m", "4h", "2d", "1w".
Result<QDateTime> parseUntil(const QString& text, const QDateTime& now)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)\\s*([mhdw])$"));
    const QRegularExpressionMatch match = relative.match(text.trimmed());
    if (match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 seconds = unit == u'm' ? 60
            : unit == u'h'                  ? 3600
            : unit == u'd'                  ? 86400
                                            : 604800;
        return now.addSecs(count * seconds);
    }
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            at = date.startOfDay();
    }
    if (!at.isValid())
        return Error::badInput(translated("--until: expected a date or time (2026-12-01, "
                                          "2026-12-01T09:00) or a span from now (30m, 4h, 2d, "
                                          "1w), found '%1'")
                                   .arg(text));
    if (at <= now)
        return Error::badInput(translated("--until: %1 is not in the future").arg(text));
    return at.toUTC();
}

} // namespace

QList<CommandArguments> ConflictCommand::commands() const
{
    return {
        withFilterOptions(
            CommandArguments(QStringLiteral("conflicts list"),
                tr("List the conflicts that wait for a decision, oldest first. Two-way jobs with "
                   "the manual policy (or a rule that could not decide) park them here; snoozed "
                   "ones are left out until their time unless --snoozed is given.")))
            .addOption(allOption, tr("Resolved conflicts too, newest first"))
            .addOption(limitOption, tr("At most N conflicts (default: all)"), QStringLiteral("N"))
            .addOption(jsonOption, tr("Print a JSON array instead of a table")),
        CommandArguments(QStringLiteral("conflicts show"),
            tr("Show one conflict: its base, source and target values side by side. Fields "
               "changed on both sides are marked with '*'; NULL is a null value, '' an empty "
               "text."))
            .addPositional(idArgument, tr("The conflict's id, as 'conflicts list' shows it"))
            .addOption(jsonOption, tr("Print JSON instead of text")),
        withFilterOptions(
            CommandArguments(QStringLiteral("conflicts resolve"),
                tr("Resolve a conflict, or with --all every pending one that matches the filters. "
                   "The chosen row is written to both sides and the journal, and the decision goes "
                   "into the audit log. If a side rejects the row, the conflict stays pending.")))
            .addPositional(idArgument, tr("The conflict's id, as 'conflicts list' shows it"), true)
            .addOption(allOption,
                tr("Every pending conflict that matches --job, --entity, "
                   "--kind, --field and --key (with --take source|target or --rule)"))
            .addOption(ruleOption, tr("Decide by this saved rule (see the console's Rules…)"),
                QStringLiteral("NAME"))
            .addOption(takeOption,
                tr("source or target: that side's row wins; merged: the field-level merge of "
                   "both, with the values given by --set"),
                QStringLiteral("SIDE"))
            .addOption(setOption,
                tr("With --take merged: the field's value (as text; NULL for null). Repeat "
                   "for more fields"),
                QStringLiteral("FIELD=VALUE"))
            .addOption(jsonOption, tr("Print the resolved conflict as JSON")),
        withFilterOptions(
            CommandArguments(QStringLiteral("conflicts snooze"),
                tr("Snooze a conflict, or with --all every pending one that matches the filters: "
                   "it leaves the list until the given time (runs still leave its row alone). "
                   "--clear brings it back now.")))
            .addPositional(idArgument, tr("The conflict's id, as 'conflicts list' shows it"), true)
            .addOption(allOption, tr("Every pending conflict that matches the filters"))
            .addOption(untilOption,
                tr("Until when: a date or time (2026-12-01, 2026-12-01T09:00) or a span from "
                   "now (30m, 4h, 2d, 1w)"),
                QStringLiteral("WHEN"))
            .addOption(clearOption, tr("Un-snooze instead")),
    };
}

int ConflictCommand::execute(const CommandArguments& arguments)
{
    if (arguments.name() == u"conflicts list")
        return list(arguments);
    if (arguments.name() == u"conflicts show")
        return show(arguments);
    if (arguments.name() == u"conflicts snooze")
        return snooze(arguments);
    return resolve(arguments);
}

int ConflictCommand::list(const CommandArguments& arguments)
{
    const auto limit = positiveNumber(arguments, limitOption, 0);
    if (!limit)
        return m_context.usageError(limit.error().message, arguments.name());
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    const ConflictRepository conflicts(**workspace);
    const QString job = arguments.value(jobOption);
    const bool all = arguments.isSet(allOption);
    const bool json = arguments.isSet(jsonOption);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QStringList headers { tr("ID"), tr("JOB"), tr("KEY"), tr("KIND"), tr("FIELDS"), tr("DETECTED"),
        tr("AGE") };
    if (all)
        headers.append(tr("STATUS"));
    TextTable table(headers);
    table.setRightAligned(0);
    table.setRightAligned(6);
    std::optional<JsonArrayWriter> writer;
    qint64 listed = 0;
    const auto add = [&](const ConflictRecord& conflict) {
        ++listed;
        if (json) {
            if (!writer)
                writer.emplace(m_context.out());
            writer->append(toJson(conflict));
            return;
        }
        QStringList row { QString::number(conflict.id), conflict.job, conflict.keyText,
            ConflictRecord::toString(conflict.kind), conflict.fields.join(QStringLiteral(", ")),
            localTime(conflict.detectedAt), age(conflict.detectedAt, now) };
        if (all)
            row.append(ConflictRecord::toString(conflict.status));
        table.addRow(row);
    };

    if (all) {
        const auto page = conflicts.listAll(
            job, *limit > 0 ? int(qMin<qint64>(*limit, std::numeric_limits<int>::max())) : -1);
        if (!page)
            return m_context.fail(page.error());
        for (const ConflictRecord& conflict : *page)
            add(conflict);
    } else {
        const auto filter = filterFrom(arguments);
        if (!filter)
            return m_context.usageError(filter.error().message, arguments.name());
        // Page by page (keyset on the id): a queue of 100,000 never sits in memory as records.
        qint64 after = 0;
        for (qint64 listedSoFar = 0; *limit == 0 || listedSoFar < *limit;) {
            ConflictPage request;
            request.limit
                = int(*limit == 0 ? s_pageSize : qMin<qint64>(s_pageSize, *limit - listedSoFar));
            request.afterId = after;
            request.withValues = json;
            const auto page = conflicts.findPending(*filter, request);
            if (!page)
                return m_context.fail(page.error());
            for (const ConflictRecord& conflict : *page)
                add(conflict);
            listedSoFar += page->size();
            if (page->size() < request.limit)
                break;
            after = page->constLast().id;
        }
    }

    if (listed == 0 && !job.isEmpty()) {
        // A job with no conflicts is fine; a name that never was one is a typo.
        const auto config = ConfigRepository(**workspace).load();
        if (!config)
            return m_context.fail(config.error());
        const auto history = conflicts.listAll(job, 1);
        if (!history)
            return m_context.fail(history.error());
        if (!config->job(job) && history->isEmpty())
            return m_context.fail(Error::badInput(tr("unknown job '%1'").arg(job)));
    }
    if (json) {
        if (!writer)
            writer.emplace(m_context.out());
        writer->finish();
    } else {
        m_context.out() << table.toString();
    }
    return CommandContext::Success;
}

int ConflictCommand::show(const CommandArguments& arguments)
{
    const auto id = conflictId(arguments);
    if (!id)
        return m_context.usageError(id.error().message, arguments.name());
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    const auto conflict = ConflictRepository(**workspace).get(*id);
    if (!conflict)
        return m_context.fail(conflict.error());

    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(toJson(*conflict)).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }

    // The mapping gives the fields their order; without it (job removed since) they go by name.
    const auto config = ConfigRepository(**workspace).load();
    const JobConfig* job = config ? config->job(conflict->job) : nullptr;
    const MappingConfig* mapping = job ? config->mapping(job->mapping) : nullptr;

    const bool resolved = conflict->status == ConflictRecord::Status::Resolved;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QString>> facts {
        { tr("Job:"), conflict->job },
        { tr("Entity:"), conflict->entity },
        { tr("Key:"), conflict->keyText },
        { tr("Kind:"), ConflictRecord::toString(conflict->kind) },
        { tr("Fields:"), conflict->fields.join(QStringLiteral(", ")) },
        { tr("Detected:"),
            tr("%1 (%2 ago)")
                .arg(localTime(conflict->detectedAt), age(conflict->detectedAt, now)) },
        { tr("Last seen:"), localTime(conflict->updatedAt) },
    };
    if (!conflict->note.isEmpty())
        facts.append({ tr("Note:"), conflict->note });
    const QString take = conflict->resolution.value(QStringLiteral("take")).toString();
    if (resolved) {
        facts.append({ tr("Resolved:"),
            take == u"settled"
                ? tr("%1 by %2: both sides became equal")
                      .arg(localTime(conflict->resolvedAt), conflict->resolvedBy)
                : tr("%1 by %2, taking %3")
                      .arg(localTime(conflict->resolvedAt), conflict->resolvedBy, take) });
    }
    out << tr("Conflict %1 (%2)").arg(conflict->id).arg(ConflictRecord::toString(conflict->status))
        << Qt::endl
        << labelled(facts) << Qt::endl;

    // A side without a row (deleted, or no base yet) says so in its heading.
    const auto heading = [](const QString& name, const QJsonValue& side, const QString& absent) {
        return side.isObject() ? name : tr("%1 (%2)").arg(name, absent);
    };
    const QJsonValue resolvedRow = conflict->resolution.value(QStringLiteral("row"));
    const bool showResolved = resolved && take != u"settled";
    QStringList headers { QString(), tr("FIELD"), heading(tr("BASE"), conflict->base, tr("none")),
        heading(tr("SOURCE"), conflict->source, tr("deleted")),
        heading(tr("TARGET"), conflict->target, tr("deleted")) };
    if (showResolved)
        headers.append(heading(tr("RESOLVED"), resolvedRow, tr("deleted")));
    TextTable table(headers);
    for (const QString& field : fieldOrder(*conflict, mapping)) {
        const auto cell = [&field](const QJsonValue& side) {
            return side.isObject() ? valueText(side.toObject().value(field)) : QString();
        };
        QStringList row { conflict->fields.contains(field) ? QStringLiteral("*") : QString(), field,
            cell(conflict->base), cell(conflict->source), cell(conflict->target) };
        if (showResolved)
            row.append(cell(resolvedRow));
        table.addRow(row);
    }
    out << table.toString() << Qt::endl
        << tr("* changed on both sides. NULL is a null value, '' an empty text.") << Qt::endl;
    return CommandContext::Success;
}

int ConflictCommand::resolve(const CommandArguments& arguments)
{
    const bool all = arguments.isSet(allOption);
    const bool byRule = arguments.isSet(ruleOption);
    const bool hasId = !arguments.positional(idArgument).isEmpty();
    if (all && hasId)
        return m_context.usageError(tr("give a conflict ID or --all, not both"), arguments.name());
    if (!all && !hasId)
        return m_context.usageError(tr("missing ID (or --all for every pending conflict that "
                                       "matches --job, --entity, --kind, --field and --key)"),
            arguments.name());
    if (byRule && arguments.isSet(takeOption))
        return m_context.usageError(tr("--rule and --take exclude each other"), arguments.name());
    if (all || byRule) {
        BulkDecision bulk;
        if (byRule) {
            bulk.by = BulkDecision::By::Rule;
            bulk.rule = arguments.value(ruleOption);
        } else if (!arguments.isSet(takeOption)) {
            return m_context.usageError(
                tr("missing --take (source or target) or --rule"), arguments.name());
        } else if (arguments.value(takeOption) == u"source") {
            bulk.by = BulkDecision::By::Source;
        } else if (arguments.value(takeOption) == u"target") {
            bulk.by = BulkDecision::By::Target;
        } else {
            return m_context.usageError(
                tr("--take: with --all expected source or target, found '%1' (merged needs "
                   "one conflict ID)")
                    .arg(arguments.value(takeOption)),
                arguments.name());
        }
        if (arguments.isSet(setOption))
            return m_context.usageError(
                tr("--set needs one conflict ID and --take merged"), arguments.name());
        const auto filter = filterFrom(arguments);
        if (!filter)
            return m_context.usageError(filter.error().message, arguments.name());
        QList<qint64> ids;
        QString location;
        {
            auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
            if (!workspace)
                return m_context.fail(workspace.error());
            location = (*workspace)->location();
            if (byRule) {
                // An unknown rule is a typo: say so before anything is read or written.
                if (const auto rule = ConflictRuleRepository(**workspace).get(bulk.rule); !rule)
                    return m_context.fail(rule.error());
            }
            if (all) {
                auto matching = ConflictRepository(**workspace).pendingIds(*filter);
                if (!matching)
                    return m_context.fail(matching.error());
                ids = *matching;
            } else {
                const auto id = conflictId(arguments);
                if (!id)
                    return m_context.usageError(id.error().message, arguments.name());
                ids = { *id };
            }
        }
        return resolveMany(arguments, ids, bulk, location);
    }

    const auto id = conflictId(arguments);
    if (!id)
        return m_context.usageError(id.error().message, arguments.name());
    const auto chosen = decision(arguments);
    if (!chosen)
        return m_context.usageError(chosen.error().message, arguments.name());

    QString location;
    QStringList order; // of the fields, for printing the resolved row
    {
        // Check what can be checked before the engine touches a database.
        auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
        if (!workspace)
            return m_context.fail(workspace.error());
        location = (*workspace)->location();
        const auto conflict = ConflictRepository(**workspace).get(*id);
        if (!conflict)
            return m_context.fail(conflict.error());
        if (conflict->status != ConflictRecord::Status::Pending)
            return m_context.fail(
                Error::badInput(tr("conflict %1 is already resolved (by %2 at %3)")
                                    .arg(*id)
                                    .arg(conflict->resolvedBy, localTime(conflict->resolvedAt))));
        const auto config = ConfigRepository(**workspace).load();
        const JobConfig* job = config ? config->job(conflict->job) : nullptr;
        order = fieldOrder(*conflict, job ? config->mapping(job->mapping) : nullptr);
        for (auto it = chosen->set.constBegin(); it != chosen->set.constEnd(); ++it) {
            if (!order.contains(it.key()))
                return m_context.fail(
                    Error::badInput(tr("conflict %1 has no field '%2' (its fields: %3)")
                                        .arg(*id)
                                        .arg(it.key(), order.join(QStringLiteral(", ")))));
        }
    } // closed: the resolver opens its own connections

    const auto resolved
        = ConflictResolver(location).resolve(*id, *chosen, AuditRepository::currentActor());
    if (!resolved)
        return m_context.fail(resolved.error());

    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(toJson(*resolved)).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }
    const QString take = resolved->resolution.value(QStringLiteral("take")).toString();
    const QJsonValue row = resolved->resolution.value(QStringLiteral("row"));
    if (!row.isObject()) {
        out << tr("Resolved conflict %1 (%2, job %3) taking %4: the row is deleted on both sides.")
                   .arg(resolved->id)
                   .arg(resolved->keyText, resolved->job, take)
            << Qt::endl;
        return CommandContext::Success;
    }
    out << tr("Resolved conflict %1 (%2, job %3) taking %4. Both sides now hold:")
               .arg(resolved->id)
               .arg(resolved->keyText, resolved->job, take)
        << Qt::endl;
    TextTable table({ tr("FIELD"), tr("VALUE") });
    const QJsonObject values = row.toObject();
    for (const QString& field : values.keys()) {
        if (!order.contains(field))
            order.append(field);
    }
    for (const QString& field : std::as_const(order)) {
        if (values.contains(field))
            table.addRow({ field, valueText(values.value(field)) });
    }
    out << table.toString();
    return CommandContext::Success;
}

} // namespace Syncline

namespace Syncline {

int ConflictCommand::resolveMany(const CommandArguments& arguments, const QList<qint64>& ids,
    const BulkDecision& decision, const QString& location)
{
    const auto outcome
        = ConflictResolver(location).resolveMany(ids, decision, AuditRepository::currentActor());
    if (!outcome)
        return m_context.fail(outcome.error());
    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        QJsonArray resolved;
        for (const qint64 id : outcome->resolved)
            resolved.append(id);
        QJsonArray failures;
        for (const BulkOutcome::Failure& failure : outcome->failures)
            failures.append(QJsonObject { { QStringLiteral("id"), failure.id },
                { QStringLiteral("key"), failure.key },
                { QStringLiteral("error"), failure.error } });
        out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("resolved"), resolved },
                { QStringLiteral("failures"),
                    failures } }).toJson(QJsonDocument::Indented));
    } else {
        const QString how = decision.by == BulkDecision::By::Rule
            ? tr("by rule '%1'").arg(decision.rule)
            : (decision.by == BulkDecision::By::Source ? tr("taking source") : tr("taking target"));
        //: resolved, of how many, how
        out << tr("Resolved %1 of %2 conflicts %3.")
                   .arg(outcome->resolved.size())
                   .arg(ids.size())
                   .arg(how)
            << Qt::endl;
        if (!outcome->failures.isEmpty()) {
            out << tr("These stay pending:") << Qt::endl;
            TextTable table({ tr("ID"), tr("KEY"), tr("ERROR") });
            table.setRightAligned(0);
            for (const BulkOutcome::Failure& failure : outcome->failures)
                table.addRow({ QString::number(failure.id), failure.key, failure.error });
            out << table.toString();
        }
    }
    return outcome->failures.isEmpty() ? CommandContext::Success : CommandContext::Failure;
}

int ConflictCommand::snooze(const CommandArguments& arguments)
{
    const bool all = arguments.isSet(allOption);
    const bool hasId = !arguments.positional(idArgument).isEmpty();
    const bool clear = arguments.isSet(clearOption);
    if (all == hasId)
        return m_context.usageError(
            all ? tr("give a conflict ID or --all, not both") : tr("missing ID (or --all)"),
            arguments.name());
    if (clear == arguments.isSet(untilOption))
        return m_context.usageError(clear ? tr("--until and --clear exclude each other")
                                          : tr("missing --until (or --clear)"),
            arguments.name());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime until;
    if (!clear) {
        const auto parsed = parseUntil(arguments.value(untilOption), now);
        if (!parsed)
            return m_context.usageError(parsed.error().message, arguments.name());
        until = *parsed;
    }
    auto filter = filterFrom(arguments);
    if (!filter)
        return m_context.usageError(filter.error().message, arguments.name());
    if (clear)
        filter->snoozed = ConflictFilter::Snoozed::Include;
    QList<qint64> ids;
    if (hasId) {
        const auto id = conflictId(arguments);
        if (!id)
            return m_context.usageError(id.error().message, arguments.name());
        ids = { *id };
    }
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    ConflictRepository conflicts(**workspace);
    if (hasId) {
        const auto conflict = conflicts.get(ids.first());
        if (!conflict)
            return m_context.fail(conflict.error());
        if (conflict->status != ConflictRecord::Status::Pending)
            return m_context.fail(
                Error::badInput(tr("conflict %1 is already resolved (by %2 at %3)")
                                    .arg(ids.first())
                                    .arg(conflict->resolvedBy, localTime(conflict->resolvedAt))));
    } else {
        auto matching = conflicts.pendingIds(*filter);
        if (!matching)
            return m_context.fail(matching.error());
        ids = *matching;
    }
    int changed = 0;
    const Status done = (*workspace)->transaction([&]() -> Status {
        auto snoozed = conflicts.snooze(ids, until);
        if (!snoozed)
            return snoozed.error();
        changed = *snoozed;
        QJsonArray idArray;
        for (const qint64 id : std::as_const(ids))
            idArray.append(id);
        return AuditRepository(**workspace)
            .record(AuditRepository::currentActor(),
                clear ? QStringLiteral("conflict.unsnooze") : QStringLiteral("conflict.snooze"),
                QStringLiteral("conflicts"),
                { { QStringLiteral("conflicts"), idArray },
                    { QStringLiteral("until"), isoOrNull(until) } });
    });
    if (!done)
        return m_context.fail(done.error());
    if (clear)
        m_context.out() << tr("Un-snoozed %1 conflicts.").arg(changed) << Qt::endl;
    else
        m_context.out() << tr("Snoozed %1 conflicts until %2.").arg(changed).arg(localTime(until))
                        << Qt::endl;
    return CommandContext::Success;
}

} // namespace Syncline
