// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictrecord.h"

namespace Syncline {

QString ConflictRecord::toString(Kind kind)
{
    switch (kind) {
    case Kind::UpdateUpdate:
        return QStringLiteral("update/update");
    case Kind::UpdateDelete:
        return QStringLiteral("update/delete");
    case Kind::InsertInsert:
        return QStringLiteral("insert/insert");
    }
    return QStringLiteral("update/update");
}

ConflictRecord::Kind ConflictRecord::kindFromString(const QString& text)
{
    if (text == u"update/delete")
        return Kind::UpdateDelete;
    if (text == u"insert/insert")
        return Kind::InsertInsert;
    // "update/update", and anything this build does not know: the kind with both rows.
    return Kind::UpdateUpdate;
}

QString ConflictRecord::toString(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("pending");
}

} // namespace Syncline
