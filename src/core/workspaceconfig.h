// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertchannelconfig.h"
#include "alertruleconfig.h"
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
    QList<AlertRuleConfig> alerts;
    QList<AlertChannelConfig> channels;

    const EndpointConfig* endpoint(const QString& name) const;
    const MappingConfig* mapping(const QString& name) const;
    const JobConfig* job(const QString& name) const;
    const AlertRuleConfig* alert(const QString& name) const;
    const AlertChannelConfig* channel(const QString& name) const;

    // This config with other's items added, replacing items of the same name.
    WorkspaceConfig mergedWith(const WorkspaceConfig& other) const;
    // Every mapping names known endpoints, every job a known mapping, every alert rule a known
    // job (or "*") and known channels.
    Status checkReferences() const;

    bool operator==(const WorkspaceConfig&) const = default;
};

} // namespace Syncline
