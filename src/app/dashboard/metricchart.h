// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Syncline {

// One chart of the dashboard: one or more lines over time (x: ms since the epoch, UTC), each
// point tied to the run that produced it. Lines longer than the drawing budget are reduced
// with Lttb before they reach QtCharts, so 100,000 points draw as fast as a thousand. Hovering
// a point shows its value and time; clicking it asks to open its run. Child of DashboardView;
// GUI thread.
class MetricChart final : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QColor color;
        QList<QPointF> points; // sorted by x
        QList<qint64> runIds; // parallel to points; 0 when unknown
    };
    // At most this many points per line reach QtCharts.
    static constexpr int s_drawBudget = 1000;

    explicit MetricChart(const QString& title, QWidget* parent = nullptr);

    // How values read: "%1 ms", "%1 rows/s"... `scale` divides values for display.
    void setUnit(const QString& axisTitle, const QString& valueFormat, double scale = 1);
    void setLines(const QList<Line>& lines, qint64 fromMs, qint64 toMs);
    // The value axis always shows at least 0..minimumTop (counts: 5), at most 0..maximumTop
    // (percentages: 100); 0 for no bound.
    void setValueBounds(double minimumTop, double maximumTop);

    QList<QLineSeries*> lineSeries() const { return m_series; }
    qsizetype pointCount(int line) const; // drawn points
    QString title() const;
    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    QValueAxis* valueAxis() const { return m_valueAxis; }

    // The run of the drawn point of `line` nearest to `point` (x), 0 if none.
    qint64 runNear(int line, const QPointF& point) const;
    // What hovering `point` of `line` shows.
    QString toolTipFor(int line, const QPointF& point) const;
    // What a click on `point` of `line` does: emits runActivated() for its run.
    void activate(int line, const QPointF& point);

signals:
    void runActivated(qint64 runId);

private:
    qsizetype nearest(int line, const QPointF& point) const;

    QList<QLineSeries*> m_series;
    QList<QList<QPointF>> m_drawn; // per line, what the series holds
    QList<QList<qint64>> m_drawnRuns; // parallel to m_drawn
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QLabel* m_empty = nullptr;
    QString m_valueFormat = QStringLiteral("%1");
    double m_scale = 1;
    double m_minimumTop = 0;
    double m_maximumTop = 0;
    qint64 m_spanMs = 0;
};

} // namespace Syncline
