// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrun.h"

#include "batchapplier.h"
#include "changeclassifier.h"
#include "changelogpass.h"
#include "connectors/connectionfactory.h"
#include "connectors/secretstore.h"
#include "core/canonicalizer.h"
#include "jobsession.h"
#include "keyorder.h"
#include "mappingplanner.h"
#include "outofscoperows.h"
#include "rowmapper.h"
#include "runmetrics.h"
#include "sidereader.h"
#include "store/configrepository.h"
#include "store/journalrepository.h"
#include "store/quarantinerepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"
#include "twowaystep.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "syncline.engine")

namespace Syncline {

namespace {

constexpr int ReadChunk = 10000;

// Tracks the largest change-column value read, to start the next incremental run there.
class WatermarkTracker
{
public:
    explicit WatermarkTracker(FieldType type)
        : m_type(type)
    { }
    void see(const QVariant& raw)
    {
        if (!raw.isValid() || raw.isNull())
            return;
        auto canonical = Canonicalizer::canonicalize(raw, m_type);
        if (!canonical)
            return;
        if (!m_max.isValid()
            || QVariant::compare(*canonical, m_maxCanonical) == QPartialOrdering::Greater) {
            m_max = raw;
            m_maxCanonical = *canonical;
        }
    }
    QVariant value() const { return m_max; }

private:
    FieldType m_type;
    QVariant m_max;
    QVariant m_maxCanonical;
};

// Throttles progress callbacks to a few per second.
class ProgressReporter
{
public:
    ProgressReporter(const SyncRun::ProgressCallback& callback, RunProgress base)
        : m_callback(callback)
        , m_progress(std::move(base))
    {
        m_timer.start();
    }
    void update(qint64 processed, qint64 applied, bool force = false)
    {
        if (!m_callback)
            return;
        const qint64 now = m_timer.elapsed();
        if (!force && now - m_lastEmit < 100)
            return;
        m_lastEmit = now;
        m_progress.processed = processed;
        m_progress.applied = applied;
        const double seconds = now / 1000.0;
        m_progress.rowsPerSecond = seconds > 0 ? processed / seconds : 0;
        if (m_progress.estimated > 0 && m_progress.rowsPerSecond > 0)
            m_progress.etaSeconds
                = qMax(0.0, (m_progress.estimated - processed) / m_progress.rowsPerSecond);
        m_callback(m_progress);
    }

private:
    const SyncRun::ProgressCallback& m_callback;
    RunProgress m_progress;
    QElapsedTimer m_timer;
    qint64 m_lastEmit = -1000;
};

ReadRequest sourceRequest(const MappingPlan& plan)
{
    ReadRequest request;
    request.entity = plan.mapping.source.entity;
    request.columns = plan.sourceColumns;
    request.keyColumns = plan.sourceKeyColumns;
    request.chunkSize = ReadChunk;
    return request;
}

ReadRequest targetRequest(const MappingPlan& plan)
{
    ReadRequest request;
    request.entity = plan.mapping.target.entity;
    request.columns = plan.targetColumns();
    request.keyColumns = plan.keyNames();
    request.chunkSize = ReadChunk;
    return request;
}

// Whether the target table has no row at all (one cheap keyed read).
Result<bool> targetIsEmpty(Connection& target, const MappingPlan& plan)
{
    ReadRequest request;
    request.entity = plan.mapping.target.entity;
    request.columns = plan.keyNames();
    request.keyColumns = plan.keyNames();
    request.chunkSize = 1;
    auto stream = target.read(request);
    if (!stream)
        return stream.error();
    QVariantList row;
    auto more = (*stream)->next(row);
    if (!more)
        return more.error();
    return !*more;
}

} // namespace

SyncRun::SyncRun(QString workspaceLocation, QString jobName, RunOptions options)
    : m_workspaceLocation(std::move(workspaceLocation))
    , m_jobName(std::move(jobName))
    , m_options(options)
{ }

RunReport SyncRun::execute(const ProgressCallback& progress, const std::atomic_bool* cancel)
{
    QElapsedTimer clock;
    clock.start();
    RunReport report;
    report.job = m_jobName;
    report.dryRun = m_options.dryRun;

    auto session = JobSession::open(m_workspaceLocation, m_jobName);
    if (!session) {
        report.error = session.error();
        report.seconds = clock.nsecsElapsed() / 1e9;
        return report;
    }
    JobSession& state = **session;
    const JobConfig& job = state.job;
    const MappingPlan& plan = state.plan;
    RunRepository runs(*state.workspace);
    JournalRepository journal(*state.workspace);
    QuarantineRepository quarantine(*state.workspace);
    if (const Status marked = runs.markInterrupted(job.name); !marked)
        qCWarning(lcEngine) << "could not mark interrupted runs:" << marked.error().message;
    auto runId = runs.begin(job.name, m_options.dryRun);
    if (!runId) {
        report.error = runId.error();
        return report;
    }
    report.runId = *runId;
    RunMetrics metrics;

    const auto run = [&]() -> Status {
        // Full runs compare everything; incremental timestamp/version runs read only rows at
        // or past the last watermark and cannot see deletes.
        const bool watermarked = job.mode == JobConfig::Mode::Incremental
            && (job.detect == JobConfig::Detect::Timestamp
                || job.detect == JobConfig::Detect::Version);
        const bool twoWay = job.direction == JobConfig::Direction::TwoWay;
        const bool readsTarget = job.mode == JobConfig::Mode::Full || twoWay;
        const bool streamsJournal = !watermarked;
        const int softDeleteField = job.deletes == JobConfig::Deletes::SoftDelete
            ? int(plan.fields.size() - 1) // appended last by JobSession::open()
            : -1;
        const ChangeClassifier classifier(job.deletes, readsTarget, softDeleteField);

        if (job.detect == JobConfig::Detect::Changelog
            && job.mode == JobConfig::Mode::Incremental) {
            BatchApplier::Context context;
            context.plan = &plan;
            context.mapper = state.mapper.get();
            context.journal = &journal;
            context.quarantine = &quarantine;
            context.job = job.name;
            context.runId = report.runId;
            context.batchSize = job.batch;
            context.dryRun = m_options.dryRun;
            context.previewLimit = m_options.previewLimit;
            context.metrics = &metrics;
            return ChangelogPass(state, context, report, progress, cancel).run();
        }

        ReadRequest request = sourceRequest(plan);
        QVariant startMark;
        if (watermarked) {
            auto mark = journal.watermark(job.name);
            if (!mark)
                return mark.error();
            startMark = *mark;
            if (startMark.isValid()) {
                // Latency from the change column, except on the first load: its rows were
                // not changes waiting to be synced.
                if (job.detect == JobConfig::Detect::Timestamp)
                    metrics.setChangeColumnType(plan.sourceTypes[plan.changeColumnIndex]);
                request.watermarkColumn = plan.sourceColumns[plan.changeColumnIndex];
                request.watermark = startMark;
            }
        }
        auto sourceStream = state.source->read(request);
        if (!sourceStream)
            return sourceStream.error();
        SideReader source(std::move(sourceStream).value(), *state.mapper, SideReader::Side::Source,
            QStringLiteral("source table %1.%2")
                .arg(plan.sourceEndpoint, plan.mapping.source.entity));
        // One-way runs read, map and hash the source ahead on a thread of its own (with a
        // mapper of its own) while this thread classifies and applies; nothing else uses the
        // source connection until `source` is gone. Two-way runs write the source meanwhile.
        if (!twoWay)
            source.startPrefetch([&state] { return state.newMapper(); });
        std::unique_ptr<SideReader> target;
        if (readsTarget) {
            auto targetStream = state.target->read(targetRequest(plan));
            if (!targetStream)
                return targetStream.error();
            target = std::make_unique<SideReader>(std::move(targetStream).value(), *state.mapper,
                SideReader::Side::Target,
                QStringLiteral("target table %1.%2")
                    .arg(plan.targetEndpoint, plan.mapping.target.entity));
        }
        std::unique_ptr<JournalStream> journalStream;
        if (streamsJournal)
            journalStream = journal.stream(job.name);

        // Heads of the three sorted streams.
        KeyedRow sourceRow, targetRow;
        JournalEntry journalEntry;
        bool haveSource = false, haveTarget = false, haveJournal = false;
        const auto advanceSource = [&]() -> Status {
            auto more = source.next(sourceRow);
            if (!more)
                return more.error();
            haveSource = *more;
            return {};
        };
        const auto advanceTarget = [&]() -> Status {
            if (!target)
                return {};
            auto more = target->next(targetRow);
            if (!more)
                return more.error();
            haveTarget = *more;
            return {};
        };
        const auto advanceJournal = [&]() -> Status {
            if (!journalStream)
                return {};
            auto more = journalStream->next(journalEntry);
            if (!more)
                return more.error();
            haveJournal = *more;
            return {};
        };
        if (const Status s = advanceSource(); !s)
            return s;
        if (const Status s = advanceTarget(); !s)
            return s;
        if (const Status s = advanceJournal(); !s)
            return s;

        bool targetKnownEmpty = false;
        if (readsTarget) {
            targetKnownEmpty = !haveTarget;
        } else if (!haveJournal && !m_options.dryRun) {
            auto empty = targetIsEmpty(*state.target, plan);
            if (!empty)
                return empty.error();
            targetKnownEmpty = *empty;
        }

        BatchApplier::Context context;
        context.plan = &plan;
        context.mapper = state.mapper.get();
        context.journal = &journal;
        context.quarantine = &quarantine;
        context.job = job.name;
        context.runId = report.runId;
        context.batchSize = job.batch;
        context.dryRun = m_options.dryRun;
        context.previewLimit = m_options.previewLimit;
        context.metrics = &metrics;
        // Once the run reads nothing more from the target, batches can be written there on a
        // thread of their own while the next is collected (the source is read ahead anyway).
        context.overlapWrites = !twoWay && !haveTarget;
        BatchApplier applier(
            context,
            [&]() {
                return state.target->writer(BatchApplier::targetSpec(plan, job, targetKnownEmpty));
            },
            report);
        // Source rows the filter or the rules leave out: their keys are left alone.
        OutOfScopeRows outOfScope(context, report);

        RunProgress base;
        base.job = job.name;
        base.runId = report.runId;
        base.estimated = watermarked ? -1 : plan.source.rowEstimate;
        ProgressReporter reporter(progress, base);
        WatermarkTracker watermark(
            plan.changeColumnIndex >= 0 ? plan.sourceTypes[plan.changeColumnIndex] : FieldType());

        // Watermarked runs look the journal up per chunk of source rows instead of streaming it.
        QList<KeyedRow> pending;
        const auto classifyPending = [&]() -> Status {
            if (pending.isEmpty())
                return {};
            QList<QByteArray> keys;
            keys.reserve(pending.size());
            for (const KeyedRow& row : std::as_const(pending))
                keys.append(row.key);
            auto known = journal.lookup(job.name, keys);
            if (!known)
                return known.error();
            for (const KeyedRow& row : std::as_const(pending)) {
                const auto it = known->constFind(row.key);
                const JournalEntry* entry = it == known->constEnd() ? nullptr : &*it;
                if (const Status s = applier.add(
                        classifier.classify(&row, nullptr, entry), &row, nullptr, row.key);
                    !s)
                    return s;
            }
            pending.clear();
            return {};
        };

        // Two-way runs: three-way merge per key, policies, the conflict queue.
        std::unique_ptr<TwoWayStep> twoWayStep;
        if (twoWay) {
            TwoWayApplier::Context twoWayContext;
            twoWayContext.common = context;
            twoWayContext.entityLabel = QStringLiteral("%1.%2 <-> %3.%4")
                                            .arg(plan.sourceEndpoint, plan.mapping.source.entity,
                                                plan.targetEndpoint, plan.mapping.target.entity);
            auto made = TwoWayStep::create(state, twoWayContext, report);
            if (!made)
                return made.error();
            twoWayStep = std::move(made).value();
        }

        const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
        while (haveSource || haveTarget || haveJournal) {
            if (cancelled())
                return Error::cancelled(QStringLiteral("cancelled"));
            if (watermarked) {
                watermark.see(sourceRow.change);
                auto left = outOfScope.take(&sourceRow);
                if (!left)
                    return left.error();
                if (!*left)
                    pending.append(sourceRow);
                if (const Status s = advanceSource(); !s)
                    return s;
                if (pending.size() >= job.batch || !haveSource) {
                    if (const Status s = classifyPending(); !s)
                        return s;
                }
                reporter.update(source.rowsRead(), report.counts.applied());
                continue;
            }
            // The smallest key among the heads; every head holding it takes part.
            const QByteArray* key = nullptr;
            for (const auto& [has, candidate] : { std::pair { haveSource, &sourceRow.key },
                     std::pair { haveTarget, &targetRow.key },
                     std::pair { haveJournal, &journalEntry.key } }) {
                if (has && (!key || KeyOrder::compare(*candidate, *key) < 0))
                    key = candidate;
            }
            const QByteArray current = *key;
            const bool s = haveSource && sourceRow.key == current;
            const bool t = haveTarget && targetRow.key == current;
            const bool j = haveJournal && journalEntry.key == current;
            auto left = outOfScope.take(s ? &sourceRow : nullptr);
            if (!left)
                return left.error();
            if (*left) {
                // Neither inserted, updated nor deleted: as if on neither side.
            } else if (twoWayStep) {
                if (const Status handled = twoWayStep->handle(s ? &sourceRow : nullptr,
                        t ? &targetRow : nullptr, j ? &journalEntry : nullptr, current);
                    !handled)
                    return handled;
            } else {
                const auto decision = classifier.classify(s ? &sourceRow : nullptr,
                    t ? &targetRow : nullptr, j ? &journalEntry : nullptr);
                if (const Status added = applier.add(
                        decision, s ? &sourceRow : nullptr, t ? &targetRow : nullptr, current);
                    !added)
                    return added;
            }
            if (s) {
                if (const Status st = advanceSource(); !st)
                    return st;
            }
            if (t) {
                if (const Status st = advanceTarget(); !st)
                    return st;
            }
            if (j) {
                if (const Status st = advanceJournal(); !st)
                    return st;
            }
            reporter.update(source.rowsRead(), report.counts.applied());
        }
        if (cancelled())
            return Error::cancelled(QStringLiteral("cancelled"));
        if (const Status flushed = twoWayStep ? twoWayStep->flush() : applier.flush(); !flushed)
            return flushed;
        if (const Status kept = outOfScope.flush(); !kept)
            return kept;
        report.counts.sourceRows = source.rowsRead();
        report.counts.targetRows = target ? target->rowsRead() : 0;
        reporter.update(source.rowsRead(), report.counts.applied(), true);
        if (watermarked && !m_options.dryRun && watermark.value().isValid()) {
            if (const Status saved = journal.setWatermark(job.name, watermark.value()); !saved)
                return saved;
        }
        const double seconds = clock.nsecsElapsed() / 1e9;
        // Metrics are a nice-to-have: failing to record them does not fail the run.
        for (const auto& [name, value] :
            { std::pair { QStringLiteral("apply_seconds"), applier.applySeconds() },
                std::pair { QStringLiteral("rows_per_second"),
                    seconds > 0 ? source.rowsRead() / seconds : 0.0 },
                std::pair { QStringLiteral("filtered_rows"), double(report.filteredOut) } }) {
            if (const Status recorded = runs.addMetric(report.runId, name, value); !recorded)
                qCWarning(lcEngine)
                    << "could not record metric" << name << recorded.error().message;
        }
        return {};
    };

    const Status outcome = run();
    report.seconds = clock.nsecsElapsed() / 1e9;
    if (outcome) {
        report.status = RunRecord::Status::Succeeded;
    } else {
        report.error = outcome.error();
        report.status = outcome.error().kind == ErrorKind::Cancelled ? RunRecord::Status::Cancelled
                                                                     : RunRecord::Status::Failed;
        qCInfo(lcEngine) << "run of" << job.name << "ended:" << outcome.error().message;
    }
    RunRecord record;
    record.id = report.runId;
    record.job = job.name;
    record.status = report.status;
    record.dryRun = m_options.dryRun;
    record.seconds = report.seconds;
    record.counts = report.counts;
    record.error = outcome ? QString() : outcome.error().message;
    if (const Status finished = runs.finish(record); !finished)
        qCWarning(lcEngine) << "could not record the run:" << finished.error().message;
    metrics.save(*state.workspace, report);
    return report;
}

} // namespace Syncline
