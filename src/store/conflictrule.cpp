// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictrule.h"

namespace Syncline {

QString ConflictRule::toString(Kind kind)
{
    switch (kind) {
    case Kind::TakeSource:
        return QStringLiteral("source");
    case Kind::TakeTarget:
        return QStringLiteral("target");
    case Kind::Newest:
        return QStringLiteral("newest");
    case Kind::Script:
        return QStringLiteral("script");
    }
    return QStringLiteral("source");
}

ConflictRule::Kind ConflictRule::kindFromString(const QString& text, bool* ok)
{
    if (ok)
        *ok = true;
    if (text == u"source")
        return Kind::TakeSource;
    if (text == u"target")
        return Kind::TakeTarget;
    if (text == u"newest")
        return Kind::Newest;
    if (text == u"script")
        return Kind::Script;
    if (ok)
        *ok = false;
    return Kind::TakeSource;
}

} // namespace Syncline
