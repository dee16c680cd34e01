// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Syncline {

// "syncline.connectors": QT_LOGGING_RULES="syncline.connectors.debug=true" shows the SQL the
// connectors run and their timings.
Q_DECLARE_LOGGING_CATEGORY(lcConnectors)

} // namespace Syncline
