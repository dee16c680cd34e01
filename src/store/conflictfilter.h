// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Syncline {

// Which pending conflicts a review looks at: every set criterion must hold (an empty one
// matches all). Used by ConflictRepository's paged queries, the console's conflict list and
// synclinectl's bulk forms; a value type.
struct ConflictFilter
{
    enum class Snoozed { Exclude, Include, Only };
    enum class Column { Job, Entity, Kind, Field };

    QString job;
    QString entity;
    QString kind; // "update/update", "update/delete", "insert/insert"
    QString field; // a field among those in conflict
    QString keySearch; // a piece of the key text, case-insensitive ("id=4" matches "id=42")
    Snoozed snoozed = Snoozed::Exclude; // snoozed: deferred until a time still to come
    QDateTime now; // what "still to come" is measured against; invalid: the current time

    bool operator==(const ConflictFilter&) const = default;
};

// One page of a paged query: `limit` conflicts with an id above `afterId` (keyset paging,
// cheap however deep), skipping `offset` of them first (offset paging, for jumping).
// The values (base, source, target) are left out unless asked for: a list does not need them.
struct ConflictPage
{
    int limit = 200;
    qint64 afterId = 0;
    int offset = 0;
    bool withValues = false;
};

} // namespace Syncline
