// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changestream.h"

#include <QList>

#include <functional>
#include <optional>

namespace Syncline {

// A ChangeStream read chunk by chunk with keyset pagination on the sequence: each chunk is
// one complete query ("... WHERE seq > last ORDER BY seq LIMIT n") made by a fetch function
// the connector supplies, so no statement or transaction stays open between chunks and the
// connection can write meanwhile. Memory stays at one chunk. Owned by the caller, used on the
// thread of the connection the fetch function uses, destroyed before that connection.
class ChunkedChangeStream final : public ChangeStream
{
public:
    // Up to `limit` changes with a sequence greater than `after`, in sequence order.
    using Fetch = std::function<Result<QList<CapturedChange>>(qint64 after, int limit)>;

    ChunkedChangeStream(Fetch fetch, qint64 afterSequence, int chunkSize);

    Result<bool> next(CapturedChange& change) override;

private:
    Fetch m_fetch;
    qint64 m_after;
    int m_chunkSize;
    QList<CapturedChange> m_chunk;
    qsizetype m_position = 0;
    bool m_exhausted = false; // the last chunk was short: the log has no more entries
    std::optional<Error> m_failure; // once a chunk failed, every later call reports it
};

} // namespace Syncline
