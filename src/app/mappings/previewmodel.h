// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/mappingpreview.h"

#include <QAbstractTableModel>

namespace Syncline {

// The live preview table: one row per sample source row, the source key first and then the
// mapped target fields. Cells that fail conversion, an expression, a lookup or a rule have a
// red background, an error icon and the error as tooltip; rows the filter leaves out are
// greyed. Fed whole MappingPreviewResults by the MappingDesigner; GUI thread.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(PreviewCell::Status); -1 for the key column
        ErrorRole, // the cell's error text
    };

    explicit PreviewModel(QObject* parent = nullptr);

    void setResult(const MappingPreviewResult& result);
    const MappingPreviewResult& result() const { return m_result; }
    // The column of a target field, or -1.
    int columnOf(const QString& field) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    MappingPreviewResult m_result;
};

} // namespace Syncline
