// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace Syncline {

// The one ordering of encoded keys (KeyCodec): unsigned bytewise, shorter prefix first. The
// journal's ORDER BY on a BLOB column is the same memcmp order.
struct KeyOrder
{
    static int compare(const QByteArray& a, const QByteArray& b)
    {
        const qsizetype n = std::min(a.size(), b.size());
        const int c = n <= 0 ? 0 : std::memcmp(a.constData(), b.constData(), size_t(n));
        if (c != 0)
            return c < 0 ? -1 : 1;
        return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
    }
};

} // namespace Syncline
