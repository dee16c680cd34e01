// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QVariantList>

namespace Syncline {

// A row in the mapping's canonical field space, as the classifier sees it.
struct KeyedRow
{
    QByteArray key; // KeyCodec encoding of the key fields
    QVariantList values; // canonical, one per MappingPlan::fields entry
    quint64 hash = 0; // RowHasher over values
    QVariant change; // source only: raw value of the change column (watermark), if any
    QVariantList raw; // source only, when the mapper keeps it: the row as read (two-way)
};

} // namespace Syncline
