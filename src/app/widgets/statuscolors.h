// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace Syncline {

// The colours of status text and marks (failed red, succeeded green, cancelled amber, dry run
// blue) chosen for the palette they are drawn on: the dark shades on a light window, light
// shades on a dark one, so both schemes stay readable. Stateless; any thread.
class StatusColors final
{
public:
    enum class Role { Error, Success, Warning, Info };

    static QColor color(Role role, const QPalette& palette);
    static QColor error(const QPalette& palette) { return color(Role::Error, palette); }
    static QColor success(const QPalette& palette) { return color(Role::Success, palette); }
    static QColor warning(const QPalette& palette) { return color(Role::Warning, palette); }
    static QColor info(const QPalette& palette) { return color(Role::Info, palette); }
    // Whether the palette's window is dark (a dark colour scheme).
    static bool isDark(const QPalette& palette);
};

} // namespace Syncline
