// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldtype.h"
#include "result.h"

#include <QVariant>

namespace Syncline {

// Converts a value as a database driver returned it (qlonglong, double, QString, QByteArray,
// QDateTime...) into the canonical representation of a FieldType (see fieldtype.h), so that
// the same datum read from SQLite and from PostgreSQL compares and hashes equal. Stateless;
// usable from any thread.
class Canonicalizer final
{
public:
    // A failure names the offending value and the type; the caller adds the field and key.
    static Result<QVariant> canonicalize(const QVariant& raw, const FieldType& type);

    // Parsers shared with the formatters and tests. All return std::nullopt on bad input.
    static std::optional<QString> normalizeDecimal(QStringView text, int scale);
    static std::optional<qint64> parseTimestampMicros(QStringView text, bool* hadZone = nullptr);
    static std::optional<qint64> parseDateDays(QStringView text);

    // A value's text without copying a QString it holds (QVariant::toString() copies, which
    // showed in profiles of every hot path); other types are converted into `scratch`.
    static const QString& textOf(const QVariant& value, QString& scratch)
    {
        if (value.typeId() == QMetaType::QString)
            return *static_cast<const QString*>(value.constData());
        scratch = value.toString();
        return scratch;
    }

    // Days since 1970-01-01 for a proleptic Gregorian civil date, and back.
    static qint64 daysFromCivil(int year, unsigned month, unsigned day);
    static void civilFromDays(qint64 days, int* year, unsigned* month, unsigned* day);
};

} // namespace Syncline
