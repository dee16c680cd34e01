// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtype.h"
#include "core/result.h"

#include <QJSEngine>
#include <QJSValue>
#include <QStringList>

#include <memory>

namespace Syncline {

// Evaluates a mapping's JavaScript field expressions with QJSEngine. Each expression is
// compiled once (into a function of `row`) when the evaluator is built; evaluation reuses one
// `row` object per evaluator and fills only the columns the expressions mention, so the
// per-row cost stays small. One instance per run per thread (QJSEngine is thread-bound).
class ExpressionEvaluator final
{
public:
    ExpressionEvaluator();
    ~ExpressionEvaluator();
    Q_DISABLE_COPY_MOVE(ExpressionEvaluator)

    // A syntax error names the expression.
    Status compile(const QStringList& expressions, const QStringList& columns);
    bool isEmpty() const { return m_functions.isEmpty(); }

    // Sets the row the next evaluate() calls see; values are canonical, per `types`.
    void setRow(const QVariantList& canonicalValues, const QList<FieldType>& types);
    // The expression's value (undefined and null give a null QVariant); a thrown exception
    // is a BadInput error carrying the JavaScript message.
    Result<QVariant> evaluate(int index);

private:
    std::unique_ptr<QJSEngine> m_engine;
    QList<QJSValue> m_functions;
    QJSValue m_row;
    QStringList m_columns;
    QList<int> m_usedColumns; // indexes of the columns the expressions mention
};

} // namespace Syncline
