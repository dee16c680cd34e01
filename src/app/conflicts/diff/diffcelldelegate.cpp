// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcelldelegate.h"

#include "conflictdiffmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace Syncline {

namespace {

constexpr int padding = 6;
constexpr int circleSize = 12;

using Model = ConflictDiffModel;

bool hasCircle(const QModelIndex& index)
{
    const int column = index.column();
    return (column == Model::SourceColumn || column == Model::BaseColumn
               || column == Model::TargetColumn)
        && index.data(Model::PickableRole).toBool();
}

CellValue::State stateOf(const QModelIndex& index)
{
    return CellValue::State(index.data(Model::ValueStateRole).toInt());
}

} // namespace

DiffCellDelegate::DiffCellDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QRect DiffCellDelegate::circleRect(const QRect& cell)
{
    return QRect(cell.left() + padding, cell.top() + padding + 2, circleSize, circleSize);
}

QRect DiffCellDelegate::contentRect(const QRect& cell, bool withCircle)
{
    const int left = padding + (withCircle ? circleSize + padding : 0);
    return cell.adjusted(left, padding, -padding, -padding);
}

void DiffCellDelegate::setUpDocument(QTextDocument& document, const QStyleOptionViewItem& option,
    const QModelIndex& index, int width) const
{
    QFont font = option.font;
    if (index.data(Model::IsJsonRole).toBool()) {
        font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(option.font.pointSizeF() * 0.92);
    }
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(QStringLiteral("<p style=\"white-space:pre-wrap; margin:0;\">%1</p>")
                         .arg(index.data(Model::RichTextRole).toString()));
    document.setTextWidth(qMax(40, width));
}

void DiffCellDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRect cell = option.rect;
    const QPalette& palette = option.palette;
    // Fill first: the view paints selected rows in the strong highlight colour underneath.
    painter->fillRect(cell, option.palette.color(QPalette::Base));
    const QVariant background = index.data(Qt::BackgroundRole);
    if (background.canConvert<QBrush>())
        painter->fillRect(cell, background.value<QBrush>());
    const int column = index.column();
    const CellValue::State state
        = column == Model::FieldColumn ? CellValue::State::Value : stateOf(index);

    // The deleted side and the missing base are hatched, so "no row" never looks like a value.
    if (state == CellValue::State::Absent && column != Model::MergedColumn) {
        painter->fillRect(cell, QBrush(QColor(0, 0, 0, 22), Qt::BDiagPattern));
    }
    if (option.state & QStyle::State_Selected) {
        QColor frame = palette.color(QPalette::Highlight);
        frame.setAlpha(column == Model::FieldColumn ? 60 : 28);
        painter->fillRect(cell, frame);
    }
    // Column separators: the four value panels read as panels.
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->drawLine(cell.topRight(), cell.bottomRight());
    painter->setPen(QPen(palette.color(QPalette::Midlight), 1));
    painter->drawLine(cell.bottomLeft(), cell.bottomRight());

    if (column == Model::FieldColumn) {
        const QRect content = cell.adjusted(padding + 2, padding, -padding, -padding);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QFontMetrics metrics(bold);
        QString name = index.data(Qt::DisplayRole).toString();
        if (index.data(Model::IsKeyRole).toBool())
            name = tr("%1 (key)").arg(name);
        painter->drawText(content.left(), content.top() + metrics.ascent(),
            metrics.elidedText(name, Qt::ElideRight, content.width()));
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QFontMetrics smallMetrics(small);
        QString type = index.data(Model::FieldTypeRole).toString();
        const auto change = Model::Change(index.data(Model::ChangeRole).toInt());
        if (change != Model::Change::Unchanged)
            type += QStringLiteral(" · ") + Model::changeName(change).toLower();
        painter->drawText(content.left(), content.top() + metrics.height() + smallMetrics.ascent(),
            smallMetrics.elidedText(type, Qt::ElideRight, content.width()));
        // A strip in the change colour down the left edge marks the row at a glance.
        const QColor strip = Model::changeColour(change);
        if (strip.isValid())
            painter->fillRect(QRect(cell.left(), cell.top(), 4, cell.height()), strip.darker(125));
        painter->restore();
        return;
    }

    const bool circle = hasCircle(index);
    if (circle) {
        const bool picked = index.data(Model::ChoiceRole).toBool();
        const QRect r = circleRect(cell);
        painter->setPen(
            QPen(picked ? palette.color(QPalette::Highlight) : palette.color(QPalette::Dark), 1.5));
        painter->setBrush(
            picked ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base));
        painter->drawEllipse(r);
        if (picked) {
            painter->setBrush(palette.color(QPalette::HighlightedText));
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(r.adjusted(4, 4, -4, -4));
        }
    }
    const QRect content = contentRect(cell, circle);
    QFont italic = option.font;
    italic.setItalic(true);
    const QFontMetrics italicMetrics(italic);

    if (column == Model::MergedColumn) {
        const auto choice = MergeChoice(index.data(Model::ChoiceRole).toInt());
        if (state == CellValue::State::Absent) {
            const bool unresolved = choice == MergeChoice::Unresolved
                && index.data(Qt::DisplayRole).toString() != tr("deleted");
            painter->setFont(italic);
            painter->setPen(unresolved ? QColor(0x9b, 0x1c, 0x1c) : QColor(0x7a, 0x3b, 0x3b));
            const QString text = unresolved ? tr("⚠ Choose a value") : tr("Deleted on both sides");
            painter->drawText(content, Qt::AlignLeft | Qt::AlignTop, text);
            painter->restore();
            return;
        }
    }
    if (state == CellValue::State::Absent) {
        painter->setFont(italic);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(content, Qt::AlignLeft | Qt::AlignTop, index.data().toString());
    } else if (state == CellValue::State::Null) {
        // A badge, so NULL can never be mistaken for the text "NULL" or for an empty string.
        italic.setPointSizeF(option.font.pointSizeF() * 0.9);
        const QFontMetrics metrics(italic);
        const QRect badge(content.left(), content.top(),
            metrics.horizontalAdvance(QStringLiteral("NULL")) + 10, metrics.height() + 2);
        painter->setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 1));
        painter->setBrush(QColor(0xf1, 0xf1, 0xf1));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setFont(italic);
        painter->setPen(QColor(0x80, 0x80, 0x80));
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("NULL"));
    } else if (index.data(Model::ValueTextRole).toString().isEmpty()) {
        // An empty string: a dotted box, nothing in it.
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.8);
        const QFontMetrics metrics(small);
        const QRect box(content.left(), content.top(), metrics.horizontalAdvance(tr("empty")) + 12,
            metrics.height() + 4);
        painter->setPen(QPen(QColor(0x70, 0x70, 0x70), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box);
        painter->setFont(small);
        painter->setPen(QColor(0xa0, 0xa0, 0xa0));
        painter->drawText(box, Qt::AlignCenter, tr("empty"));
    } else {
        QTextDocument document;
        setUpDocument(document, option, index, content.width());
        painter->translate(content.topLeft());
        const QRect clip(0, 0, content.width(), content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
        context.clip = clip;
        painter->setClipRect(clip);
        document.documentLayout()->draw(painter, context);
        if (document.size().height() > content.height() + 1) {
            // Cut: say so, the tooltip and the editor hold the whole value.
            painter->setClipping(false);
            const QString more = tr("… more");
            QFont small = option.font;
            small.setPointSizeF(option.font.pointSizeF() * 0.85);
            const QFontMetrics metrics(small);
            const QRect tag(content.width() - metrics.horizontalAdvance(more) - 8,
                content.height() - metrics.height(), metrics.horizontalAdvance(more) + 8,
                metrics.height());
            painter->fillRect(tag, palette.color(QPalette::Base));
            painter->setFont(small);
            painter->setPen(palette.color(QPalette::Link));
            painter->drawText(tag, Qt::AlignCenter, more);
        }
    }
    painter->restore();
}

QSize DiffCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int minimum = 2 * metrics.height() + 2 * padding;
    if (index.column() == Model::FieldColumn) {
        QFont bold = option.font;
        bold.setBold(true);
        const int width = QFontMetrics(bold).horizontalAdvance(
                              index.data().toString() + QStringLiteral(" (key)"))
            + 2 * padding + 8;
        return QSize(qMax(width, 120), minimum);
    }
    if (stateOf(index) != CellValue::State::Value
        || index.data(Model::ValueTextRole).toString().isEmpty())
        return QSize(160, minimum);
    const bool circle = hasCircle(index);
    int width = option.rect.width();
    if (width <= 0)
        width = 260;
    const QRect content = contentRect(QRect(0, 0, width, 10000), circle);
    QTextDocument document;
    setUpDocument(document, option, index, content.width());
    const int height = int(document.size().height()) + 2 * padding + 1;
    return QSize(160, qBound(minimum, height, maximumCellHeight));
}

bool DiffCellDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const int column = index.column();
    if (event->type() == QEvent::MouseButtonRelease && hasCircle(index)) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton
            && circleRect(option.rect)
                   .adjusted(-4, -4, 4, 4)
                   .contains(mouse->position().toPoint())) {
            emit pickRequested(index);
            return true;
        }
    }
    if (event->type() == QEvent::MouseButtonDblClick) {
        if (column == Model::MergedColumn) {
            emit editRequested(index);
            return true;
        }
        if (hasCircle(index)) {
            emit pickRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Syncline
