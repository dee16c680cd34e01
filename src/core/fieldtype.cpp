// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldtype.h"

#include <QRegularExpression>

namespace Syncline {

namespace {

struct Declared
{
    QString base; // lower case, words joined by one space, no parameters
    int first = -1;
    int second = -1;
};

Declared splitDeclared(const QString& declared)
{
    static const QRegularExpression params(
        QStringLiteral("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)"));
    Declared d;
    QString text = declared.trimmed().toLower();
    const auto match = params.match(text);
    if (match.hasMatch()) {
        d.first = match.captured(1).toInt();
        if (match.hasCaptured(2) && !match.captured(2).isEmpty())
            d.second = match.captured(2).toInt();
        text.remove(match.capturedStart(), match.capturedLength());
    }
    d.base = text.simplified();
    return d;
}

// PostgreSQL names first, then SQLite's affinity rules for anything else.
std::optional<FieldType> fromBaseName(const Declared& d)
{
    using K = FieldType::Kind;
    const QString& b = d.base;
    if (b == u"boolean" || b == u"bool")
        return FieldType::of(K::Bool);
    if (b == u"timestamptz" || b == u"timestamp with time zone" || b == u"datetimetz")
        return FieldType::of(K::TimestampTz);
    if (b == u"timestamp" || b == u"timestamp without time zone" || b == u"datetime")
        return FieldType::of(K::Timestamp);
    if (b == u"date")
        return FieldType::of(K::Date);
    if (b == u"numeric" || b == u"decimal" || b == u"money")
        return FieldType::decimal(d.first, d.first >= 0 ? qMax(0, d.second) : -1);
    if (b == u"real" || b == u"float" || b == u"float4" || b == u"float8" || b == u"double"
        || b == u"double precision")
        return FieldType::of(K::Real);
    if (b == u"bytea" || b == u"blob")
        return FieldType::of(K::Blob);
    if (b == u"text" || b == u"varchar" || b == u"character varying" || b == u"char"
        || b == u"character" || b == u"uuid" || b == u"json" || b == u"jsonb" || b == u"citext"
        || b == u"string" || b == u"time" || b == u"interval")
        return FieldType::of(K::Text);
    if (b == u"integer" || b == u"int" || b == u"bigint" || b == u"smallint" || b == u"int2"
        || b == u"int4" || b == u"int8" || b == u"serial" || b == u"bigserial"
        || b == u"smallserial" || b == u"tinyint" || b == u"mediumint")
        return FieldType::of(K::Integer);
    return std::nullopt;
}

} // namespace

FieldType FieldType::fromDeclared(const QString& declared)
{
    const Declared d = splitDeclared(declared);
    if (d.base.isEmpty())
        return of(Kind::Any);
    // PostgreSQL arrays ("integer[]", "_int4") travel as their text form.
    if (d.base.endsWith(u"[]") || (d.base.startsWith(u'_') && !declared.contains(u'(')))
        return of(Kind::Text);
    if (auto known = fromBaseName(d))
        return *known;
    // SQLite's affinity rules (https://sqlite.org/datatype3.html section 3.1), in order.
    if (d.base.contains(u"int"))
        return of(Kind::Integer);
    if (d.base.contains(u"char") || d.base.contains(u"clob") || d.base.contains(u"text"))
        return of(Kind::Text);
    if (d.base.contains(u"blob"))
        return of(Kind::Blob);
    if (d.base.contains(u"real") || d.base.contains(u"floa") || d.base.contains(u"doub"))
        return of(Kind::Real);
    if (d.base.startsWith(u"timestamp") || d.base.startsWith(u"datetime"))
        return of(Kind::Timestamp);
    return of(Kind::Text);
}

Result<FieldType> FieldType::parseCast(const QString& name)
{
    const Declared d = splitDeclared(name);
    if (d.base == u"any")
        return of(Kind::Any);
    if (auto known = fromBaseName(d))
        return *known;
    return Error::badInput(QStringLiteral("unknown type '%1' (expected one of: integer, "
                                          "decimal(P,S), real, text, boolean, timestamp, "
                                          "timestamptz, date, blob)")
                               .arg(name));
}

QString FieldType::toString() const
{
    switch (kind) {
    case Kind::Any:
        return QStringLiteral("any");
    case Kind::Bool:
        return QStringLiteral("boolean");
    case Kind::Integer:
        return QStringLiteral("integer");
    case Kind::Decimal:
        if (precision < 0)
            return QStringLiteral("decimal");
        return QStringLiteral("decimal(%1,%2)").arg(precision).arg(qMax(0, scale));
    case Kind::Real:
        return QStringLiteral("real");
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Timestamp:
        return QStringLiteral("timestamp");
    case Kind::TimestampTz:
        return QStringLiteral("timestamptz");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Blob:
        return QStringLiteral("blob");
    }
    return QString();
}

bool FieldType::isKeySortable() const
{
    switch (kind) {
    case Kind::Integer:
    case Kind::Text:
    case Kind::Timestamp:
    case Kind::TimestampTz:
    case Kind::Date:
    case Kind::Blob:
    case Kind::Bool:
        return true;
    default:
        return false;
    }
}

} // namespace Syncline
