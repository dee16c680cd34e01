// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/rowstream.h"
#include "keyedrow.h"

#include <memory>

namespace Syncline {

class RowMapper;

// Reads one side of a mapping as KeyedRows in key order and checks that order as it goes:
// a repeated key means the key is not unique, a smaller one that the databases sort the key
// differently; both are BadInput errors naming the table and the key. Owned by SyncRun.
class SideReader final
{
public:
    enum class Side { Source, Target };

    SideReader(std::unique_ptr<RowStream> stream, RowMapper& mapper, Side side, QString table);

    // Fills `row` and returns true, or returns false at the end.
    Result<bool> next(KeyedRow& row);
    qint64 rowsRead() const { return m_rowsRead; }

private:
    std::unique_ptr<RowStream> m_stream;
    RowMapper& m_mapper;
    Side m_side;
    QString m_table;
    QVariantList m_raw;
    QByteArray m_previousKey;
    qint64 m_rowsRead = 0;
};

} // namespace Syncline
