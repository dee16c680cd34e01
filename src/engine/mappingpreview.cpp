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
#include "referenceresolver.h"
#include "rowmapper.h"
#include "rowrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Syncline {

namespace {

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
    Result<std::unique_ptr<RowStream>> readKeys(
        const ReadRequest& request, const QList<QVariantList>& keys) override
    {
        return m_connection.readKeys(request, keys);
    }

private:
    Connection& m_connection;
    QHash<QString, EntityInfo> m_schemas;
};

bool isNull(const QVariant& value)
{
    return !value.isValid() || value.isNull();
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
    // Lookups and referential rules read their tables by key, as runs do, through this
    // preview's connections.
    ReferenceResolver references(
        [this](const QString& endpoint) -> Result<std::unique_ptr<Connection>> {
            auto opened = connection(endpoint);
            if (!opened)
                return opened.error();
            return std::unique_ptr<Connection>(std::make_unique<SchemaCache>(**opened));
        });

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
        int reference = -1; // in `references`
    };
    QList<Lookup> lookups;
    MappingConfig planned = mapping;
    planned.key.clear();
    planned.fields.clear();
    // The preview applies the filter and the rules itself (below), cell by cell.
    planned.filter.clear();
    planned.rules.clear();
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
            auto added = references.add(
                f.lookup.endpoint, f.lookup.entity, f.lookup.key, f.lookup.value, type);
            if (!added) {
                fail(added.error().within(lookupWhere).message);
                continue;
            }
            const ColumnInfo* key = &references.keyColumn(*added);
            lookups.append({ int(i), *added });
            candidate.kind = FieldMapping::Kind::Cast;
            candidate.type = key->type.toString();
            if (type.kind == FieldType::Kind::Any)
                result.types[i] = references.valueColumn(*added)->type;
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
        if (auto full = MappingPlanner::plan(mapping, source, target, QString(), &references);
            !full)
            result.problems.append(withoutPrefix(full.error().message, prefix));
    }

    // The row filter (it sees the whole source row) and the rules, as runs apply them.
    RowRules rules;
    result.problems.append(
        rules.prepare(mapping, sourceColumns, result.fields, result.types, &references));

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
            if (rules.hasFilter()) {
                auto keep = rules.keeps(canonical, sourceTypes);
                if (!keep)
                    row.filterError = keep.error().message;
                else
                    row.filteredOut = !*keep;
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
        const ColumnInfo& key = references.keyColumn(lookup.reference);
        for (PreviewRow& row : result.rows) {
            PreviewCell& cell = row.cells[lookup.field];
            if (cell.status != PreviewCell::Status::Ok || isNull(cell.value))
                continue; // a null key looks up nothing: the field is null
            auto found = references.find(lookup.reference, cell.value);
            if (!found) {
                cell.status = PreviewCell::Status::LookupFailed;
                cell.error = found.error().message;
                cell.value = QVariant();
            } else if (!*found) {
                cell.status = PreviewCell::Status::LookupFailed;
                cell.error = tr("No row of %1 with %2 = %3")
                                 .arg(references.table(lookup.reference), key.name,
                                     quoted(cell.value, key.type));
                cell.value = QVariant();
            } else {
                cell.value = **found;
            }
        }
    }

    // The validation rules, on the cells that mapped.
    for (PreviewRow& row : result.rows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            PreviewCell& cell = row.cells[i];
            if (cell.status != PreviewCell::Status::Ok || !rules.checks(int(i)))
                continue;
            const QStringList violations = rules.violations(int(i), cell.value);
            if (violations.isEmpty())
                continue;
            cell.status = PreviewCell::Status::RuleViolated;
            cell.error = violations.join(QLatin1Char('\n'));
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
