// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alertruleconfig.h"
#include "core/result.h"

#include <QDateTime>

namespace Syncline {

class AlertMeasurements;

// What one rule finds for one job right now: the measured value, whether that is past the
// threshold, and a sentence saying so.
struct AlertReading
{
    double value = 0;
    bool firing = false;
    QString message;
};

// Measures one rule for one job and compares with its threshold: error rate and latency fire
// above the threshold, consecutive failures and pending conflicts at or above it, "not run
// since" when the last run started longer ago than the window. No data (no runs in the
// window, no latency recorded) reads as not firing. Stateless; any thread.
class AlertRuleCheck final
{
public:
    static Result<AlertReading> read(const AlertMeasurements& measurements,
        const AlertRuleConfig& rule, const QString& job, const QDateTime& now);
};

} // namespace Syncline
