// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictschemaloader.h"

#include "engine/jobsession.h"

namespace Syncline {

Result<QList<ConflictFieldSchema>> ConflictSchemaLoader::load(
    const QString& workspaceLocation, const QString& job)
{
    auto session = JobSession::open(workspaceLocation, job);
    if (!session)
        return session.error();
    const MappingPlan& plan = (*session)->plan;
    QList<ConflictFieldSchema> fields;
    for (qsizetype i = 0; i < plan.fields.size(); ++i) {
        const PlannedField& planned = plan.fields[i];
        ConflictFieldSchema field;
        field.name = planned.target;
        field.type = planned.type;
        field.isKey = plan.keyFields.contains(int(i));
        field.settable = !field.isKey
            && (planned.kind == FieldMapping::Kind::Column
                || planned.kind == FieldMapping::Kind::Cast);
        fields.append(field);
    }
    return fields;
}

} // namespace Syncline
