// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictrule.h"
#include "core/result.h"

#include <QList>

namespace Syncline {

class Workspace;

// The saved conflict resolution rules of a workspace, by name. Checks what can be checked
// without a job (a name, a field for Newest, a script for Script); the engine compiles the
// script when a rule is used. Does not audit (the caller does, in the same transaction).
// Used on the thread that opened the Workspace.
class ConflictRuleRepository final
{
public:
    explicit ConflictRuleRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    Result<QList<ConflictRule>> list() const; // by name
    Result<ConflictRule> get(const QString& name) const; // BadInput naming it when unknown
    // Inserts, or replaces the rule of the same name.
    Status save(const ConflictRule& rule);
    Status remove(const QString& name);

    static Status check(const ConflictRule& rule);

private:
    Workspace& m_workspace;
};

} // namespace Syncline
