// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalizer.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Syncline {

namespace {

constexpr qint64 MicrosPerSecond = 1000000;
constexpr qint64 MicrosPerDay = 86400 * MicrosPerSecond;

QString describe(const QVariant& raw)
{
    QString text = raw.toString();
    if (text.size() > 40)
        text = text.left(37) + QStringLiteral("...");
    return QStringLiteral("'%1'").arg(text);
}

Error cannotConvert(const QVariant& raw, const FieldType& type, const QString& why = QString())
{
    QString message = QStringLiteral("cannot convert %1 to %2").arg(describe(raw), type.toString());
    if (!why.isEmpty())
        message += QStringLiteral(" (") + why + QLatin1Char(')');
    return Error::badInput(message);
}

bool isIntegral(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

bool isFloating(const QVariant& v)
{
    return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float;
}

QString shortest(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// Digits of a number split at the decimal point; exponent already applied.
struct DecimalParts
{
    bool negative = false;
    QString intDigits;
    QString fracDigits;
};

std::optional<DecimalParts> parseDecimalParts(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    DecimalParts parts;
    qsizetype i = 0;
    if (text[i] == u'+' || text[i] == u'-') {
        parts.negative = text[i] == u'-';
        ++i;
    }
    bool seenPoint = false;
    bool anyDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            (seenPoint ? parts.fracDigits : parts.intDigits).append(c);
            anyDigit = true;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (i < text.size()) {
        if (text[i] != u'e' && text[i] != u'E')
            return std::nullopt;
        bool ok = false;
        const int exponent = text.mid(i + 1).toInt(&ok);
        if (!ok || exponent > 400 || exponent < -400)
            return std::nullopt;
        // Shift the point by the exponent.
        QString all = parts.intDigits + parts.fracDigits;
        qsizetype point = parts.intDigits.size() + exponent;
        if (point < 0) {
            all.prepend(QString(-point, u'0'));
            point = 0;
        } else if (point > all.size()) {
            all.append(QString(point - all.size(), u'0'));
        }
        parts.intDigits = all.left(point);
        parts.fracDigits = all.mid(point);
    }
    return parts;
}

// Adds one unit in the last place of a digit string; returns false when it carries out.
bool incrementDigits(QString& digits)
{
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (digits[i] == u'9') {
            digits[i] = u'0';
        } else {
            digits[i] = QChar(digits[i].unicode() + 1);
            return true;
        }
    }
    return false;
}

Result<QVariant> toDecimal(const QVariant& raw, const FieldType& type)
{
    QString text;
    if (isIntegral(raw))
        text = QString::number(raw.toLongLong());
    else if (isFloating(raw)) {
        const double d = raw.toDouble();
        if (!std::isfinite(d))
            return cannotConvert(raw, type, QStringLiteral("not a finite number"));
        text = shortest(d);
    } else if (raw.typeId() == QMetaType::Bool)
        text = raw.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    else
        text = raw.toString();
    const auto normalized = Canonicalizer::normalizeDecimal(text, type.scale);
    if (!normalized)
        return cannotConvert(raw, type);
    if (type.precision > 0) {
        const qsizetype point = normalized->indexOf(u'.');
        qsizetype intDigits = point < 0 ? normalized->size() : point;
        if (normalized->startsWith(u'-'))
            --intDigits;
        const bool zeroInt = normalized->startsWith(u"0") || normalized->startsWith(u"-0");
        if (!zeroInt && intDigits > type.precision - qMax(0, type.scale))
            return cannotConvert(raw, type, QStringLiteral("out of range"));
    }
    return QVariant(*normalized);
}

Result<QVariant> toInteger(const QVariant& raw, const FieldType& type)
{
    if (isIntegral(raw))
        return QVariant(raw.toLongLong());
    if (raw.typeId() == QMetaType::Bool)
        return QVariant(qlonglong(raw.toBool() ? 1 : 0));
    if (isFloating(raw)) {
        const double d = raw.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18)
            return QVariant(qlonglong(d));
        return cannotConvert(raw, type, QStringLiteral("not a whole number"));
    }
    const QString text = raw.toString().trimmed();
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (ok)
        return QVariant(v);
    // "42.000" is a whole number too.
    if (const auto dec = Canonicalizer::normalizeDecimal(text, -1)) {
        if (!dec->contains(u'.')) {
            const qlonglong w = dec->toLongLong(&ok);
            if (ok)
                return QVariant(w);
        }
    }
    return cannotConvert(raw, type, QStringLiteral("not a whole number"));
}

Result<QVariant> toReal(const QVariant& raw, const FieldType& type)
{
    double d = 0;
    if (isIntegral(raw) || isFloating(raw) || raw.typeId() == QMetaType::Bool) {
        d = raw.toDouble();
    } else {
        const QString text = raw.toString().trimmed();
        bool ok = false;
        d = text.toDouble(&ok);
        if (!ok) {
            const QString lower = text.toLower();
            if (lower == u"nan")
                d = std::nan("");
            else if (lower == u"infinity" || lower == u"inf")
                d = INFINITY;
            else if (lower == u"-infinity" || lower == u"-inf")
                d = -INFINITY;
            else
                return cannotConvert(raw, type);
        }
    }
    if (d == 0)
        d = 0; // folds -0.0 into 0.0
    if (std::isnan(d))
        d = std::nan("");
    return QVariant(d);
}

Result<QVariant> toBool(const QVariant& raw, const FieldType& type)
{
    if (raw.typeId() == QMetaType::Bool)
        return QVariant(raw.toBool());
    if (isIntegral(raw) || isFloating(raw)) {
        const double d = raw.toDouble();
        if (d == 0 || d == 1)
            return QVariant(d == 1);
        return cannotConvert(raw, type, QStringLiteral("expected 0 or 1"));
    }
    const QString text = raw.toString().trimmed().toLower();
    if (text == u"t" || text == u"true" || text == u"1" || text == u"yes" || text == u"y"
        || text == u"on")
        return QVariant(true);
    if (text == u"f" || text == u"false" || text == u"0" || text == u"no" || text == u"n"
        || text == u"off")
        return QVariant(false);
    return cannotConvert(raw, type);
}

Result<QVariant> toTimestamp(const QVariant& raw, const FieldType& type)
{
    if (raw.typeId() == QMetaType::QDateTime) {
        const QDateTime dt = raw.toDateTime();
        if (!dt.isValid())
            return cannotConvert(raw, type);
        // A zone-less value is a wall-clock reading: keep its fields, whatever the local zone.
        const QDateTime utc = dt.timeSpec() == Qt::LocalTime
            ? QDateTime(dt.date(), dt.time(), Qt::UTC)
            : dt.toUTC();
        return QVariant(qlonglong(utc.toMSecsSinceEpoch() * 1000));
    }
    if (raw.typeId() == QMetaType::QDate) {
        const QDate d = raw.toDate();
        return QVariant(
            qlonglong(Canonicalizer::daysFromCivil(d.year(), d.month(), d.day()) * MicrosPerDay));
    }
    if (isIntegral(raw)) // Unix time in seconds, as SQLite's unixepoch() stores it.
        return QVariant(qlonglong(raw.toLongLong() * MicrosPerSecond));
    if (isFloating(raw))
        return QVariant(qlonglong(std::llround(raw.toDouble() * MicrosPerSecond)));
    QString scratch;
    const auto micros = Canonicalizer::parseTimestampMicros(Canonicalizer::textOf(raw, scratch));
    if (!micros)
        return cannotConvert(
            raw, type, QStringLiteral("expected YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM]"));
    return QVariant(qlonglong(*micros));
}

Result<QVariant> toDate(const QVariant& raw, const FieldType& type)
{
    if (raw.typeId() == QMetaType::QDate || raw.typeId() == QMetaType::QDateTime) {
        const QDate d = raw.toDate();
        if (!d.isValid())
            return cannotConvert(raw, type);
        return QVariant(qlonglong(Canonicalizer::daysFromCivil(d.year(), d.month(), d.day())));
    }
    if (isIntegral(raw))
        return QVariant(qlonglong(raw.toLongLong()));
    const QString text = raw.toString();
    if (const auto days = Canonicalizer::parseDateDays(text))
        return QVariant(qlonglong(*days));
    if (const auto micros = Canonicalizer::parseTimestampMicros(text)) {
        qint64 days = *micros / MicrosPerDay;
        if (*micros < 0 && *micros % MicrosPerDay != 0)
            --days;
        return QVariant(qlonglong(days));
    }
    return cannotConvert(raw, type, QStringLiteral("expected YYYY-MM-DD"));
}

Result<QVariant> toText(const QVariant& raw)
{
    if (raw.typeId() == QMetaType::QString)
        return raw;
    if (raw.typeId() == QMetaType::QByteArray)
        return QVariant(QString::fromUtf8(raw.toByteArray()));
    if (isFloating(raw))
        return QVariant(shortest(raw.toDouble()));
    if (raw.typeId() == QMetaType::Bool)
        return QVariant(raw.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    return QVariant(raw.toString());
}

Result<QVariant> toAny(const QVariant& raw)
{
    if (isIntegral(raw))
        return QVariant(raw.toLongLong());
    if (raw.typeId() == QMetaType::Bool)
        return QVariant(qlonglong(raw.toBool() ? 1 : 0));
    if (isFloating(raw))
        return QVariant(raw.toDouble());
    if (raw.typeId() == QMetaType::QByteArray || raw.typeId() == QMetaType::QString)
        return raw;
    return QVariant(raw.toString());
}

int digitAt(QStringView s, qsizetype i)
{
    if (i >= s.size() || !s[i].isDigit() || s[i].unicode() > 127)
        return -1;
    return s[i].unicode() - u'0';
}

int number(QStringView s, qsizetype pos, int width)
{
    int v = 0;
    for (int i = 0; i < width; ++i) {
        const int d = digitAt(s, pos + i);
        if (d < 0)
            return -1;
        v = v * 10 + d;
    }
    return v;
}

} // namespace

Result<QVariant> Canonicalizer::canonicalize(const QVariant& raw, const FieldType& type)
{
    if (!raw.isValid() || raw.isNull())
        return QVariant();
    using K = FieldType::Kind;
    switch (type.kind) {
    case K::Any:
        return toAny(raw);
    case K::Bool:
        return toBool(raw, type);
    case K::Integer:
        return toInteger(raw, type);
    case K::Decimal:
        return toDecimal(raw, type);
    case K::Real:
        return toReal(raw, type);
    case K::Text:
        return toText(raw);
    case K::Timestamp:
    case K::TimestampTz:
        return toTimestamp(raw, type);
    case K::Date:
        return toDate(raw, type);
    case K::Blob:
        if (raw.typeId() == QMetaType::QByteArray)
            return raw;
        if (raw.typeId() == QMetaType::QString)
            return QVariant(raw.toString().toUtf8());
        return cannotConvert(raw, type);
    }
    return cannotConvert(raw, type);
}

namespace {

// normalizeDecimal() for the common case, a plain "[+-]digits[.digits]" that needs no
// rounding up: one pass and one allocation instead of the general path's several strings
// (decimals were a tenth of a full copy's time). Returns false for anything else, which the
// general path then handles; both give the same text.
bool normalizePlainDecimal(QStringView text, int scale, QString* out)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < size && (text[i] == u'+' || text[i] == u'-')) {
        negative = text[i] == u'-';
        ++i;
    }
    const auto isDigit = [&](qsizetype at) { return text[at] >= u'0' && text[at] <= u'9'; };
    qsizetype intStart = i;
    while (i < size && isDigit(i))
        ++i;
    const qsizetype intEnd = i;
    qsizetype fracStart = i, fracEnd = i;
    if (i < size && text[i] == u'.') {
        fracStart = ++i;
        while (i < size && isDigit(i))
            ++i;
        fracEnd = i;
    }
    if (i != size || (intEnd == intStart && fracEnd == fracStart))
        return false;
    qsizetype fracLength = fracEnd - fracStart;
    qsizetype padding = 0;
    if (scale >= 0) {
        if (fracLength > scale) {
            if (text[fracStart + scale] >= u'5')
                return false; // rounds up: the general path carries
            fracLength = scale;
        } else {
            padding = scale - fracLength;
        }
    } else {
        while (fracLength > 0 && text[fracStart + fracLength - 1] == u'0')
            --fracLength;
    }
    while (intEnd - intStart > 1 && text[intStart] == u'0')
        ++intStart;
    const QStringView intDigits
        = intEnd > intStart ? text.sliced(intStart, intEnd - intStart) : QStringView(u"0");
    const QStringView fracDigits = text.sliced(fracStart, fracLength);
    bool isZero = intDigits == u"0";
    for (qsizetype f = 0; isZero && f < fracDigits.size(); ++f)
        isZero = fracDigits[f] == u'0';
    const bool sign = negative && !isZero;
    const bool point = fracLength + padding > 0;
    QString result(qsizetype(sign) + intDigits.size() + qsizetype(point) + fracLength + padding,
        Qt::Uninitialized);
    QChar* at = result.data();
    if (sign)
        *at++ = u'-';
    at = std::copy(intDigits.begin(), intDigits.end(), at);
    if (point) {
        *at++ = u'.';
        at = std::copy(fracDigits.begin(), fracDigits.end(), at);
        std::fill_n(at, padding, u'0');
    }
    *out = std::move(result);
    return true;
}

} // namespace

std::optional<QString> Canonicalizer::normalizeDecimal(QStringView text, int scale)
{
    if (QString plain; normalizePlainDecimal(text, scale, &plain))
        return plain;
    auto parts = parseDecimalParts(text);
    if (!parts)
        return std::nullopt;
    QString intDigits = parts->intDigits;
    QString frac = parts->fracDigits;
    if (scale >= 0) {
        if (frac.size() > scale) {
            const bool roundUp = frac[scale] >= u'5'; // half away from zero
            frac.truncate(scale);
            if (roundUp) {
                QString all = intDigits + frac;
                if (!incrementDigits(all))
                    all.prepend(u'1');
                intDigits = all.left(all.size() - scale);
                frac = all.right(scale);
            }
        } else {
            frac.append(QString(scale - frac.size(), u'0'));
        }
    } else {
        while (!frac.isEmpty() && frac.endsWith(u'0'))
            frac.chop(1);
    }
    qsizetype lead = 0;
    while (lead < intDigits.size() - 1 && intDigits[lead] == u'0')
        ++lead;
    intDigits = intDigits.mid(lead);
    if (intDigits.isEmpty())
        intDigits = QStringLiteral("0");
    const bool isZero = intDigits == u"0" && frac.count(u'0') == frac.size();
    QString out;
    out.reserve(intDigits.size() + frac.size() + 2);
    if (parts->negative && !isZero)
        out.append(u'-');
    out.append(intDigits);
    if (!frac.isEmpty()) {
        out.append(u'.');
        out.append(frac);
    }
    return out;
}

std::optional<qint64> Canonicalizer::parseDateDays(QStringView s)
{
    s = s.trimmed();
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    const int y = number(s, 0, 4), m = number(s, 5, 2), d = number(s, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    if (!QDate(y, m, d).isValid())
        return std::nullopt;
    return daysFromCivil(y, unsigned(m), unsigned(d));
}

std::optional<qint64> Canonicalizer::parseTimestampMicros(QStringView s, bool* hadZone)
{
    s = s.trimmed();
    if (hadZone)
        *hadZone = false;
    if (s.size() < 10)
        return std::nullopt;
    const auto days = parseDateDays(s.left(10));
    if (!days)
        return std::nullopt;
    qint64 micros = *days * MicrosPerDay;
    qsizetype i = 10;
    if (i == s.size())
        return micros;
    if (s[i] != u' ' && s[i] != u'T' && s[i] != u't')
        return std::nullopt;
    ++i;
    const int hh = number(s, i, 2);
    if (hh < 0 || hh > 24 || i + 2 >= s.size() || s[i + 2] != u':')
        return std::nullopt;
    const int mm = number(s, i + 3, 2);
    if (mm < 0 || mm > 59)
        return std::nullopt;
    i += 5;
    int ss = 0;
    qint64 fraction = 0;
    if (i < s.size() && s[i] == u':') {
        ss = number(s, i + 1, 2);
        if (ss < 0 || ss > 60)
            return std::nullopt;
        i += 3;
        if (i < s.size() && (s[i] == u'.' || s[i] == u',')) {
            ++i;
            qint64 scale = 100000;
            while (i < s.size() && digitAt(s, i) >= 0) {
                fraction += digitAt(s, i) * scale;
                scale /= 10;
                ++i;
            }
        }
    }
    micros += (qint64(hh) * 3600 + mm * 60 + ss) * MicrosPerSecond + fraction;
    while (i < s.size() && s[i] == u' ')
        ++i;
    if (i == s.size())
        return micros;
    if (s[i] == u'Z' || s[i] == u'z') {
        if (hadZone)
            *hadZone = true;
        return i + 1 == s.size() ? std::optional<qint64>(micros) : std::nullopt;
    }
    if (s[i] != u'+' && s[i] != u'-')
        return std::nullopt;
    const int sign = s[i] == u'-' ? -1 : 1;
    ++i;
    const int oh = number(s, i, 2);
    if (oh < 0)
        return std::nullopt;
    i += 2;
    int om = 0;
    if (i < s.size() && s[i] == u':')
        ++i;
    if (i < s.size()) {
        om = number(s, i, 2);
        if (om < 0)
            return std::nullopt;
        i += 2;
    }
    if (i < s.size() && s[i] == u':') { // PostgreSQL prints seconds of old offsets: +00:53:28
        const int os = number(s, i + 1, 2);
        if (os < 0)
            return std::nullopt;
        micros -= sign * qint64(os) * MicrosPerSecond;
        i += 3;
    }
    if (i != s.size())
        return std::nullopt;
    if (hadZone)
        *hadZone = true;
    return micros - sign * (qint64(oh) * 3600 + om * 60) * MicrosPerSecond;
}

// Howard Hinnant's days_from_civil / civil_from_days.
qint64 Canonicalizer::daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void Canonicalizer::civilFromDays(qint64 z, int* year, unsigned* month, unsigned* day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    *year = int(y + (m <= 2));
    *month = m;
    *day = d;
}

} // namespace Syncline
