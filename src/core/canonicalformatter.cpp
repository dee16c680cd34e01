// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalformatter.h"

#include "canonicalizer.h"

#include <QLocale>

#include <cmath>

namespace Syncline {

namespace {

void appendPadded(QString& out, qint64 value, int width)
{
    out.append(QString::number(value).rightJustified(width, u'0'));
}

} // namespace

QString CanonicalFormatter::date(qint64 days)
{
    int y = 0;
    unsigned m = 0, d = 0;
    Canonicalizer::civilFromDays(days, &y, &m, &d);
    QString out;
    out.reserve(10);
    if (y < 0) { // astronomical year numbering, as ISO 8601 writes it
        out.append(u'-');
        y = -y;
    }
    appendPadded(out, y, 4);
    out.append(u'-');
    appendPadded(out, m, 2);
    out.append(u'-');
    appendPadded(out, d, 2);
    return out;
}

QString CanonicalFormatter::timestamp(qint64 micros, bool withZone)
{
    constexpr qint64 perDay = 86400000000LL;
    qint64 days = micros / perDay;
    qint64 rest = micros % perDay;
    if (rest < 0) {
        rest += perDay;
        --days;
    }
    QString out = date(days);
    out.reserve(32);
    const qint64 seconds = rest / 1000000;
    const qint64 fraction = rest % 1000000;
    out.append(u' ');
    appendPadded(out, seconds / 3600, 2);
    out.append(u':');
    appendPadded(out, (seconds / 60) % 60, 2);
    out.append(u':');
    appendPadded(out, seconds % 60, 2);
    if (fraction != 0) {
        QString f = QString::number(fraction).rightJustified(6, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        out.append(u'.');
        out.append(f);
    }
    if (withZone)
        out.append(QStringLiteral("+00:00"));
    return out;
}

QString CanonicalFormatter::real(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString CanonicalFormatter::toText(const QVariant& value, const FieldType& type)
{
    if (!value.isValid() || value.isNull())
        return QString();
    using K = FieldType::Kind;
    switch (type.kind) {
    case K::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case K::Integer:
        return QString::number(value.toLongLong());
    case K::Real:
        return real(value.toDouble());
    case K::Timestamp:
        return timestamp(value.toLongLong(), false);
    case K::TimestampTz:
        return timestamp(value.toLongLong(), true);
    case K::Date:
        return date(value.toLongLong());
    case K::Blob:
        return QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex());
    case K::Any:
        if (value.typeId() == QMetaType::Double)
            return real(value.toDouble());
        if (value.typeId() == QMetaType::QByteArray)
            return QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex());
        return value.toString();
    case K::Decimal:
    case K::Text:
        return value.toString();
    }
    return value.toString();
}

QJsonValue CanonicalFormatter::toJson(const QVariant& value, const FieldType& type)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    using K = FieldType::Kind;
    switch (type.kind) {
    case K::Bool:
        return value.toBool();
    case K::Integer:
        return QJsonValue(qint64(value.toLongLong()));
    case K::Real:
        if (std::isfinite(value.toDouble()))
            return value.toDouble();
        return real(value.toDouble());
    case K::Any:
        if (value.typeId() == QMetaType::LongLong)
            return QJsonValue(qint64(value.toLongLong()));
        if (value.typeId() == QMetaType::Double)
            return value.toDouble();
        return toText(value, type);
    default:
        return toText(value, type);
    }
}

} // namespace Syncline
