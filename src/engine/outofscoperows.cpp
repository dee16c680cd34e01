// SPDX-License-Identifier: GPL-3.0-or-later
#include "outofscoperows.h"

#include "core/canonicalformatter.h"
#include "rowmapper.h"
#include "store/quarantinerepository.h"

namespace Syncline {

OutOfScopeRows::OutOfScopeRows(const BatchApplier::Context& context, RunReport& report)
    : m_context(context)
    , m_report(report)
{ }

Result<bool> OutOfScopeRows::take(const KeyedRow* source)
{
    if (!source || source->scope == KeyedRow::Scope::In)
        return false;
    if (source->scope == KeyedRow::Scope::FilteredOut) {
        ++m_report.filteredOut;
        return true;
    }
    ++m_report.counts.quarantined;
    if (m_context.dryRun)
        return true;
    QuarantinedRow row;
    row.runId = m_context.runId;
    row.job = m_context.job;
    row.key = m_context.mapper->describeKeyBytes(source->key);
    row.operation = QStringLiteral("upsert");
    const QList<PlannedField>& fields = m_context.plan->fields;
    for (qsizetype i = 0; i < fields.size() && i < source->values.size(); ++i)
        row.row.insert(
            fields[i].target, CanonicalFormatter::toJson(source->values[i], fields[i].type));
    row.error = QStringLiteral("%1: %2").arg(row.key, source->violation);
    m_pending.append(row);
    if (m_pending.size() >= qMax(1, m_context.batchSize)) {
        if (const Status kept = flush(); !kept)
            return kept.error();
    }
    return true;
}

Status OutOfScopeRows::flush()
{
    if (m_pending.isEmpty())
        return {};
    const Status kept = m_context.quarantine->add(m_pending);
    m_pending.clear();
    return kept;
}

} // namespace Syncline
