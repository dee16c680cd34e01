// SPDX-License-Identifier: GPL-3.0-or-later
#include "appresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initSynclineResources()
{
    Q_INIT_RESOURCE(syncline);
}

namespace Syncline {

void initAppResources()
{
    static const bool once = [] {
        initSynclineResources();
        return true;
    }();
    Q_UNUSED(once);
}

} // namespace Syncline
