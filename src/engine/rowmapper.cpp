// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmapper.h"

#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"
#include "core/keycodec.h"
#include "referenceresolver.h"

namespace Syncline {

RowMapper::RowMapper(const MappingPlan& plan, ReferenceResolver* references)
    : m_plan(plan)
    , m_fieldTypes(plan.fieldTypes())
    , m_keyTypes(plan.keyTypes())
    , m_keyNames(plan.keyNames())
    , m_references(references)
{ }

RowMapper::RowMapper(const MappingPlan& plan, std::unique_ptr<ReferenceResolver> references)
    : RowMapper(plan, references.get())
{
    m_ownReferences = std::move(references);
}

RowMapper::~RowMapper() = default;

Status RowMapper::prepare()
{
    const QString where = QStringLiteral("mapping '%1'").arg(m_plan.mapping.name);
    if (!m_plan.expressions.isEmpty()) {
        auto compiled = m_expressions.compile(m_plan.expressions, m_plan.sourceColumns);
        if (!compiled)
            return compiled.error().within(where);
    }
    // Lookups are registered here rather than taken from the plan, so that a mapper on
    // another thread reads through references (and connections) of its own.
    m_lookups.clear();
    for (const PlannedField& f : m_plan.fields) {
        m_lookups.append(-1);
        if (f.kind != FieldMapping::Kind::Lookup)
            continue;
        const auto config
            = std::find_if(m_plan.mapping.fields.cbegin(), m_plan.mapping.fields.cend(),
                [&](const FieldMapping& m) { return m.target == f.target; });
        if (!m_references || config == m_plan.mapping.fields.cend())
            return Error::badInput(QStringLiteral("%1: field '%2': lookups need the lookup's "
                                                  "endpoint, which is not open here")
                                       .arg(where, f.target));
        auto reference = m_references->add(config->lookup.endpoint, config->lookup.entity,
            config->lookup.key, config->lookup.value, f.type);
        if (!reference)
            return reference.error().within(
                QStringLiteral("%1: field '%2': lookup").arg(where, f.target));
        m_lookups.last() = *reference;
    }
    QStringList names;
    for (const PlannedField& f : m_plan.fields)
        names.append(f.target);
    const QStringList problems
        = m_rules.prepare(m_plan.mapping, m_plan.sourceColumns, names, m_fieldTypes, m_references);
    if (!problems.isEmpty())
        return Error::badInput(QStringLiteral("%1: %2").arg(where, problems.first()));
    return {};
}

void RowMapper::setExpressionRow(const QVariantList& raw)
{
    m_sourceCanonical.resize(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        auto value = Canonicalizer::canonicalize(raw[i], m_plan.sourceTypes[i]);
        // A value that does not fit its own column's declared type (SQLite allows it) is
        // shown to expressions and the filter as stored.
        m_sourceCanonical[i] = value ? *value : raw[i];
    }
    m_canonicalSet = true;
}

// A lookup field's value: the source value converted to the reference key's type and read
// through the resolver. A key that does not convert, or that no reference row has, is the
// row's problem (`problem`); a failed read is the run's.
Result<QVariant> RowMapper::lookUp(const PlannedField& f, const QVariantList& raw, QString* problem)
{
    const int reference = m_lookups[&f - m_plan.fields.constData()];
    const ColumnInfo& keyColumn = m_references->keyColumn(reference);
    auto key = convert(raw[f.sourceIndex], m_plan.sourceTypes[f.sourceIndex], keyColumn.type);
    if (!key) {
        *problem = QStringLiteral("Lookup for '%1': %2").arg(f.target, key.error().message);
        return QVariant();
    }
    if (key->isNull() || !key->isValid())
        return QVariant(); // a null key looks up nothing: the field is null
    auto found = m_references->find(reference, *key);
    if (!found) {
        if (found.error().kind != ErrorKind::BadInput)
            return found.error();
        *problem = QStringLiteral("Lookup for '%1': %2").arg(f.target, found.error().message);
        return QVariant();
    }
    if (!*found) {
        const QString text = CanonicalFormatter::toText(*key, keyColumn.type);
        const bool textual = keyColumn.type.kind == FieldType::Kind::Text
            || keyColumn.type.kind == FieldType::Kind::Any;
        *problem = QStringLiteral("Lookup for '%1': no row of %2 with %3 = %4")
                       .arg(f.target, m_references->table(reference), keyColumn.name,
                           textual ? QLatin1Char('\'') + text + QLatin1Char('\'') : text);
        return QVariant();
    }
    return **found;
}

// Values whose canonical form is not their natural text (timestamps as microseconds,
// decimals as strings, dates as day numbers) go through their text form when the field's
// type differs from the column's, so that e.g. a timestamp column cast to text reads
// "2024-05-01 10:00:00+00:00" rather than a number.
Result<QVariant> RowMapper::convert(const QVariant& raw, const FieldType& from, const FieldType& to)
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

// The row's previous values are usually still shared with a batch on its way to the target;
// resizing that list would copy every value only to overwrite it, so it gets a new one.
void RowMapper::resetValues(KeyedRow& out, qsizetype size)
{
    if (out.values.isDetached())
        out.values.resize(size);
    else
        out.values = QVariantList(size);
}

Status RowMapper::mapSource(const QVariantList& raw, KeyedRow& out)
{
    const QList<PlannedField>& fields = m_plan.fields;
    resetValues(out, fields.size());
    out.scope = KeyedRow::Scope::In;
    out.violation.clear();
    out.change = m_plan.changeColumnIndex >= 0 ? raw[m_plan.changeColumnIndex] : QVariant();
    if (m_keepSourceRaw)
        out.raw = raw;
    // Keys first, so a later error can name the row.
    m_keyValues.resize(m_plan.keyFields.size());
    for (qsizetype k = 0; k < m_plan.keyFields.size(); ++k) {
        const PlannedField& f = fields[m_plan.keyFields[k]];
        auto value = convert(raw[f.sourceIndex], m_plan.sourceTypes[f.sourceIndex], f.type);
        if (!value)
            return value.error().within(QStringLiteral("source row %1: key field '%2'")
                                            .arg(raw[f.sourceIndex].toString(), f.target));
        m_keyValues[k] = *value;
    }
    const auto where = [&](const PlannedField& f) {
        return QStringLiteral("mapping '%1': source row %2: field '%3'")
            .arg(m_plan.mapping.name, KeyCodec::display(m_keyNames, m_keyValues, m_keyTypes),
                f.target);
    };
    m_canonicalSet = false;
    if (m_rules.hasFilter() && !m_recomputing) {
        setExpressionRow(raw);
        auto keep = m_rules.keeps(m_sourceCanonical, m_plan.sourceTypes);
        if (!keep || !*keep) {
            // Out of scope: only the key matters (the run leaves the key alone).
            out.scope = keep ? KeyedRow::Scope::FilteredOut : KeyedRow::Scope::Invalid;
            out.violation = keep ? QString() : keep.error().message;
            for (QVariant& value : out.values)
                value = QVariant();
            for (qsizetype k = 0; k < m_plan.keyFields.size(); ++k)
                out.values[m_plan.keyFields[k]] = m_keyValues[k];
            return finish(out, QStringLiteral("source"));
        }
    }
    if (!m_expressions.isEmpty()) {
        if (!m_canonicalSet)
            setExpressionRow(raw);
        m_expressions.setRow(m_sourceCanonical, m_plan.sourceTypes);
    }
    QStringList problems;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const PlannedField& f = fields[i];
        switch (f.kind) {
        case FieldMapping::Kind::Column:
        case FieldMapping::Kind::Cast: {
            auto value = convert(raw[f.sourceIndex], m_plan.sourceTypes[f.sourceIndex], f.type);
            if (!value)
                return value.error().within(where(f));
            out.values[i] = std::move(value).value();
            break;
        }
        case FieldMapping::Kind::Constant:
            out.values[i] = f.constant;
            break;
        case FieldMapping::Kind::Expression: {
            auto result = m_expressions.evaluate(f.expressionIndex);
            if (!result)
                return result.error().within(where(f));
            auto value = Canonicalizer::canonicalize(*result, f.type);
            if (!value)
                return value.error().within(where(f) + QStringLiteral(": expression result"));
            out.values[i] = std::move(value).value();
            break;
        }
        case FieldMapping::Kind::Lookup: {
            QString problem;
            auto value = lookUp(f, raw, &problem);
            if (!value)
                return value.error().within(where(f));
            if (!problem.isEmpty())
                problems.append(problem);
            out.values[i] = std::move(value).value();
            break;
        }
        }
    }
    if (m_rules.hasRules() && !m_recomputing) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (m_rules.checks(int(i)))
                problems.append(m_rules.violations(int(i), out.values[i]));
        }
    }
    if (!problems.isEmpty()) {
        out.scope = KeyedRow::Scope::Invalid;
        out.violation = problems.join(QStringLiteral("; "));
    }
    return finish(out, QStringLiteral("source"));
}

QList<Result<QVariant>> RowMapper::mapSourceFields(const QVariantList& raw)
{
    QList<Result<QVariant>> out;
    out.reserve(m_plan.fields.size());
    if (!m_expressions.isEmpty()) {
        setExpressionRow(raw);
        m_expressions.setRow(m_sourceCanonical, m_plan.sourceTypes);
    }
    for (const PlannedField& f : m_plan.fields) {
        const QString where = QStringLiteral("field '%1'").arg(f.target);
        switch (f.kind) {
        case FieldMapping::Kind::Column:
        case FieldMapping::Kind::Cast: {
            auto value = convert(raw[f.sourceIndex], m_plan.sourceTypes[f.sourceIndex], f.type);
            out.append(value ? std::move(value) : Result<QVariant>(value.error().within(where)));
            break;
        }
        case FieldMapping::Kind::Constant:
            out.append(Result<QVariant>(f.constant));
            break;
        case FieldMapping::Kind::Expression: {
            auto result = m_expressions.evaluate(f.expressionIndex);
            if (!result) {
                out.append(result.error().within(where));
                break;
            }
            auto value = Canonicalizer::canonicalize(*result, f.type);
            out.append(value ? std::move(value)
                             : Result<QVariant>(value.error().within(
                                 where + QStringLiteral(": expression result"))));
            break;
        }
        case FieldMapping::Kind::Lookup:
            out.append(Error::badInput(where + QStringLiteral(": lookups are not mapped here")));
            break;
        }
    }
    return out;
}

Status RowMapper::recomputeExpressions(const QVariantList* sourceRaw, QVariantList& row)
{
    if (m_plan.expressions.isEmpty())
        return {};
    if (sourceRaw && sourceRaw->size() != m_plan.sourceColumns.size())
        return Error::runtime(QStringLiteral("mapping '%1': the source row was not kept for "
                                             "recomputing expressions")
                                  .arg(m_plan.mapping.name));
    QVariantList raw = sourceRaw ? *sourceRaw : QVariantList(m_plan.sourceColumns.size());
    for (qsizetype i = 0; i < m_plan.fields.size(); ++i) {
        const PlannedField& f = m_plan.fields[i];
        if (f.kind != FieldMapping::Kind::Column && f.kind != FieldMapping::Kind::Cast)
            continue;
        using K = FieldType::Kind;
        const bool textual = f.type.kind == K::Timestamp || f.type.kind == K::TimestampTz
            || f.type.kind == K::Date;
        raw[f.sourceIndex] = textual && row[i].isValid()
            ? QVariant(CanonicalFormatter::toText(row[i], f.type))
            : row[i];
    }
    KeyedRow recomputed;
    m_recomputing = true; // the row was already checked when read
    const Status mapped = mapSource(raw, recomputed);
    m_recomputing = false;
    if (!mapped)
        return mapped;
    for (qsizetype i = 0; i < m_plan.fields.size(); ++i) {
        if (m_plan.fields[i].kind == FieldMapping::Kind::Expression)
            row[i] = recomputed.values[i];
    }
    return {};
}

Status RowMapper::mapTarget(const QVariantList& raw, KeyedRow& out)
{
    const QList<PlannedField>& fields = m_plan.fields;
    resetValues(out, fields.size());
    bool unconvertible = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto value = Canonicalizer::canonicalize(raw[i], fields[i].type);
        if (!value) {
            // A target value that does not convert is simply different: the update rewrites it.
            out.values[i] = QVariant();
            unconvertible = true;
            continue;
        }
        out.values[i] = std::move(value).value();
    }
    out.change = QVariant();
    auto status = finish(out, QStringLiteral("target"));
    if (unconvertible)
        out.hash = ~out.hash; // never equal to what the source maps to
    return status;
}

Status RowMapper::finish(KeyedRow& out, const QString& side)
{
    m_keyValues.resize(m_plan.keyFields.size());
    for (qsizetype k = 0; k < m_plan.keyFields.size(); ++k)
        m_keyValues[k] = out.values[m_plan.keyFields[k]];
    auto key = KeyCodec::encode(m_keyValues, m_keyTypes);
    if (!key)
        return Error::badInput(
            QStringLiteral("mapping '%1': %2 row %3: %4")
                .arg(m_plan.mapping.name, side,
                    KeyCodec::display(m_keyNames, m_keyValues, m_keyTypes), key.error().message));
    out.key = std::move(key).value();
    out.hash = m_hasher.hash(out.values, m_fieldTypes);
    return {};
}

QString RowMapper::describeKey(const QVariantList& values) const
{
    QVariantList keyValues;
    for (int i : m_plan.keyFields)
        keyValues.append(values.value(i));
    return KeyCodec::display(m_keyNames, keyValues, m_keyTypes);
}

QString RowMapper::describeKeyBytes(const QByteArray& key) const
{
    auto values = KeyCodec::decode(key, m_keyTypes);
    if (!values)
        return QString::fromLatin1(key.toHex());
    return KeyCodec::display(m_keyNames, *values, m_keyTypes);
}

} // namespace Syncline
