// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>

namespace Syncline {

// What Connection::read() streams: columns of one entity, ordered by key the way
// KeyCodec orders keys (integers numerically, text bytewise: PostgreSQL adds COLLATE "C").
struct ReadRequest
{
    QString entity;
    QStringList columns; // selected, in this order
    QStringList keyColumns; // ORDER BY these; each is also in `columns`
    // Only rows whose watermarkColumn >= watermark (a value as an earlier read returned it).
    QString watermarkColumn;
    QVariant watermark;
    int chunkSize = 10000; // rows per round trip; memory stays at about one chunk
};

} // namespace Syncline
