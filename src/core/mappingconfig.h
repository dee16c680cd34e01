// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Syncline {

// One target field and where its value comes from.
struct FieldMapping
{
    enum class Kind { Column, Cast, Constant, Expression };

    QString target;
    Kind kind = Kind::Column;
    QString source; // Column, Cast
    QString type; // Cast: the canonical type name ("decimal(18,4)"); may also be set on others
    QJsonValue constant; // Constant
    QString expression; // Expression: JavaScript over `row` (the source row)

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

// Source entity -> target entity: the key and the field mappings. No fields means every
// target column that has a source column of the same name.
struct MappingConfig
{
    QString name;
    EntityRef source;
    EntityRef target;
    QStringList key; // target field names
    QList<FieldMapping> fields;

    bool operator==(const MappingConfig&) const = default;
};

} // namespace Syncline
