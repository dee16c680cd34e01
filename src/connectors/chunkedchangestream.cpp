// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkedchangestream.h"

namespace Syncline {

ChunkedChangeStream::ChunkedChangeStream(Fetch fetch, qint64 afterSequence, int chunkSize)
    : m_fetch(std::move(fetch))
    , m_after(afterSequence)
    , m_chunkSize(qMax(1, chunkSize))
{ }

Result<bool> ChunkedChangeStream::next(CapturedChange& change)
{
    if (m_failure)
        return *m_failure;
    if (m_position >= m_chunk.size()) {
        if (m_exhausted)
            return false;
        Result<QList<CapturedChange>> chunk = m_fetch(m_after, m_chunkSize);
        if (!chunk) {
            m_failure = chunk.error();
            return chunk.error();
        }
        m_chunk = std::move(*chunk);
        m_position = 0;
        m_exhausted = m_chunk.size() < m_chunkSize;
        if (m_chunk.isEmpty())
            return false;
        m_after = m_chunk.constLast().sequence;
    }
    change = std::move(m_chunk[m_position++]);
    return true;
}

} // namespace Syncline
