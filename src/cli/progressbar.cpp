// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressbar.h"

#include <QLocale>

#include <cmath>

namespace Syncline {

namespace {

constexpr int barWidth = 20;
constexpr qint64 redrawMilliseconds = 100;

QString grouped(qint64 value)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(value);
}

} // namespace

ProgressBar::ProgressBar(QTextStream& stream, bool enabled)
    : m_stream(stream)
    , m_enabled(enabled)
{ }

ProgressBar::~ProgressBar()
{
    clear();
}

void ProgressBar::update(const RunProgress& progress, const QString& note)
{
    if (!m_enabled)
        return;
    if (m_drawn && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < redrawMilliseconds)
        return;
    m_sinceDraw.start();
    // "\x1b[K" erases what a longer previous line left behind.
    m_stream << '\r' << render(progress, note) << "\x1b[K";
    m_stream.flush();
    m_drawn = true;
}

void ProgressBar::clear()
{
    if (!m_enabled || !m_drawn)
        return;
    m_stream << "\r\x1b[K";
    m_stream.flush();
    m_drawn = false;
}

QString ProgressBar::render(const RunProgress& progress, const QString& note)
{
    QStringList parts;
    if (progress.estimated > 0) {
        const double fraction
            = qBound(0.0, double(progress.processed) / double(progress.estimated), 1.0);
        const int filled = int(fraction * barWidth);
        parts.append(QLatin1Char('[') + QString(filled, QLatin1Char('#'))
            + QString(barWidth - filled, QLatin1Char('-'))
            + QStringLiteral("] %1%").arg(int(fraction * 100), 3));
    }
    parts.append(QStringLiteral("%1 rows").arg(grouped(progress.processed)));
    if (progress.rowsPerSecond > 0)
        parts.append(
            QStringLiteral("%1 rows/s").arg(grouped(qint64(std::llround(progress.rowsPerSecond)))));
    if (progress.etaSeconds >= 0)
        parts.append(QStringLiteral("ETA ") + duration(progress.etaSeconds));
    if (!note.isEmpty())
        parts.append(note);
    return parts.join(QStringLiteral("  "));
}

QString ProgressBar::duration(double seconds)
{
    const qint64 total = qint64(std::ceil(qMax(0.0, seconds)));
    if (total < 60)
        return QStringLiteral("%1s").arg(total);
    if (total < 3600)
        return QStringLiteral("%1m%2s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h%2m").arg(total / 3600).arg(total / 60 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Syncline
