// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleconfig.h"

#include <QString>

namespace Syncline {

// A mapping plus how to run it. The string forms are the config file's vocabulary.
struct JobConfig
{
    enum class Direction { Push, Pull, TwoWay };
    enum class Mode { Full, Incremental };
    enum class Detect { Hash, Timestamp, Version, Changelog };
    enum class Deletes { Propagate, Ignore, SoftDelete };

    QString name;
    QString mapping;
    Direction direction = Direction::Push;
    Mode mode = Mode::Incremental;
    Detect detect = Detect::Hash;
    QString changeColumn; // source column for Timestamp/Version detection
    QString conflicts = QStringLiteral("source-wins");
    QString newestField; // newest-wins / first-wins: the timestamp field compared
    QString tieWinner = QStringLiteral("source"); // newest-wins / first-wins on equal times
    QString rule; // rule: JavaScript (base, source, target, conflict) => ...
    Deletes deletes = Deletes::Propagate;
    QString softDeleteColumn; // target column set to true for SoftDelete
    int batch = 5000;
    ScheduleConfig schedule; // on demand when it has neither "every" nor "cron"

    bool operator==(const JobConfig&) const = default;
};

} // namespace Syncline
