// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace Syncline {

// The runs of a RunHistoryModel that match the Runs page's filters: one job (or all), a
// status (or any; or dry runs only) and a start time at or after a moment (or any time).
// Owned by RunsView; GUI thread.
class RunFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { Any, Succeeded, Failed, Cancelled, Running, DryRuns };

    explicit RunFilterModel(QObject* parent = nullptr);

    void setJob(const QString& job); // empty: all jobs
    void setStatus(StatusFilter status);
    void setStartedSince(const QDateTime& utc); // invalid: any time
    QString job() const { return m_job; }
    StatusFilter status() const { return m_status; }
    QDateTime startedSince() const { return m_since; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_job;
    StatusFilter m_status = StatusFilter::Any;
    QDateTime m_since;
};

} // namespace Syncline
