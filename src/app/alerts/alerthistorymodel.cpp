// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthistorymodel.h"

#include <QLocale>

namespace Syncline {

AlertHistoryModel::AlertHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AlertHistoryModel::setEvents(QList<AlertEvent> events)
{
    beginResetModel();
    m_rows = std::move(events);
    endResetModel();
}

int AlertHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertEvent& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Rule:
            return e.rule;
        case Job:
            return e.job;
        case State:
            return e.state == AlertEvent::State::Firing ? tr("fired") : tr("recovered");
        case Value:
            return QLocale().toString(e.value, 'g', 6);
        case Message:
            return e.message;
        }
    }
    if (role == Qt::ToolTipRole)
        return e.message;
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Rule:
        return tr("Rule");
    case Job:
        return tr("Job");
    case State:
        return tr("Change");
    case Value:
        return tr("Value");
    case Message:
        return tr("Message");
    }
    return {};
}

} // namespace Syncline
