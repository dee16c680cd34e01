// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QVariantList>

namespace Syncline {

// A forward-only stream of rows from Connection::read(). Values are raw, as the driver gives
// them: SQLite's storage classes (qlonglong, double, QString, QByteArray); PostgreSQL's text
// form (QString), bytea decoded to QByteArray. SQL NULL is an invalid QVariant.
// Owned by the caller, used on the thread that created it.
class RowStream
{
public:
    virtual ~RowStream() = default;
    // Fills `row` and returns true, or returns false at the end.
    virtual Result<bool> next(QVariantList& row) = 0;
};

} // namespace Syncline
