// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyencoder.h"

#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"

#include <charconv>
#include <cstring>

namespace Syncline {

namespace {

bool isNull(const QVariant& value)
{
    return !value.isValid() || value.isNull();
}

char* putDigits(char* at, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
    return at + width;
}

// Timestamps (micros) and dates (days) the way CanonicalFormatter writes them, straight into
// the COPY buffer: no QString per value. Years outside 0..9999 take the general path.
bool appendTemporal(QByteArray& out, qint64 value, FieldType::Kind kind)
{
    constexpr qint64 perDay = 86400000000LL;
    qint64 days = value;
    qint64 rest = 0;
    if (kind != FieldType::Kind::Date) {
        days = value / perDay;
        rest = value % perDay;
        if (rest < 0) {
            rest += perDay;
            --days;
        }
    }
    int year = 0;
    unsigned month = 0, day = 0;
    Canonicalizer::civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999)
        return false;
    char text[40];
    char* at = putDigits(text, year, 4);
    *at++ = '-';
    at = putDigits(at, month, 2);
    *at++ = '-';
    at = putDigits(at, day, 2);
    if (kind != FieldType::Kind::Date) {
        const qint64 seconds = rest / 1000000;
        qint64 fraction = rest % 1000000;
        *at++ = ' ';
        at = putDigits(at, seconds / 3600, 2);
        *at++ = ':';
        at = putDigits(at, (seconds / 60) % 60, 2);
        *at++ = ':';
        at = putDigits(at, seconds % 60, 2);
        if (fraction != 0) {
            int width = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                --width;
            }
            *at++ = '.';
            at = putDigits(at, fraction, width);
        }
        if (kind == FieldType::Kind::TimestampTz) {
            std::memcpy(at, "+00:00", 6);
            at += 6;
        }
    }
    out.append(text, at - text);
    return true;
}

} // namespace

QByteArray CopyEncoder::text(const QVariant& value, const FieldType& type)
{
    if (isNull(value))
        return QByteArray();
    using K = FieldType::Kind;
    QByteArray out;
    switch (type.kind) {
    case K::Integer:
        out = QByteArray::number(value.toLongLong());
        break;
    case K::Bool:
        out = value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        break;
    case K::Decimal:
    case K::Text:
        out = value.toString().toUtf8();
        break;
    case K::Blob:
        // bytea's hex input form.
        out = QByteArrayLiteral("\\x") + value.toByteArray().toHex();
        break;
    default:
        out = CanonicalFormatter::toText(value, type).toUtf8();
        break;
    }
    // An empty string is a value, not NULL: keep it apart from the null QByteArray.
    if (out.isNull())
        out = QByteArray("", 0);
    return out;
}

int CopyEncoder::firstNulColumn(const QVariantList& row, const QList<FieldType>& types)
{
    for (int i = 0; i < row.size() && i < types.size(); ++i) {
        const QVariant& value = row.at(i);
        if (value.typeId() == QMetaType::QString && types.at(i).kind != FieldType::Kind::Blob
            && static_cast<const QString*>(value.constData())->contains(QChar(u'\0')))
            return i;
    }
    return -1;
}

void CopyEncoder::appendEscaped(QByteArray& out, const QByteArray& text)
{
    const char* data = text.constData();
    const qsizetype size = text.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        char escaped = 0;
        switch (c) {
        case '\\':
            escaped = '\\';
            break;
        case '\n':
            escaped = 'n';
            break;
        case '\r':
            escaped = 'r';
            break;
        case '\t':
            escaped = 't';
            break;
        default:
            continue;
        }
        out.append(data + start, i - start);
        out.append('\\');
        out.append(escaped);
        start = i + 1;
    }
    out.append(data + start, size - start);
}

void CopyEncoder::appendText(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    out.resize(start + text.size() * 3);
    char* end = m_utf8.appendToBuffer(out.data() + start, text);
    out.resize(end - out.constData());
    const char* data = out.constData();
    for (qsizetype i = start; i < out.size(); ++i) {
        const char c = data[i];
        if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
            // Rare: escape the value's bytes from the first special one on.
            const QByteArray rest = out.mid(i);
            out.truncate(i);
            appendEscaped(out, rest);
            return;
        }
    }
}

void CopyEncoder::appendRow(QByteArray& out, const QVariantList& row)
{
    using K = FieldType::Kind;
    static const QVariant missing;
    for (int i = 0; i < m_types.size(); ++i) {
        if (i > 0)
            out.append('\t');
        const QVariant& value = i < row.size() ? row.at(i) : missing;
        if (isNull(value)) {
            out.append("\\N", 2);
            continue;
        }
        switch (m_types.at(i).kind) {
        case K::Integer: {
            // Digits and a sign need no escaping.
            char digits[24];
            const auto result = std::to_chars(digits, digits + sizeof digits, value.toLongLong());
            out.append(digits, result.ptr - digits);
            break;
        }
        case K::Bool:
            out.append(value.toBool() ? 't' : 'f');
            break;
        case K::Timestamp:
        case K::TimestampTz:
        case K::Date:
            if (value.typeId() != QMetaType::LongLong
                || !appendTemporal(out, value.toLongLong(), m_types.at(i).kind))
                appendEscaped(out, text(value, m_types.at(i)));
            break;
        case K::Decimal:
        case K::Text:
            if (value.typeId() == QMetaType::QString)
                appendText(out, *static_cast<const QString*>(value.constData()));
            else
                appendText(out, value.toString());
            break;
        default:
            appendEscaped(out, text(value, m_types.at(i)));
            break;
        }
    }
    out.append('\n');
}

} // namespace Syncline
