// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefieldmodel.h"

#include "mappings/mappingdocument.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QRegularExpression>

namespace Syncline {

SourceFieldModel::SourceFieldModel(MappingDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &MappingDocument::aboutToReset, this, &SourceFieldModel::beginResetModel);
    connect(m_document, &MappingDocument::reset, this, &SourceFieldModel::endResetModel);
    connect(m_document, &MappingDocument::fieldsChanged, this, &SourceFieldModel::onFieldsChanged);
}

QString SourceFieldModel::mimeType()
{
    return QStringLiteral("application/x-syncline-source-fields");
}

QStringList SourceFieldModel::fieldNames(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(data->data(mimeType())).array();
    for (const QJsonValue& name : array) {
        if (name.isString())
            names.append(name.toString());
    }
    return names;
}

QString SourceFieldModel::rowReference(const QString& field)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][\\w$]*$"));
    if (identifier.match(field).hasMatch())
        return QStringLiteral("row.") + field;
    QString escaped = field;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("row[\"") + escaped + QStringLiteral("\"]");
}

int SourceFieldModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->sourceEntity().columns.size());
}

int SourceFieldModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceFieldModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnInfo& column = m_document->sourceEntity().columns[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return column.name;
        return column.declaredType.isEmpty() ? column.type.toString() : column.declaredType;
    case FieldNameRole:
        return column.name;
    case Qt::FontRole:
        if (index.column() == NameColumn && m_document->useCount(column.name) > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip
            = tr("%1: %2 (read as %3)")
                  .arg(column.name,
                      column.declaredType.isEmpty() ? tr("no declared type") : column.declaredType,
                      column.type.toString());
        if (column.primaryKeyPosition > 0)
            tip += QLatin1Char('\n') + tr("Part of the primary key");
        if (column.notNull)
            tip += QLatin1Char('\n') + tr("NOT NULL");
        const int uses = m_document->useCount(column.name);
        tip += QLatin1Char('\n')
            + (uses > 0 ? tr("Read by %n target field(s)", nullptr, uses)
                        : tr("Not read by the mapping; drag it onto a target field"));
        return tip;
    }
    default:
        return {};
    }
}

QVariant SourceFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Source field");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags SourceFieldModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList SourceFieldModel::mimeTypes() const
{
    return { mimeType(), QStringLiteral("text/plain") };
}

QMimeData* SourceFieldModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList names;
    for (const QModelIndex& index : indexes) {
        const QString name = index.data(FieldNameRole).toString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(QJsonArray::fromStringList(names)).toJson());
    QStringList references;
    for (const QString& name : std::as_const(names))
        references.append(rowReference(name));
    data->setText(references.join(QStringLiteral(", ")));
    return data;
}

Qt::DropActions SourceFieldModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

int SourceFieldModel::rowOf(const QString& field) const
{
    return int(m_document->sourceEntity().indexOf(field));
}

void SourceFieldModel::onFieldsChanged()
{
    if (rowCount() > 0)
        emit dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::FontRole, Qt::ToolTipRole });
}

} // namespace Syncline
