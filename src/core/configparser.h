// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertconfigparser.h"
#include "result.h"
#include "workspaceconfig.h"

#include <QByteArray>
#include <QJsonObject>

namespace Syncline {

// Reads and writes the config-as-code JSON document. Parsing is strict: an unknown key, a
// wrong type, a bad enum value, a duplicate name or a plaintext password is an error whose
// message starts with the source name and the JSON path ("f.json: $.jobs[0].mode: ...").
// References between items are checked by WorkspaceConfig::checkReferences once merged.
class ConfigParser final
{
public:
    static Result<WorkspaceConfig> parse(const QByteArray& json, const QString& sourceName);
    static QJsonObject toJson(const WorkspaceConfig& config);

    static QJsonObject toJson(const EndpointConfig& endpoint);
    static QJsonObject toJson(const MappingConfig& mapping);
    static QJsonObject toJson(const JobConfig& job);
    static Result<EndpointConfig> parseEndpoint(const QJsonObject& object, const QString& path);
    static Result<MappingConfig> parseMapping(const QJsonObject& object, const QString& path);
    static Result<JobConfig> parseJob(const QJsonObject& object, const QString& path);
    static QJsonObject toJson(const ScheduleConfig& schedule);
    static Result<ScheduleConfig> parseSchedule(const QJsonObject& object, const QString& path);
    // Alert rules and channels: AlertConfigParser does the work; these keep the item API
    // uniform for ConfigRepository.
    static QJsonObject toJson(const AlertRuleConfig& rule)
    {
        return AlertConfigParser::toJson(rule);
    }
    static QJsonObject toJson(const AlertChannelConfig& channel)
    {
        return AlertConfigParser::toJson(channel);
    }
    static Result<AlertRuleConfig> parseAlert(const QJsonObject& object, const QString& path)
    {
        return AlertConfigParser::parseRule(object, path);
    }
    static Result<AlertChannelConfig> parseChannel(const QJsonObject& object, const QString& path)
    {
        return AlertConfigParser::parseChannel(object, path);
    }

    static QString toString(JobConfig::Direction value);
    static QString toString(JobConfig::Mode value);
    static QString toString(JobConfig::Detect value);
    static QString toString(JobConfig::Deletes value);
};

} // namespace Syncline
