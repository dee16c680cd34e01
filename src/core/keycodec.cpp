// SPDX-License-Identifier: GPL-3.0-or-later
#include "keycodec.h"

#include "canonicalformatter.h"

#include <QtEndian>

#include <cstring>

namespace Syncline {

namespace {

enum Tag : char { TagInteger = 0x10, TagReal = 0x11, TagText = 0x20, TagBlob = 0x30 };

void appendUInt64(QByteArray& out, quint64 v)
{
    char buf[8];
    qToBigEndian(v, buf);
    out.append(buf, 8);
}

void appendSigned(QByteArray& out, qint64 v)
{
    appendUInt64(out, quint64(v) ^ 0x8000000000000000ULL);
}

void appendDouble(QByteArray& out, double d)
{
    quint64 bits = 0;
    std::memcpy(&bits, &d, 8);
    bits = (bits & 0x8000000000000000ULL) ? ~bits : bits | 0x8000000000000000ULL;
    appendUInt64(out, bits);
}

// 0x00 inside the data becomes 0x00 0xFF; the end is 0x00 0x01, which sorts first.
void appendBytes(QByteArray& out, const QByteArray& bytes)
{
    for (const char c : bytes) {
        out.append(c);
        if (c == '\0')
            out.append('\xFF');
    }
    out.append('\0');
    out.append('\x01');
}

quint64 readUInt64(const QByteArray& key, qsizetype& pos, bool& ok)
{
    if (pos + 8 > key.size()) {
        ok = false;
        return 0;
    }
    const quint64 v = qFromBigEndian<quint64>(key.constData() + pos);
    pos += 8;
    return v;
}

QByteArray readBytes(const QByteArray& key, qsizetype& pos, bool& ok)
{
    QByteArray out;
    while (pos < key.size()) {
        const char c = key[pos++];
        if (c != '\0') {
            out.append(c);
            continue;
        }
        if (pos >= key.size())
            break;
        const char next = key[pos++];
        if (next == '\x01')
            return out;
        out.append('\0');
    }
    ok = false;
    return out;
}

} // namespace

Result<QByteArray> KeyCodec::encode(const QVariantList& values, const QList<FieldType>& types)
{
    QByteArray out;
    out.reserve(16 * values.size());
    using K = FieldType::Kind;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        if (!v.isValid() || v.isNull())
            return Error::badInput(QStringLiteral("key field %1 is NULL").arg(i + 1));
        switch (types[i].kind) {
        case K::Integer:
        case K::Timestamp:
        case K::TimestampTz:
        case K::Date:
            appendSigned(out, v.toLongLong());
            break;
        case K::Bool:
            out.append(v.toBool() ? '\x01' : '\x00');
            break;
        case K::Real:
            appendDouble(out, v.toDouble());
            break;
        case K::Blob:
            appendBytes(out, v.toByteArray());
            break;
        case K::Decimal:
        case K::Text:
            appendBytes(out, v.toString().toUtf8());
            break;
        case K::Any:
            if (v.typeId() == QMetaType::LongLong) {
                out.append(TagInteger);
                appendSigned(out, v.toLongLong());
            } else if (v.typeId() == QMetaType::Double) {
                out.append(TagReal);
                appendDouble(out, v.toDouble());
            } else if (v.typeId() == QMetaType::QByteArray) {
                out.append(TagBlob);
                appendBytes(out, v.toByteArray());
            } else {
                out.append(TagText);
                appendBytes(out, v.toString().toUtf8());
            }
            break;
        }
    }
    return out;
}

Result<QVariantList> KeyCodec::decode(const QByteArray& key, const QList<FieldType>& types)
{
    QVariantList values;
    values.reserve(types.size());
    qsizetype pos = 0;
    bool ok = true;
    using K = FieldType::Kind;
    for (const FieldType& type : types) {
        switch (type.kind) {
        case K::Integer:
        case K::Timestamp:
        case K::TimestampTz:
        case K::Date:
            values.append(qlonglong(readUInt64(key, pos, ok) ^ 0x8000000000000000ULL));
            break;
        case K::Bool:
            ok = ok && pos < key.size();
            values.append(ok && key[pos++] != '\0');
            break;
        case K::Real: {
            quint64 bits = readUInt64(key, pos, ok);
            bits = (bits & 0x8000000000000000ULL) ? bits & ~0x8000000000000000ULL : ~bits;
            double d = 0;
            std::memcpy(&d, &bits, 8);
            values.append(d);
            break;
        }
        case K::Blob:
            values.append(readBytes(key, pos, ok));
            break;
        case K::Decimal:
        case K::Text:
            values.append(QString::fromUtf8(readBytes(key, pos, ok)));
            break;
        case K::Any: {
            const char tag = pos < key.size() ? key[pos++] : '\0';
            if (tag == TagInteger) {
                values.append(qlonglong(readUInt64(key, pos, ok) ^ 0x8000000000000000ULL));
            } else if (tag == TagReal) {
                quint64 bits = readUInt64(key, pos, ok);
                bits = (bits & 0x8000000000000000ULL) ? bits & ~0x8000000000000000ULL : ~bits;
                double d = 0;
                std::memcpy(&d, &bits, 8);
                values.append(d);
            } else if (tag == TagBlob) {
                values.append(readBytes(key, pos, ok));
            } else if (tag == TagText) {
                values.append(QString::fromUtf8(readBytes(key, pos, ok)));
            } else {
                ok = false;
            }
            break;
        }
        }
        if (!ok)
            break;
    }
    if (!ok || pos != key.size())
        return Error::runtime(
            QStringLiteral("corrupt journal key %1").arg(QString::fromLatin1(key.toHex())));
    return values;
}

QString KeyCodec::display(
    const QStringList& names, const QVariantList& values, const QList<FieldType>& types)
{
    QStringList parts;
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i) {
        const QVariant& v = values[i];
        QString text;
        if (!v.isValid() || v.isNull())
            text = QStringLiteral("NULL");
        else if (types[i].kind == FieldType::Kind::Integer
            || (types[i].kind == FieldType::Kind::Any && v.typeId() == QMetaType::LongLong))
            text = QString::number(v.toLongLong());
        else
            text = QLatin1Char('\'') + CanonicalFormatter::toText(v, types[i]) + QLatin1Char('\'');
        parts.append(names[i] + QLatin1Char('=') + text);
    }
    return parts.join(QStringLiteral(", "));
}

QVariantList KeyCodec::rawKey(const QVariantList& canonical, const QList<FieldType>& types)
{
    QVariantList raw;
    raw.reserve(canonical.size());
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        switch (types[i].kind) {
        case FieldType::Kind::Integer:
        case FieldType::Kind::Text:
        case FieldType::Kind::Any:
        case FieldType::Kind::Blob:
            raw.append(canonical[i]);
            break;
        default:
            raw.append(CanonicalFormatter::toText(canonical[i], types[i]));
            break;
        }
    }
    return raw;
}

} // namespace Syncline
