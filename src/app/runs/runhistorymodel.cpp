// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistorymodel.h"

#include "widgets/runtext.h"

#include <QBrush>
#include <QColor>

namespace Syncline {

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RunHistoryModel::setRuns(const QList<RunRecord>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const RunRecord* RunHistoryModel::run(int row) const
{
    if (row < 0 || row >= m_runs.size())
        return nullptr;
    return &m_runs[row];
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord& run = m_runs[index.row()];
    const int column = index.column();

    switch (role) {
    case RunIdRole:
        return run.id;
    case Qt::DisplayRole:
        switch (column) {
        case Id:
            return run.id;
        case Job:
            return run.job;
        case Status:
            return RunText::status(run.status, run.dryRun);
        case Started:
            return RunText::timestamp(run.startedAt);
        case Seconds:
            return run.status == RunRecord::Status::Running ? QString()
                                                            : RunText::seconds(run.seconds);
        case Inserted:
            return RunText::count(run.counts.inserted);
        case Updated:
            return RunText::count(run.counts.updated);
        case Deleted:
            return RunText::count(run.counts.deleted);
        case Unchanged:
            return RunText::count(run.counts.unchanged);
        case Quarantined:
            return RunText::count(run.counts.quarantined);
        case Error:
            return run.error;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Error && !run.error.isEmpty())
            return run.error;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Id || (column >= Seconds && column <= Quarantined))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && run.status == RunRecord::Status::Failed)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (column == Error)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole
        && (section == Id || (section >= Seconds && section <= Quarantined))) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Run");
    case Job:
        return tr("Job");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Seconds:
        return tr("Seconds");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Deleted:
        return tr("Deleted");
    case Unchanged:
        return tr("Unchanged");
    case Quarantined:
        return tr("Quarantined");
    case Error:
        return tr("Error");
    }
    return {};
}

} // namespace Syncline
