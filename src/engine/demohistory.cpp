// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohistory.h"

#include "runmetrics.h"
#include "store/metricsrepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"

#include <QtMath>

#include <algorithm>
#include <random>

namespace Syncline {

namespace {

constexpr quint32 s_seed = 20261127;

// Uniform doubles from std::mt19937, whose output the standard fixes.
class Draw
{
public:
    explicit Draw(quint32 seed)
        : m_engine(seed)
    { }
    double uniform() { return double(m_engine()) / 4294967296.0; }
    double between(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double p) { return uniform() < p; }

private:
    std::mt19937 m_engine;
};

// How busy the source is at `at`: ~1 at the office-hours peak, ~0.15 at night, less on
// weekends.
double load(const QDateTime& at)
{
    const double hour = at.time().hour() + at.time().minute() / 60.0;
    const double office = qExp(-qPow((hour - 13.0) / 3.2, 2));
    const double weekend = at.date().dayOfWeek() >= 6 ? 0.35 : 1.0;
    return (0.15 + 0.85 * office) * weekend;
}

// An outage: runs of `job` (by its index in the config) fail from `startHoursAgo` for
// `minutes`, with `error`.
struct Outage
{
    int jobIndex;
    double startHoursAgo;
    int minutes;
    const char* error;
};

const Outage s_outages[] = {
    { 1, 21 * 24 + 9.2, 50, "connection refused: edge.db is locked by the backup job" },
    { 0, 15 * 24 + 3.5, 35, "timeout after 30 s reading source table crm.customers" },
    { 1, 9 * 24 + 4.3, 30, "deadlock detected; the transaction was rolled back" },
    { 0, 3 * 24 + 22.0, 70, "connection refused: crm.db is not reachable" },
    { 1, 6.5, 25, "disk I/O error writing edge.orders" },
    { 2, 12 * 24 + 1.0, 45, "connection refused: the target is in maintenance" },
};

struct Cadence
{
    int minutes; // between runs
    bool knowsChangeTime; // latency can be measured
    bool readsAll; // a full compare reads the whole table
};

Cadence cadenceOf(const JobConfig& job)
{
    if (job.direction == JobConfig::Direction::TwoWay)
        return { 15, job.detect == JobConfig::Detect::Changelog, false };
    switch (job.detect) {
    case JobConfig::Detect::Changelog:
        return { 5, true, false };
    case JobConfig::Detect::Timestamp:
        return { 15, true, false };
    case JobConfig::Detect::Version:
        return { 15, false, false };
    case JobConfig::Detect::Hash:
        break;
    }
    return { 30, false, true };
}

} // namespace

Result<qint64> DemoHistory::add(
    Workspace& workspace, const WorkspaceConfig& config, const QDateTime& now, int days)
{
    Draw draw(s_seed);
    RunRepository runs(workspace);
    MetricsRepository series(workspace);
    // Runs of all jobs, inserted in time order afterwards so run ids follow time as they do
    // for real runs.
    struct Entry
    {
        RunRecord run;
        QList<MetricPoint> points;
    };
    QList<Entry> entries;
    qint64 added = 0;
    const Status written = workspace.transaction([&]() -> Status {
        for (qsizetype index = 0; index < config.jobs.size(); ++index) {
            const JobConfig& job = config.jobs[index];
            const Cadence cadence = cadenceOf(job);
            const bool twoWay = job.direction == JobConfig::Direction::TwoWay;
            const double tableRows = 4000 + 1500 * double(index);
            QDateTime at = now.addDays(-days).addSecs(qint64(index) * 97);
            QDateTime lastSuccess = at.addSecs(-cadence.minutes * 60);
            double pendingConflicts = twoWay ? 3 : 0;
            QList<MetricPoint> points;
            const auto point
                = [&](const QString& metric, const QDateTime& when, const MetricSummary& sample) {
                      MetricPoint p;
                      p.job = job.name;
                      p.metric = metric;
                      p.bucket = when.toSecsSinceEpoch();
                      p.sample = sample;
                      p.runId = 0; // set when the run is inserted
                      points.append(p);
                  };
            while (at < now.addSecs(-5 * 60)) {
                const double busy = load(at);
                const double hoursAgo = double(at.secsTo(now)) / 3600.0;
                QString error;
                for (const Outage& outage : s_outages) {
                    if (outage.jobIndex == index && hoursAgo <= outage.startHoursAgo
                        && hoursAgo >= outage.startHoursAgo - outage.minutes / 60.0)
                        error = QString::fromUtf8(outage.error);
                }
                if (error.isEmpty() && draw.chance(0.003))
                    error = QStringLiteral("timeout after 30 s writing a batch to the target");

                RunRecord run;
                run.job = job.name;
                run.host = QStringLiteral("sync-01");
                run.startedAt = at;
                // Changes pile up in proportion to the load and to the time since the last
                // successful run.
                const double waitedMinutes = double(lastSuccess.secsTo(at)) / 60.0;
                const double changes
                    = qMax(0.0, busy * waitedMinutes * draw.between(2.0, 4.0) + draw.between(0, 3));
                if (error.isEmpty()) {
                    run.status = RunRecord::Status::Succeeded;
                    run.counts.sourceRows = cadence.readsAll ? qint64(tableRows) : qint64(changes);
                    run.counts.targetRows = cadence.readsAll ? qint64(tableRows) : 0;
                    const auto applied = qint64(changes);
                    run.counts.updated = applied * 7 / 10;
                    run.counts.inserted = applied - run.counts.updated - applied / 40;
                    run.counts.deleted = applied / 40;
                    run.counts.unchanged
                        = cadence.readsAll ? qMax<qint64>(0, qint64(tableRows) - applied) : 0;
                    if (draw.chance(0.012))
                        run.counts.quarantined = qint64(draw.between(1, 4));
                    if (twoWay && draw.chance(0.08))
                        run.counts.conflicts = qint64(draw.between(1, 3));
                    run.seconds = (cadence.readsAll ? 1.6 : 0.25) + double(applied) / 850.0
                        + draw.between(0, 0.4) * (1 + busy);
                } else {
                    run.status = RunRecord::Status::Failed;
                    run.error = error;
                    run.seconds = error.startsWith(QLatin1String("timeout"))
                        ? 30.0
                        : draw.between(0.05, 0.3);
                }
                run.finishedAt = at.addMSecs(qint64(run.seconds * 1000));
                points.clear();

                const QDateTime end = run.finishedAt;
                const bool failed = run.status == RunRecord::Status::Failed;
                point(MetricName::runFailed, end, MetricSummary::of(failed ? 1 : 0));
                point(MetricName::runSeconds, end, MetricSummary::of(run.seconds));
                if (twoWay) {
                    pendingConflicts = qMax(0.0,
                        pendingConflicts + double(run.counts.conflicts)
                            - (draw.chance(0.1) ? draw.between(1, 3) : 0));
                }
                point(MetricName::conflictsPending, end,
                    MetricSummary::of(double(qint64(pendingConflicts))));
                if (failed) {
                    entries.append({ run, points });
                    at = at.addSecs(cadence.minutes * 60);
                    continue;
                }
                const double applied = double(run.counts.applied());
                point(MetricName::throughput, end,
                    MetricSummary::of(double(run.counts.sourceRows) / run.seconds));
                point(MetricName::rowsRead, end, MetricSummary::of(double(run.counts.sourceRows)));
                point(MetricName::rowsApplied, end, MetricSummary::of(applied));
                point(MetricName::quarantined, end,
                    MetricSummary::of(double(run.counts.quarantined)));
                point(MetricName::conflicts, end, MetricSummary::of(double(run.counts.conflicts)));
                const qint64 batches = qMax<qint64>(1, qint64(applied) / qMax(1, job.batch) + 1);
                point(MetricName::batchRows, end,
                    { batches, applied, 0, qMin(applied, double(job.batch)),
                        applied / double(batches), qMin(applied, double(job.batch)) });
                if (cadence.knowsChangeTime && applied > 0) {
                    // Changes arrived evenly since the last success: their ages at apply time
                    // spread from the run's own duration up to the whole wait.
                    const double waitedMs = waitedMinutes * 60000.0;
                    const double runMs = run.seconds * 1000;
                    MetricSummary latency;
                    latency.count = qint64(applied);
                    latency.min = runMs;
                    latency.max = waitedMs + runMs;
                    latency.p50 = 0.5 * waitedMs + runMs;
                    latency.p95 = 0.95 * waitedMs + runMs;
                    latency.sum = latency.p50 * applied;
                    point(MetricName::latency, end, latency);
                }
                entries.append({ run, points });
                lastSuccess = at;
                at = at.addSecs(cadence.minutes * 60 + qint64(draw.between(-20, 20)));
            }
        }
        std::stable_sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.run.startedAt < b.run.startedAt; });
        QList<MetricPoint> all;
        for (Entry& entry : entries) {
            auto id = runs.insertFinished(entry.run);
            if (!id)
                return id.error();
            ++added;
            for (MetricPoint& p : entry.points) {
                p.runId = *id;
                all.append(p);
            }
        }
        if (const Status s = series.record(all); !s)
            return s;
        return series.compact(now);
    });
    if (!written)
        return written.error().within(QStringLiteral("adding the demo's run history"));
    return added;
}

} // namespace Syncline
