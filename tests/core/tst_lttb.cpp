// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lttb.h"

#include <QTest>

#include <cmath>

using namespace Syncline;

class tst_Lttb : public QObject
{
    Q_OBJECT

private slots:
    void shortSeriesIsKept_data();
    void shortSeriesIsKept();
    void outputHasThresholdPoints_data();
    void outputHasThresholdPoints();
    void keepsFirstAndLast();
    void keepsPeaksAndDips();
    void indexesAscend();
};

namespace {

QList<QPointF> wave(int n)
{
    QList<QPointF> points;
    points.reserve(n);
    for (int i = 0; i < n; ++i)
        points.append(QPointF(i, std::sin(i / 50.0) * 10 + (i % 7)));
    return points;
}

} // namespace

void tst_Lttb::shortSeriesIsKept_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("threshold");
    QTest::newRow("empty") << 0 << 10;
    QTest::newRow("fewer than threshold") << 5 << 10;
    QTest::newRow("equal") << 10 << 10;
    QTest::newRow("threshold below 3") << 100 << 2;
}

void tst_Lttb::shortSeriesIsKept()
{
    QFETCH(int, size);
    QFETCH(int, threshold);
    const QList<QPointF> points = wave(size);
    QCOMPARE(Lttb::downsample(points, threshold), points);
}

void tst_Lttb::outputHasThresholdPoints_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("threshold");
    QTest::newRow("100 to 3") << 100 << 3;
    QTest::newRow("1000 to 10") << 1000 << 10;
    QTest::newRow("100000 to 1500") << 100000 << 1500;
    QTest::newRow("11 to 10") << 11 << 10;
}

void tst_Lttb::outputHasThresholdPoints()
{
    QFETCH(int, size);
    QFETCH(int, threshold);
    QCOMPARE(Lttb::downsample(wave(size), threshold).size(), threshold);
}

void tst_Lttb::keepsFirstAndLast()
{
    const QList<QPointF> points = wave(5000);
    const QList<QPointF> out = Lttb::downsample(points, 50);
    QCOMPARE(out.first(), points.first());
    QCOMPARE(out.last(), points.last());
}

void tst_Lttb::keepsPeaksAndDips()
{
    // A flat line with one spike and one dip: both must survive a 100x reduction.
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append(QPointF(i, 1.0));
    points[3333].setY(500.0);
    points[7777].setY(-300.0);
    const QList<QPointF> out = Lttb::downsample(points, 100);
    QVERIFY(out.contains(QPointF(3333, 500.0)));
    QVERIFY(out.contains(QPointF(7777, -300.0)));
    double maxY = 0;
    for (const QPointF& p : out)
        maxY = qMax(maxY, p.y());
    QCOMPARE(maxY, 500.0);
}

void tst_Lttb::indexesAscend()
{
    const QList<qsizetype> kept = Lttb::select(wave(20000), 333);
    QCOMPARE(kept.size(), 333);
    for (qsizetype i = 1; i < kept.size(); ++i)
        QVERIFY2(kept[i] > kept[i - 1], qPrintable(QString::number(i)));
}

QTEST_GUILESS_MAIN(tst_Lttb)
#include "tst_lttb.moc"
