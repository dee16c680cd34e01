// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Syncline {

// Row counts of a run. Value type, crosses threads.
struct RunCounts
{
    qint64 sourceRows = 0; // read from the source
    qint64 targetRows = 0; // read from the target
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 unchanged = 0;
    qint64 quarantined = 0;
    qint64 conflicts = 0;

    qint64 applied() const { return inserted + updated + deleted; }
    bool operator==(const RunCounts&) const = default;
};

// One execution of a job as recorded in the workspace.
struct RunRecord
{
    enum class Status { Running, Succeeded, Failed, Cancelled };

    qint64 id = 0;
    QString job;
    Status status = Status::Running;
    bool dryRun = false;
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC; invalid while running
    double seconds = 0;
    RunCounts counts;
    QString error; // one line; empty when succeeded
    QString host; // which machine ran it

    static QString toString(Status status); // "running", "succeeded", "failed", "cancelled"
    static Status statusFromString(const QString& text);
};

// Which runs RunRepository::query() returns: filters applied by the database, newest first,
// one page at a time. Keyset paging: the next page starts below the last id seen, so pages
// stay correct while new runs are added. Value type, crosses threads.
struct RunQuery
{
    enum class StatusFilter { Any, Succeeded, Failed, Cancelled, Running, DryRuns };

    QString job; // empty: every job
    StatusFilter status = StatusFilter::Any;
    QDateTime startedFrom; // UTC, inclusive; invalid: no lower bound
    QDateTime startedBefore; // UTC, exclusive; invalid: no upper bound
    qint64 beforeId = 0; // only runs with a smaller id; 0: from the newest
    int limit = 200; // at most this many; < 0: all

    bool operator==(const RunQuery&) const = default;
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::RunQuery)
Q_DECLARE_METATYPE(Syncline::RunCounts)
Q_DECLARE_METATYPE(Syncline::RunRecord)
