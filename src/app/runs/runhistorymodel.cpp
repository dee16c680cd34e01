// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistorymodel.h"

#include "store/runrepository.h"
#include "widgets/runtext.h"
#include "widgets/statuscolors.h"
#include "workspacetasks.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace Syncline {

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RunHistoryModel::setRuns(const QList<RunRecord>& runs)
{
    ++m_serial;
    m_tasks = nullptr;
    m_loading = false;
    m_atEnd = true;
    m_matching = runs.size();
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void RunHistoryModel::setQuery(WorkspaceTasks* tasks, const RunQuery& query, int pageSize)
{
    m_tasks = tasks;
    m_query = query;
    m_query.beforeId = 0;
    m_pageSize = qMax(1, pageSize);
    fetch(true);
}

void RunHistoryModel::reload()
{
    if (m_tasks)
        fetch(true);
}

bool RunHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_tasks && !m_loading && !m_atEnd;
}

void RunHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetch(false);
}

void RunHistoryModel::fetch(bool first)
{
    struct Page
    {
        QList<RunRecord> runs;
        qint64 matching = -1;
    };
    const int serial = ++m_serial;
    m_loading = true;
    RunQuery page = m_query;
    page.limit = m_pageSize;
    page.beforeId = first || m_runs.isEmpty() ? 0 : m_runs.constLast().id;
    m_tasks->withWorkspace(
        this,
        [page, first](Workspace& workspace) -> Result<Page> {
            const RunRepository runs(workspace);
            Page result;
            auto rows = runs.query(page);
            if (!rows)
                return rows.error();
            result.runs = std::move(rows).value();
            if (first) {
                auto count = runs.count(page);
                if (!count)
                    return count.error();
                result.matching = *count;
            }
            return result;
        },
        [this, serial, first](const Result<Page>& result) {
            if (serial != m_serial)
                return;
            m_loading = false;
            if (!result) {
                m_atEnd = true;
                emit pageLoaded(result.error().message);
                return;
            }
            m_atEnd = result->runs.size() < m_pageSize;
            if (first) {
                m_matching = result->matching;
                beginResetModel();
                m_runs = result->runs;
                endResetModel();
            } else if (!result->runs.isEmpty()) {
                beginInsertRows(
                    {}, int(m_runs.size()), int(m_runs.size() + result->runs.size() - 1));
                m_runs.append(result->runs);
                endInsertRows();
            }
            emit pageLoaded(QString());
        });
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
        if ((column == Status && run.status == RunRecord::Status::Failed) || column == Error)
            return QBrush(StatusColors::error(QGuiApplication::palette()));
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
