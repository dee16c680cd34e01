// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "mappingplan.h"

namespace Syncline {

class Connection;
class ReferenceResolver;

// Resolves a MappingConfig against the schemas of its source and target (introspected
// through the connections) into a MappingPlan. Every problem is a BadInput error naming the
// mapping, the field, the table and the column. Runs on the run's thread.
class MappingPlanner final
{
public:
    // Lookup fields need `references` (they are refused without it): each becomes a
    // reference of it, read by key when rows are mapped. The source's row count (a table
    // scan on SQLite) is read only with `countSourceRows`: full runs show progress with it.
    static Result<MappingPlan> plan(const MappingConfig& mapping, Connection& source,
        Connection& target, const QString& changeColumn = QString(),
        ReferenceResolver* references = nullptr, bool countSourceRows = true);
    // The same mapping with source and target swapped, for pull jobs. Only column and cast
    // fields can flow back. The row filter and the validation rules speak of the mapping's
    // source rows and target fields, so they apply in its own direction only: a pull job
    // runs without them.
    static Result<MappingConfig> reversed(const MappingConfig& mapping);
};

} // namespace Syncline
