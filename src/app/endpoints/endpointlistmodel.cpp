// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointlistmodel.h"

#include <QIcon>

namespace Syncline {

EndpointListModel::EndpointListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EndpointListModel::setEndpoints(const QList<EndpointConfig>& endpoints)
{
    bool sameNames = endpoints.size() == m_endpoints.size();
    for (qsizetype i = 0; sameNames && i < endpoints.size(); ++i)
        sameNames = endpoints[i].name == m_endpoints[i].name;
    if (sameNames) {
        m_endpoints = endpoints;
        if (!m_endpoints.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

const EndpointConfig* EndpointListModel::endpoint(int row) const
{
    if (row < 0 || row >= m_endpoints.size())
        return nullptr;
    return &m_endpoints[row];
}

int EndpointListModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints[i].name == name)
            return int(i);
    }
    return -1;
}

QString EndpointListModel::location(const EndpointConfig& endpoint)
{
    const QString& url = endpoint.url;
    for (const QString& scheme : { QStringLiteral("sqlite://"), QStringLiteral("sqlite:"),
             QStringLiteral("postgresql://"), QStringLiteral("postgres://") }) {
        if (url.startsWith(scheme))
            return url.mid(scheme.size());
    }
    return url;
}

int EndpointListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndpointConfig& endpoint = m_endpoints[index.row()];
    if (role == EndpointNameRole)
        return endpoint.name;
    if (role == Qt::DecorationRole && index.column() == Name)
        return QIcon(QStringLiteral(":/icons/endpoints.svg"));
    if (role == Qt::ToolTipRole && index.column() == Location)
        return endpoint.url;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return endpoint.name;
    case Kind:
        if (endpoint.kind == u"sqlite")
            return tr("SQLite");
        if (endpoint.kind == u"postgresql")
            return tr("PostgreSQL");
        return endpoint.kind;
    case Location:
        return location(endpoint);
    case Password:
        if (endpoint.kind == u"sqlite")
            return QString(); // a file: no password
        if (!endpoint.passwordEnv.isEmpty() && endpoint.keychain)
            return tr("$%1, else keychain").arg(endpoint.passwordEnv);
        if (!endpoint.passwordEnv.isEmpty())
            return tr("$%1").arg(endpoint.passwordEnv);
        if (endpoint.keychain)
            return tr("OS keychain");
        return tr("none");
    }
    return {};
}

QVariant EndpointListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Endpoint");
    case Kind:
        return tr("Kind");
    case Location:
        return tr("Location");
    case Password:
        return tr("Password");
    }
    return {};
}

} // namespace Syncline
