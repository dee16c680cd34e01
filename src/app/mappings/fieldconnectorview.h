// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QPointer>
#include <QWidget>

class QAbstractItemView;

namespace Syncline {

class MappingDocument;

// The strip between the source and target field lists: one curve per source field a target
// field reads (solid for columns, orange for casts, purple for lookups, dashed green for the
// fields an expression mentions), following both lists as they scroll. Clicking a curve
// selects its target field. Owned by its MappingDesigner; GUI thread.
class FieldConnectorView final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldConnectorView(QWidget* parent = nullptr);

    // The lists whose rows the curves join; rows are the entities' columns, in order.
    void setViews(
        MappingDocument* document, QAbstractItemView* sourceView, QAbstractItemView* targetView);

    QString selectedField() const { return m_selected; }
    void setSelectedField(const QString& target);
    // The target field whose curve passes near `point`, or an empty string.
    QString fieldAt(const QPoint& point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void fieldClicked(const QString& target);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Curve
    {
        QString target;
        QString source;
        int kind = 0; // FieldMapping::Kind
        QPainterPath path;
        bool sourceVisible = true;
        bool targetVisible = true;
    };
    QList<Curve> curves() const;
    // The vertical centre of a row in this widget's coordinates, clamped to the list's
    // visible area; `visible` says whether the row itself is in view.
    qreal rowCentre(QAbstractItemView* view, int row, bool* visible) const;

    QPointer<MappingDocument> m_document;
    QPointer<QAbstractItemView> m_sourceView;
    QPointer<QAbstractItemView> m_targetView;
    QString m_selected;
    QString m_hovered;
};

} // namespace Syncline
