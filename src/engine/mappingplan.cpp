// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingplan.h"

namespace Syncline {

QStringList MappingPlan::targetColumns() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const PlannedField& f : fields)
        names.append(f.target);
    return names;
}

QList<FieldType> MappingPlan::fieldTypes() const
{
    QList<FieldType> types;
    types.reserve(fields.size());
    for (const PlannedField& f : fields)
        types.append(f.type);
    return types;
}

QStringList MappingPlan::keyNames() const
{
    QStringList names;
    for (int i : keyFields)
        names.append(fields[i].target);
    return names;
}

QList<FieldType> MappingPlan::keyTypes() const
{
    QList<FieldType> types;
    for (int i : keyFields)
        types.append(fields[i].type);
    return types;
}

} // namespace Syncline
