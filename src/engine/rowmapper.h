// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/rowhasher.h"
#include "expressionevaluator.h"
#include "keyedrow.h"
#include "mappingplan.h"

namespace Syncline {

// Turns raw rows of either side into KeyedRows in the mapping's canonical field space:
// source rows through the field mappings (columns, casts, constants, expressions), target
// rows by converting each column to its field's type. Errors name the side, the row's key and
// the field. One instance per run thread (it owns the QJSEngine and the hash buffer).
class RowMapper final
{
public:
    explicit RowMapper(const MappingPlan& plan);
    Status prepare(); // compiles the expressions

    Status mapSource(const QVariantList& raw, KeyedRow& out);
    // Two-way runs keep each source row as read, to recompute expressions after a merge.
    void setKeepSourceRaw(bool keep) { m_keepSourceRaw = keep; }
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
    Status finish(KeyedRow& out, const QString& side);
    Result<QVariant> convertSource(const QVariant& raw, const FieldType& from, const FieldType& to);

    const MappingPlan& m_plan;
    QList<FieldType> m_fieldTypes;
    QList<FieldType> m_keyTypes;
    QStringList m_keyNames;
    ExpressionEvaluator m_expressions;
    RowHasher m_hasher;
    QVariantList m_sourceCanonical; // reused per row for expressions
    QVariantList m_keyValues; // reused per row
    bool m_keepSourceRaw = false;
};

} // namespace Syncline
