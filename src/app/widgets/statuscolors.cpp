// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolors.h"

#include <QPalette>

namespace Syncline {

bool StatusColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColors::color(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Error:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb0, 0x1c, 0x1c);
    case Role::Success:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x23, 0x6b, 0x33);
    case Role::Warning:
        return dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x4b, 0x00);
    case Role::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1d, 0x4f, 0x91);
    }
    return palette.color(QPalette::WindowText);
}

} // namespace Syncline
