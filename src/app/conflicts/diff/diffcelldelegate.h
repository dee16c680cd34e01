// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace Syncline {

// Paints the cells of the conflict review: the change colour, a pick circle on the side
// cells (filled when the merged result takes that cell), the value with its intra-field diff
// (rich text from ConflictDiffModel::RichTextRole; JSON in a fixed-width font), NULL as an
// italic grey badge, an empty string as a dotted box, and a deleted row as a hatched cell.
// Clicking a circle or double-clicking a side cell asks for a pick; double-clicking the
// merged cell asks for the editor. Owned by ConflictDetailPanel; GUI thread.
class DiffCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DiffCellDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    // The tallest a cell grows before its text is cut (the tooltip and editor show it all).
    static constexpr int maximumCellHeight = 260;

signals:
    void pickRequested(const QModelIndex& index);
    void editRequested(const QModelIndex& index);

private:
    static QRect circleRect(const QRect& cell);
    static QRect contentRect(const QRect& cell, bool withCircle);
    void setUpDocument(QTextDocument& document, const QStyleOptionViewItem& option,
        const QModelIndex& index, int width) const;
};

} // namespace Syncline
