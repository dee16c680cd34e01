// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldconnectorview.h"

#include "mappings/mappingdocument.h"
#include "widgets/statuscolors.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QScrollBar>

namespace Syncline {

namespace {

// Curve colours by kind, light shades on a dark palette and dark ones on a light palette.
QColor kindColor(int kind, const QPalette& palette)
{
    switch (FieldMapping::Kind(kind)) {
    case FieldMapping::Kind::Cast:
        return StatusColors::warning(palette);
    case FieldMapping::Kind::Lookup:
        // No status role is purple: the one shade of our own, in both brightnesses.
        return StatusColors::isDark(palette) ? QColor(0xc5, 0x9b, 0xf0) : QColor(0x7b, 0x3f, 0xb5);
    case FieldMapping::Kind::Expression:
        return StatusColors::success(palette);
    default:
        return StatusColors::info(palette);
    }
}

} // namespace

FieldConnectorView::FieldConnectorView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void FieldConnectorView::setViews(
    MappingDocument* document, QAbstractItemView* sourceView, QAbstractItemView* targetView)
{
    m_document = document;
    m_sourceView = sourceView;
    m_targetView = targetView;
    const auto repaint = [this] { update(); };
    connect(document, &MappingDocument::changed, this, repaint);
    connect(document, &MappingDocument::reset, this, repaint);
    for (QAbstractItemView* view : { sourceView, targetView }) {
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
        connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
        view->viewport()->installEventFilter(this);
        view->installEventFilter(this);
    }
    update();
}

void FieldConnectorView::setSelectedField(const QString& target)
{
    if (m_selected == target)
        return;
    m_selected = target;
    update();
}

QSize FieldConnectorView::sizeHint() const
{
    return QSize(96, 200);
}

QSize FieldConnectorView::minimumSizeHint() const
{
    return QSize(48, 40);
}

qreal FieldConnectorView::rowCentre(QAbstractItemView* view, int row, bool* visible) const
{
    QWidget* viewport = view->viewport();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    const int top = viewport->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
    const int bottom = top + viewport->height();
    const qreal centre = top + rect.center().y() + 0.5;
    *visible = rect.isValid() && centre >= top && centre <= bottom;
    if (!rect.isValid())
        return top;
    return qBound<qreal>(top, centre, bottom);
}

QList<FieldConnectorView::Curve> FieldConnectorView::curves() const
{
    QList<Curve> curves;
    if (!m_document || !m_sourceView || !m_targetView || !m_sourceView->model()
        || !m_targetView->model())
        return curves;
    const qreal w = width();
    for (const FieldMapping& field : m_document->mapping().fields) {
        const int targetRow = int(m_document->targetEntity().indexOf(field.target));
        if (targetRow < 0)
            continue;
        for (const QString& source : m_document->sourcesOf(field)) {
            const int sourceRow = int(m_document->sourceEntity().indexOf(source));
            if (sourceRow < 0)
                continue;
            Curve curve;
            curve.target = field.target;
            curve.source = source;
            curve.kind = int(field.kind);
            const qreal y1 = rowCentre(m_sourceView, sourceRow, &curve.sourceVisible);
            const qreal y2 = rowCentre(m_targetView, targetRow, &curve.targetVisible);
            curve.path.moveTo(0, y1);
            curve.path.cubicTo(w * 0.5, y1, w * 0.5, y2, w, y2);
            curves.append(curve);
        }
    }
    return curves;
}

QString FieldConnectorView::fieldAt(const QPoint& point) const
{
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    QString best;
    for (const Curve& curve : curves()) {
        if (stroker.createStroke(curve.path).contains(point))
            best = curve.target;
    }
    return best;
}

void FieldConnectorView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Curve> all = curves();
    // Selected and hovered curves last, on top.
    const auto rank = [&](const Curve& c) {
        return c.target == m_selected ? 2 : (c.target == m_hovered ? 1 : 0);
    };
    QList<const Curve*> ordered;
    for (const Curve& c : all)
        ordered.append(&c);
    std::stable_sort(ordered.begin(), ordered.end(),
        [&](const Curve* a, const Curve* b) { return rank(*a) < rank(*b); });
    for (const Curve* curve : std::as_const(ordered)) {
        const bool selected = curve->target == m_selected;
        const bool hovered = curve->target == m_hovered;
        QColor color = kindColor(curve->kind, palette());
        if (!curve->sourceVisible || !curve->targetVisible)
            color.setAlpha(90);
        else if (!m_selected.isEmpty() && !selected && !hovered)
            color.setAlpha(150);
        QPen pen(color, selected ? 3.0 : (hovered ? 2.4 : 1.6));
        if (FieldMapping::Kind(curve->kind) == FieldMapping::Kind::Expression)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(curve->path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal r = selected ? 4.0 : 3.0;
        painter.drawEllipse(curve->path.pointAtPercent(0), r, r);
        painter.drawEllipse(curve->path.pointAtPercent(1), r, r);
    }
}

void FieldConnectorView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QString target = fieldAt(event->position().toPoint());
    if (target.isEmpty())
        return QWidget::mousePressEvent(event);
    setSelectedField(target);
    emit fieldClicked(target);
}

void FieldConnectorView::mouseMoveEvent(QMouseEvent* event)
{
    const QString target = fieldAt(event->position().toPoint());
    if (target != m_hovered) {
        m_hovered = target;
        setCursor(target.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        setToolTip(target.isEmpty() || !m_document || !m_document->field(target)
                ? QString()
                : tr("%1: click to edit its transform").arg(target));
        update();
    }
    QWidget::mouseMoveEvent(event);
}

bool FieldConnectorView::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::LayoutRequest:
        update();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Syncline
