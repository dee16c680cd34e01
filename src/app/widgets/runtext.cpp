// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtext.h"

#include <QLocale>

#include <cmath>

namespace Syncline {

QString RunText::status(RunRecord::Status status)
{
    switch (status) {
    case RunRecord::Status::Running:
        return tr("Running");
    case RunRecord::Status::Succeeded:
        return tr("Succeeded");
    case RunRecord::Status::Failed:
        return tr("Failed");
    case RunRecord::Status::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString RunText::status(RunRecord::Status status, bool dryRun)
{
    if (!dryRun)
        return RunText::status(status);
    switch (status) {
    case RunRecord::Status::Running:
        return tr("Running (dry run)");
    case RunRecord::Status::Succeeded:
        return tr("Succeeded (dry run)");
    case RunRecord::Status::Failed:
        return tr("Failed (dry run)");
    case RunRecord::Status::Cancelled:
        return tr("Cancelled (dry run)");
    }
    return QString();
}

QString RunText::duration(double seconds)
{
    const QLocale locale;
    if (seconds < 0)
        return QString();
    if (seconds < 1 && seconds != std::floor(seconds))
        return tr("%1 s").arg(locale.toString(seconds, 'f', 2));
    if (seconds < 10 && seconds != std::floor(seconds))
        return tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    const qint64 whole = qRound64(seconds);
    if (whole < 60)
        return tr("%1 s").arg(whole);
    if (whole < 3600)
        return tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    return tr("%1 h %2 min").arg(whole / 3600).arg((whole % 3600) / 60);
}

QString RunText::seconds(double seconds)
{
    return QLocale().toString(seconds, 'f', 2);
}

QString RunText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString RunText::timestamp(const QDateTime& utc)
{
    if (!utc.isValid())
        return QString();
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString RunText::progress(const RunProgress& progress)
{
    const QString rows = count(progress.processed);
    const QString rate = count(qRound64(progress.rowsPerSecond));
    if (progress.etaSeconds >= 0) {
        //: rows read · rows per second · estimated time left
        return tr("%1 rows · %2 rows/s · ETA %3")
            .arg(rows, rate, duration(std::ceil(progress.etaSeconds)));
    }
    //: rows read · rows per second
    return tr("%1 rows · %2 rows/s").arg(rows, rate);
}

} // namespace Syncline
