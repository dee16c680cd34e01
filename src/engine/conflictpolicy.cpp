// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictpolicy.h"

#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"

#include <QJSValueIterator>

namespace Syncline {

namespace {

PolicyDecision verdict(PolicyDecision::Verdict v, QString note = QString())
{
    PolicyDecision d;
    d.verdict = v;
    d.note = std::move(note);
    return d;
}

} // namespace

ConflictPolicy::ConflictPolicy(
    const JobConfig& job, const MappingPlan& plan, const ThreeWayMerge& merge)
    : m_job(job)
    , m_plan(plan)
    , m_merge(merge)
{ }

ConflictPolicy::~ConflictPolicy() = default;

Status ConflictPolicy::prepare()
{
    const QString where = QStringLiteral("job '%1'").arg(m_job.name);
    if (m_job.conflicts == u"newest-wins" || m_job.conflicts == u"first-wins") {
        for (qsizetype i = 0; i < m_plan.fields.size(); ++i) {
            if (m_plan.fields[i].target == m_job.newestField)
                m_timeField = int(i);
        }
        if (m_timeField < 0)
            return Error::badInput(QStringLiteral("%1: newest_field: '%2' is not a field of "
                                                  "mapping '%3'")
                                       .arg(where, m_job.newestField, m_plan.mapping.name));
    }
    if (m_job.conflicts == u"rule") {
        m_engine = std::make_unique<QJSEngine>();
        const QJSValue rule = m_engine->evaluate(QStringLiteral("(%1\n)").arg(m_job.rule));
        if (rule.isError() || !rule.isCallable())
            return Error::badInput(
                QStringLiteral("%1: rule: not a JavaScript function%2")
                    .arg(where,
                        rule.isError() ? QStringLiteral(" (") + rule.toString() + QLatin1Char(')')
                                       : QString()));
        // call() hands back a thrown string or object as if returned: catch in JavaScript.
        m_rule = m_engine->evaluate(
            QStringLiteral("(function(rule) { return function(b, s, t, c) { try { return { value: "
                           "rule(b, s, t, c) }; }"
                           " catch (e) { return { thrown: String(e) }; } }; })"));
        m_rule = m_rule.call({ rule });
        if (m_rule.isError() || !m_rule.isCallable())
            return Error::badInput(QStringLiteral("%1: rule: not a JavaScript function%2")
                                       .arg(where,
                                           m_rule.isError() ? QStringLiteral(" (")
                                                   + m_rule.toString() + QLatin1Char(')')
                                                            : QString()));
    }
    return {};
}

PolicyDecision ConflictPolicy::decide(const MergeOutcome& conflict, const KeyedRow* source,
    const KeyedRow* target, const QVariantList* base, const QString& keyText)
{
    using V = PolicyDecision::Verdict;
    const QString& policy = m_job.conflicts;
    if (policy == u"source-wins")
        return verdict(V::Source);
    if (policy == u"target-wins")
        return verdict(V::Target);
    if (policy == u"newest-wins" || policy == u"first-wins")
        return byTime(source, target, policy == u"newest-wins");
    if (policy == u"rule")
        return byRule(conflict, source, target, base, keyText);
    return verdict(V::Manual);
}

PolicyDecision ConflictPolicy::byTime(
    const KeyedRow* source, const KeyedRow* target, bool newest) const
{
    using V = PolicyDecision::Verdict;
    // A deletion carries no time: the side that still has the row wins.
    if (!source)
        return verdict(V::Target);
    if (!target)
        return verdict(V::Source);
    const FieldType type = m_plan.fields[m_timeField].type;
    const QVariant& s = source->values[m_timeField];
    const QVariant& t = target->values[m_timeField];
    const auto ordering = QVariant::compare(s, t);
    const bool tie = (s.isNull() && t.isNull()) || ordering == QPartialOrdering::Equivalent
        || ordering == QPartialOrdering::Unordered;
    Q_UNUSED(type)
    if (tie)
        return verdict(m_job.tieWinner == u"target" ? V::Target : V::Source);
    const bool sourceLater = ordering == QPartialOrdering::Greater;
    return verdict(sourceLater == newest ? V::Source : V::Target);
}

QJSValue ConflictPolicy::toJs(const QVariantList* values) const
{
    if (!values)
        return QJSValue(QJSValue::NullValue);
    QJSValue object = m_engine->newObject();
    for (qsizetype i = 0; i < m_plan.fields.size() && i < values->size(); ++i) {
        const QJsonValue json = CanonicalFormatter::toJson((*values)[i], m_plan.fields[i].type);
        object.setProperty(m_plan.fields[i].target, m_engine->toScriptValue(json.toVariant()));
    }
    return object;
}

PolicyDecision ConflictPolicy::byRule(const MergeOutcome& conflict, const KeyedRow* source,
    const KeyedRow* target, const QVariantList* base, const QString& keyText)
{
    using V = PolicyDecision::Verdict;
    QJSValue info = m_engine->newObject();
    info.setProperty(QStringLiteral("kind"), ConflictRecord::toString(conflict.kind));
    info.setProperty(QStringLiteral("key"), keyText);
    QJSValue fields = m_engine->newArray(uint(conflict.conflictFields.size()));
    for (qsizetype i = 0; i < conflict.conflictFields.size(); ++i)
        fields.setProperty(quint32(i), m_plan.fields[conflict.conflictFields[i]].target);
    info.setProperty(QStringLiteral("fields"), fields);

    const QJSValue wrapped = m_rule.call({ toJs(base), toJs(source ? &source->values : nullptr),
        toJs(target ? &target->values : nullptr), info });
    if (wrapped.hasProperty(QStringLiteral("thrown")))
        return verdict(V::Manual,
            QStringLiteral("rule threw %1")
                .arg(wrapped.property(QStringLiteral("thrown")).toString()));
    QJSValue result = wrapped.property(QStringLiteral("value"));
    // Whatever was thrown (an Error, a string, an object) is an error, never a verdict.
    if (m_engine->hasError())
        return verdict(
            V::Manual, QStringLiteral("rule threw %1").arg(m_engine->catchError().toString()));
    if (result.isError())
        return verdict(V::Manual, QStringLiteral("rule threw %1").arg(result.toString()));
    if (result.isString()) {
        const QString choice = result.toString();
        if (choice == u"source")
            return verdict(V::Source);
        if (choice == u"target")
            return verdict(V::Target);
        if (choice == u"manual")
            return verdict(V::Manual, QStringLiteral("the rule chose manual review"));
        return verdict(V::Manual,
            QStringLiteral("rule returned '%1' (expected \"source\", "
                           "\"target\", \"manual\" or a row)")
                .arg(choice));
    }
    if (!result.isObject() || result.isArray() || result.isCallable() || (!source && !target))
        return verdict(V::Manual,
            QStringLiteral("rule returned %1 (expected \"source\", "
                           "\"target\", \"manual\" or a row)")
                .arg(result.toString()));
    // A merged row: the fields it names, the rest from the field-level merge (or from the
    // side that still has the row, when the other deleted it).
    PolicyDecision decision = verdict(V::Merged);
    decision.row = source && target
        ? m_merge.mergeFields(base, source->values, target->values, true)
        : (source ? source->values : target->values);
    QJSValueIterator it(result);
    while (it.hasNext()) {
        it.next();
        qsizetype index = -1;
        for (qsizetype i = 0; i < m_plan.fields.size(); ++i) {
            if (m_plan.fields[i].target == it.name())
                index = i;
        }
        if (index < 0)
            return verdict(
                V::Manual, QStringLiteral("rule returned unknown field '%1'").arg(it.name()));
        if (m_plan.keyFields.contains(int(index)))
            continue; // the key is not the rule's to change
        auto value = Canonicalizer::canonicalize(it.value().toVariant(), m_plan.fields[index].type);
        if (!value)
            return verdict(V::Manual,
                QStringLiteral("rule returned field '%1': %2")
                    .arg(it.name(), value.error().message));
        decision.row[index] = *value;
    }
    return decision;
}

} // namespace Syncline
