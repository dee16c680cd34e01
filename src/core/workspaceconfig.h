// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointconfig.h"
#include "jobconfig.h"
#include "mappingconfig.h"
#include "result.h"

#include <QList>

namespace Syncline {

// Everything an admin configures: the unit of import and export ("config as code").
struct WorkspaceConfig
{
    QList<EndpointConfig> endpoints;
    QList<MappingConfig> mappings;
    QList<JobConfig> jobs;

    const EndpointConfig* endpoint(const QString& name) const;
    const MappingConfig* mapping(const QString& name) const;
    const JobConfig* job(const QString& name) const;

    // This config with other's items added, replacing items of the same name.
    WorkspaceConfig mergedWith(const WorkspaceConfig& other) const;
    // Every mapping names known endpoints and every job a known mapping.
    Status checkReferences() const;

    bool operator==(const WorkspaceConfig&) const = default;
};

} // namespace Syncline
