// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidereader.h"

#include "keyorder.h"
#include "rowmapper.h"

namespace Syncline {

namespace {

// Rows per hand-over, and hand-overs queued at most. The queue holds about a default batch
// (10,000 rows), so reading goes on while the run thread waits for the target to take a
// batch: with a short queue the reader stopped there and the two took turns. Memory is
// still bounded by the queue, not the table.
constexpr qsizetype ChunkRows = 512;
constexpr size_t QueuedChunks = 24;

} // namespace

SideReader::SideReader(
    std::unique_ptr<RowStream> stream, RowMapper& mapper, Side side, QString table)
    : m_stream(std::move(stream))
    , m_mapper(mapper)
    , m_side(side)
    , m_table(std::move(table))
{ }

SideReader::~SideReader()
{
    stopPrefetch();
}

void SideReader::startPrefetch(MapperFactory makeMapper)
{
    if (m_prefetching || m_rowsRead > 0)
        return;
    m_prefetching = true;
    m_mapped = bool(makeMapper);
    if (!m_mapped) {
        m_thread = std::thread([this] { readAhead(m_ready, m_spare); });
        return;
    }
    m_thread = std::thread([this] { readAhead(m_rawReady, m_rawSpare); });
    m_mapThread = std::thread([this, makeMapper = std::move(makeMapper)] { mapAhead(makeMapper); });
}

void SideReader::stopPrefetch()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_mapThread.joinable())
        m_mapThread.join();
}

std::optional<SideReader::Chunk> SideReader::nextEmptyChunk(
    std::deque<Chunk>& ready, std::vector<Chunk>& spare)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stop || ready.size() < QueuedChunks; });
    if (m_stop)
        return std::nullopt;
    Chunk chunk;
    if (!spare.empty()) {
        chunk = std::move(spare.back());
        spare.pop_back();
    }
    chunk.size = 0;
    chunk.error.reset();
    chunk.end = false;
    return chunk;
}

void SideReader::readAhead(std::deque<Chunk>& ready, std::vector<Chunk>& spare)
{
    bool end = false;
    while (!end) {
        std::optional<Chunk> chunk = nextEmptyChunk(ready, spare);
        if (!chunk)
            return;
        if (chunk->raw.size() < size_t(ChunkRows))
            chunk->raw.resize(ChunkRows);
        while (chunk->size < ChunkRows) {
            auto more = m_stream->next(chunk->raw[size_t(chunk->size)]);
            if (!more) {
                chunk->error = more.error().within(m_table);
                end = true;
                break;
            }
            if (!*more) {
                end = true;
                break;
            }
            ++chunk->size;
        }
        chunk->end = end;
        {
            const std::lock_guard lock(m_mutex);
            ready.push_back(std::move(*chunk));
        }
        m_changed.notify_all();
    }
}

void SideReader::mapAhead(const MapperFactory& makeMapper)
{
    auto made = makeMapper();
    std::unique_ptr<RowMapper> mapper = made ? std::move(made).value() : nullptr;
    bool end = false;
    while (!end) {
        std::optional<Chunk> out = nextEmptyChunk(m_ready, m_spare);
        if (!out)
            return;
        Chunk in;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_rawReady.empty(); });
            if (m_stop)
                return;
            in = std::move(m_rawReady.front());
            m_rawReady.pop_front();
        }
        m_changed.notify_all();
        if (out->rows.size() < size_t(in.size))
            out->rows.resize(size_t(in.size));
        end = in.end;
        if (!mapper) {
            out->error = made.error();
            end = true;
        }
        for (qsizetype i = 0; mapper && i < in.size; ++i) {
            const QVariantList& row = in.raw[size_t(i)];
            KeyedRow& mapped = out->rows[size_t(i)];
            const Status status = m_side == Side::Source ? mapper->mapSource(row, mapped)
                                                         : mapper->mapTarget(row, mapped);
            if (!status) {
                out->error = status.error();
                end = true;
                break;
            }
            ++out->size;
        }
        if (!out->error && in.error) {
            out->error = in.error;
            end = true;
        }
        out->end = end;
        {
            const std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(*out));
            m_rawSpare.push_back(std::move(in));
        }
        m_changed.notify_all();
    }
}

Status SideReader::checkOrder(const KeyedRow& row)
{
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
    return {};
}

Result<bool> SideReader::next(KeyedRow& row)
{
    return m_prefetching ? nextPrefetched(row) : nextDirect(row);
}

Result<bool> SideReader::nextDirect(KeyedRow& row)
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
    if (const Status ordered = checkOrder(row); !ordered)
        return ordered.error();
    return true;
}

Result<bool> SideReader::nextPrefetched(KeyedRow& row)
{
    while (m_position >= m_current.size) {
        if (m_current.error)
            return *m_current.error; // stays the answer, like a failed stream's
        if (m_finished || m_current.end) {
            m_finished = true;
            return false;
        }
        std::unique_lock lock(m_mutex);
        if (!m_current.raw.empty() || !m_current.rows.empty())
            m_spare.push_back(std::move(m_current));
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_position = 0;
    }
    const size_t at = size_t(m_position++);
    if (m_mapped) {
        // Swapping hands the caller's previous row back to the chunk, whose lists the
        // prefetch thread then reuses: a steady stream allocates no lists.
        std::swap(row, m_current.rows[at]);
    } else {
        const Status mapped = m_side == Side::Source ? m_mapper.mapSource(m_current.raw[at], row)
                                                     : m_mapper.mapTarget(m_current.raw[at], row);
        if (!mapped)
            return mapped.error();
    }
    if (const Status ordered = checkOrder(row); !ordered)
        return ordered.error();
    return true;
}

} // namespace Syncline
