// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleview.h"

namespace Syncline {

ConsoleView::ConsoleView(QWidget* parent)
    : QWidget(parent)
{ }

} // namespace Syncline
