// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Syncline {

class MappingDocument;

// The mapping's validation rules, one row each (field, required, type, range, regex,
// referenced column), for the designer's Validation tab. Read-only: the ValidationRuleEditor
// edits the selected rule through the MappingDocument. Owned by its editor; GUI thread.
class RuleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FieldColumn,
        RequiredColumn,
        TypeColumn,
        MinColumn,
        MaxColumn,
        RegexColumn,
        ReferencesColumn,
        ColumnCount
    };

    explicit RuleListModel(MappingDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    MappingDocument* m_document;
    int m_rows = 0; // the row count the views know
};

} // namespace Syncline
