// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/rowhasher.h"
#include "expressionevaluator.h"
#include "keyedrow.h"
#include "mappingplan.h"
#include "rowrules.h"

#include <memory>

namespace Syncline {

class ReferenceResolver;

// Turns raw rows of either side into KeyedRows in the mapping's canonical field space:
// source rows through the field mappings (columns, casts, constants, expressions, lookups),
// target rows by converting each column to its field's type. Source rows also go through the
// mapping's row filter and validation rules (RowRules): a row left out or breaking a rule is
// marked in KeyedRow::scope, not an error. Errors name the side, the row's key and the field.
// One instance per run thread (it owns the QJSEngines and the hash buffer).
class RowMapper final
{
public:
    // `references` resolves the plan's lookups and referential rules; it must outlive the
    // mapper (JobSession owns both). Without it the plan must have neither.
    explicit RowMapper(const MappingPlan& plan, ReferenceResolver* references = nullptr);
    // A mapper with references of its own, for another thread (JobSession::newMapper()).
    RowMapper(const MappingPlan& plan, std::unique_ptr<ReferenceResolver> references);
    ~RowMapper();
    // Compiles the expressions and the row filter and resolves the validation rules; a bad
    // filter or rule is a BadInput error naming the mapping.
    Status prepare();
    // The conversion of a source value of type `from` to a field of type `to`.
    static Result<QVariant> convert(
        const QVariant& raw, const FieldType& from, const FieldType& to);

    Status mapSource(const QVariantList& raw, KeyedRow& out);
    // Two-way runs keep each source row as read, to recompute expressions after a merge.
    void setKeepSourceRaw(bool keep) { m_keepSourceRaw = keep; }
    bool keepsSourceRaw() const { return m_keepSourceRaw; }
    // Recomputes the expression fields of `row` from the source row it will produce once
    // written (`sourceRaw` overlaid with row's column and cast values; no sourceRaw: a new
    // source row), so the target never keeps values computed from the old source row.
    Status recomputeExpressions(const QVariantList* sourceRaw, QVariantList& row);
    // For previews: maps each field of one source row on its own, with the conversions of
    // mapSource(), so that one field's failure (a value that does not convert, an expression
    // that throws) does not hide the others. One result per MappingPlan::fields entry; an
    // error names the field.
    QList<Result<QVariant>> mapSourceFields(const QVariantList& raw);
    Status mapTarget(const QVariantList& raw, KeyedRow& out);

    // "id=42" for a canonical row in field order.
    QString describeKey(const QVariantList& values) const;
    QString describeKeyBytes(const QByteArray& key) const;

private:
    static void resetValues(KeyedRow& out, qsizetype size);
    Status finish(KeyedRow& out, const QString& side);
    Result<QVariant> lookUp(const PlannedField& field, const QVariantList& raw, QString* problem);
    void setExpressionRow(const QVariantList& raw);

    const MappingPlan& m_plan;
    QList<FieldType> m_fieldTypes;
    QList<FieldType> m_keyTypes;
    QStringList m_keyNames;
    ExpressionEvaluator m_expressions;
    RowRules m_rules;
    std::unique_ptr<ReferenceResolver> m_ownReferences;
    ReferenceResolver* m_references = nullptr;
    QList<int> m_lookups; // per field: its reference in m_references, -1 when no lookup
    bool m_canonicalSet = false; // m_sourceCanonical holds the current row
    bool m_recomputing = false; // recomputeExpressions(): no filter, no rules
    RowHasher m_hasher;
    QVariantList m_sourceCanonical; // reused per row for expressions
    QVariantList m_keyValues; // reused per row
    bool m_keepSourceRaw = false;
};

} // namespace Syncline
