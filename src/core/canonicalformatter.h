// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldtype.h"

#include <QJsonValue>
#include <QVariant>

namespace Syncline {

// Turns canonical values back into text: the input syntax databases parse into the same
// value (PostgreSQL text format, SQLite date strings), and JSON for run reports, the
// quarantine and previews. Stateless; usable from any thread.
class CanonicalFormatter final
{
public:
    // A null QString for null. Blobs come out as PostgreSQL's hex form "\x0a1b".
    static QString toText(const QVariant& value, const FieldType& type);
    static QString timestamp(qint64 micros, bool withZone);
    static QString date(qint64 days);
    static QString real(double value);
    // null -> JSON null; blobs -> "\\x..." hex text; timestamps -> ISO text.
    static QJsonValue toJson(const QVariant& value, const FieldType& type);
};

} // namespace Syncline
