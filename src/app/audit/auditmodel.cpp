// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditmodel.h"

#include "widgets/runtext.h"

#include <QJsonDocument>

namespace Syncline {

namespace {

constexpr int s_detailChars = 240; // of the compact JSON shown in the table cell

} // namespace

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditModel::setEntries(const QList<AuditEntry>& entries)
{
    // Reloads usually bring the same entries plus a few new ones at the top.
    if (entries.size() == m_rows.size()) {
        bool same = true;
        for (qsizetype i = 0; same && i < entries.size(); ++i)
            same = entries[i].id == m_rows[i].entry.id;
        if (same)
            return;
    }
    QList<Row> rows;
    rows.reserve(entries.size());
    for (const AuditEntry& entry : entries) {
        rows.append({ entry,
            QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)) });
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const AuditEntry* AuditModel::entry(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows[row].entry;
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (role == EntryIdRole)
        return row.entry.id;
    if (role == SearchTextRole)
        return QStringList { RunText::timestamp(row.entry.at), row.entry.actor, row.entry.action,
            row.entry.object, row.detail }
            .join(u'\n');
    if (role == Qt::ToolTipRole && index.column() == Time)
        return row.entry.at.toString(Qt::ISODate);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return RunText::timestamp(row.entry.at);
    case Actor:
        return row.entry.actor;
    case Action:
        return row.entry.action;
    case Object:
        return row.entry.object;
    case Detail:
        return row.detail.size() > s_detailChars ? row.detail.left(s_detailChars) + u'…'
                                                 : row.detail;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace Syncline
