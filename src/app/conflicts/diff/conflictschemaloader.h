// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictfieldschema.h"
#include "core/result.h"

namespace Syncline {

// Reads the fields of a job's mapping, planned against both endpoints' schemas as a run
// plans them, so the review shows the same field order and types the resolver writes with.
// Opens the workspace and both endpoints: call it on a pool thread (WorkspaceTasks::run).
class ConflictSchemaLoader final
{
public:
    static Result<QList<ConflictFieldSchema>> load(
        const QString& workspaceLocation, const QString& job);
};

} // namespace Syncline
