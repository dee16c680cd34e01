// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"

#include <QAbstractItemModel>
#include <QList>

namespace Syncline {

// An endpoint's schema as a tree: tables at the top (with their key and row estimate), their
// columns below (declared type, key position, NOT NULL). Fed with an EndpointProbe listing
// made off the GUI thread; never touches a database. Owned by EndpointsView; GUI thread.
class SchemaModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Key, Nullability, Rows, ColumnCount };

    explicit SchemaModel(QObject* parent = nullptr);

    void setEntities(const QList<EntityInfo>& entities);
    void clear();
    const QList<EntityInfo>& entities() const { return m_entities; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant entityData(const EntityInfo& entity, int column, int role) const;
    QVariant columnData(
        const EntityInfo& entity, const ColumnInfo& info, int column, int role) const;

    // internalId 0: a table row; n > 0: a column row of table n - 1.
    QList<EntityInfo> m_entities;
};

} // namespace Syncline
