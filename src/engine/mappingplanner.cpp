// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingplanner.h"

#include "connectors/connection.h"
#include "core/canonicalizer.h"
#include "referenceresolver.h"

namespace Syncline {

namespace {

QString tableName(const QString& endpoint, const QString& entity)
{
    return QStringLiteral("%1.%2").arg(endpoint, entity);
}

// Source and target must return rows in the same key order, so their key columns must be
// of kinds that every database sorts like KeyCodec does.
bool sortsAlike(const FieldType& column, const FieldType& key)
{
    using K = FieldType::Kind;
    if (column.kind == K::Any || column.kind == key.kind)
        return true;
    const auto temporal = [](K k) { return k == K::Timestamp || k == K::TimestampTz; };
    return temporal(column.kind) && temporal(key.kind);
}

const ColumnInfo* findColumn(const EntityInfo& info, const QString& name)
{
    if (const ColumnInfo* exact = info.column(name))
        return exact;
    return nullptr;
}

int addSourceColumn(MappingPlan& plan, const ColumnInfo& column)
{
    const qsizetype existing = plan.sourceColumns.indexOf(column.name);
    if (existing >= 0)
        return int(existing);
    plan.sourceColumns.append(column.name);
    plan.sourceTypes.append(column.type);
    return int(plan.sourceColumns.size() - 1);
}

// Same-name pairs for a mapping without fields: exact names first, then case-insensitive.
QList<FieldMapping> sameNameFields(const EntityInfo& source, const EntityInfo& target)
{
    QList<FieldMapping> fields;
    for (const ColumnInfo& t : target.columns) {
        const ColumnInfo* s = source.column(t.name);
        if (!s) {
            for (const ColumnInfo& candidate : source.columns) {
                if (candidate.name.compare(t.name, Qt::CaseInsensitive) == 0) {
                    s = &candidate;
                    break;
                }
            }
        }
        if (!s)
            continue;
        FieldMapping f;
        f.target = t.name;
        f.source = s->name;
        fields.append(f);
    }
    return fields;
}

} // namespace

Result<MappingPlan> MappingPlanner::plan(const MappingConfig& mapping, Connection& source,
    Connection& target, const QString& changeColumn, ReferenceResolver* references,
    bool countSourceRows)
{
    const QString where = QStringLiteral("mapping '%1'").arg(mapping.name);
    auto sourceInfo = countSourceRows ? source.describe(mapping.source.entity)
                                      : source.describeSchema(mapping.source.entity);
    if (!sourceInfo)
        return sourceInfo.error().within(where);
    auto targetInfo = target.describeSchema(mapping.target.entity);
    if (!targetInfo)
        return targetInfo.error().within(where);

    MappingPlan plan;
    plan.mapping = mapping;
    plan.sourceEndpoint = mapping.source.endpoint;
    plan.targetEndpoint = mapping.target.endpoint;
    plan.source = *sourceInfo;
    plan.target = *targetInfo;
    const QString sourceTable = tableName(mapping.source.endpoint, mapping.source.entity);
    const QString targetTable = tableName(mapping.target.endpoint, mapping.target.entity);

    const QList<FieldMapping> fields
        = mapping.fields.isEmpty() ? sameNameFields(plan.source, plan.target) : mapping.fields;
    if (fields.isEmpty())
        return Error::badInput(QStringLiteral("%1: no column of target table '%2' has a "
                                              "column of the same name in source table '%3'")
                                   .arg(where, targetTable, sourceTable));

    for (const FieldMapping& f : fields) {
        const QString fieldWhere = QStringLiteral("%1: field '%2'").arg(where, f.target);
        const ColumnInfo* targetColumn = findColumn(plan.target, f.target);
        if (!targetColumn)
            return Error::badInput(QStringLiteral("%1: no column '%2' in target table '%3'")
                                       .arg(fieldWhere, f.target, targetTable));
        PlannedField planned;
        planned.target = targetColumn->name;
        planned.kind = f.kind;
        planned.type = targetColumn->type;
        if (!f.type.isEmpty()) {
            auto cast = FieldType::parseCast(f.type);
            if (!cast)
                return cast.error().within(fieldWhere);
            planned.type = *cast;
        }
        switch (f.kind) {
        case FieldMapping::Kind::Column:
        case FieldMapping::Kind::Cast: {
            const ColumnInfo* sourceColumn = findColumn(plan.source, f.source);
            if (!sourceColumn)
                return Error::badInput(QStringLiteral("%1: no column '%2' in source table '%3'")
                                           .arg(fieldWhere, f.source, sourceTable));
            planned.sourceIndex = addSourceColumn(plan, *sourceColumn);
            if (planned.type.kind == FieldType::Kind::Any)
                planned.type = sourceColumn->type;
            break;
        }
        case FieldMapping::Kind::Constant: {
            QVariant value = f.constant.toVariant();
            if (planned.type.kind == FieldType::Kind::Any && f.constant.isDouble())
                value = f.constant.toDouble() == double(qint64(f.constant.toDouble()))
                    ? QVariant(qlonglong(f.constant.toDouble()))
                    : QVariant(f.constant.toDouble());
            auto canonical = Canonicalizer::canonicalize(value, planned.type);
            if (!canonical)
                return canonical.error().within(fieldWhere + QStringLiteral(": constant"));
            planned.constant = *canonical;
            break;
        }
        case FieldMapping::Kind::Expression:
            planned.expressionIndex = int(plan.expressions.size());
            plan.expressions.append(f.expression);
            break;
        case FieldMapping::Kind::Lookup: {
            if (!references)
                return Error::badInput(QStringLiteral("%1: lookup fields need the lookup's "
                                                      "endpoint, which is not open here")
                                           .arg(fieldWhere));
            const ColumnInfo* sourceColumn = findColumn(plan.source, f.source);
            if (!sourceColumn)
                return Error::badInput(QStringLiteral("%1: no column '%2' in source table '%3'")
                                           .arg(fieldWhere, f.source, sourceTable));
            planned.sourceIndex = addSourceColumn(plan, *sourceColumn);
            // Checks the reference table and columns now; RowMapper reads through it.
            auto reference = references->add(
                f.lookup.endpoint, f.lookup.entity, f.lookup.key, f.lookup.value, planned.type);
            if (!reference)
                return reference.error().within(fieldWhere + QStringLiteral(": lookup"));
            break;
        }
        }
        plan.fields.append(planned);
    }

    for (const QString& keyName : mapping.key) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < plan.fields.size(); ++i) {
            if (plan.fields[i].target == keyName)
                index = i;
        }
        if (index < 0)
            return Error::badInput(QStringLiteral("%1: key field '%2' is not a column of "
                                                  "target table '%3' mapped from the source")
                                       .arg(where, keyName, targetTable));
        const PlannedField& field = plan.fields[index];
        const QString keyWhere = QStringLiteral("%1: key field '%2'").arg(where, keyName);
        if (field.sourceIndex < 0 || field.kind == FieldMapping::Kind::Lookup)
            return Error::badInput(QStringLiteral("%1: must come from a source column (not a "
                                                  "constant, an expression or a lookup)")
                                       .arg(keyWhere));
        if (!field.type.isKeySortable())
            return Error::badInput(QStringLiteral("%1: type %2 cannot be a key (use integer, "
                                                  "text, timestamp, date or blob)")
                                       .arg(keyWhere, field.type.toString()));
        const FieldType sourceType = plan.sourceTypes[field.sourceIndex];
        if (!sortsAlike(sourceType, field.type))
            return Error::badInput(QStringLiteral("%1: source column '%2' is %3 but the key is %4; "
                                                  "the two sides would sort differently")
                                       .arg(keyWhere, plan.sourceColumns[field.sourceIndex],
                                           sourceType.toString(), field.type.toString()));
        const ColumnInfo* targetColumn = plan.target.column(field.target);
        if (!sortsAlike(targetColumn->type, field.type))
            return Error::badInput(
                QStringLiteral("%1: target column is %2 but the key is %3; "
                               "the two sides would sort differently")
                    .arg(keyWhere, targetColumn->type.toString(), field.type.toString()));
        plan.keyFields.append(int(index));
        plan.sourceKeyColumns.append(plan.sourceColumns[field.sourceIndex]);
    }

    if (!changeColumn.isEmpty()) {
        const ColumnInfo* column = findColumn(plan.source, changeColumn);
        if (!column)
            return Error::badInput(QStringLiteral("%1: change_column: no column '%2' in source "
                                                  "table '%3'")
                                       .arg(where, changeColumn, sourceTable));
        plan.changeColumnIndex = addSourceColumn(plan, *column);
    }

    if (!plan.expressions.isEmpty() || !mapping.filter.trimmed().isEmpty()) {
        // Expressions and the row filter see the whole source row.
        for (const ColumnInfo& column : std::as_const(plan.source.columns))
            addSourceColumn(plan, column);
    }
    return plan;
}

Result<MappingConfig> MappingPlanner::reversed(const MappingConfig& mapping)
{
    MappingConfig back = mapping;
    back.source = mapping.target;
    back.target = mapping.source;
    back.fields.clear();
    back.key.clear();
    back.filter.clear();
    back.rules.clear();
    for (const FieldMapping& f : mapping.fields) {
        if (!f.isReversible())
            return Error::badInput(QStringLiteral("mapping '%1': field '%2' is a constant or an "
                                                  "expression and cannot flow back in a pull job")
                                       .arg(mapping.name, f.target));
        FieldMapping r = f;
        r.target = f.source;
        r.source = f.target;
        back.fields.append(r);
    }
    for (const QString& k : mapping.key) {
        QString sourceName = k;
        for (const FieldMapping& f : mapping.fields) {
            if (f.target == k)
                sourceName = f.source;
        }
        back.key.append(sourceName);
    }
    return back;
}

} // namespace Syncline
