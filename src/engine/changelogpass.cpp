// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogpass.h"

#include "connectors/connection.h"
#include "core/canonicalizer.h"
#include "core/keycodec.h"
#include "jobsession.h"
#include "keyorder.h"
#include "outofscoperows.h"
#include "rowmapper.h"
#include "runmetrics.h"
#include "store/journalrepository.h"
#include "twowaystep.h"

#include <map>

namespace Syncline {

namespace {

struct KeyLess
{
    bool operator()(const QByteArray& a, const QByteArray& b) const
    {
        return KeyOrder::compare(a, b) < 0;
    }
};
using ChangedKeys = std::map<QByteArray, QVariantList, KeyLess>; // key -> canonical key values

// "changelog:<source sequence>:<target sequence>"
std::pair<qint64, qint64> parsePositions(const QVariant& watermark)
{
    const QStringList parts = watermark.toString().split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != u"changelog")
        return { 0, 0 };
    return { parts[1].toLongLong(), parts[2].toLongLong() };
}

Status collect(Connection& connection, const QString& entity, qint64 after, qint64 upTo,
    const QList<FieldType>& keyTypes, ChangedKeys& into, QHash<QByteArray, qint64>& changedAt,
    const QString& side)
{
    auto stream = connection.readChanges(entity, after);
    if (!stream)
        return stream.error();
    CapturedChange change;
    while (true) {
        auto more = (*stream)->next(change);
        if (!more)
            return more.error();
        if (!*more || change.sequence > upTo)
            return {};
        QVariantList canonical;
        for (qsizetype i = 0; i < keyTypes.size(); ++i) {
            auto value = Canonicalizer::canonicalize(change.key.value(i), keyTypes[i]);
            if (!value)
                return value.error().within(QStringLiteral("%1 change log of %2, entry %3")
                                                .arg(side, entity)
                                                .arg(change.sequence));
            canonical.append(*value);
        }
        auto key = KeyCodec::encode(canonical, keyTypes);
        if (!key)
            return key.error();
        into.emplace(*key, canonical);
        // The oldest logged change of a key is the one that waited longest for this run.
        if (change.changedAtMs > 0) {
            qint64& at = changedAt[*key];
            at = at == 0 ? change.changedAtMs : qMin(at, change.changedAtMs);
        }
    }
}

// Rows of one side for a chunk of keys, mapped into the canonical field space.
Result<QHash<QByteArray, KeyedRow>> fetch(
    JobSession& session, bool sourceSide, const QList<QVariantList>& rawKeys)
{
    const MappingPlan& plan = session.plan;
    ReadRequest request;
    request.entity = sourceSide ? plan.mapping.source.entity : plan.mapping.target.entity;
    request.columns = sourceSide ? plan.sourceColumns : plan.targetColumns();
    request.keyColumns = sourceSide ? plan.sourceKeyColumns : plan.keyNames();
    auto stream = (sourceSide ? session.source : session.target)->readKeys(request, rawKeys);
    if (!stream)
        return stream.error();
    QHash<QByteArray, KeyedRow> rows;
    QVariantList raw;
    while (true) {
        auto more = (*stream)->next(raw);
        if (!more)
            return more.error();
        if (!*more)
            return rows;
        KeyedRow row;
        const Status mapped = sourceSide ? session.mapper->mapSource(raw, row)
                                         : session.mapper->mapTarget(raw, row);
        if (!mapped)
            return mapped.error();
        rows.insert(row.key, row);
    }
}

} // namespace

ChangelogPass::ChangelogPass(JobSession& session, BatchApplier::Context context, RunReport& report,
    const SyncRun::ProgressCallback& progress, const std::atomic_bool* cancel)
    : m_session(session)
    , m_context(std::move(context))
    , m_report(report)
    , m_progress(progress)
    , m_cancel(cancel)
{ }

Status ChangelogPass::run()
{
    const JobConfig& job = m_session.job;
    const MappingPlan& plan = m_session.plan;
    const bool twoWay = job.direction == JobConfig::Direction::TwoWay;
    JournalRepository& journal = *m_context.journal;
    const auto requireCapture
        = [&](Connection& connection, const QString& endpoint, const QString& entity) -> Status {
        auto enabled = connection.captureEnabled(entity);
        if (!enabled)
            return enabled.error();
        if (!*enabled)
            return Error::badInput(QStringLiteral("job '%1': change-log capture is not enabled on "
                                                  "%2.%3; run 'synclinectl capture enable %2 %3'")
                                       .arg(job.name, endpoint, entity));
        return {};
    };
    if (const Status s
        = requireCapture(*m_session.source, plan.sourceEndpoint, plan.mapping.source.entity);
        !s)
        return s;
    if (twoWay) {
        if (const Status s
            = requireCapture(*m_session.target, plan.targetEndpoint, plan.mapping.target.entity);
            !s)
            return s;
    }

    auto mark = journal.watermark(job.name);
    if (!mark)
        return mark.error();
    const auto [sourceAfter, targetAfter] = parsePositions(*mark);
    // Read up to where the logs stand now: this run's own writes come after.
    auto sourceLatest = m_session.source->latestChange(plan.mapping.source.entity);
    if (!sourceLatest)
        return sourceLatest.error();
    qint64 targetLatest = 0;
    if (twoWay) {
        auto latest = m_session.target->latestChange(plan.mapping.target.entity);
        if (!latest)
            return latest.error();
        targetLatest = *latest;
    }

    const QList<FieldType> keyTypes = plan.keyTypes();
    ChangedKeys changed;
    QHash<QByteArray, qint64> changedAt;
    if (const Status s = collect(*m_session.source, plan.mapping.source.entity, sourceAfter,
            *sourceLatest, keyTypes, changed, changedAt, QStringLiteral("source"));
        !s)
        return s;
    if (twoWay) {
        if (const Status s = collect(*m_session.target, plan.mapping.target.entity, targetAfter,
                targetLatest, keyTypes, changed, changedAt, QStringLiteral("target"));
            !s)
            return s;
    }

    std::unique_ptr<TwoWayStep> twoWayStep;
    std::unique_ptr<BatchApplier> oneWay;
    const ChangeClassifier classifier(job.deletes, false);
    if (twoWay) {
        TwoWayApplier::Context context;
        context.common = m_context;
        context.entityLabel = QStringLiteral("%1.%2 <-> %3.%4")
                                  .arg(plan.sourceEndpoint, plan.mapping.source.entity,
                                      plan.targetEndpoint, plan.mapping.target.entity);
        auto made = TwoWayStep::create(m_session, context, m_report);
        if (!made)
            return made.error();
        twoWayStep = std::move(made).value();
    } else {
        oneWay = std::make_unique<BatchApplier>(
            m_context,
            [this]() {
                return m_session.target->writer(
                    BatchApplier::targetSpec(m_session.plan, m_session.job, false));
            },
            m_report);
    }

    OutOfScopeRows outOfScope(m_context, m_report); // left alone, like in SyncRun

    RunProgress progress;
    progress.job = job.name;
    progress.runId = m_report.runId;
    progress.estimated = qint64(changed.size());
    const int chunkSize = qMax(1, job.batch);
    auto it = changed.begin();
    qint64 processed = 0;
    while (it != changed.end()) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Error::cancelled(QStringLiteral("cancelled"));
        QList<QByteArray> keys;
        QList<QVariantList> rawKeys;
        for (; it != changed.end() && keys.size() < chunkSize; ++it) {
            keys.append(it->first);
            rawKeys.append(KeyCodec::rawKey(it->second, keyTypes));
        }
        if (m_context.metrics) {
            QHash<QByteArray, qint64> chunkTimes;
            for (const QByteArray& key : std::as_const(keys)) {
                if (const auto at = changedAt.constFind(key); at != changedAt.constEnd())
                    chunkTimes.insert(key, *at);
            }
            m_context.metrics->setChangeTimes(std::move(chunkTimes));
        }
        auto sourceRows = fetch(m_session, true, rawKeys);
        if (!sourceRows)
            return sourceRows.error();
        QHash<QByteArray, KeyedRow> targetRows;
        if (twoWay) {
            auto fetched = fetch(m_session, false, rawKeys);
            if (!fetched)
                return fetched.error();
            targetRows = std::move(fetched).value();
        }
        auto known = journal.lookup(job.name, keys);
        if (!known)
            return known.error();
        m_report.counts.sourceRows += sourceRows->size();
        m_report.counts.targetRows += targetRows.size();
        for (const QByteArray& key : std::as_const(keys)) {
            const auto s = sourceRows->constFind(key);
            const KeyedRow* source = s == sourceRows->constEnd() ? nullptr : &*s;
            const auto j = known->constFind(key);
            const JournalEntry* entry = j == known->constEnd() ? nullptr : &*j;
            auto left = outOfScope.take(source);
            if (!left)
                return left.error();
            if (*left)
                continue;
            if (twoWay) {
                const auto t = targetRows.constFind(key);
                const KeyedRow* target = t == targetRows.constEnd() ? nullptr : &*t;
                if (const Status handled = twoWayStep->handle(source, target, entry, key); !handled)
                    return handled;
            } else {
                auto decision = classifier.classify(source, nullptr, entry);
                // The log says the row went away: delete it even if this job never synced it.
                if (!source && !entry && job.deletes != JobConfig::Deletes::Ignore)
                    decision = ChangeClassifier::Decision::Delete;
                if (const Status added = oneWay->add(decision, source, nullptr, key); !added)
                    return added;
            }
        }
        processed += keys.size();
        if (m_progress) {
            progress.processed = processed;
            progress.applied = m_report.counts.applied();
            m_progress(progress);
        }
    }
    if (const Status flushed = twoWay ? twoWayStep->flush() : oneWay->flush(); !flushed)
        return flushed;
    if (const Status kept = outOfScope.flush(); !kept)
        return kept;
    if (m_context.dryRun)
        return {};
    return journal.setWatermark(
        job.name, QStringLiteral("changelog:%1:%2").arg(*sourceLatest).arg(targetLatest));
}

} // namespace Syncline
