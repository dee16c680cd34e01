// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runreport.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace Syncline {

// The changes a dry run planned, as a tree: one row per change (insert, update or delete, the
// key, and a one-line before -> after), with one child row per field it writes (an update
// lists only the fields it changes). Fed with a RunReport from the RunController; never
// touches a database. Owned by JobsView; GUI thread.
class PlannedChangesModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Change, Key, Before, After, ColumnCount };

    explicit PlannedChangesModel(QObject* parent = nullptr);

    void setChanges(const QList<PlannedChange>& changes);
    void clear();
    int changeCount() const { return int(m_changes.size()); }
    PlannedChange::Kind kind(int row) const { return m_changes.at(row).kind; }

    static QString kindText(PlannedChange::Kind kind);
    // A JSON value as a cell shows it; null is "NULL".
    static QString valueText(const QJsonValue& value);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        PlannedChange::Kind kind;
        QString key;
        QJsonObject before;
        QJsonObject after;
        QStringList fields; // the child rows: the fields written (or removed, for a delete)
    };

    QVariant changeData(const Entry& entry, int column, int role) const;
    QVariant fieldData(const Entry& entry, const QString& field, int column, int role) const;
    QString summary(const Entry& entry, const QJsonObject& values) const;
    static QString notRead();
    static QString notReadReason();

    // internalId 0: a change row; n > 0: a field row of change n - 1.
    QList<Entry> m_changes;
};

} // namespace Syncline
