// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitekeystream.h"

#include "connectors/sqlidentifier.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace Syncline {

namespace {

// Keys per statement: at most 999 bound values, the limit of SQLite builds before 3.32.
constexpr int MaxKeysPerChunk = 500;
constexpr int MaxBoundValues = 999;

// https://sqlite.org/datatype3.html#determination_of_column_affinity
enum class Affinity { Integer, Text, Blob, Real, Numeric };

Affinity affinityOf(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(u"INT"))
        return Affinity::Integer;
    if (type.contains(u"CHAR") || type.contains(u"CLOB") || type.contains(u"TEXT"))
        return Affinity::Text;
    if (type.contains(u"BLOB") || type.isEmpty())
        return Affinity::Blob;
    if (type.contains(u"REAL") || type.contains(u"FLOA") || type.contains(u"DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

// A bound value as SQLite stores it (qlonglong, double, QString, QByteArray; invalid for
// NULL), with the conversions the column's affinity makes when the value is compared with
// the column, so that the keys sort the way the table's rows do.
QVariant stored(const QVariant& value, Affinity affinity)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    QVariant out;
    switch (value.typeId()) {
    case QMetaType::Bool:
        out = QVariant(qlonglong(value.toBool() ? 1 : 0));
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::LongLong:
        out = QVariant(value.toLongLong());
        break;
    case QMetaType::ULongLong: {
        const qulonglong number = value.toULongLong();
        out = number > qulonglong(std::numeric_limits<qint64>::max()) ? QVariant(double(number))
                                                                      : QVariant(qlonglong(number));
        break;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        out = QVariant(value.toDouble());
        break;
    case QMetaType::QByteArray:
        out = value;
        break;
    default:
        out = QVariant(value.toString());
        break;
    }
    if (out.typeId() == QMetaType::QString && affinity != Affinity::Text
        && affinity != Affinity::Blob) {
        static const QRegularExpression number(
            QStringLiteral("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*$"));
        const QString text = out.toString();
        if (number.match(text).hasMatch()) {
            bool ok = false;
            const qlonglong integer = text.trimmed().toLongLong(&ok);
            if (ok)
                return QVariant(integer);
            const double real = text.trimmed().toDouble(&ok);
            if (ok)
                return QVariant(real);
        }
    } else if (out.typeId() == QMetaType::LongLong && affinity == Affinity::Text) {
        return QVariant(QString::number(out.toLongLong()));
    }
    return out;
}

int rank(const QVariant& value)
{
    if (!value.isValid())
        return 0;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Double:
        return 1;
    case QMetaType::QByteArray:
        return 3;
    default:
        return 2;
    }
}

// sqlite3IntFloatCompare(): exact, also beyond 2^53.
int compareIntegerReal(qint64 integer, double real)
{
    if (std::isnan(real))
        return 1;
    if (real < -9223372036854775808.0)
        return 1;
    if (real >= 9223372036854775808.0)
        return -1;
    const qint64 truncated = qint64(real);
    if (integer != truncated)
        return integer < truncated ? -1 : 1;
    const double widened = double(integer);
    if (widened != real)
        return widened < real ? -1 : 1;
    return 0;
}

// UTF-8 byte order (which is code point order) of two UTF-16 strings, without converting
// them: at the first differing code unit, surrogates sort above U+E000..U+FFFF.
int compareText(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            x = x >= 0xe000 ? char16_t(x - 0x800) : char16_t(x + 0x2000);
            y = y >= 0xe000 ? char16_t(y - 0x800) : char16_t(y + 0x2000);
        }
        return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

int compareKeys(const QVariantList& a, const QVariantList& b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        if (const int c = SqliteKeyStream::compare(a.at(i), b.at(i)); c != 0)
            return c;
    }
    return 0;
}

} // namespace

int SqliteKeyStream::compare(const QVariant& a, const QVariant& b)
{
    const int rankA = rank(a);
    const int rankB = rank(b);
    if (rankA != rankB)
        return rankA < rankB ? -1 : 1;
    switch (rankA) {
    case 0:
        return 0;
    case 1: {
        const bool integerA = a.typeId() == QMetaType::LongLong;
        const bool integerB = b.typeId() == QMetaType::LongLong;
        if (integerA && integerB) {
            const qlonglong x = a.toLongLong();
            const qlonglong y = b.toLongLong();
            return x == y ? 0 : (x < y ? -1 : 1);
        }
        if (integerA)
            return compareIntegerReal(a.toLongLong(), b.toDouble());
        if (integerB)
            return -compareIntegerReal(b.toLongLong(), a.toDouble());
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x == y ? 0 : (x < y ? -1 : 1);
    }
    case 3: {
        const QByteArray x = a.toByteArray();
        const QByteArray y = b.toByteArray();
        const qsizetype n = std::min(x.size(), y.size());
        const int c = n == 0 ? 0 : std::memcmp(x.constData(), y.constData(), size_t(n));
        if (c != 0)
            return c < 0 ? -1 : 1;
        return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
    }
    default: {
        const QString x = a.toString();
        const QString y = b.toString();
        return compareText(x, y);
    }
    }
}

Result<std::unique_ptr<SqliteKeyStream>> SqliteKeyStream::open(const QSqlDatabase& db,
    const QString& table, const ReadRequest& request, const EntityInfo& info,
    const QList<QVariantList>& keys, const QString& context)
{
    const QSqlDriver* driver = db.driver();
    const int keyColumns = int(request.keyColumns.size());
    QList<int> keyIndexes;
    QList<Affinity> affinities;
    QStringList conditions;
    QStringList order;
    const QString source = QStringLiteral("syncline_src");
    for (int i = 0; i < keyColumns; ++i) {
        const QString& key = request.keyColumns.at(i);
        const ColumnInfo* column = info.column(key);
        keyIndexes.append(int(request.columns.indexOf(key)));
        affinities.append(affinityOf(column->declaredType));
        // Bytewise, whatever collation the column declares, as read() orders.
        QString term = source + u'.' + SqlIdentifier::quote(driver, key);
        if (column->collatable)
            term += QStringLiteral(" COLLATE BINARY");
        conditions.append(
            term + QStringLiteral(" = syncline_keys.column") + QString::number(i + 1));
        order.append(term);
    }

    QList<QVariantList> sorted;
    sorted.reserve(keys.size());
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QVariantList& key = keys.at(k);
        if (key.size() != keyColumns)
            return Error::badInput(context
                + QStringLiteral(": key %1 has %2 values, expected %3")
                      .arg(k + 1)
                      .arg(key.size())
                      .arg(keyColumns));
        QVariantList values;
        values.reserve(keyColumns);
        bool hasNull = false;
        for (int i = 0; i < keyColumns; ++i) {
            values.append(stored(key.at(i), affinities.at(i)));
            hasNull = hasNull || !values.constLast().isValid();
        }
        // NULL equals nothing: such a key has no row.
        if (!hasNull)
            sorted.append(std::move(values));
    }
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const QVariantList& a, const QVariantList& b) { return compareKeys(a, b) < 0; });
    sorted.erase(
        std::unique(sorted.begin(), sorted.end(),
            [](const QVariantList& a, const QVariantList& b) { return compareKeys(a, b) == 0; }),
        sorted.end());

    const int chunkSize = std::max(
        1, std::min({ request.chunkSize, MaxKeysPerChunk, MaxBoundValues / keyColumns }));
    const QString head = QStringLiteral("SELECT ")
        + SqlIdentifier::quoteList(driver, request.columns, source + u'.')
        + QStringLiteral(" FROM (VALUES ");
    // The VALUES list drives the join (CROSS JOIN keeps it outside), so each key is one
    // index lookup rather than a scan of the table.
    const QString tail = QStringLiteral(") AS syncline_keys CROSS JOIN ") + table
        + QStringLiteral(" AS ") + source + QStringLiteral(" ON ")
        + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ")
        + order.join(QStringLiteral(", "));
    std::unique_ptr<SqliteKeyStream> stream(new SqliteKeyStream(
        db, std::move(sorted), keyIndexes, chunkSize, head, tail, keyColumns, context));
    if (stream->m_keys.size() >= chunkSize) {
        auto prepared = SqliteStatement::prepare(
            SqliteStatement::connectionOf(db.driver()->handle()), stream->statement(chunkSize));
        if (!prepared)
            return Error::runtime(context + QStringLiteral(": ") + prepared.error().message);
        stream->m_full = std::move(prepared).value();
    }
    return stream;
}

SqliteKeyStream::SqliteKeyStream(const QSqlDatabase& db, QList<QVariantList> keys,
    QList<int> keyIndexes, int chunkSize, QString selectHead, QString selectTail, int keyColumns,
    QString context)
    : m_db(db)
    , m_keys(std::move(keys))
    , m_keyIndexes(std::move(keyIndexes))
    , m_chunkSize(chunkSize)
    , m_selectHead(std::move(selectHead))
    , m_selectTail(std::move(selectTail))
    , m_keyColumns(keyColumns)
    , m_context(std::move(context))
{ }

QString SqliteKeyStream::statement(int keys) const
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < m_keyColumns; ++i)
        row += QStringLiteral(", ?");
    row += u')';
    QString values;
    values.reserve(keys * (row.size() + 2));
    for (int i = 0; i < keys; ++i) {
        if (i > 0)
            values += QStringLiteral(", ");
        values += row;
    }
    return m_selectHead + values + m_selectTail;
}

Status SqliteKeyStream::fetchChunk()
{
    const qsizetype count = std::min<qsizetype>(m_chunkSize, m_keys.size() - m_nextKey);
    SqliteStatement* query = &m_full;
    if (count < m_chunkSize) {
        auto prepared = SqliteStatement::prepare(
            SqliteStatement::connectionOf(m_db.driver()->handle()), statement(int(count)));
        if (!prepared)
            return Error::runtime(m_context + QStringLiteral(": ") + prepared.error().message);
        m_last = std::move(prepared).value();
        query = &m_last;
    }
    int bind = 0;
    for (qsizetype k = m_nextKey; k < m_nextKey + count; ++k) {
        for (const QVariant& value : std::as_const(m_keys.at(k)))
            query->bind(bind++, value);
    }
    m_nextKey += count;
    m_rows.clear();
    m_position = 0;
    for (;;) {
        auto row = query->step();
        if (!row) {
            query->reset();
            return Error::runtime(m_context + QStringLiteral(": ") + row.error().message);
        }
        if (!*row)
            break;
        query->readRow(m_rows.emplace_back());
    }
    // Ends the statement's read: nothing stays open between chunks.
    query->reset();
    return {};
}

Result<bool> SqliteKeyStream::next(QVariantList& row)
{
    if (m_failure)
        return *m_failure;
    while (m_position >= m_rows.size()) {
        if (m_nextKey >= m_keys.size())
            return false;
        if (Status fetched = fetchChunk(); !fetched) {
            m_failure = fetched.error();
            return fetched.error();
        }
    }
    row = std::move(m_rows[m_position++]);
    QVariantList key;
    key.reserve(m_keyIndexes.size());
    for (int index : std::as_const(m_keyIndexes))
        key.append(row.value(index));
    if (!m_previousKey.isEmpty() && compareKeys(key, m_previousKey) < 0) {
        m_failure = Error::runtime(m_context
            + QStringLiteral(": the table returned rows out of key order; the keys given do not "
                             "compare like the values the table stores"));
        return *m_failure;
    }
    m_previousKey = std::move(key);
    return true;
}

} // namespace Syncline
