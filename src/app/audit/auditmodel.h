// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/auditrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Syncline {

// The audit log, newest first: when, who, what action, on which object, and the detail (old
// and new values) as compact JSON. Fed with the entries of a WorkspaceSnapshot (read off the
// GUI thread); never touches a database. Owned by AuditView; GUI thread.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Actor, Action, Object, Detail, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        SearchTextRole, // every column's text, the detail in full: what a filter matches
    };

    explicit AuditModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);
    const AuditEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        AuditEntry entry;
        QString detail; // compact JSON, made once
    };
    QList<Row> m_rows;
};

} // namespace Syncline
