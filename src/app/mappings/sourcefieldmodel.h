// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Syncline {

class MappingDocument;

// The source entity's fields (name, type) for the mapping designer's left list. Rows drag
// out as SourceFieldModel::mimeType() (the field names) plus text ("row.name", for the
// expression editor). Fields the mapping reads are bold. Owned by its MappingDesigner; GUI
// thread.
class SourceFieldModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ColumnCount };
    enum Role { FieldNameRole = Qt::UserRole + 1 };

    explicit SourceFieldModel(MappingDocument* document, QObject* parent = nullptr);

    static QString mimeType();
    // The field names a drag of this model carries (empty for other data).
    static QStringList fieldNames(const class QMimeData* data);
    // `row.name`, or `row["Full Name"]` when the name is no identifier.
    static QString rowReference(const QString& field);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // The row of a source field, or -1.
    int rowOf(const QString& field) const;

private:
    void onFieldsChanged();

    MappingDocument* m_document;
};

} // namespace Syncline
