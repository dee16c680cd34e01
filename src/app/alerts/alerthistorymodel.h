// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/alertevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace Syncline {

// Recent alert firings and recoveries, newest first. Fed with AlertRepository::history()
// read off the GUI thread; never touches a database. Owned by AlertsPanel; GUI thread.
class AlertHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Rule, Job, State, Value, Message, ColumnCount };

    explicit AlertHistoryModel(QObject* parent = nullptr);

    void setEvents(QList<AlertEvent> events);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertEvent> m_rows;
};

} // namespace Syncline
