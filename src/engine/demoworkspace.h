// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Syncline {

// Sets up the demo: two SQLite databases with deterministic, realistic data (a CRM source
// with customers and orders, an empty "edge" target) and the endpoints, mappings and jobs
// that sync them, imported into a workspace that has no job yet. Used by `synclinectl demo`
// and `make run`; stateless, runs on the calling thread (opens its own connections).
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::DemoWorkspace)

public:
    // `dataDir` empty: the workspace's directory + "/demo". Returns a message for the user:
    // what was created, or why nothing was done (the workspace already has jobs).
    static Result<QString> create(const QString& workspaceLocation, const QString& dataDir);
};

} // namespace Syncline
