// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewmodel.h"

#include "widgets/statuscolors.h"
#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace Syncline {

namespace {

// A failed cell: the error colour as text on a faint tint of it over the palette's base, so
// the cell reads on light and dark schemes alike.
QColor failedText()
{
    return StatusColors::error(QApplication::palette());
}

QColor failedBackground()
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QColor error = failedText();
    constexpr double tint = 0.22;
    return QColor::fromRgbF(float(base.redF() + (error.redF() - base.redF()) * tint),
        float(base.greenF() + (error.greenF() - base.greenF()) * tint),
        float(base.blueF() + (error.blueF() - base.blueF()) * tint));
}

} // namespace

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PreviewModel::setResult(const MappingPreviewResult& result)
{
    if (result.fields == m_result.fields && result.rows.size() == m_result.rows.size()) {
        // Same shape: keep the view's scroll position and selection.
        m_result = result;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_result = result;
    endResetModel();
}

int PreviewModel::columnOf(const QString& field) const
{
    const qsizetype i = m_result.fields.indexOf(field);
    return i < 0 ? -1 : int(i) + 1;
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.fields.size()) + 1;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow& row = m_result.rows[index.row()];
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.filteredOut ? tr("%1 (filtered out)").arg(row.sourceKey) : row.sourceKey;
        case Qt::DecorationRole:
            if (!row.filterError.isEmpty())
                return qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
            return {};
        case Qt::FontRole:
            if (row.filteredOut) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            if (!row.filterError.isEmpty())
                return row.filterError;
            if (row.filteredOut)
                return tr("Filtered out: the row filter is false for this row, so nothing is "
                          "written.");
            return tr("Source row %1").arg(row.sourceKey);
        case Qt::ForegroundRole:
            return row.filteredOut
                ? QApplication::palette().brush(QPalette::Disabled, QPalette::Text)
                : QVariant();
        case Qt::BackgroundRole:
            return row.filterError.isEmpty() ? QVariant() : QBrush(failedBackground());
        case StatusRole:
            return -1;
        case ErrorRole:
            return row.filterError;
        default:
            return {};
        }
    }
    const PreviewCell& cell = row.cells.value(index.column() - 1);
    const bool failed = cell.failed();
    switch (role) {
    case Qt::DisplayRole:
        if (cell.text.isNull() && failed && cell.status != PreviewCell::Status::RuleViolated) {
            // No value to show: the error itself, without the field the column names.
            const QString prefix
                = QStringLiteral("field '%1': ").arg(m_result.fields.value(index.column() - 1));
            const QString error = cell.error.section(QLatin1Char('\n'), 0, 0);
            return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
        }
        if (cell.text.isNull())
            return QStringLiteral("NULL");
        return cell.text.size() > 200 ? cell.text.left(200) + QStringLiteral("…") : cell.text;
    case Qt::ToolTipRole:
        if (!cell.error.isEmpty())
            return cell.error;
        return cell.text.isNull() ? QVariant() : QVariant(cell.text.left(2000));
    case Qt::BackgroundRole:
        return failed ? QBrush(failedBackground()) : QVariant();
    case Qt::ForegroundRole:
        if (failed)
            return QBrush(failedText());
        if (cell.status == PreviewCell::Status::FilteredOut || cell.text.isNull())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (cell.text.isNull() || cell.status == PreviewCell::Status::FilteredOut) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return failed ? qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical) : QVariant();
    case Qt::TextAlignmentRole: {
        using K = FieldType::Kind;
        const K kind = m_result.types.value(index.column() - 1).kind;
        if (kind == K::Integer || kind == K::Decimal || kind == K::Real)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case StatusRole:
        return int(cell.status);
    case ErrorRole:
        return cell.error;
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Source row");
        return {};
    }
    const int field = section - 1;
    const QString error = m_result.fieldErrors.value(field);
    switch (role) {
    case Qt::DisplayRole:
        return m_result.fields.value(field);
    case Qt::ToolTipRole:
        return error.isEmpty() ? tr("%1 (%2)").arg(
                   m_result.fields.value(field), m_result.types.value(field).toString())
                               : error;
    case Qt::DecorationRole:
        return error.isEmpty() ? QVariant()
                               : qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    default:
        return {};
    }
}

Qt::ItemFlags PreviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Syncline
