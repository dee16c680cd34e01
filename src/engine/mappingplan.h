// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "core/mappingconfig.h"

#include <QVariant>

namespace Syncline {

// One target field of a resolved mapping.
struct PlannedField
{
    QString target; // target column
    FieldMapping::Kind kind = FieldMapping::Kind::Column;
    FieldType type; // canonical type both sides' values are converted to
    int sourceIndex = -1; // Column/Cast/Lookup: index into MappingPlan::sourceColumns
    QVariant constant; // Constant: canonical value
    int expressionIndex = -1; // Expression: index into MappingPlan::expressions
};

// A mapping resolved against both sides' schemas by MappingPlanner: which columns to read,
// how each target field is computed and with which canonical type, and the key. Value type.
struct MappingPlan
{
    MappingConfig mapping;
    QString sourceEndpoint;
    QString targetEndpoint;
    EntityInfo source;
    EntityInfo target;
    QList<PlannedField> fields; // in write order
    QList<int> keyFields; // indexes into fields, in key order
    QStringList sourceColumns; // read from the source, in this order
    QList<FieldType> sourceTypes; // declared canonical type of each source column
    QStringList sourceKeyColumns; // the source's ORDER BY, matching keyFields
    QStringList expressions; // JavaScript, compiled once per run
    int changeColumnIndex = -1; // index into sourceColumns of the watermark column

    QStringList targetColumns() const;
    QList<FieldType> fieldTypes() const;
    QStringList keyNames() const;
    QList<FieldType> keyTypes() const;
    QList<int> keyIndexes() const { return keyFields; }
};

} // namespace Syncline
