// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/quarantinerepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Syncline {

// The rows a target rejected in one run, with the database's own message: key, operation,
// error, and the row as it was to be written. Fed with QuarantineRepository::list() results
// read on a pool thread; never touches a database. Owned by RunsView; GUI thread.
class QuarantineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Operation, Error, Row, ColumnCount };

    explicit QuarantineModel(QObject* parent = nullptr);

    void setRows(const QList<QuarantinedRow>& rows);
    const QuarantinedRow* row(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QuarantinedRow> m_rows;
};

} // namespace Syncline
