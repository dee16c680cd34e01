// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QAbstractTableModel>

namespace Syncline {

class MappingDocument;

// The target entity's fields for the mapping designer's right list: name (with * when
// required: NOT NULL without a default), type, key check box and where the value comes
// from. Required fields without a mapping are flagged (warning icon, tooltip). Dropping
// source fields (SourceFieldModel::mimeType()) on a row maps it; checking Key changes the
// mapping's key. Every change goes through the MappingDocument. Owned by its
// MappingDesigner; GUI thread.
class TargetFieldModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, KeyColumn, MappingColumn, ColumnCount };
    enum Role {
        FieldNameRole = Qt::UserRole + 1,
        RequiredRole, // bool: NOT NULL without a default
        UnmappedRequiredRole, // bool: required and not mapped
    };

    explicit TargetFieldModel(MappingDocument* document, QObject* parent = nullptr);

    // One line saying where a field's value comes from ("← email", "ƒ row.a + row.b").
    static QString describe(const FieldMapping& field);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) override;

    int rowOf(const QString& field) const;
    QString fieldAt(int row) const;

private:
    int dropRow(int row, const QModelIndex& parent) const;
    void onChanged();

    MappingDocument* m_document;
};

} // namespace Syncline
