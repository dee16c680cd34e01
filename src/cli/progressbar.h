// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runreport.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace Syncline {

// The one-line progress display of `synclinectl run` on stderr:
//   [##########----------]  52%  123,456 rows  45,000 rows/s  ETA 3s
// redrawn in place with '\r' at most ten times a second; does nothing when disabled (stderr
// is not a terminal). Used on the thread that runs the job, from its progress callback.
class ProgressBar final
{
public:
    ProgressBar(QTextStream& stream, bool enabled);
    ~ProgressBar();
    Q_DISABLE_COPY_MOVE(ProgressBar)

    // `note` is shown after the numbers ("cancelling after this batch...").
    void update(const RunProgress& progress, const QString& note = {});
    // Erases the line, so that what follows starts on a clean one.
    void clear();

    // The text of one redraw; exposed for tests.
    static QString render(const RunProgress& progress, const QString& note = {});
    static QString duration(double seconds); // "3s", "2m05s", "1h02m"

private:
    QTextStream& m_stream;
    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_sinceDraw;
};

} // namespace Syncline
