// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QVariantList>

namespace Syncline {

// Serializes a canonical row (the journal's base for three-way merges) to bytes and back,
// with a fixed QDataStream version so files written today read the same tomorrow.
class CanonicalRowCodec final
{
public:
    static QByteArray encode(const QVariantList& row);
    static Result<QVariantList> decode(const QByteArray& bytes);
};

} // namespace Syncline
