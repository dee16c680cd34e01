// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowhasher.h"

#include "canonicalizer.h"

#include <xxhash.h>

#include <cstring>

namespace Syncline {

namespace {

template <typename T> void appendRaw(QByteArray& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

} // namespace

quint64 RowHasher::hash(const QVariantList& row, const QList<FieldType>& types)
{
    m_buffer.resize(0);
    using K = FieldType::Kind;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QVariant& v = row[i];
        if (!v.isValid() || v.isNull()) {
            m_buffer.append('\0');
            continue;
        }
        K kind = types[i].kind;
        if (kind == K::Any) {
            // Stored values keep their storage class: 1 and '1' differ, as in the database.
            switch (v.typeId()) {
            case QMetaType::LongLong:
                kind = K::Integer;
                break;
            case QMetaType::Double:
                kind = K::Real;
                break;
            case QMetaType::QByteArray:
                kind = K::Blob;
                break;
            default:
                kind = K::Text;
            }
        }
        m_buffer.append(char(int(kind) + 1));
        switch (kind) {
        case K::Bool:
            m_buffer.append(v.toBool() ? '\1' : '\0');
            break;
        case K::Integer:
        case K::Timestamp:
        case K::TimestampTz:
        case K::Date:
            appendRaw<qint64>(m_buffer, v.toLongLong());
            break;
        case K::Real:
            appendRaw<double>(m_buffer, v.toDouble());
            break;
        case K::Blob: {
            const QByteArray bytes = v.toByteArray();
            appendRaw<qint64>(m_buffer, bytes.size());
            m_buffer.append(bytes);
            break;
        }
        default: {
            // UTF-16 as held in memory: no conversion per row, still stable across runs.
            QString scratch;
            const QString& text = Canonicalizer::textOf(v, scratch);
            appendRaw<qint64>(m_buffer, text.size());
            m_buffer.append(reinterpret_cast<const char*>(text.constData()),
                text.size() * qsizetype(sizeof(QChar)));
        }
        }
    }
    return XXH3_64bits(m_buffer.constData(), size_t(m_buffer.size()));
}

} // namespace Syncline
