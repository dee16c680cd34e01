// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobconfig.h"
#include "store/runrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Syncline {

// The configured jobs, one row each, with their last run and whether they run now. Fed with
// values (the window's snapshot of the workspace, its running set); never touches a
// database. Owned by its window; GUI thread.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Mapping, Direction, Mode, Detect, LastStatus, LastRun, ColumnCount };
    enum Role { JobNameRole = Qt::UserRole + 1 };

    explicit JobListModel(QObject* parent = nullptr);

    // Replaces the rows; lastRuns holds the newest run per job name (absent: never ran).
    // When the job names are unchanged only the cells change, so a view keeps its selection
    // across reloads.
    void setJobs(const QList<JobConfig>& jobs, const QHash<QString, RunRecord>& lastRuns);
    void setRunningJobs(const QStringList& jobs);

    const JobConfig* job(int row) const;
    int rowOf(const QString& jobName) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        JobConfig job;
        std::optional<RunRecord> lastRun;
    };

    QString statusText(const Row& row) const;

    QList<Row> m_rows;
    QSet<QString> m_running;
};

} // namespace Syncline
