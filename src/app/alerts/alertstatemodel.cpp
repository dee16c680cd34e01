// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertstatemodel.h"

#include "core/alertconfigparser.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Syncline {

AlertStateModel::AlertStateModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AlertStateModel::setStatuses(QList<AlertStatus> statuses)
{
    // Firing rules first, the rest in config order.
    std::stable_sort(
        statuses.begin(), statuses.end(), [](const AlertStatus& a, const AlertStatus& b) {
            return a.state == AlertEvent::State::Firing && b.state != AlertEvent::State::Firing;
        });
    beginResetModel();
    m_rows = std::move(statuses);
    endResetModel();
}

int AlertStateModel::firingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const AlertStatus& s) { return s.state == AlertEvent::State::Firing; }));
}

int AlertStateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertStateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertStateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertStatus& s = m_rows.at(index.row());
    const bool firing = s.state == AlertEvent::State::Firing;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rule:
            return s.rule.name;
        case Job:
            return s.job;
        case Kind:
            return AlertConfigParser::toString(s.rule.kind);
        case Severity:
            return AlertConfigParser::toString(s.rule.severity);
        case State:
            return firing ? tr("firing") : tr("ok");
        case Since:
            return s.last.id > 0 ? QLocale().toString(s.last.at.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
        case Message:
            return s.last.message;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && firing)
        return QBrush(s.rule.severity == AlertRuleConfig::Severity::Critical
                ? QColor(0xc0, 0x1c, 0x28)
                : QColor(0xb5, 0x83, 0x5a));
    if (role == Qt::ToolTipRole)
        return s.last.id > 0 ? s.last.message : tr("Has not fired since it was configured.");
    return {};
}

QVariant AlertStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule:
        return tr("Rule");
    case Job:
        return tr("Job");
    case Kind:
        return tr("Kind");
    case Severity:
        return tr("Severity");
    case State:
        return tr("State");
    case Since:
        return tr("Since");
    case Message:
        return tr("Last message");
    }
    return {};
}

} // namespace Syncline
