// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreport.h"

#include <QJsonArray>

namespace Syncline {

namespace {

QString kindName(PlannedChange::Kind kind)
{
    switch (kind) {
    case PlannedChange::Kind::Insert:
        return QStringLiteral("insert");
    case PlannedChange::Kind::Update:
        return QStringLiteral("update");
    case PlannedChange::Kind::Delete:
        return QStringLiteral("delete");
    }
    return QString();
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput:
        return QStringLiteral("bad-input");
    case ErrorKind::Runtime:
        return QStringLiteral("runtime");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

} // namespace

QJsonObject RunReport::toJson() const
{
    QJsonObject object {
        { QStringLiteral("run"), runId },
        { QStringLiteral("job"), job },
        { QStringLiteral("status"), RunRecord::toString(status) },
        { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("inserted"), counts.inserted },
        { QStringLiteral("updated"), counts.updated },
        { QStringLiteral("deleted"), counts.deleted },
        { QStringLiteral("unchanged"), counts.unchanged },
        { QStringLiteral("quarantined"), counts.quarantined },
        { QStringLiteral("conflicts"), counts.conflicts },
        { QStringLiteral("policy_resolved"), policyResolved },
        { QStringLiteral("filtered_out"), filteredOut },
        { QStringLiteral("source_rows"), counts.sourceRows },
        { QStringLiteral("target_rows"), counts.targetRows },
        { QStringLiteral("seconds"), seconds },
    };
    if (status != RunRecord::Status::Succeeded) {
        object.insert(QStringLiteral("error"), error.message);
        object.insert(QStringLiteral("error_kind"), errorKindName(error.kind));
    }
    if (dryRun) {
        QJsonArray changes;
        for (const PlannedChange& change : planned) {
            QJsonObject c { { QStringLiteral("kind"), kindName(change.kind) },
                { QStringLiteral("key"), change.key } };
            if (!change.before.isEmpty())
                c.insert(QStringLiteral("before"), change.before);
            if (!change.after.isEmpty())
                c.insert(QStringLiteral("after"), change.after);
            changes.append(c);
        }
        object.insert(QStringLiteral("planned"), changes);
        object.insert(QStringLiteral("planned_total"), plannedTotal);
    }
    return object;
}

} // namespace Syncline
