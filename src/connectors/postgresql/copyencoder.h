// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtype.h"

#include <QByteArray>
#include <QList>
#include <QStringEncoder>
#include <QVariantList>

namespace Syncline {

// Encodes canonical values (fieldtype.h) as PostgreSQL reads them: as text parameters, and as
// lines of COPY ... FROM STDIN text format (tab-separated, \N for NULL, backslash escapes).
// Holds only the column types; usable from any thread.
class CopyEncoder final
{
public:
    explicit CopyEncoder(QList<FieldType> types)
        : m_types(std::move(types))
    { }

    // Appends one line (a value per type, then '\n'). Text must have no U+0000: see
    // firstNulColumn().
    void appendRow(QByteArray& out, const QVariantList& row);

    // The PostgreSQL input text for a value (a null QByteArray for NULL): what CopyEncoder
    // writes before COPY escaping, and what a text parameter of PQexecParams takes.
    static QByteArray text(const QVariant& value, const FieldType& type);

    // The index of the first value holding U+0000 (PostgreSQL text cannot store it, and
    // libpq would cut a parameter there), or -1.
    static int firstNulColumn(const QVariantList& row, const QList<FieldType>& types);

    // COPY text escaping of one value's bytes: backslash, newline, carriage return, tab.
    static void appendEscaped(QByteArray& out, const QByteArray& text);

private:
    // Text straight into `out` as UTF-8, escaped, with no QByteArray in between: most of the
    // bytes a COPY sends are text.
    void appendText(QByteArray& out, QStringView text);

    QList<FieldType> m_types;
    QStringEncoder m_utf8 { QStringEncoder::Utf8 };
};

} // namespace Syncline
