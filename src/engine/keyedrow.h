// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

namespace Syncline {

// A row in the mapping's canonical field space, as the classifier sees it.
struct KeyedRow
{
    // Source only: whether the run takes the row (RowRules). A row the filter leaves out or
    // that breaks a validation rule (or whose lookup finds nothing) is left alone, with its
    // key's target row and journal entry; `violation` says what is wrong with an invalid one.
    enum class Scope : quint8 { In, FilteredOut, Invalid };

    QByteArray key; // KeyCodec encoding of the key fields
    QVariantList values; // canonical, one per MappingPlan::fields entry
    quint64 hash = 0; // RowHasher over values
    QVariant change; // source only: raw value of the change column (watermark), if any
    QVariantList raw; // source only, when the mapper keeps it: the row as read (two-way)
    Scope scope = Scope::In;
    QString violation; // Scope::Invalid: the rules broken, each naming its field
};

} // namespace Syncline
