// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobconfig.h"
#include "core/result.h"
#include "keyedrow.h"
#include "mappingplan.h"
#include "threewaymerge.h"

#include <QJSEngine>

#include <memory>

namespace Syncline {

// How a conflict is settled by a job's policy.
struct PolicyDecision
{
    enum class Verdict { Source, Target, Merged, Manual };
    Verdict verdict = Verdict::Manual;
    QVariantList row; // Merged: the canonical row to write to both sides
    QString note; // Manual: why (e.g. the rule threw)
};

// Applies a job's conflict policy (source-wins, target-wins, newest-wins, first-wins, manual,
// rule) to one conflict. A rule is a JavaScript function (base, source, target, conflict)
// compiled once per run; if it throws or returns something invalid the row goes to manual
// with the error as note, and the run goes on. One instance per run thread.
class ConflictPolicy final
{
public:
    ConflictPolicy(const JobConfig& job, const MappingPlan& plan, const ThreeWayMerge& merge);
    ~ConflictPolicy();
    Q_DISABLE_COPY_MOVE(ConflictPolicy)

    Status prepare(); // compiles the rule; BadInput when it is not a function

    PolicyDecision decide(const MergeOutcome& conflict, const KeyedRow* source,
        const KeyedRow* target, const QVariantList* base, const QString& keyText);

private:
    PolicyDecision byTime(const KeyedRow* source, const KeyedRow* target, bool newest) const;
    PolicyDecision byRule(const MergeOutcome& conflict, const KeyedRow* source,
        const KeyedRow* target, const QVariantList* base, const QString& keyText);
    QJSValue toJs(const QVariantList* values) const;

    JobConfig m_job;
    const MappingPlan& m_plan;
    const ThreeWayMerge& m_merge;
    int m_timeField = -1;
    std::unique_ptr<QJSEngine> m_engine;
    QJSValue m_rule;
};

} // namespace Syncline
