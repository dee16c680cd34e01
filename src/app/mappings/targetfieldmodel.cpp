// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetfieldmodel.h"

#include "mappings/mappingdocument.h"
#include "mappings/sourcefieldmodel.h"
#include "widgets/statuscolors.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QPalette>
#include <QStyle>

namespace Syncline {

TargetFieldModel::TargetFieldModel(MappingDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &MappingDocument::aboutToReset, this, &TargetFieldModel::beginResetModel);
    connect(m_document, &MappingDocument::reset, this, &TargetFieldModel::endResetModel);
    connect(m_document, &MappingDocument::fieldsChanged, this, &TargetFieldModel::onChanged);
    connect(m_document, &MappingDocument::keyChanged, this, &TargetFieldModel::onChanged);
}

QString TargetFieldModel::describe(const FieldMapping& field)
{
    switch (field.kind) {
    case FieldMapping::Kind::Column:
        return QStringLiteral("← ") + field.source;
    case FieldMapping::Kind::Cast:
        return tr("← %1 as %2").arg(field.source, field.type);
    case FieldMapping::Kind::Constant: {
        if (field.constant.isNull() || field.constant.isUndefined())
            return QStringLiteral("= null");
        if (field.constant.isString())
            return QStringLiteral("= '") + field.constant.toString() + QLatin1Char('\'');
        return QStringLiteral("= ")
            + QString::fromUtf8(QJsonDocument(QJsonArray { field.constant })
                                    .toJson(QJsonDocument::Compact)
                                    .chopped(1)
                                    .mid(1));
    }
    case FieldMapping::Kind::Expression:
        return QStringLiteral("ƒ ") + field.expression.simplified();
    case FieldMapping::Kind::Lookup:
        return tr("← %1 via %2.%3").arg(field.source, field.lookup.entity, field.lookup.value);
    }
    return QString();
}

int TargetFieldModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->targetEntity().columns.size());
}

int TargetFieldModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetFieldModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnInfo& column = m_document->targetEntity().columns[index.row()];
    const FieldMapping* field = m_document->field(column.name);
    const bool required = m_document->isRequired(column.name);
    const bool unmappedRequired = required && !field;
    const bool isKey = m_document->mapping().key.contains(column.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return required ? column.name + QStringLiteral(" *") : column.name;
        case TypeColumn:
            return column.declaredType.isEmpty() ? column.type.toString() : column.declaredType;
        case MappingColumn:
            return field ? describe(*field) : tr("not mapped");
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == KeyColumn)
            return isKey ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn && unmappedRequired)
            return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == NameColumn && unmappedRequired)
            return QBrush(StatusColors::error(QApplication::palette()));
        if (index.column() == MappingColumn && !field)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if ((index.column() == MappingColumn && !field)
            || (index.column() == NameColumn && isKey)) {
            QFont font;
            font.setItalic(!field);
            font.setBold(isKey && index.column() == NameColumn);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines.append(
            tr("%1: %2 (written as %3)")
                .arg(column.name,
                    column.declaredType.isEmpty() ? tr("no declared type") : column.declaredType,
                    column.type.toString()));
        if (required)
            lines.append(tr("Required: NOT NULL without a default."));
        if (unmappedRequired)
            lines.append(tr("Not mapped: inserting rows will fail. Drag a source field here."));
        if (isKey)
            lines.append(tr("Part of the mapping's key."));
        if (field)
            lines.append(describe(*field));
        return lines.join(QLatin1Char('\n'));
    }
    case FieldNameRole:
        return column.name;
    case RequiredRole:
        return required;
    case UnmappedRequiredRole:
        return unmappedRequired;
    default:
        return {};
    }
}

bool TargetFieldModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != KeyColumn || role != Qt::CheckStateRole)
        return false;
    const QString name = m_document->targetEntity().columns[index.row()].name;
    QStringList key = m_document->mapping().key;
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        if (key.contains(name))
            return false;
        key.append(name);
    } else if (!key.removeAll(name)) {
        return false;
    }
    m_document->setKey(key); // the document's keyChanged() updates the view
    return true;
}

QVariant TargetFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == KeyColumn)
        return tr("The target fields that identify a row");
    if (role == Qt::ToolTipRole && section == NameColumn)
        return tr("* marks required fields (NOT NULL without a default)");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Target field");
    case TypeColumn:
        return tr("Type");
    case KeyColumn:
        return tr("Key");
    case MappingColumn:
        return tr("Value from");
    default:
        return {};
    }
}

Qt::ItemFlags TargetFieldModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
    if (index.column() == KeyColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QStringList TargetFieldModel::mimeTypes() const
{
    return { SourceFieldModel::mimeType() };
}

Qt::DropActions TargetFieldModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

int TargetFieldModel::dropRow(int row, const QModelIndex& parent) const
{
    if (parent.isValid())
        return parent.row();
    return row >= 0 && row < rowCount() ? row : -1;
}

bool TargetFieldModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction, int row, int, const QModelIndex& parent) const
{
    return dropRow(row, parent) >= 0 && !SourceFieldModel::fieldNames(data).isEmpty();
}

bool TargetFieldModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString target = fieldAt(dropRow(row, parent));
    m_document->connectField(SourceFieldModel::fieldNames(data).constFirst(), target);
    return true;
}

int TargetFieldModel::rowOf(const QString& field) const
{
    return int(m_document->targetEntity().indexOf(field));
}

QString TargetFieldModel::fieldAt(int row) const
{
    return m_document->targetEntity().columns.value(row).name;
}

void TargetFieldModel::onChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Syncline
