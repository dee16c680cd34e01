// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "mappingplan.h"

namespace Syncline {

class Connection;

// Resolves a MappingConfig against the schemas of its source and target (introspected
// through the connections) into a MappingPlan. Every problem is a BadInput error naming the
// mapping, the field, the table and the column. Runs on the run's thread.
class MappingPlanner final
{
public:
    static Result<MappingPlan> plan(const MappingConfig& mapping, Connection& source,
        Connection& target, const QString& changeColumn = QString());
    // The same mapping with source and target swapped, for pull jobs. Only column and cast
    // fields can flow back.
    static Result<MappingConfig> reversed(const MappingConfig& mapping);
};

} // namespace Syncline
