// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamodel.h"

#include "widgets/runtext.h"

#include <QIcon>

namespace Syncline {

SchemaModel::SchemaModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void SchemaModel::setEntities(const QList<EntityInfo>& entities)
{
    beginResetModel();
    m_entities = entities;
    endResetModel();
}

void SchemaModel::clear()
{
    setEntities({});
}

QModelIndex SchemaModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_entities.size())
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.internalId() != 0 || parent.row() >= m_entities.size())
        return {};
    if (row >= m_entities[parent.row()].columns.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SchemaModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SchemaModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_entities.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_entities[parent.row()].columns.size());
}

int SchemaModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return entityData(m_entities[index.row()], index.column(), role);
    const EntityInfo& entity = m_entities[int(index.internalId() - 1)];
    return columnData(entity, entity.columns[index.row()], index.column(), role);
}

QVariant SchemaModel::entityData(const EntityInfo& entity, int column, int role) const
{
    if (role == Qt::DecorationRole && column == Name)
        return QIcon(QStringLiteral(":/icons/table.svg"));
    if (role == Qt::TextAlignmentRole && column == Rows)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Rows)
        return tr("An estimate from the database's statistics");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return entity.name;
    case Type:
        return entity.columns.isEmpty()  ? tr("not described")
            : entity.columns.size() == 1 ? tr("1 column")
                                         : tr("%1 columns").arg(entity.columns.size());
    case Key:
        return entity.primaryKey.isEmpty() ? tr("no primary key")
                                           : entity.primaryKey.join(QStringLiteral(", "));
    case Nullability:
        return QString();
    case Rows:
        return entity.rowEstimate < 0 ? tr("unknown") : RunText::count(entity.rowEstimate);
    }
    return {};
}

QVariant SchemaModel::columnData(
    const EntityInfo& entity, const ColumnInfo& info, int column, int role) const
{
    if (role == Qt::DecorationRole && column == Name && info.primaryKeyPosition > 0)
        return QIcon(QStringLiteral(":/icons/key.svg"));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return info.name;
    case Type:
        return info.declaredType.isEmpty() ? tr("(none declared)") : info.declaredType;
    case Key:
        if (info.primaryKeyPosition > 0) {
            return entity.primaryKey.size() > 1 ? tr("primary key (%1 of %2)")
                                                      .arg(info.primaryKeyPosition)
                                                      .arg(entity.primaryKey.size())
                                                : tr("primary key");
        }
        for (const QStringList& unique : entity.uniqueKeys) {
            if (unique.contains(info.name))
                return tr("unique");
        }
        return QString();
    case Nullability:
        return info.notNull ? tr("NOT NULL") : tr("nullable");
    case Rows:
        return QString();
    }
    return {};
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Table / column");
    case Type:
        return tr("Declared type");
    case Key:
        return tr("Key");
    case Nullability:
        return tr("Null");
    case Rows:
        return tr("Rows (est.)");
    }
    return {};
}

} // namespace Syncline
