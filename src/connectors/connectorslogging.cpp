// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectorslogging.h"

namespace Syncline {

// Debug output only when asked for: it logs every statement the connectors build.
Q_LOGGING_CATEGORY(lcConnectors, "syncline.connectors", QtInfoMsg)

} // namespace Syncline
