// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/endpointconfig.h"

#include <QAbstractTableModel>
#include <QList>

namespace Syncline {

// The configured endpoints, one row each: name, kind, where it points and where its password
// comes from. Fed with the endpoints of a WorkspaceSnapshot (loaded off the GUI thread);
// never touches a database. Owned by EndpointsView; GUI thread.
class EndpointListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Password, Location, ColumnCount };
    enum Role { EndpointNameRole = Qt::UserRole + 1 };

    explicit EndpointListModel(QObject* parent = nullptr);

    // Replaces the rows. With the same names in the same order only the cells change, so a
    // view keeps its selection across reloads.
    void setEndpoints(const QList<EndpointConfig>& endpoints);
    const EndpointConfig* endpoint(int row) const;
    int rowOf(const QString& name) const; // -1 when absent

    // "/data/crm.db", "sync@db.example:5432/crm": the URL without its scheme.
    static QString location(const EndpointConfig& endpoint);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EndpointConfig> m_endpoints;
};

} // namespace Syncline
