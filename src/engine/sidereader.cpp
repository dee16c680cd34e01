// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidereader.h"

#include "keyorder.h"
#include "rowmapper.h"

namespace Syncline {

SideReader::SideReader(
    std::unique_ptr<RowStream> stream, RowMapper& mapper, Side side, QString table)
    : m_stream(std::move(stream))
    , m_mapper(mapper)
    , m_side(side)
    , m_table(std::move(table))
{ }

Result<bool> SideReader::next(KeyedRow& row)
{
    auto more = m_stream->next(m_raw);
    if (!more)
        return more.error().within(m_table);
    if (!*more)
        return false;
    const Status mapped
        = m_side == Side::Source ? m_mapper.mapSource(m_raw, row) : m_mapper.mapTarget(m_raw, row);
    if (!mapped)
        return mapped.error();
    if (m_rowsRead > 0) {
        const int order = KeyOrder::compare(m_previousKey, row.key);
        if (order == 0)
            return Error::badInput(QStringLiteral("%1: more than one row has the key %2; the "
                                                  "mapping's key must be unique")
                                       .arg(m_table, m_mapper.describeKey(row.values)));
        if (order > 0)
            return Error::badInput(QStringLiteral("%1: the database returned key %2 after %3; "
                                                  "its key order differs from the other side's "
                                                  "(check the key columns' types and collations)")
                                       .arg(m_table, m_mapper.describeKey(row.values),
                                           m_mapper.describeKeyBytes(m_previousKey)));
    }
    m_previousKey = row.key;
    ++m_rowsRead;
    return true;
}

} // namespace Syncline
