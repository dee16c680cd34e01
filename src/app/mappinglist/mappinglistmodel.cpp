// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappinglistmodel.h"

namespace Syncline {

MappingListModel::MappingListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MappingListModel::setConfig(const WorkspaceConfig& config)
{
    bool sameNames = config.mappings.size() == m_config.mappings.size();
    for (qsizetype i = 0; sameNames && i < config.mappings.size(); ++i)
        sameNames = config.mappings[i].name == m_config.mappings[i].name;
    if (sameNames) {
        m_config = config;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_config = config;
    endResetModel();
}

const MappingConfig* MappingListModel::mapping(int row) const
{
    if (row < 0 || row >= m_config.mappings.size())
        return nullptr;
    return &m_config.mappings[row];
}

int MappingListModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_config.mappings.size(); ++i) {
        if (m_config.mappings[i].name == name)
            return int(i);
    }
    return -1;
}

QStringList MappingListModel::jobsOf(const QString& mapping) const
{
    QStringList jobs;
    for (const JobConfig& job : m_config.jobs) {
        if (job.mapping == mapping)
            jobs.append(job.name);
    }
    return jobs;
}

int MappingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_config.mappings.size());
}

int MappingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingConfig& mapping = m_config.mappings[index.row()];
    if (role == MappingNameRole)
        return mapping.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return mapping.name;
    case Source:
        //: endpoint.entity
        return tr("%1.%2").arg(mapping.source.endpoint, mapping.source.entity);
    case Target:
        return tr("%1.%2").arg(mapping.target.endpoint, mapping.target.entity);
    case Fields:
        return mapping.fields.isEmpty()  ? tr("same names")
            : mapping.fields.size() == 1 ? tr("1 field")
                                         : tr("%1 fields").arg(mapping.fields.size());
    case Jobs:
        return jobsOf(mapping.name).join(QStringLiteral(", "));
    }
    return {};
}

QVariant MappingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Mapping");
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case Fields:
        return tr("Fields");
    case Jobs:
        return tr("Used by jobs");
    }
    return {};
}

} // namespace Syncline
