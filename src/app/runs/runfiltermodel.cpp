// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfiltermodel.h"

#include "runhistorymodel.h"

namespace Syncline {

RunFilterModel::RunFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void RunFilterModel::setJob(const QString& job)
{
    if (job == m_job)
        return;
    m_job = job;
    invalidateFilter();
}

void RunFilterModel::setStatus(StatusFilter status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void RunFilterModel::setStartedSince(const QDateTime& utc)
{
    if (utc == m_since)
        return;
    m_since = utc;
    invalidateFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* history = qobject_cast<const RunHistoryModel*>(sourceModel());
    const RunRecord* run = history ? history->run(sourceRow) : nullptr;
    if (!run)
        return false;
    if (!m_job.isEmpty() && run->job != m_job)
        return false;
    if (m_since.isValid() && (!run->startedAt.isValid() || run->startedAt < m_since))
        return false;
    switch (m_status) {
    case StatusFilter::Any:
        return true;
    case StatusFilter::Succeeded:
        return run->status == RunRecord::Status::Succeeded;
    case StatusFilter::Failed:
        return run->status == RunRecord::Status::Failed;
    case StatusFilter::Cancelled:
        return run->status == RunRecord::Status::Cancelled;
    case StatusFilter::Running:
        return run->status == RunRecord::Status::Running;
    case StatusFilter::DryRuns:
        return run->dryRun;
    }
    return true;
}

} // namespace Syncline
