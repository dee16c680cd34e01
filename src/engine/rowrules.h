// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtype.h"
#include "core/mappingconfig.h"
#include "core/result.h"
#include "expressionevaluator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Syncline {

class ReferenceResolver;

// A mapping's row filter and validation rules, evaluated the same way by runs (RowMapper) and
// by the designer's preview (MappingPreview). The filter is JavaScript over `row`, the source
// row, and keeps the rows for which it is truthy; each rule checks one mapped target field
// (required, type, min, max, regex, references). Referential rules ask a ReferenceResolver
// (keyed reads behind an LRU cache). One instance per run or preview, on its thread (it owns
// a QJSEngine for the filter).
class RowRules final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::RowRules)

public:
    RowRules();
    ~RowRules();
    Q_DISABLE_COPY_MOVE(RowRules)

    // Compiles the filter over `sourceColumns` and resolves each rule against the mapped
    // `fields` (target names, with their canonical `types`). Returns the problems, each naming
    // the filter or the rule's field; a rule with a problem is left out. `references` may be
    // null when no rule references a column (a referential rule is then a problem).
    QStringList prepare(const MappingConfig& mapping, const QStringList& sourceColumns,
        const QStringList& fields, const QList<FieldType>& types, ReferenceResolver* references);

    bool hasFilter() const { return m_filtering; }
    bool hasRules() const { return !m_rules.isEmpty(); }
    // Whether the filter keeps the source row (canonical values, one per source column, of
    // `sourceTypes`); true without a filter; an error carrying the JavaScript message when the
    // filter throws.
    Result<bool> keeps(const QVariantList& canonicalSource, const QList<FieldType>& sourceTypes);
    // Whether some rule checks field `field` (an index into prepare()'s fields).
    bool checks(int field) const;
    // What the rules on field `field` find wrong with its mapped canonical `value`: one message
    // per failing rule, "Rule for 'email': does not match /^\S+@\S+$/". Empty when it passes.
    QStringList violations(int field, const QVariant& value);

private:
    struct Rule
    {
        ValidationRule rule;
        int field = -1;
        FieldType fieldType;
        std::optional<FieldType> type;
        QRegularExpression regex;
        int reference = -1; // ReferenceResolver index
    };

    ExpressionEvaluator m_filter;
    bool m_filtering = false;
    QList<Rule> m_rules;
    ReferenceResolver* m_references = nullptr;
};

} // namespace Syncline
