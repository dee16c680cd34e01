// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Syncline {

// Registers the console's compiled-in resources (resources/syncline.qrc: the icons). They
// live in the static syncline_app library, whose registration the linker would otherwise
// drop. Idempotent; call on the GUI thread before the first icon is loaded.
void initAppResources();

} // namespace Syncline
