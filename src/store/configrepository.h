// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspaceconfig.h"

namespace Syncline {

class Workspace;

// Endpoints, mappings and jobs as stored in the workspace (one JSON document per item, in
// the config file's own format). Every change is one transaction and writes an audit entry.
// Used on the thread that opened the Workspace; does not own it.
class ConfigRepository final
{
public:
    explicit ConfigRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    Result<WorkspaceConfig> load() const;
    // All or nothing: merges `config` into what is stored (items of the same name are
    // replaced), checks references, writes, audits; on any error nothing is written.
    Status import(const WorkspaceConfig& config, const QString& actor);
    // Single-item edits for the console, with the same reference checks.
    Status saveEndpoint(const EndpointConfig& endpoint, const QString& actor);
    Status saveMapping(const MappingConfig& mapping, const QString& actor);
    Status saveJob(const JobConfig& job, const QString& actor);
    // Refuses to remove an item something else still references.
    Status removeEndpoint(const QString& name, const QString& actor);
    Status removeMapping(const QString& name, const QString& actor);
    Status removeJob(const QString& name, const QString& actor);

private:
    Workspace& m_workspace;
};

} // namespace Syncline
