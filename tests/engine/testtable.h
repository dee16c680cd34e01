// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace Syncline::Test {

// The databases the engine tests sync between.
enum class Backend { Sqlite, Postgres };

inline QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

// What a test column holds. Test data is given as logical values per kind: Integer qlonglong,
// Text QString, Decimal QString ("-0.0001"), TimestampTz QString with an offset
// ("2024-03-31T03:59:59.123456+02:00"), Bool bool, Blob QByteArray; an invalid QVariant is NULL.
enum class ValueKind { Integer, Text, Decimal, TimestampTz, Bool, Blob };

// One column of a test table and how it is declared on each backend. SQLite keeps decimals and
// timestamps as TEXT (so no REAL affinity can round them) and booleans as INTEGER 0/1; the
// mapping then casts them to the canonical type.
struct ColumnSpec
{
    QString name;
    ValueKind kind = ValueKind::Text;
    bool key = false;
    QString constraint; // appended to the column's DDL on both backends ("NOT NULL", "CHECK ...")

    QString declaredType(Backend backend) const
    {
        const bool pg = backend == Backend::Postgres;
        switch (kind) {
        case ValueKind::Integer:
            return pg ? QStringLiteral("bigint") : QStringLiteral("INTEGER");
        case ValueKind::Text:
            return pg ? QStringLiteral("text") : QStringLiteral("TEXT");
        case ValueKind::Decimal:
            return pg ? QStringLiteral("numeric(18,4)") : QStringLiteral("TEXT");
        case ValueKind::TimestampTz:
            return pg ? QStringLiteral("timestamptz") : QStringLiteral("TEXT");
        case ValueKind::Bool:
            return pg ? QStringLiteral("boolean") : QStringLiteral("INTEGER");
        case ValueKind::Blob:
            return pg ? QStringLiteral("bytea") : QStringLiteral("BLOB");
        }
        return QString();
    }

    // The mapping's "type" for this column ("" when the declared types already agree).
    QString cast() const
    {
        switch (kind) {
        case ValueKind::Decimal:
            return QStringLiteral("decimal(18,4)");
        case ValueKind::TimestampTz:
            return QStringLiteral("timestamptz");
        case ValueKind::Bool:
            return QStringLiteral("boolean");
        case ValueKind::Blob:
            return QStringLiteral("blob");
        default:
            return QString();
        }
    }
};

// "name" with inner double quotes doubled: an identifier both SQLite and PostgreSQL accept.
inline QString quoteIdentifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

inline QString quoteText(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A test table: the same name and columns on both backends.
struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns;

    QStringList keyNames() const
    {
        QStringList names;
        for (const ColumnSpec& c : columns) {
            if (c.key)
                names.append(c.name);
        }
        return names;
    }
    QList<int> keyIndexes() const
    {
        QList<int> indexes;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].key)
                indexes.append(i);
        }
        return indexes;
    }

    QString createSql(Backend backend) const
    {
        QStringList parts;
        for (const ColumnSpec& c : columns) {
            QString part = quoteIdentifier(c.name) + QLatin1Char(' ') + c.declaredType(backend);
            if (!c.constraint.isEmpty())
                part += QLatin1Char(' ') + c.constraint;
            parts.append(part);
        }
        QStringList keys;
        for (const QString& k : keyNames())
            keys.append(quoteIdentifier(k));
        if (!keys.isEmpty())
            parts.append(QStringLiteral("PRIMARY KEY (") + keys.join(QStringLiteral(", "))
                + QLatin1Char(')'));
        return QStringLiteral("CREATE TABLE ") + quoteIdentifier(name) + QStringLiteral(" (")
            + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }

    // The logical key values of a full logical row.
    QVariantList keyOf(const QVariantList& row) const
    {
        QVariantList key;
        for (int i : keyIndexes())
            key.append(row.value(i));
        return key;
    }

    // The mapping's "fields": every column from the same-named source column, with a cast
    // where the declared types differ between the backends.
    QJsonArray fieldsJson() const
    {
        QJsonArray fields;
        for (const ColumnSpec& c : columns) {
            QJsonObject field { { QStringLiteral("target"), c.name },
                { QStringLiteral("source"), c.name } };
            if (!c.cast().isEmpty())
                field.insert(QStringLiteral("type"), c.cast());
            fields.append(field);
        }
        return fields;
    }
};

// A logical value as an SQL literal of `backend`.
inline QString literal(Backend backend, ValueKind kind, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    const bool pg = backend == Backend::Postgres;
    switch (kind) {
    case ValueKind::Integer:
        return QString::number(value.toLongLong());
    case ValueKind::Text:
        return quoteText(value.toString());
    case ValueKind::Decimal:
        return pg ? quoteText(value.toString()) + QStringLiteral("::numeric")
                  : quoteText(value.toString());
    case ValueKind::TimestampTz:
        return pg ? quoteText(value.toString()) + QStringLiteral("::timestamptz")
                  : quoteText(value.toString());
    case ValueKind::Bool:
        if (pg)
            return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case ValueKind::Blob: {
        const QString hex = QString::fromLatin1(value.toByteArray().toHex());
        if (pg)
            return QStringLiteral("'\\x") + hex + QStringLiteral("'::bytea");
        return QStringLiteral("X'") + hex + QLatin1Char('\'');
    }
    }
    return QString();
}

// One INSERT of all `rows` (multi-row VALUES, which both backends take).
inline QString insertSql(Backend backend, const TableSpec& table, const QList<QVariantList>& rows)
{
    QStringList names;
    for (const ColumnSpec& c : table.columns)
        names.append(quoteIdentifier(c.name));
    QStringList tuples;
    for (const QVariantList& row : rows) {
        QStringList values;
        for (int i = 0; i < table.columns.size(); ++i)
            values.append(literal(backend, table.columns[i].kind, row.value(i)));
        tuples.append(QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    return QStringLiteral("INSERT INTO ") + quoteIdentifier(table.name) + QStringLiteral(" (")
        + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ")
        + tuples.join(QStringLiteral(", "));
}

inline QString insertSql(Backend backend, const TableSpec& table, const QVariantList& row)
{
    return insertSql(backend, table, QList<QVariantList> { row });
}

inline QString keyCondition(Backend backend, const TableSpec& table, const QVariantList& key)
{
    QStringList terms;
    const QList<int> indexes = table.keyIndexes();
    for (int k = 0; k < indexes.size(); ++k) {
        const ColumnSpec& c = table.columns[indexes[k]];
        terms.append(quoteIdentifier(c.name) + QStringLiteral(" = ")
            + literal(backend, c.kind, key.value(k)));
    }
    return terms.join(QStringLiteral(" AND "));
}

// Rewrites every non-key column of the row with the row's key.
inline QString updateSql(Backend backend, const TableSpec& table, const QVariantList& row)
{
    QStringList sets;
    for (int i = 0; i < table.columns.size(); ++i) {
        const ColumnSpec& c = table.columns[i];
        if (!c.key)
            sets.append(quoteIdentifier(c.name) + QStringLiteral(" = ")
                + literal(backend, c.kind, row.value(i)));
    }
    return QStringLiteral("UPDATE ") + quoteIdentifier(table.name) + QStringLiteral(" SET ")
        + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ")
        + keyCondition(backend, table, table.keyOf(row));
}

inline QString deleteSql(Backend backend, const TableSpec& table, const QVariantList& key)
{
    return QStringLiteral("DELETE FROM ") + quoteIdentifier(table.name) + QStringLiteral(" WHERE ")
        + keyCondition(backend, table, key);
}

// ---- Reading tables back, normalized independently of the engine ----------------------------

// "-00012.5000" -> "-12.5", "-0.0000" -> "0"; text that is no plain decimal number (an
// exponent, as a REAL round trip would leave) is marked with '!'.
inline QString normalizeDecimalText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d*)(?:\\.(\\d*))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch() || (match.captured(2).isEmpty() && match.captured(3).isEmpty()))
        return QStringLiteral("!decimal:") + text;
    QString intPart = match.captured(2);
    QString fracPart = match.captured(3);
    while (intPart.size() > 1 && intPart.startsWith(QLatin1Char('0')))
        intPart.remove(0, 1);
    if (intPart.isEmpty())
        intPart = QStringLiteral("0");
    while (fracPart.endsWith(QLatin1Char('0')))
        fracPart.chop(1);
    QString out = intPart;
    if (!fracPart.isEmpty())
        out += QLatin1Char('.') + fracPart;
    if (match.captured(1) == u"-" && out != u"0")
        out.prepend(QLatin1Char('-'));
    return out;
}

// Microseconds since the Unix epoch (UTC) of "YYYY-MM-DD[ T]HH:MM:SS[.ffffff][Z|+HH[:MM]]"; a
// value without an offset is taken as UTC.
inline std::optional<qint64> timestampMicros(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[ Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,6}))?)?"
        "\\s*(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    qint64 seconds = days * 86400 + m.captured(4).toLongLong() * 3600
        + m.captured(5).toLongLong() * 60 + m.captured(6).toLongLong();
    if (!m.captured(9).isEmpty()) {
        const qint64 offset = m.captured(10).toLongLong() * 3600 + m.captured(11).toLongLong() * 60;
        seconds -= m.captured(9) == u"-" ? -offset : offset;
    }
    const QString fraction = m.captured(7).leftJustified(6, QLatin1Char('0'));
    return seconds * 1000000 + fraction.toLongLong();
}

// The SELECT list that reads `table` back for comparison. SQLite adds typeof() of every
// column, so a value stored with the wrong storage class (a decimal as REAL, a blob as TEXT)
// shows up as a difference.
inline QString dumpSql(Backend backend, const TableSpec& table)
{
    QStringList terms;
    for (const ColumnSpec& c : table.columns) {
        const QString q = quoteIdentifier(c.name);
        if (backend == Backend::Sqlite) {
            // hex(NULL) is '': keep NULL apart from an empty blob.
            if (c.kind == ValueKind::Blob)
                terms.append(QStringLiteral("CASE WHEN ") + q
                    + QStringLiteral(" IS NULL THEN NULL ELSE hex(") + q + QStringLiteral(") END"));
            else
                terms.append(q);
            terms.append(QStringLiteral("typeof(") + q + QLatin1Char(')'));
            continue;
        }
        switch (c.kind) {
        case ValueKind::Integer:
        case ValueKind::Decimal:
            terms.append(q + QStringLiteral("::text"));
            break;
        case ValueKind::Text:
            terms.append(q);
            break;
        case ValueKind::TimestampTz:
            terms.append(QStringLiteral("(extract(epoch FROM ") + q
                + QStringLiteral(") * 1000000)::bigint::text"));
            break;
        case ValueKind::Bool:
            terms.append(q + QStringLiteral("::int::text"));
            break;
        case ValueKind::Blob:
            terms.append(QStringLiteral("upper(encode(") + q + QStringLiteral(", 'hex'))"));
            break;
        }
    }
    return QStringLiteral("SELECT ") + terms.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + quoteIdentifier(table.name);
}

// One row of dumpSql() as comparable text cells: NULL, 42, 'text', 12.5, micros, true, xHEX.
inline QStringList normalizedRow(Backend backend, const TableSpec& table, const QSqlQuery& query)
{
    QStringList cells;
    const bool sqlite = backend == Backend::Sqlite;
    for (int i = 0; i < table.columns.size(); ++i) {
        const ColumnSpec& c = table.columns[i];
        const int index = sqlite ? 2 * i : i;
        if (query.isNull(index)) {
            cells.append(QStringLiteral("NULL"));
            continue;
        }
        const QVariant value = query.value(index);
        QString cell;
        QString storage;
        switch (c.kind) {
        case ValueKind::Integer:
            cell = QString::number(value.toLongLong());
            storage = QStringLiteral("integer");
            break;
        case ValueKind::Text:
            cell = quoteText(value.toString());
            storage = QStringLiteral("text");
            break;
        case ValueKind::Decimal:
            cell = normalizeDecimalText(value.toString());
            storage = QStringLiteral("text");
            break;
        case ValueKind::TimestampTz:
            if (sqlite) {
                const auto micros = timestampMicros(value.toString());
                cell = micros ? QString::number(*micros)
                              : QStringLiteral("!timestamp:") + value.toString();
            } else {
                cell = value.toString();
            }
            storage = QStringLiteral("text");
            break;
        case ValueKind::Bool: {
            const QString text = value.toString();
            cell = text == u"1" ? QStringLiteral("true")
                : text == u"0"  ? QStringLiteral("false")
                                : QStringLiteral("!bool:") + text;
            storage = QStringLiteral("integer");
            break;
        }
        case ValueKind::Blob:
            cell = QStringLiteral("x") + value.toString().toUpper();
            storage = QStringLiteral("blob");
            break;
        }
        if (sqlite) {
            const QString actual = query.value(index + 1).toString();
            if (actual != storage)
                cell = QStringLiteral("!%1:").arg(actual) + cell;
        }
        cells.append(cell);
    }
    return cells;
}

// The cells of a normalizedRow() that hold the key.
inline QStringList keyCells(const TableSpec& table, const QStringList& row)
{
    QStringList cells;
    for (int i : table.keyIndexes())
        cells.append(row.value(i));
    return cells;
}

// The rows of `expected` missing from `actual` and the other way round (a few of each),
// for a failure message; empty when the two hold the same rows, in any order.
inline QString tableDifference(const QList<QStringList>& expected, const QList<QStringList>& actual)
{
    // One string per row (cells joined with a separator no test value holds), sorted: much
    // cheaper to sort and compare than lists of cells when tables are large.
    const QChar separator(0x1f);
    const auto joined = [&](const QList<QStringList>& rows) {
        QStringList lines;
        lines.reserve(rows.size());
        for (const QStringList& row : rows)
            lines.append(row.join(separator));
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    const QStringList want = joined(expected);
    const QStringList have = joined(actual);
    if (want == have)
        return QString();
    QStringList missing, unexpected;
    std::set_difference(
        want.begin(), want.end(), have.begin(), have.end(), std::back_inserter(missing));
    std::set_difference(
        have.begin(), have.end(), want.begin(), want.end(), std::back_inserter(unexpected));
    QString text = QStringLiteral("expected %1 rows, found %2;").arg(want.size()).arg(have.size());
    const auto list = [&](const QString& title, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        text += QStringLiteral("\n  %1 (%2):").arg(title).arg(lines.size());
        for (qsizetype i = 0; i < lines.size() && i < 8; ++i) {
            QString line = lines[i];
            line.replace(separator, QStringLiteral(", "));
            text += QStringLiteral("\n    (") + line + QLatin1Char(')');
        }
    };
    list(QStringLiteral("expected but missing"), missing);
    list(QStringLiteral("present but not expected"), unexpected);
    return text;
}

} // namespace Syncline::Test
