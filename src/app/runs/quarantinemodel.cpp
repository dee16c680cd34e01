// SPDX-License-Identifier: GPL-3.0-or-later
#include "quarantinemodel.h"

#include "widgets/statuscolors.h"
#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPalette>

namespace Syncline {

QuarantineModel::QuarantineModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void QuarantineModel::setRows(const QList<QuarantinedRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const QuarantinedRow* QuarantineModel::row(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows[row];
}

int QuarantineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuarantineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantinedRow& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            return row.key;
        case Operation:
            return row.operation;
        case Error:
            return row.error;
        case Row:
            return QString::fromUtf8(QJsonDocument(row.row).toJson(QJsonDocument::Compact));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Error)
            return row.error;
        if (index.column() == Row)
            return QString::fromUtf8(QJsonDocument(row.row).toJson(QJsonDocument::Indented));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Error)
            return QBrush(StatusColors::error(QGuiApplication::palette()));
        return {};
    }
    return {};
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Operation:
        return tr("Operation");
    case Error:
        return tr("Database message");
    case Row:
        return tr("Row");
    }
    return {};
}

} // namespace Syncline
