// SPDX-License-Identifier: GPL-3.0-or-later
#include "runrecord.h"

namespace Syncline {

QString RunRecord::toString(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

RunRecord::Status RunRecord::statusFromString(const QString& text)
{
    if (text == u"running")
        return Status::Running;
    if (text == u"succeeded")
        return Status::Succeeded;
    if (text == u"cancelled")
        return Status::Cancelled;
    // "failed", and anything this build does not know: never report an unknown run as good.
    return Status::Failed;
}

} // namespace Syncline
