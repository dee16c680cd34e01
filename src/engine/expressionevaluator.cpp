// SPDX-License-Identifier: GPL-3.0-or-later
#include "expressionevaluator.h"

#include "core/canonicalformatter.h"

#include <QRegularExpression>
#include <QSet>

namespace Syncline {

namespace {

QJSValue toJs(const QVariant& value, const FieldType& type)
{
    if (!value.isValid() || value.isNull())
        return QJSValue(QJSValue::NullValue);
    using K = FieldType::Kind;
    switch (type.kind) {
    case K::Bool:
        return QJSValue(value.toBool());
    case K::Integer:
    case K::Real:
        return QJSValue(value.toDouble());
    case K::Decimal:
        return QJSValue(value.toString().toDouble());
    case K::Text:
        return QJSValue(value.toString());
    case K::Any:
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double)
            return QJSValue(value.toDouble());
        return QJSValue(CanonicalFormatter::toText(value, type));
    default:
        return QJSValue(CanonicalFormatter::toText(value, type));
    }
}

} // namespace

ExpressionEvaluator::ExpressionEvaluator()
    : m_engine(std::make_unique<QJSEngine>())
{ }

ExpressionEvaluator::~ExpressionEvaluator() = default;

Status ExpressionEvaluator::compile(const QStringList& expressions, const QStringList& columns)
{
    m_columns = columns;
    m_functions.clear();
    m_usedColumns.clear();
    bool dynamicAccess = false;
    QSet<QString> mentioned;
    static const QRegularExpression dotted(QStringLiteral("\\brow\\s*\\.\\s*([A-Za-z_$][\\w$]*)"));
    static const QRegularExpression bracketed(
        QStringLiteral("\\brow\\s*\\[\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*\\]"));
    static const QRegularExpression anyRowUse(
        QStringLiteral("\\brow\\b(?!\\s*[.\\[])|\\brow\\s*\\[\\s*[^'\"\\s]"));
    for (const QString& expression : expressions) {
        const QString source = QStringLiteral("(function(row) { return (%1\n); })").arg(expression);
        QJSValue function = m_engine->evaluate(source);
        if (function.isError())
            return Error::badInput(
                QStringLiteral("expression '%1': %2").arg(expression, function.toString()));
        m_functions.append(function);
        for (auto it = dotted.globalMatch(expression); it.hasNext();)
            mentioned.insert(it.next().captured(1));
        for (auto it = bracketed.globalMatch(expression); it.hasNext();) {
            const auto m = it.next();
            mentioned.insert(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        }
        dynamicAccess = dynamicAccess || anyRowUse.match(expression).hasMatch();
    }
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (dynamicAccess || mentioned.contains(columns[i]))
            m_usedColumns.append(int(i));
    }
    m_row = m_engine->newObject();
    return {};
}

void ExpressionEvaluator::setRow(const QVariantList& canonicalValues, const QList<FieldType>& types)
{
    for (int i : std::as_const(m_usedColumns))
        m_row.setProperty(m_columns[i], toJs(canonicalValues[i], types[i]));
}

Result<QVariant> ExpressionEvaluator::evaluate(int index)
{
    QJSValue result = m_functions[index].call({ m_row });
    if (m_engine->hasError())
        result = m_engine->catchError();
    if (result.isError())
        return Error::badInput(QStringLiteral("expression threw %1").arg(result.toString()));
    if (result.isUndefined() || result.isNull())
        return QVariant();
    if (result.isBool())
        return QVariant(result.toBool());
    if (result.isNumber())
        return QVariant(result.toNumber());
    if (result.isDate())
        return QVariant(result.toDateTime());
    if (result.isString())
        return QVariant(result.toString());
    return QVariant(result.toString());
}

} // namespace Syncline
