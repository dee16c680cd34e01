// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/alertevent.h"

namespace Syncline {

// What the console offers alerts to show a desktop notification (its tray icon). The engine
// has no widgets: MainWindow implements this and hands it to AlertMonitor. Called on the
// thread of the QObject given with it.
class DesktopNotifier
{
public:
    virtual ~DesktopNotifier() = default;
    // Returns false when nothing could be shown (no tray on this desktop).
    virtual bool showAlert(const AlertEvent& event, const QString& title, const QString& text) = 0;
};

} // namespace Syncline
