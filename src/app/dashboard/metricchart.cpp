// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricchart.h"

#include "core/lttb.h"

#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Syncline {

namespace {

constexpr qint64 s_dayMs = 86400 * 1000LL;

} // namespace

MetricChart::MetricChart(const QString& title, QWidget* parent)
    : QChartView(parent)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
    , m_empty(new QLabel(this))
{
    auto* chart = new QChart; // owned by the view
    setChart(chart);
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 2, 8, 2));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setFont(font());
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    for (QAbstractAxis* axis :
        { static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis) }) {
        axis->setLabelsFont(axisFont);
        axis->setGridLineColor(QColor(0xe4, 0xe4, 0xe4));
        axis->setLinePenColor(QColor(0xc8, 0xc8, 0xc8));
    }
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setMin(0);
    m_valueAxis->setTickCount(5);
    m_timeAxis->setTickCount(7);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(250);
    setFrameShape(QFrame::StyledPanel);

    m_empty->setText(tr("No runs in this range"));
    m_empty->setAlignment(Qt::AlignCenter);
    QPalette palette = m_empty->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    m_empty->setPalette(palette);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
}

void MetricChart::setValueBounds(double minimumTop, double maximumTop)
{
    m_minimumTop = minimumTop;
    m_maximumTop = maximumTop;
}

void MetricChart::setUnit(const QString& axisTitle, const QString& valueFormat, double scale)
{
    if (m_valueAxis->titleText() != axisTitle)
        m_valueAxis->setTitleText(axisTitle);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    m_valueAxis->setTitleFont(axisFont);
    m_valueFormat = valueFormat;
    m_scale = scale > 0 ? scale : 1;
}

QString MetricChart::title() const
{
    return chart()->title();
}

void MetricChart::setLines(const QList<Line>& lines, qint64 fromMs, qint64 toMs)
{
    QChart* c = chart();
    // Rebuilt rather than updated: a handful of series, each replaced in one call.
    for (QLineSeries* series : std::as_const(m_series)) {
        c->removeSeries(series);
        delete series;
    }
    m_series.clear();
    m_drawn.clear();
    m_drawnRuns.clear();
    m_spanMs = qMax<qint64>(1, toMs - fromMs);

    double top = 0;
    bool any = false;
    for (const Line& line : lines) {
        // Downsampled here, on the GUI thread, but in linear time: 100,000 points take a
        // couple of milliseconds, and QtCharts then only sees the budget.
        const QList<qsizetype> kept = Lttb::select(line.points, s_drawBudget);
        QList<QPointF> drawn;
        QList<qint64> runs;
        drawn.reserve(kept.size());
        runs.reserve(kept.size());
        for (qsizetype i : kept) {
            const QPointF& p = line.points[i];
            drawn.append(QPointF(p.x(), p.y() / m_scale));
            runs.append(line.runIds.value(i));
            top = qMax(top, p.y() / m_scale);
        }
        any = any || !drawn.isEmpty();
        auto* series = new QLineSeries;
        series->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(1.6);
        series->setPen(pen);
        series->setPointsVisible(drawn.size() <= 60);
        series->replace(drawn);
        c->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        const int index = int(m_series.size());
        connect(series, &QLineSeries::hovered, this, [this, index](const QPointF& point, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), toolTipFor(index, point), this);
            else
                QToolTip::hideText();
        });
        connect(series, &QLineSeries::clicked, this,
            [this, index](const QPointF& point) { activate(index, point); });
        m_series.append(series);
        m_drawn.append(drawn);
        m_drawnRuns.append(runs);
    }
    c->legend()->setVisible(lines.size() > 1);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC).toLocalTime(),
        QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC).toLocalTime());
    m_timeAxis->setFormat(m_spanMs <= s_dayMs ? QStringLiteral("HH:mm") : QStringLiteral("d MMM"));
    double axisTop = qMax(top * 1.1, m_minimumTop > 0 ? m_minimumTop : 1.0);
    if (m_maximumTop > 0)
        axisTop = qMin(axisTop, m_maximumTop);
    // Four intervals of a round step (1, 2, 2.5 or 5 times a power of ten).
    const double raw = axisTop / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 5;
    for (const double factor : { 1.0, 2.0, 2.5, 5.0 }) {
        if (magnitude * factor >= raw) {
            step = magnitude * factor;
            break;
        }
    }
    m_valueAxis->setRange(0, step * 4);
    m_valueAxis->setLabelFormat(std::floor(step) == step ? QStringLiteral("%.0f")
            : step >= 0.1                                ? QStringLiteral("%.1f")
                                                         : QStringLiteral("%.2f"));
    m_empty->setVisible(!any);
}

qsizetype MetricChart::pointCount(int line) const
{
    return m_drawn.value(line).size();
}

qsizetype MetricChart::nearest(int line, const QPointF& point) const
{
    const QList<QPointF> drawn = m_drawn.value(line);
    if (drawn.isEmpty())
        return -1;
    const auto it = std::lower_bound(drawn.cbegin(), drawn.cend(), point.x(),
        [](const QPointF& p, double x) { return p.x() < x; });
    qsizetype index = it - drawn.cbegin();
    if (index >= drawn.size())
        index = drawn.size() - 1;
    if (index > 0 && point.x() - drawn[index - 1].x() < drawn[index].x() - point.x())
        --index;
    return index;
}

qint64 MetricChart::runNear(int line, const QPointF& point) const
{
    const qsizetype index = nearest(line, point);
    return index < 0 ? 0 : m_drawnRuns[line].value(index);
}

QString MetricChart::toolTipFor(int line, const QPointF& point) const
{
    const qsizetype index = nearest(line, point);
    if (index < 0)
        return QString();
    const QPointF p = m_drawn[line][index];
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).toLocalTime();
    const QLocale locale;
    const QString value = m_valueFormat.arg(locale.toString(p.y(), 'f', p.y() < 10 ? 2 : 1));
    const qint64 run = m_drawnRuns[line].value(index);
    //: series name, value, time; then how to open the run
    QString text
        = tr("<b>%1</b>: %2<br>%3")
              .arg(m_series[line]->name(), value, locale.toString(at, QLocale::ShortFormat));
    if (run > 0)
        text += tr("<br>Run %1 · click to open it").arg(run);
    return text;
}

void MetricChart::activate(int line, const QPointF& point)
{
    if (const qint64 run = runNear(line, point); run > 0)
        emit runActivated(run);
}

} // namespace Syncline
