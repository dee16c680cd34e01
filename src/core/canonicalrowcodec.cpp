// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalrowcodec.h"

#include <QDataStream>
#include <QIODevice>

namespace Syncline {

namespace {
constexpr quint8 FormatVersion = 1;
}

QByteArray CanonicalRowCodec::encode(const QVariantList& row)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << FormatVersion << row;
    return bytes;
}

Result<QVariantList> CanonicalRowCodec::decode(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    QVariantList row;
    in >> version >> row;
    if (in.status() != QDataStream::Ok || version != FormatVersion)
        return Error::runtime(QStringLiteral("corrupt journal base (%1 bytes)").arg(bytes.size()));
    return row;
}

} // namespace Syncline
