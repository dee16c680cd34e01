// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulelistmodel.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

namespace {

QString boundText(const QJsonValue& bound)
{
    if (bound.isDouble())
        return QString::number(bound.toDouble());
    return bound.toString();
}

} // namespace

RuleListModel::RuleListModel(MappingDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->mapping().rules.size()))
{
    connect(m_document, &MappingDocument::aboutToReset, this, &RuleListModel::beginResetModel);
    connect(m_document, &MappingDocument::reset, this, [this] {
        m_rows = int(m_document->mapping().rules.size());
        endResetModel();
    });
    connect(m_document, &MappingDocument::ruleAboutToBeInserted, this,
        [this](int row) { beginInsertRows(QModelIndex(), row, row); });
    connect(m_document, &MappingDocument::ruleInserted, this, [this] {
        ++m_rows;
        endInsertRows();
    });
    connect(m_document, &MappingDocument::ruleAboutToBeRemoved, this,
        [this](int row) { beginRemoveRows(QModelIndex(), row, row); });
    connect(m_document, &MappingDocument::ruleRemoved, this, [this] {
        --m_rows;
        endRemoveRows();
    });
    connect(m_document, &MappingDocument::ruleChanged, this,
        [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int RuleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RuleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValidationRule& rule = m_document->mapping().rules[index.row()];
    if (role == Qt::CheckStateRole && index.column() == RequiredColumn)
        return rule.required ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return rule.field;
    case RequiredColumn:
        return role == Qt::ToolTipRole ? (rule.required ? tr("Must not be empty") : QString())
                                       : QVariant();
    case TypeColumn:
        return rule.type;
    case MinColumn:
        return boundText(rule.min);
    case MaxColumn:
        return boundText(rule.max);
    case RegexColumn:
        return rule.regex;
    case ReferencesColumn:
        return rule.references.isEmpty()
            ? QString()
            : QStringLiteral("%1.%2.%3")
                  .arg(rule.references.endpoint, rule.references.entity, rule.references.column);
    default:
        return {};
    }
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case RequiredColumn:
        return tr("Required");
    case TypeColumn:
        return tr("Type");
    case MinColumn:
        return tr("Min");
    case MaxColumn:
        return tr("Max");
    case RegexColumn:
        return tr("Pattern");
    case ReferencesColumn:
        return tr("Must exist in");
    default:
        return {};
    }
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Syncline
