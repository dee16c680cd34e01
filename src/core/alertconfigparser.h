// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertchannelconfig.h"
#include "alertruleconfig.h"
#include "result.h"

#include <QJsonObject>

namespace Syncline {

// Reads and writes the "alerts" and "channels" items of the config JSON, as strictly as
// ConfigParser reads the rest: errors start with the JSON path ("$.alerts[0].window: ...").
// ConfigParser calls it for the whole document; references (channels, jobs) are checked by
// WorkspaceConfig::checkReferences.
class AlertConfigParser final
{
public:
    static Result<AlertRuleConfig> parseRule(const QJsonObject& object, const QString& path);
    static Result<AlertChannelConfig> parseChannel(const QJsonObject& object, const QString& path);
    static QJsonObject toJson(const AlertRuleConfig& rule);
    static QJsonObject toJson(const AlertChannelConfig& channel);

    static QString toString(AlertRuleConfig::Kind kind);
    static QString toString(AlertRuleConfig::Measure measure);
    static QString toString(AlertRuleConfig::Severity severity);
    static QString toString(AlertChannelConfig::Kind kind);
    static QString toString(AlertChannelConfig::Security security);

    // "90s", "10m", "2h", "1d", "1w" -> seconds. The error says what was expected.
    static Result<qint64> parseDuration(const QString& text);
    // The shortest exact form: 600 -> "10m", 90 -> "90s".
    static QString durationText(qint64 seconds);
};

} // namespace Syncline
