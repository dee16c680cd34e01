// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/rowstream.h"
#include "keyedrow.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace Syncline {

class RowMapper;

// Reads one side of a mapping as KeyedRows in key order and checks that order as it goes:
// a repeated key means the key is not unique, a smaller one that the databases sort the key
// differently; both are BadInput errors naming the table and the key. Owned by SyncRun.
//
// With startPrefetch() the reading runs ahead on a thread of its own, handing rows over in
// chunks through a bounded queue, so that reading one side overlaps with classifying and
// applying on the run thread while memory stays flat (at most a few chunks in flight). Given
// a mapper factory, the mapping and hashing run on a second thread between the two: reading
// and mapping each took about as long as everything else a copy does, so as one stage they
// were what the whole run waited for.
class SideReader final
{
public:
    enum class Side { Source, Target };
    // Makes, on the prefetch thread, the RowMapper that thread maps with (used only there).
    using MapperFactory = std::function<Result<std::unique_ptr<RowMapper>>()>;

    SideReader(std::unique_ptr<RowStream> stream, RowMapper& mapper, Side side, QString table);
    ~SideReader();
    Q_DISABLE_COPY_MOVE(SideReader)

    // Moves reading to a prefetch thread. From now on the stream, and the connection it reads
    // through, are that thread's until this reader is destroyed: the caller must not use the
    // connection meanwhile. Without `makeMapper` rows are mapped on the caller's thread.
    void startPrefetch(MapperFactory makeMapper = {});

    // Fills `row` and returns true, or returns false at the end.
    Result<bool> next(KeyedRow& row);
    qint64 rowsRead() const { return m_rowsRead; }

private:
    // Rows read ahead: raw (mapped on the run thread) or already mapped.
    struct Chunk
    {
        std::vector<QVariantList> raw;
        std::vector<KeyedRow> rows;
        qsizetype size = 0;
        std::optional<Error> error; // after the rows: reading or mapping failed here
        bool end = false; // the stream ended after these rows
    };
    Result<bool> nextDirect(KeyedRow& row);
    Result<bool> nextPrefetched(KeyedRow& row);
    Status checkOrder(const KeyedRow& row);
    // The thread that reads: raw chunks, to the mapping thread when there is one.
    void readAhead(std::deque<Chunk>& ready, std::vector<Chunk>& spare);
    // The thread that maps raw chunks from readAhead() into KeyedRow chunks.
    void mapAhead(const MapperFactory& makeMapper);
    // Waits for a free slot in `ready` and returns a recycled chunk, or nothing when stopped.
    std::optional<Chunk> nextEmptyChunk(std::deque<Chunk>& ready, std::vector<Chunk>& spare);
    void stopPrefetch();

    std::unique_ptr<RowStream> m_stream;
    RowMapper& m_mapper;
    Side m_side;
    QString m_table;
    QVariantList m_raw;
    QByteArray m_previousKey;
    qint64 m_rowsRead = 0;

    // Prefetching: the thread fills chunks, next() drains them; empty chunks go back.
    std::thread m_thread; // reads
    std::thread m_mapThread; // maps, when given a mapper factory
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready; // for next()
    std::vector<Chunk> m_spare;
    std::deque<Chunk> m_rawReady; // from the reading thread to the mapping thread
    std::vector<Chunk> m_rawSpare;
    bool m_stop = false;
    bool m_prefetching = false;
    bool m_mapped = false; // chunks hold KeyedRows
    Chunk m_current;
    qsizetype m_position = 0;
    bool m_finished = false;
};

} // namespace Syncline
