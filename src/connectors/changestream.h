// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QVariantList>

namespace Syncline {

// One captured change: which key changed (raw key values, in the capture's key column
// order) and its position in the change log. Inserts, updates and deletes look alike: the
// run reads the key's current row (or finds it gone).
struct CapturedChange
{
    qint64 sequence = 0;
    QVariantList key;
    qint64 changedAtMs = 0; // when the trigger logged it (ms since the epoch); 0 if unknown
};

// Streams a table's captured changes in sequence order, past a given sequence.
class ChangeStream
{
public:
    virtual ~ChangeStream() = default;
    virtual Result<bool> next(CapturedChange& change) = 0;
};

} // namespace Syncline
