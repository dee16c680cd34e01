// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingpreview.h"

#include "connectors/connection.h"
#include "connectors/connectionfactory.h"
#include "connectors/secretstore.h"
#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"
#include "core/keycodec.h"
#include "expressionevaluator.h"
#include "mappingplanner.h"
#include "rowmapper.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Syncline {

namespace {

// How many rows of a reference entity a lookup or a referential rule reads at most.
constexpr qint64 s_referenceScanLimit = 1000000;

// A Connection that answers describe() from a cache and forwards the rest, so that planning
// every field on its own costs one schema query per table.
class SchemaCache final : public Connection
{
public:
    explicit SchemaCache(Connection& connection)
        : m_connection(connection)
    { }

    QString kind() const override { return m_connection.kind(); }
    Result<QString> serverVersion() override { return m_connection.serverVersion(); }
    Result<QStringList> entities() override { return m_connection.entities(); }
    Result<EntityInfo> describe(const QString& entity) override
    {
        const auto it = m_schemas.constFind(entity);
        if (it != m_schemas.constEnd())
            return *it;
        auto info = m_connection.describe(entity);
        if (info)
            m_schemas.insert(entity, *info);
        return info;
    }
    Result<std::unique_ptr<RowStream>> read(const ReadRequest& request) override
    {
        return m_connection.read(request);
    }
    Result<std::unique_ptr<EntityWriter>> writer(const WriteSpec& spec) override
    {
        return m_connection.writer(spec);
    }

private:
    Connection& m_connection;
    QHash<QString, EntityInfo> m_schemas;
};

// The conversion RowMapper applies to a source column (RowMapper::convertSource): values
// whose canonical form is not their natural text go through their text form when the kinds
// differ.
Result<QVariant> convertValue(const QVariant& raw, const FieldType& from, const FieldType& to)
{
    using K = FieldType::Kind;
    if (from.kind == to.kind || from.kind == K::Any || from.kind == K::Text || from.kind == K::Blob
        || raw.isNull() || !raw.isValid())
        return Canonicalizer::canonicalize(raw, to);
    auto own = Canonicalizer::canonicalize(raw, from);
    if (!own)
        return own;
    switch (from.kind) {
    case K::Timestamp:
    case K::TimestampTz:
    case K::Date:
    case K::Decimal:
        return Canonicalizer::canonicalize(CanonicalFormatter::toText(*own, from), to);
    default:
        return Canonicalizer::canonicalize(*own, to);
    }
}

bool isNull(const QVariant& value)
{
    return !value.isValid() || value.isNull();
}

// JavaScript truthiness of what ExpressionEvaluator returns.
bool truthy(const QVariant& value)
{
    if (isNull(value))
        return false;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Double: {
        const double d = value.toDouble();
        return d != 0 && !std::isnan(d);
    }
    case QMetaType::QString:
        return !value.toString().isEmpty();
    default:
        return true;
    }
}

QString withoutPrefix(const QString& message, const QString& prefix)
{
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

QString quoted(const QVariant& value, const FieldType& type)
{
    const QString text = CanonicalFormatter::toText(value, type);
    if (type.kind == FieldType::Kind::Text || type.kind == FieldType::Kind::Any)
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    return text;
}

// A value found in a reference entity: the converted value, or why it does not convert.
struct Found
{
    QVariant value;
    QString error;
};

// Reads `entity` ordered by `keyColumn` and returns, for each of the `needed` keys (canonical
// in the key column's type, by their text), the row's `valueColumn` converted to `valueType`
// (or just presence when there is no value column). Stops after the largest needed key when
// the key sorts like KeyCodec, when every key was found, or after s_referenceScanLimit rows.
Result<QHash<QString, Found>> scanReference(Connection& connection, const QString& entity,
    const ColumnInfo& keyColumn, const ColumnInfo* valueColumn, const FieldType& valueType,
    const QList<QVariant>& needed, bool* truncated)
{
    QHash<QString, Found> found;
    *truncated = false;
    QSet<QString> wanted;
    for (const QVariant& key : needed)
        wanted.insert(CanonicalFormatter::toText(key, keyColumn.type));
    if (wanted.isEmpty())
        return found;
    const bool ordered
        = keyColumn.type.isKeySortable() && keyColumn.type.kind != FieldType::Kind::Any;
    QByteArray largest;
    if (ordered) {
        for (const QVariant& key : needed) {
            auto encoded = KeyCodec::encode({ key }, { keyColumn.type });
            if (encoded && *encoded > largest)
                largest = *encoded;
        }
    }
    ReadRequest request;
    request.entity = entity;
    request.columns = { keyColumn.name };
    if (valueColumn && valueColumn->name != keyColumn.name)
        request.columns.append(valueColumn->name);
    request.keyColumns = { keyColumn.name };
    request.chunkSize = 1000;
    auto stream = connection.read(request);
    if (!stream)
        return stream.error();
    QVariantList raw;
    for (qint64 scanned = 0;; ++scanned) {
        if (scanned >= s_referenceScanLimit) {
            *truncated = true;
            break;
        }
        auto more = (*stream)->next(raw);
        if (!more)
            return more.error();
        if (!*more)
            break;
        auto key = Canonicalizer::canonicalize(raw[0], keyColumn.type);
        if (!key || isNull(*key))
            continue;
        if (ordered) {
            auto encoded = KeyCodec::encode({ *key }, { keyColumn.type });
            if (encoded && *encoded > largest)
                break;
        }
        const QString text = CanonicalFormatter::toText(*key, keyColumn.type);
        if (!wanted.contains(text) || found.contains(text))
            continue;
        Found hit;
        if (valueColumn) {
            auto value
                = convertValue(raw[request.columns.size() - 1], valueColumn->type, valueType);
            if (value)
                hit.value = *value;
            else
                hit.error = value.error().message;
        }
        found.insert(text, hit);
        if (found.size() == wanted.size())
            break;
    }
    return found;
}

// Compares a canonical value with a rule's bound: -1, 0, 1, or nullopt when they cannot be
// compared (the message says why).
std::optional<int> compareWithBound(
    const QVariant& value, const FieldType& type, const QJsonValue& bound, QString* why)
{
    using K = FieldType::Kind;
    const auto sign = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    if (bound.isDouble()) {
        bool ok = false;
        double number = 0;
        switch (type.kind) {
        case K::Integer:
        case K::Real:
        case K::Decimal:
        case K::Any:
        case K::Text:
            number = value.toString().toDouble(&ok);
            if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double) {
                number = value.toDouble();
                ok = true;
            }
            break;
        default:
            break;
        }
        if (!ok) {
            *why = MappingPreview::tr("%1 is not a number").arg(quoted(value, type));
            return std::nullopt;
        }
        return sign(number, bound.toDouble());
    }
    auto limit = Canonicalizer::canonicalize(bound.toString(), type);
    if (!limit) {
        *why = limit.error().message;
        return std::nullopt;
    }
    switch (type.kind) {
    case K::Integer:
    case K::Timestamp:
    case K::TimestampTz:
    case K::Date:
        return sign(value.toLongLong(), limit->toLongLong());
    case K::Real:
    case K::Decimal:
        return sign(value.toString().toDouble(), limit->toString().toDouble());
    case K::Bool:
        return sign(int(value.toBool()), int(limit->toBool()));
    default:
        return sign(CanonicalFormatter::toText(value, type)
                        .compare(CanonicalFormatter::toText(*limit, type)),
            0);
    }
}

QString boundText(const QJsonValue& bound)
{
    return bound.isDouble() ? QString::number(bound.toDouble()) : bound.toString();
}

} // namespace

int MappingPreviewResult::failedCells() const
{
    int count = 0;
    for (const PreviewRow& row : rows) {
        for (const PreviewCell& cell : row.cells)
            count += cell.failed() ? 1 : 0;
    }
    return count;
}

int MappingPreviewResult::filteredRows() const
{
    return int(std::count_if(
        rows.begin(), rows.end(), [](const PreviewRow& row) { return row.filteredOut; }));
}

MappingPreview::MappingPreview(QList<EndpointConfig> endpoints)
    : m_endpoints(std::move(endpoints))
{ }

MappingPreview::~MappingPreview() = default;

Result<Connection*> MappingPreview::connection(const QString& endpoint)
{
    const auto it = m_connections.find(endpoint);
    if (it != m_connections.end())
        return it->second.get();
    const auto config = std::find_if(m_endpoints.cbegin(), m_endpoints.cend(),
        [&](const EndpointConfig& e) { return e.name == endpoint; });
    if (config == m_endpoints.cend())
        return Error::badInput(QStringLiteral("unknown endpoint '%1'").arg(endpoint));
    auto password = SecretStore::password(*config);
    if (!password)
        return password.error().within(QStringLiteral("endpoint '%1'").arg(endpoint));
    auto opened = ConnectionFactory::open(*config, *password);
    if (!opened)
        return opened.error().within(QStringLiteral("endpoint '%1'").arg(endpoint));
    Connection* connection = opened->get();
    m_connections.emplace(endpoint, std::move(opened).value());
    return connection;
}

Result<MappingPreviewResult> MappingPreview::run(const MappingConfig& mapping, int sampleSize)
{
    const QString where = QStringLiteral("mapping '%1'").arg(mapping.name);
    const QString prefix = where + QStringLiteral(": ");
    auto sourceConnection = connection(mapping.source.endpoint);
    if (!sourceConnection)
        return sourceConnection.error().within(where);
    auto targetConnection = connection(mapping.target.endpoint);
    if (!targetConnection)
        return targetConnection.error().within(where);
    SchemaCache source(**sourceConnection);
    SchemaCache target(**targetConnection);
    auto sourceInfo = source.describe(mapping.source.entity);
    if (!sourceInfo)
        return sourceInfo.error().within(where);
    auto targetInfo = target.describe(mapping.target.entity);
    if (!targetInfo)
        return targetInfo.error().within(where);
    // Reference entities, by endpoint: their schemas are cached like the sides'.
    std::map<QString, std::unique_ptr<SchemaCache>> references;
    const auto reference = [&](const QString& endpoint) -> Result<SchemaCache*> {
        auto& cached = references[endpoint];
        if (!cached) {
            auto opened = connection(endpoint);
            if (!opened)
                return opened.error();
            cached = std::make_unique<SchemaCache>(**opened);
        }
        return cached.get();
    };

    MappingPreviewResult result;
    result.sourceTable = mapping.source.endpoint + QLatin1Char('.') + mapping.source.entity;
    QStringList sourceColumns;
    QList<FieldType> sourceTypes;
    for (const ColumnInfo& column : std::as_const(sourceInfo->columns)) {
        sourceColumns.append(column.name);
        sourceTypes.append(column.type);
    }

    // The fields in target table order; a mapping without fields maps same-name columns.
    QList<FieldMapping> fields = mapping.fields;
    if (fields.isEmpty()) {
        MappingConfig implicit = mapping;
        implicit.key.clear();
        auto plan = MappingPlanner::plan(implicit, source, target);
        if (!plan) {
            result.problems.append(withoutPrefix(plan.error().message, prefix));
        } else {
            for (const PlannedField& planned : std::as_const(plan->fields)) {
                FieldMapping f;
                f.target = planned.target;
                f.source = plan->sourceColumns.value(planned.sourceIndex);
                fields.append(f);
            }
        }
    }
    const auto position = [&](const FieldMapping& f) {
        const qsizetype i = targetInfo->indexOf(f.target);
        return i < 0 ? std::numeric_limits<qsizetype>::max() : i;
    };
    std::stable_sort(fields.begin(), fields.end(),
        [&](const FieldMapping& a, const FieldMapping& b) { return position(a) < position(b); });

    // Each field planned on its own, so that one bad field does not hide the others. Lookups
    // are planned as their source column cast to the reference key's type, then resolved.
    struct Lookup
    {
        int field = -1;
        SchemaCache* connection = nullptr;
        QString entity;
        ColumnInfo key;
        ColumnInfo value;
    };
    QList<Lookup> lookups;
    MappingConfig planned = mapping;
    planned.key.clear();
    planned.fields.clear();
    QList<int> plannedIndex;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FieldMapping& f = fields[i];
        const ColumnInfo* targetColumn = targetInfo->column(f.target);
        FieldType type = targetColumn ? targetColumn->type : FieldType();
        if (!f.type.isEmpty()) {
            if (auto cast = FieldType::parseCast(f.type))
                type = *cast;
        }
        result.fields.append(f.target);
        result.types.append(type);
        result.fieldErrors.append(QString());
        plannedIndex.append(-1);
        const auto fail = [&](const QString& message) {
            result.fieldErrors[i] = withoutPrefix(message, prefix);
        };
        FieldMapping candidate = f;
        if (f.kind == FieldMapping::Kind::Lookup) {
            const QString lookupWhere = QStringLiteral("field '%1': lookup").arg(f.target);
            auto cache = reference(f.lookup.endpoint);
            if (!cache) {
                fail(cache.error().within(lookupWhere).message);
                continue;
            }
            auto info = (*cache)->describe(f.lookup.entity);
            if (!info) {
                fail(info.error().within(lookupWhere).message);
                continue;
            }
            const ColumnInfo* key = info->column(f.lookup.key);
            const ColumnInfo* value = info->column(f.lookup.value);
            if (!key || !value) {
                fail(QStringLiteral("%1: no column '%2' in table '%3.%4'")
                         .arg(lookupWhere, key ? f.lookup.value : f.lookup.key, f.lookup.endpoint,
                             f.lookup.entity));
                continue;
            }
            lookups.append({ int(i), *cache, f.lookup.entity, *key, *value });
            candidate.kind = FieldMapping::Kind::Cast;
            candidate.type = key->type.toString();
            if (type.kind == FieldType::Kind::Any)
                result.types[i] = value->type;
        } else if (f.kind == FieldMapping::Kind::Expression) {
            ExpressionEvaluator check;
            if (Status compiled = check.compile({ f.expression }, sourceColumns); !compiled) {
                fail(compiled.error().within(QStringLiteral("field '%1'").arg(f.target)).message);
                continue;
            }
        }
        MappingConfig single = planned;
        single.fields = { candidate };
        auto plan = MappingPlanner::plan(single, source, target);
        if (!plan) {
            fail(plan.error().message);
            continue;
        }
        if (f.kind != FieldMapping::Kind::Lookup)
            result.types[i] = plan->fields.first().type;
        plannedIndex[i] = int(planned.fields.size());
        planned.fields.append(candidate);
    }

    // What a run would refuse, beyond single fields.
    const bool fieldsOk = std::all_of(result.fieldErrors.cbegin(), result.fieldErrors.cend(),
        [](const QString& e) { return e.isEmpty(); });
    if (mapping.key.isEmpty()) {
        result.problems.append(tr("No key: mark the target field or fields that identify a row."));
    } else if (fieldsOk && !fields.isEmpty()) {
        if (auto full = MappingPlanner::plan(mapping, source, target); !full)
            result.problems.append(withoutPrefix(full.error().message, prefix));
    }

    // The row filter sees the whole source row.
    ExpressionEvaluator filter;
    bool filtering = false;
    if (!mapping.filter.trimmed().isEmpty()) {
        if (Status compiled = filter.compile({ mapping.filter }, sourceColumns); compiled)
            filtering = true;
        else
            result.problems.append(tr("Row filter: %1").arg(compiled.error().message));
    }

    // The rules, checked in order on the fields they name.
    struct Rule
    {
        const ValidationRule* rule = nullptr;
        int field = -1;
        std::optional<FieldType> type;
        QRegularExpression regex;
    };
    QList<Rule> rules;
    for (const ValidationRule& rule : mapping.rules) {
        Rule checked;
        checked.rule = &rule;
        checked.field = int(result.fields.indexOf(rule.field));
        if (checked.field < 0) {
            result.problems.append(
                tr("Validation rule for '%1': the field is not mapped.").arg(rule.field));
            continue;
        }
        if (!rule.type.isEmpty()) {
            auto type = FieldType::parseCast(rule.type);
            if (!type) {
                result.problems.append(
                    tr("Validation rule for '%1': %2").arg(rule.field, type.error().message));
                continue;
            }
            checked.type = *type;
        }
        if (!rule.regex.isEmpty()) {
            checked.regex = QRegularExpression(rule.regex);
            if (!checked.regex.isValid()) {
                result.problems.append(tr("Validation rule for '%1': invalid regular expression: "
                                          "%2")
                                           .arg(rule.field, checked.regex.errorString()));
                continue;
            }
        }
        rules.append(checked);
    }

    // The plan of the fields that can be mapped, and its mapper.
    MappingPlan plan;
    std::unique_ptr<RowMapper> mapper;
    QList<int> planColumns; // per plan source column: its index in the source row
    if (!planned.fields.isEmpty()) {
        auto resolved = MappingPlanner::plan(planned, source, target);
        if (!resolved)
            return resolved.error();
        plan = std::move(resolved).value();
        mapper = std::make_unique<RowMapper>(plan);
        if (Status prepared = mapper->prepare(); !prepared)
            return prepared.error();
        for (const QString& column : std::as_const(plan.sourceColumns))
            planColumns.append(int(sourceColumns.indexOf(column)));
    }

    // The sample, in primary key order.
    ReadRequest request;
    request.entity = mapping.source.entity;
    request.columns = sourceColumns;
    request.keyColumns = sourceInfo->primaryKey;
    if (request.keyColumns.isEmpty() && !sourceInfo->uniqueKeys.isEmpty())
        request.keyColumns = sourceInfo->uniqueKeys.first();
    if (request.keyColumns.isEmpty() && !sourceColumns.isEmpty())
        request.keyColumns = { sourceColumns.first() };
    request.chunkSize = qMax(1, sampleSize);
    QList<FieldType> keyTypes;
    QList<int> keyColumns;
    for (const QString& key : std::as_const(request.keyColumns)) {
        keyColumns.append(int(sourceColumns.indexOf(key)));
        keyTypes.append(sourceInfo->column(key)->type);
    }
    {
        auto stream = (*sourceConnection)->read(request);
        if (!stream)
            return stream.error().within(where);
        QVariantList raw;
        QVariantList canonical;
        QVariantList planRaw;
        while (result.rows.size() < sampleSize) {
            auto more = (*stream)->next(raw);
            if (!more)
                return more.error().within(where);
            if (!*more)
                break;
            PreviewRow row;
            canonical.resize(raw.size());
            for (qsizetype c = 0; c < raw.size(); ++c) {
                auto value = Canonicalizer::canonicalize(raw[c], sourceTypes[c]);
                canonical[c] = value ? *value : raw[c];
            }
            QVariantList keyValues;
            for (int c : std::as_const(keyColumns))
                keyValues.append(canonical[c]);
            row.sourceKey = KeyCodec::display(request.keyColumns, keyValues, keyTypes);
            if (filtering) {
                filter.setRow(canonical, sourceTypes);
                auto keep = filter.evaluate(0);
                if (!keep)
                    row.filterError = tr("Row filter: %1").arg(keep.error().message);
                else
                    row.filteredOut = !truthy(*keep);
            }
            QList<Result<QVariant>> mapped;
            if (mapper) {
                planRaw.resize(planColumns.size());
                for (qsizetype c = 0; c < planColumns.size(); ++c)
                    planRaw[c] = raw[planColumns[c]];
                mapped = mapper->mapSourceFields(planRaw);
            }
            for (qsizetype i = 0; i < fields.size(); ++i) {
                PreviewCell cell;
                if (!result.fieldErrors[i].isEmpty()) {
                    cell.status = PreviewCell::Status::Invalid;
                    cell.error = result.fieldErrors[i];
                } else if (const Result<QVariant>& value = mapped[plannedIndex[i]]; value) {
                    cell.value = *value;
                } else {
                    cell.status = fields[i].kind == FieldMapping::Kind::Expression
                        ? PreviewCell::Status::ExpressionFailed
                        : PreviewCell::Status::ConversionFailed;
                    cell.error = value.error().message;
                }
                row.cells.append(cell);
            }
            result.rows.append(row);
        }
    }

    // Lookups: the cells hold the key (in the reference key's type) until resolved here.
    for (const Lookup& lookup : std::as_const(lookups)) {
        QList<QVariant> keys;
        for (const PreviewRow& row : std::as_const(result.rows)) {
            const PreviewCell& cell = row.cells[lookup.field];
            if (cell.status == PreviewCell::Status::Ok && !isNull(cell.value))
                keys.append(cell.value);
        }
        bool truncated = false;
        const FieldType type = result.types[lookup.field];
        auto found = scanReference(
            *lookup.connection, lookup.entity, lookup.key, &lookup.value, type, keys, &truncated);
        const QString table
            = fields[lookup.field].lookup.endpoint + QLatin1Char('.') + lookup.entity;
        for (PreviewRow& row : result.rows) {
            PreviewCell& cell = row.cells[lookup.field];
            if (cell.status != PreviewCell::Status::Ok || isNull(cell.value))
                continue; // a null key looks up nothing: the field is null
            if (!found) {
                cell.status = PreviewCell::Status::LookupFailed;
                cell.error = found.error().message;
                continue;
            }
            const auto hit
                = found->constFind(CanonicalFormatter::toText(cell.value, lookup.key.type));
            if (hit == found->constEnd()) {
                cell.status = PreviewCell::Status::LookupFailed;
                cell.error = (truncated
                        ? tr("No row of %1 with %2 = %3 in its first %L4 rows")
                              .arg(table, lookup.key.name, quoted(cell.value, lookup.key.type))
                              .arg(s_referenceScanLimit)
                        : tr("No row of %1 with %2 = %3")
                              .arg(table, lookup.key.name, quoted(cell.value, lookup.key.type)));
                cell.value = QVariant();
            } else if (!hit->error.isEmpty()) {
                cell.status = PreviewCell::Status::ConversionFailed;
                cell.error = tr("Looked-up %1: %2").arg(lookup.value.name, hit->error);
                cell.value = QVariant();
            } else {
                cell.value = hit->value;
            }
        }
    }

    // Rules, then referential rules (one scan of each referenced column).
    for (const Rule& checked : std::as_const(rules)) {
        const ValidationRule& rule = *checked.rule;
        const FieldType type = result.types[checked.field];
        QList<int> referenceRows;
        QList<QVariant> referenceValues;
        std::optional<ColumnInfo> referenceColumn;
        SchemaCache* referenceConnection = nullptr;
        QString referenceError;
        if (!rule.references.isEmpty()) {
            auto cache = reference(rule.references.endpoint);
            if (!cache) {
                referenceError = cache.error().message;
            } else {
                referenceConnection = *cache;
                auto info = referenceConnection->describe(rule.references.entity);
                if (!info)
                    referenceError = info.error().message;
                else if (const ColumnInfo* column = info->column(rule.references.column))
                    referenceColumn = *column;
                else
                    referenceError = tr("no column '%1' in table '%2.%3'")
                                         .arg(rule.references.column, rule.references.endpoint,
                                             rule.references.entity);
            }
            if (!referenceError.isEmpty())
                result.problems.append(
                    tr("Validation rule for '%1': references: %2").arg(rule.field, referenceError));
        }
        for (qsizetype r = 0; r < result.rows.size(); ++r) {
            PreviewCell& cell = result.rows[r].cells[checked.field];
            if (cell.status != PreviewCell::Status::Ok
                && cell.status != PreviewCell::Status::RuleViolated)
                continue;
            QStringList violations;
            const bool null = isNull(cell.value);
            if (rule.required && null)
                violations.append(tr("required: the value is empty"));
            if (!null) {
                if (checked.type) {
                    if (auto converted = convertValue(CanonicalFormatter::toText(cell.value, type),
                            FieldType(), *checked.type);
                        !converted)
                        violations.append(
                            tr("type %1: %2").arg(rule.type, converted.error().message));
                }
                for (const auto& [bound, isMin] :
                    { std::pair { rule.min, true }, std::pair { rule.max, false } }) {
                    if (bound.isUndefined() || bound.isNull())
                        continue;
                    QString why;
                    const auto order = compareWithBound(cell.value, type, bound, &why);
                    if (!order)
                        violations.append((isMin ? tr("min %1: %2") : tr("max %1: %2"))
                                              .arg(boundText(bound), why));
                    else if (isMin && *order < 0)
                        violations.append(tr("less than the minimum %1").arg(boundText(bound)));
                    else if (!isMin && *order > 0)
                        violations.append(tr("greater than the maximum %1").arg(boundText(bound)));
                }
                if (!rule.regex.isEmpty()
                    && !checked.regex.match(CanonicalFormatter::toText(cell.value, type))
                            .hasMatch())
                    violations.append(tr("does not match /%1/").arg(rule.regex));
                if (referenceColumn) {
                    auto converted = convertValue(CanonicalFormatter::toText(cell.value, type),
                        FieldType(), referenceColumn->type);
                    if (!converted)
                        violations.append(
                            tr("references %1.%2.%3: %4")
                                .arg(rule.references.endpoint, rule.references.entity,
                                    rule.references.column, converted.error().message));
                    else {
                        referenceRows.append(int(r));
                        referenceValues.append(*converted);
                    }
                }
            }
            if (!violations.isEmpty()) {
                const QString message = tr("Rule for '%1': %2")
                                            .arg(rule.field, violations.join(QStringLiteral("; ")));
                cell.error = cell.status == PreviewCell::Status::RuleViolated
                    ? cell.error + QLatin1Char('\n') + message
                    : message;
                cell.status = PreviewCell::Status::RuleViolated;
            }
        }
        if (!referenceColumn || referenceValues.isEmpty())
            continue;
        bool truncated = false;
        auto found = scanReference(*referenceConnection, rule.references.entity, *referenceColumn,
            nullptr, FieldType(), referenceValues, &truncated);
        const QString table = rule.references.endpoint + QLatin1Char('.') + rule.references.entity;
        for (qsizetype n = 0; n < referenceRows.size(); ++n) {
            PreviewCell& cell = result.rows[referenceRows[n]].cells[checked.field];
            QString message;
            if (!found)
                message = found.error().message;
            else if (!found->contains(
                         CanonicalFormatter::toText(referenceValues[n], referenceColumn->type)))
                message = truncated ? tr("not found in %1.%2 (first %L3 rows read)")
                                          .arg(table, referenceColumn->name)
                                          .arg(s_referenceScanLimit)
                                    : tr("not found in %1.%2").arg(table, referenceColumn->name);
            if (message.isEmpty())
                continue;
            message = tr("Rule for '%1': %2").arg(rule.field, message);
            cell.error = cell.status == PreviewCell::Status::RuleViolated
                ? cell.error + QLatin1Char('\n') + message
                : message;
            cell.status = PreviewCell::Status::RuleViolated;
        }
    }

    // Texts last, and rows the filter leaves out.
    for (PreviewRow& row : result.rows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            PreviewCell& cell = row.cells[i];
            cell.text = CanonicalFormatter::toText(cell.value, result.types[i]);
            if (row.filteredOut) {
                cell.status = PreviewCell::Status::FilteredOut;
                cell.error = tr("Filtered out: the row filter is false for this row, so nothing "
                                "is written.");
            }
        }
    }
    return result;
}

} // namespace Syncline
