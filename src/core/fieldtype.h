// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Syncline {

// The canonical type of a field: what both sides' values are converted to before they are
// compared and hashed. Declared database types ("NUMERIC(18,4)", "timestamptz",
// "character varying(80)") and mapping casts ("decimal(18,4)") parse into it.
//
// Canonical value representation (QVariant), per kind:
//   null: an invalid QVariant; Bool: bool; Integer: qlonglong; Decimal: QString, normalized
//   ("-12.5000" at scale 4, no exponent); Real: double; Text: QString; Timestamp and
//   TimestampTz: qlonglong microseconds since 1970-01-01T00:00:00 UTC; Date: qlonglong days
//   since 1970-01-01; Blob: QByteArray; Any: the value as the database stored it
//   (qlonglong, double, QString or QByteArray).
struct FieldType
{
    enum class Kind { Any, Bool, Integer, Decimal, Real, Text, Timestamp, TimestampTz, Date, Blob };

    Kind kind = Kind::Any;
    int precision = -1; // Decimal only; -1 when not declared
    int scale = -1; // Decimal only; -1 when not declared (then trailing zeros are dropped)

    static FieldType of(Kind kind) { return { kind, -1, -1 }; }
    static FieldType decimal(int precision, int scale)
    {
        return { Kind::Decimal, precision, scale };
    }

    // Lenient: any database's declared type maps to a kind (unknown names become Text, an
    // empty SQLite declaration becomes Any).
    static FieldType fromDeclared(const QString& declared);
    // Strict: the type names a mapping may cast to; an unknown name is an error.
    static Result<FieldType> parseCast(const QString& name);

    // "decimal(18,4)", "integer", "timestamptz"...: parseCast(toString()) round-trips.
    QString toString() const;
    // Whether values of this type sort the same way in every database and in KeyCodec order.
    bool isKeySortable() const;
    // Whether databases compare the type with a collation (so PostgreSQL needs COLLATE "C").
    bool isTextual() const { return kind == Kind::Text; }

    bool operator==(const FieldType& other) const = default;
};

} // namespace Syncline
