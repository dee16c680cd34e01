// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Syncline {

// Where a lookup field finds its value: the row of `entity` (on `endpoint`) whose `key`
// column equals the source column's value gives the field the value of its `value` column.
struct FieldLookup
{
    QString endpoint;
    QString entity;
    QString key;
    QString value;

    bool operator==(const FieldLookup&) const = default;
};

// One target field and where its value comes from.
struct FieldMapping
{
    enum class Kind { Column, Cast, Constant, Expression, Lookup };

    QString target;
    Kind kind = Kind::Column;
    QString source; // Column, Cast, Lookup (the value looked up)
    QString type; // Cast: the canonical type name ("decimal(18,4)"); may also be set on others
    QJsonValue constant; // Constant
    QString expression; // Expression: JavaScript over `row` (the source row)
    FieldLookup lookup; // Lookup

    bool isReversible() const { return kind == Kind::Column || kind == Kind::Cast; }
    bool operator==(const FieldMapping&) const = default;
};

// Where a mapping reads from or writes to.
struct EntityRef
{
    QString endpoint;
    QString entity; // "customers" or "schema.customers"

    bool operator==(const EntityRef&) const = default;
};

// A column of some entity, for referential validation rules.
struct ColumnRef
{
    QString endpoint;
    QString entity;
    QString column;

    bool isEmpty() const { return entity.isEmpty(); }
    bool operator==(const ColumnRef&) const = default;
};

// Checks on one target field's mapped value. Every check is optional: `min`/`max` are
// undefined when not set (a number, or text such as a date for temporal fields), `type` and
// `regex` empty, `references` empty. The regex must match somewhere in the value's text
// (anchor it with ^...$ for a whole-value match).
struct ValidationRule
{
    QString field;
    bool required = false; // the value must not be null
    QString type; // the value must convert to this cast type ("integer", "date"...)
    QJsonValue min = QJsonValue(QJsonValue::Undefined);
    QJsonValue max = QJsonValue(QJsonValue::Undefined);
    QString regex;
    ColumnRef references; // the value must exist in this column

    bool operator==(const ValidationRule&) const = default;
};

// Source entity -> target entity: the key and the field mappings. No fields means every
// target column that has a source column of the same name. A row filter (JavaScript over
// `row`, the source row) keeps only the rows for which it is true; validation rules check
// the mapped values.
struct MappingConfig
{
    QString name;
    EntityRef source;
    EntityRef target;
    QStringList key; // target field names
    QList<FieldMapping> fields;
    QString filter; // empty: every row
    QList<ValidationRule> rules;
    QString conflicts; // two-way: this entity's conflict policy, overriding the job's; empty: the job's

    bool operator==(const MappingConfig&) const = default;
};

} // namespace Syncline
