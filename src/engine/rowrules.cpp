// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowrules.h"

#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"
#include "referenceresolver.h"
#include "rowmapper.h"

#include <QJsonValue>

#include <cmath>

namespace Syncline {

namespace {

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

QString quoted(const QVariant& value, const FieldType& type)
{
    const QString text = CanonicalFormatter::toText(value, type);
    if (type.kind == FieldType::Kind::Text || type.kind == FieldType::Kind::Any)
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    return text;
}

// Compares a canonical value with a rule's bound: -1, 0, 1, or nullopt when they cannot be
// compared (`why` says why).
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
            *why = RowRules::tr("%1 is not a number").arg(quoted(value, type));
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

RowRules::RowRules() = default;
RowRules::~RowRules() = default;

QStringList RowRules::prepare(const MappingConfig& mapping, const QStringList& sourceColumns,
    const QStringList& fields, const QList<FieldType>& types, ReferenceResolver* references)
{
    QStringList problems;
    m_references = references;
    m_rules.clear();
    m_filtering = false;
    if (!mapping.filter.trimmed().isEmpty()) {
        if (Status compiled = m_filter.compile({ mapping.filter }, sourceColumns); compiled)
            m_filtering = true;
        else
            problems.append(tr("Row filter: %1").arg(compiled.error().message));
    }
    for (const ValidationRule& rule : mapping.rules) {
        Rule checked;
        checked.rule = rule;
        checked.field = int(fields.indexOf(rule.field));
        if (checked.field < 0) {
            problems.append(
                tr("Validation rule for '%1': the field is not mapped.").arg(rule.field));
            continue;
        }
        checked.fieldType = types.value(checked.field);
        if (!rule.type.isEmpty()) {
            auto type = FieldType::parseCast(rule.type);
            if (!type) {
                problems.append(
                    tr("Validation rule for '%1': %2").arg(rule.field, type.error().message));
                continue;
            }
            checked.type = *type;
        }
        if (!rule.regex.isEmpty()) {
            checked.regex = QRegularExpression(rule.regex);
            if (!checked.regex.isValid()) {
                problems.append(tr("Validation rule for '%1': invalid regular expression: %2")
                                    .arg(rule.field, checked.regex.errorString()));
                continue;
            }
        }
        if (!rule.references.isEmpty()) {
            if (!references) {
                problems.append(tr("Validation rule for '%1': references: no reference "
                                   "connections here")
                                    .arg(rule.field));
                continue;
            }
            auto added = references->add(
                rule.references.endpoint, rule.references.entity, rule.references.column);
            if (!added) {
                problems.append(tr("Validation rule for '%1': references: %2")
                                    .arg(rule.field, added.error().message));
                continue;
            }
            checked.reference = *added;
        }
        m_rules.append(checked);
    }
    return problems;
}

Result<bool> RowRules::keeps(
    const QVariantList& canonicalSource, const QList<FieldType>& sourceTypes)
{
    if (!m_filtering)
        return true;
    m_filter.setRow(canonicalSource, sourceTypes);
    auto keep = m_filter.evaluate(0);
    if (!keep)
        return Error::badInput(tr("Row filter: %1").arg(keep.error().message));
    return truthy(*keep);
}

bool RowRules::checks(int field) const
{
    return std::any_of(
        m_rules.cbegin(), m_rules.cend(), [field](const Rule& r) { return r.field == field; });
}

QStringList RowRules::violations(int field, const QVariant& value)
{
    QStringList out;
    for (const Rule& checked : std::as_const(m_rules)) {
        if (checked.field != field)
            continue;
        const ValidationRule& rule = checked.rule;
        const FieldType& type = checked.fieldType;
        QStringList found;
        const bool null = isNull(value);
        if (rule.required && null)
            found.append(tr("required: the value is empty"));
        if (!null) {
            if (checked.type) {
                if (auto converted = RowMapper::convert(
                        CanonicalFormatter::toText(value, type), FieldType(), *checked.type);
                    !converted)
                    found.append(tr("type %1: %2").arg(rule.type, converted.error().message));
            }
            for (const auto& [bound, isMin] :
                { std::pair { rule.min, true }, std::pair { rule.max, false } }) {
                if (bound.isUndefined() || bound.isNull())
                    continue;
                QString why;
                const auto order = compareWithBound(value, type, bound, &why);
                if (!order)
                    found.append(
                        (isMin ? tr("min %1: %2") : tr("max %1: %2")).arg(boundText(bound), why));
                else if (isMin && *order < 0)
                    found.append(tr("less than the minimum %1").arg(boundText(bound)));
                else if (!isMin && *order > 0)
                    found.append(tr("greater than the maximum %1").arg(boundText(bound)));
            }
            if (!rule.regex.isEmpty()
                && !checked.regex.match(CanonicalFormatter::toText(value, type)).hasMatch())
                found.append(tr("does not match /%1/").arg(rule.regex));
            if (checked.reference >= 0) {
                const QString table = QStringLiteral("%1.%2").arg(
                    m_references->table(checked.reference), rule.references.column);
                auto hit = m_references->find(checked.reference, value);
                if (!hit)
                    found.append(tr("references %1: %2").arg(table, hit.error().message));
                else if (!*hit)
                    found.append(tr("not found in %1").arg(table));
            }
        }
        if (!found.isEmpty())
            out.append(tr("Rule for '%1': %2").arg(rule.field, found.join(QStringLiteral("; "))));
    }
    return out;
}

} // namespace Syncline
