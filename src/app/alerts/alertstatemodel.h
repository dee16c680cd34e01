// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/alertmonitor.h"

#include <QAbstractTableModel>
#include <QList>

namespace Syncline {

// Each alert rule for each job it watches: kind, severity, state (firing first), since when
// and its last message. Fed with AlertMonitor::statuses() read off the GUI thread; never
// touches a database. Owned by AlertsPanel; GUI thread.
class AlertStateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rule, Job, Kind, Severity, State, Since, Message, ColumnCount };

    explicit AlertStateModel(QObject* parent = nullptr);

    void setStatuses(QList<AlertStatus> statuses);
    int firingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertStatus> m_rows;
};

} // namespace Syncline
