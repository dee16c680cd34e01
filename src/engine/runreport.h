// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/runrecord.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace Syncline {

// One change a run made, or (dry run) would make.
struct PlannedChange
{
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Insert;
    QString key; // "id=42"
    QJsonObject before; // target values before (Update, Delete)
    QJsonObject after; // values written (Insert, Update)
};

// Where a run is; emitted often, cheap to copy.
struct RunProgress
{
    QString job;
    qint64 runId = 0;
    qint64 processed = 0; // source rows read so far
    qint64 estimated = -1; // source rows expected, -1 when unknown
    qint64 applied = 0;
    double rowsPerSecond = 0;
    double etaSeconds = -1; // -1 when unknown
};

// The outcome of SyncRun::execute(). Value type, crosses threads.
struct RunReport
{
    qint64 runId = 0; // 0 when the run could not even be recorded
    QString job;
    RunRecord::Status status = RunRecord::Status::Failed;
    bool dryRun = false;
    RunCounts counts;
    double seconds = 0;
    Error error; // meaningful when status is Failed or Cancelled
    QList<PlannedChange> planned; // dry run: the changes it would make (capped)
    qint64 plannedTotal = 0; // dry run: all planned changes, also those past the cap
    qint64 policyResolved = 0; // two-way: conflicts the job's policy settled by itself
    qint64 filteredOut = 0; // source rows the mapping's row filter left out (left alone)

    bool succeeded() const { return status == RunRecord::Status::Succeeded; }
    QJsonObject toJson() const;
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::RunProgress)
Q_DECLARE_METATYPE(Syncline::RunReport)
