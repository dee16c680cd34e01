// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldtype.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

namespace Syncline {

// Encodes a row key (one or more canonical values) into bytes whose memcmp order is the
// order both databases return rows in (integers numerically, text bytewise as UTF-8), so
// the merge-join, the journal (ORDER BY a BLOB) and the sort checks all agree. Stateless.
class KeyCodec final
{
public:
    static Result<QByteArray> encode(const QVariantList& values, const QList<FieldType>& types);
    static Result<QVariantList> decode(const QByteArray& key, const QList<FieldType>& types);
    // "id=42, region='EU'": how errors, the quarantine and the CLI name a row.
    static QString display(
        const QStringList& names, const QVariantList& values, const QList<FieldType>& types);
    // The key's canonical values as the database returns them, to bind in a read by key
    // (Connection::readKeys()): integers, text and blobs as they are, the rest as the text the
    // database parses into the same value.
    static QVariantList rawKey(const QVariantList& canonical, const QList<FieldType>& types);
};

} // namespace Syncline
