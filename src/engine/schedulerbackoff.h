// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/scheduleconfig.h"

namespace Syncline {

// The retry rule of scheduled runs: which failures are worth another try (the environment
// hiccupped: connection refused or reset, a timeout, a deadlock, a serialization failure,
// a busy database) and how long to wait before attempt n+1: exponential backoff with full
// jitter, a uniform draw from [0, min(max_delay, base * 2^(n-1))]. Stateless, any thread.
class SchedulerBackoff final
{
public:
    static bool isTransient(const Error& error);
    // The cap for the wait after failed attempt `attempt` (1 = first try).
    static qint64 ceilingMs(const ScheduleConfig& config, int attempt);
    // A random wait under that cap.
    static qint64 delayMs(const ScheduleConfig& config, int attempt);
};

} // namespace Syncline
