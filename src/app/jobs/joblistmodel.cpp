// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblistmodel.h"

#include "core/configparser.h"
#include "widgets/runtext.h"
#include "widgets/statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace Syncline {

JobListModel::JobListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void JobListModel::setJobs(const QList<JobConfig>& jobs, const QHash<QString, RunRecord>& lastRuns)
{
    QList<Row> rows;
    rows.reserve(jobs.size());
    for (const JobConfig& job : jobs) {
        Row row { job, std::nullopt };
        if (const auto last = lastRuns.constFind(job.name); last != lastRuns.cend())
            row.lastRun = *last;
        rows.append(row);
    }

    bool sameJobs = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameJobs && i < rows.size(); ++i)
        sameJobs = rows[i].job.name == m_rows[i].job.name;

    if (sameJobs) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void JobListModel::setRunningJobs(const QStringList& jobs)
{
    const QSet<QString> running(jobs.cbegin(), jobs.cend());
    if (running == m_running)
        return;
    m_running = running;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastStatus), index(rowCount() - 1, LastStatus));
}

const JobConfig* JobListModel::job(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows[row].job;
}

int JobListModel::rowOf(const QString& jobName) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].job.name == jobName)
            return int(i);
    }
    return -1;
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::statusText(const Row& row) const
{
    if (m_running.contains(row.job.name))
        return RunText::status(RunRecord::Status::Running);
    if (!row.lastRun)
        return tr("Never run");
    return RunText::status(row.lastRun->status, row.lastRun->dryRun);
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];

    if (role == JobNameRole)
        return row.job.name;

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return row.job.name;
        case Mapping:
            return row.job.mapping;
        case Direction:
            return ConfigParser::toString(row.job.direction);
        case Mode:
            return ConfigParser::toString(row.job.mode);
        case Detect:
            return ConfigParser::toString(row.job.detect);
        case LastStatus:
            return statusText(row);
        case LastRun:
            return row.lastRun ? RunText::timestamp(row.lastRun->startedAt) : QString();
        }
        return {};
    }

    if (role == Qt::ToolTipRole && index.column() == LastStatus && row.lastRun
        && !row.lastRun->error.isEmpty()) {
        return row.lastRun->error;
    }

    if (role == Qt::ForegroundRole && index.column() == LastStatus
        && !m_running.contains(row.job.name) && row.lastRun
        && row.lastRun->status == RunRecord::Status::Failed) {
        return QBrush(StatusColors::error(QGuiApplication::palette()));
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Job");
    case Mapping:
        return tr("Mapping");
    case Direction:
        return tr("Direction");
    case Mode:
        return tr("Mode");
    case Detect:
        return tr("Detect");
    case LastStatus:
        return tr("Status");
    case LastRun:
        return tr("Last run");
    }
    return {};
}

} // namespace Syncline
