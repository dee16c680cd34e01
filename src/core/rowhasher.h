// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldtype.h"

#include <QByteArray>
#include <QVariantList>

namespace Syncline {

// Hashes a canonical row with XXH3-64 over a type-tagged, length-prefixed encoding, so equal
// rows hash equal in every process and on every run (qHash is seeded per process). Keeps a
// reusable buffer: one instance per thread.
class RowHasher final
{
public:
    quint64 hash(const QVariantList& row, const QList<FieldType>& types);

private:
    QByteArray m_buffer;
};

} // namespace Syncline
