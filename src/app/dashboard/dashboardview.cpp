// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "alerts/alertspanel.h"
#include "jobtile.h"
#include "metricchart.h"
#include "metrictile.h"
#include "runs/runhistorymodel.h"
#include "ui_dashboardview.h"
#include "widgets/reportedrun.h"
#include "widgets/runtext.h"
#include "widgets/tablelook.h"
#include "workspacetasks.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineSeries>

namespace Syncline {

namespace {

constexpr int s_tileColumns = 2;
constexpr qint64 s_daySeconds = 24 * 3600;
constexpr int s_recentRuns = 12;
constexpr int s_tilesMaximumHeight = 360;

const QColor s_p50Color(0x1d, 0x4f, 0x91);
const QColor s_p95Color(0xc7, 0x7c, 0x02);
const QColor s_throughputColor(0x2e, 0x85, 0x40);
const QColor s_failureColor(0xb0, 0x1c, 0x1c);
const QColor s_conflictColor(0x6a, 0x3d, 0x9a);

// A series' points as chart lines: x in ms since the epoch, y from `value`.
template <typename Value>
MetricChart::Line lineOf(
    const QString& name, const QColor& color, const MetricSeries& series, Value value)
{
    MetricChart::Line line { name, color, {}, {} };
    line.points.reserve(series.points.size());
    line.runIds.reserve(series.points.size());
    for (const MetricPoint& point : series.points) {
        line.points.append(QPointF(double(point.bucket) * 1000, value(point.sample)));
        line.runIds.append(point.runId);
    }
    return line;
}

} // namespace

DashboardView::DashboardView(WorkspaceTasks* tasks, QWidget* parent)
    : ConsoleView(parent)
    , m_ui(std::make_unique<Ui::DashboardView>())
    , m_tasks(tasks)
{
    qRegisterMetaType<Syncline::DashboardData>();
    m_ui->setupUi(this);
    QFont titleFont = m_ui->jobsTitle->font();
    titleFont.setBold(true);
    m_ui->jobsTitle->setFont(titleFont);
    m_ui->recentTitle->setFont(titleFont);
    m_ui->chartsTitle->setFont(titleFont);

    m_latencyChart = new MetricChart(tr("Latency (change to apply)"), this);
    m_latencyChart->setObjectName(QStringLiteral("latencyChart"));
    m_latencyChart->setToolTip(tr("How long changes waited between being made at the source and "
                                  "being applied to the target (jobs that know when a change "
                                  "was made: change-log and timestamp detection)"));
    m_throughputChart = new MetricChart(tr("Throughput"), this);
    m_throughputChart->setObjectName(QStringLiteral("throughputChart"));
    m_throughputChart->setUnit(tr("rows/s"), tr("%1 rows/s"));
    m_failuresChart = new MetricChart(tr("Failed runs"), this);
    m_failuresChart->setObjectName(QStringLiteral("failuresChart"));
    m_failuresChart->setUnit(tr("% of runs"), tr("%1 % of runs"));
    m_failuresChart->setValueBounds(5, 100);
    m_conflictsChart = new MetricChart(tr("Conflicts pending"), this);
    m_conflictsChart->setObjectName(QStringLiteral("conflictsChart"));
    m_conflictsChart->setUnit(tr("conflicts"), tr("%1 pending"));
    m_conflictsChart->setValueBounds(5, 0);
    const QList<MetricChart*> charts { m_latencyChart, m_throughputChart, m_failuresChart,
        m_conflictsChart };
    for (qsizetype i = 0; i < charts.size(); ++i) {
        m_ui->chartsLayout->addWidget(charts[i], int(i / 2), int(i % 2));
        connect(charts[i], &MetricChart::runActivated, this, &DashboardView::runActivated);
    }
    for (int column = 0; column < 2; ++column)
        m_ui->chartsLayout->setColumnStretch(column, 1);

    // The alerts panel, between the job tiles and the recent runs.
    if (m_tasks) {
        m_alerts = new AlertsPanel(m_tasks, this);
        m_ui->alertsSlot->addWidget(m_alerts);
    }

    auto* ranges = new QButtonGroup(this);
    ranges->addButton(m_ui->rangeHour, int(Range::Hour));
    ranges->addButton(m_ui->rangeDay, int(Range::Day));
    ranges->addButton(m_ui->rangeWeek, int(Range::Week));
    ranges->addButton(m_ui->rangeMonth, int(Range::Month));
    connect(ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    m_ui->jobCombo->addItem(tr("All jobs"), QString());
    connect(m_ui->jobCombo, &QComboBox::activated, this, [this] { reloadCharts(); });
    m_recentRuns = new RunHistoryModel(this);
    m_ui->recentRunsTable->setModel(m_recentRuns);
    TableLook::setUp(m_ui->recentRunsTable);
    for (int column : { int(RunHistoryModel::Id), int(RunHistoryModel::Unchanged) })
        m_ui->recentRunsTable->hideColumn(column);
    connect(
        m_ui->recentRunsTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
            if (const RunRecord* run = m_recentRuns->run(index.row()))
                emit jobActivated(run->job);
        });
    m_jobsTile = new MetricTile(tr("Jobs"), this);
    m_jobsTile->setToolTip(tr("Configured jobs"));
    m_runsTile = new MetricTile(tr("Runs (24 h)"), this);
    m_rowsTile = new MetricTile(tr("Rows written (24 h)"), this);
    m_quarantineTile = new MetricTile(tr("Rows rejected (24 h)"), this);
    m_runningTile = new MetricTile(tr("Running now"), this);
    m_runsTile->setObjectName(QStringLiteral("runsTile"));
    m_runsTile->setToolTip(tr("Runs started in the last 24 hours"));
    m_rowsTile->setToolTip(tr("Rows inserted, updated and deleted by the runs of the last 24 "
                              "hours (dry runs write nothing)"));
    m_quarantineTile->setToolTip(tr("Rows a target rejected in the runs of the last 24 hours"));
    for (MetricTile* tile : { m_jobsTile, m_runsTile, m_rowsTile, m_quarantineTile, m_runningTile })
        m_ui->metricsLayout->addWidget(tile, 1);
    m_ui->emptyState->setTitle(tr("No jobs yet."));
    m_ui->emptyState->setText(
        tr("The dashboard shows every job's last run, the outcome of its recent runs and the "
           "rows it moved. Add a job in the Jobs view (Ctrl+3, then Ctrl+N), or create the "
           "demo with <code>synclinectl demo</code>."));
    m_ui->pageStack->setCurrentWidget(m_ui->emptyState);
    m_ui->emptyState->setTitle(tr("Loading the workspace…"));
}

DashboardView::~DashboardView() = default;

void DashboardView::showSnapshot(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok())
        return;
    m_loaded = true;
    m_snapshot = snapshot;
    m_ui->emptyState->setTitle(tr("No jobs yet."));
    updateJobChoices();
    rebuild();
    reloadCharts();
    if (m_alerts)
        m_alerts->reload();
}

qint64 DashboardView::rangeSeconds(Range range)
{
    switch (range) {
    case Range::Hour:
        return 3600;
    case Range::Day:
        return s_daySeconds;
    case Range::Week:
        return 7 * s_daySeconds;
    case Range::Month:
        return 30 * s_daySeconds;
    }
    return s_daySeconds;
}

void DashboardView::setRange(Range range)
{
    const QList<QToolButton*> buttons { m_ui->rangeHour, m_ui->rangeDay, m_ui->rangeWeek,
        m_ui->rangeMonth };
    buttons[int(range)]->setChecked(true);
    if (range == m_range && m_generation > 0)
        return;
    m_range = range;
    reloadCharts();
}

void DashboardView::setChartJob(const QString& job)
{
    const int index = m_ui->jobCombo->findData(job);
    m_ui->jobCombo->setCurrentIndex(qMax(0, index));
    reloadCharts();
}

QString DashboardView::chartJob() const
{
    return m_ui->jobCombo->currentData().toString();
}

void DashboardView::updateJobChoices()
{
    const QString current = chartJob();
    QStringList jobs;
    for (const JobConfig& job : std::as_const(m_snapshot.config.jobs))
        jobs.append(job.name);
    jobs.sort();
    QStringList shown;
    for (int i = 1; i < m_ui->jobCombo->count(); ++i)
        shown.append(m_ui->jobCombo->itemData(i).toString());
    if (shown == jobs)
        return;
    while (m_ui->jobCombo->count() > 1)
        m_ui->jobCombo->removeItem(1);
    for (const QString& job : std::as_const(jobs))
        m_ui->jobCombo->addItem(job, job);
    m_ui->jobCombo->setCurrentIndex(qMax(0, m_ui->jobCombo->findData(current)));
}

void DashboardView::reloadCharts()
{
    if (!m_tasks)
        return;
    // One query at a time: changes while it runs coalesce into one more.
    if (m_inFlight) {
        m_reloadPending = true;
        return;
    }
    m_inFlight = true;
    m_reloadPending = false;
    const int generation = ++m_generation;
    const QString job = chartJob();
    const qint64 seconds = rangeSeconds(m_range);
    m_tasks->withWorkspace(
        this,
        [job, seconds, generation](Workspace& workspace) -> Result<DashboardData> {
            auto data
                = DashboardData::load(workspace, job, seconds, QDateTime::currentDateTimeUtc());
            if (data)
                data->generation = generation;
            return data;
        },
        [this](const Result<DashboardData>& data) {
            m_inFlight = false;
            if (!data)
                emit statusMessage(
                    tr("Cannot read the metrics: %1").arg(data.error().message), 10000);
            else
                showChartData(*data);
            if (m_reloadPending)
                reloadCharts();
        });
}

void DashboardView::showChartData(const DashboardData& data)
{
    if (data.job != chartJob() || data.toMs - data.fromMs != rangeSeconds(m_range) * 1000)
        return; // asked for before the job or range changed; the newer query follows
    m_data = data;
    double slowest = 0;
    for (const MetricPoint& point : data.latency.points)
        slowest = qMax(slowest, point.sample.p95);
    if (slowest >= 120000)
        m_latencyChart->setUnit(tr("minutes"), tr("%1 min"), 60000);
    else if (slowest >= 2000)
        m_latencyChart->setUnit(tr("seconds"), tr("%1 s"), 1000);
    else
        m_latencyChart->setUnit(tr("milliseconds"), tr("%1 ms"), 1);
    m_latencyChart->setLines(
        { lineOf(tr("p50"), s_p50Color, data.latency, [](const MetricSummary& s) { return s.p50; }),
            lineOf(tr("p95"), s_p95Color, data.latency,
                [](const MetricSummary& s) { return s.p95; }) },
        data.fromMs, data.toMs);
    QList<MetricChart::Line> throughput;
    if (data.throughputByJob.isEmpty()) {
        throughput.append(lineOf(tr("Throughput"), s_throughputColor, data.throughput,
            [](const MetricSummary& s) { return s.mean(); }));
    } else {
        static const QColor s_jobColors[] = { s_throughputColor, QColor(0x1f, 0x77, 0xb4),
            QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xa2, 0xb8), QColor(0x7f, 0x7f, 0x7f) };
        for (qsizetype i = 0; i < data.throughputByJob.size(); ++i) {
            const MetricSeries& series = data.throughputByJob[i];
            throughput.append(lineOf(series.job, s_jobColors[i % std::size(s_jobColors)], series,
                [](const MetricSummary& s) { return s.mean(); }));
        }
    }
    m_throughputChart->setLines(throughput, data.fromMs, data.toMs);
    m_failuresChart->setLines({ lineOf(tr("Failed runs"), s_failureColor, data.failures,
                                  [](const MetricSummary& s) { return s.mean() * 100; }) },
        data.fromMs, data.toMs);
    m_conflictsChart->setLines({ MetricChart::Line { tr("Conflicts pending"), s_conflictColor,
                                   data.conflictsPending, data.conflictsRuns } },
        data.fromMs, data.toMs);
    //: resolution of the chart points, e.g. "per minute"
    const QString per = data.resolution <= 60 ? tr("per minute")
        : data.resolution <= 3600             ? tr("per hour")
                                              : tr("per day");
    m_ui->chartsTitle->setText(
        tr("Trends · %1 · points %2").arg(data.job.isEmpty() ? tr("all jobs") : data.job, per));
    if (m_loaded)
        rebuild();
    emit chartsUpdated();
}

void DashboardView::runStarted(const QString& job)
{
    if (!m_running.contains(job))
        m_running.append(job);
    if (m_loaded)
        rebuild();
}

void DashboardView::runFinished(const RunReport& report)
{
    m_running.removeAll(report.job);
    if (report.runId == 0)
        m_unrecorded.insert(report.job, reportedRun(report));
    if (m_loaded)
        rebuild();
}

void DashboardView::rebuild()
{
    const WorkspaceConfig& config = m_snapshot.config;
    m_ui->pageStack->setCurrentWidget(
        config.jobs.isEmpty() ? static_cast<QWidget*>(m_ui->emptyState) : m_ui->contentPage);

    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-s_daySeconds);
    int runs = 0;
    int failed = 0;
    int cancelled = 0;
    RunCounts written;
    qint64 quarantined = 0;
    QHash<QString, QList<RunRecord>> byJob;
    for (const RunRecord& run : std::as_const(m_snapshot.runs)) {
        byJob[run.job].append(run);
        if (!run.startedAt.isValid() || run.startedAt < since)
            continue;
        ++runs;
        failed += run.status == RunRecord::Status::Failed ? 1 : 0;
        cancelled += run.status == RunRecord::Status::Cancelled ? 1 : 0;
        quarantined += run.counts.quarantined;
        if (!run.dryRun) {
            written.inserted += run.counts.inserted;
            written.updated += run.counts.updated;
            written.deleted += run.counts.deleted;
        }
    }

    //: endpoints · mappings
    m_jobsTile->setValue(RunText::count(config.jobs.size()),
        tr("%1 endpoints · %2 mappings")
            .arg(RunText::count(config.endpoints.size()), RunText::count(config.mappings.size())));
    //: failed runs · cancelled runs
    m_runsTile->setValue(RunText::count(runs),
        tr("%1 failed · %2 cancelled").arg(RunText::count(failed), RunText::count(cancelled)));
    m_runsTile->setAlert(failed > 0);
    m_rowsTile->setValue(RunText::count(written.applied()),
        tr("%1 inserted · %2 updated · %3 deleted")
            .arg(RunText::count(written.inserted), RunText::count(written.updated),
                RunText::count(written.deleted)));
    m_quarantineTile->setValue(RunText::count(quarantined),
        quarantined > 0 ? tr("see the Runs view") : tr("none quarantined"));
    m_quarantineTile->setAlert(quarantined > 0);
    QStringList running = m_running;
    running.sort();
    m_runningTile->setValue(RunText::count(running.size()),
        running.isEmpty() ? tr("no job runs") : running.join(QStringLiteral(", ")));

    while (m_tiles.size() > config.jobs.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < config.jobs.size()) {
        auto* tile = new JobTile(m_ui->tilesContainer);
        connect(tile, &JobTile::activated, this, &ConsoleView::jobActivated);
        m_tiles.append(tile);
    }
    auto* grid = m_ui->tilesLayout;
    for (qsizetype i = 0; i < config.jobs.size(); ++i) {
        const JobConfig& job = config.jobs[i];
        QString route;
        if (const MappingConfig* mapping = config.mapping(job.mapping)) {
            //: source endpoint.entity → target endpoint.entity · mapping name
            route = tr("%1.%2 → %3.%4 · %5")
                        .arg(mapping->source.endpoint, mapping->source.entity,
                            mapping->target.endpoint, mapping->target.entity, job.mapping);
        } else {
            route = tr("mapping %1 is missing").arg(job.mapping);
        }
        QList<RunRecord> runs = byJob.value(job.name);
        if (const auto unrecorded = m_unrecorded.constFind(job.name);
            unrecorded != m_unrecorded.cend()
            && (runs.isEmpty() || runs.first().startedAt < unrecorded->startedAt))
            runs.prepend(*unrecorded);
        m_tiles[i]->setJob(job, route, runs, m_running.contains(job.name));
        const JobHealth* health = nullptr;
        for (const JobHealth& h : std::as_const(m_data.health)) {
            if (h.job == job.name)
                health = &h;
        }
        m_tiles[i]->setHealth(health, m_data.latestLatencyP95.value(job.name, -1));
        grid->addWidget(m_tiles[i], int(i / s_tileColumns), int(i % s_tileColumns));
    }
    // The tiles keep their height; the recent runs take the room below them.
    const int rows = int((config.jobs.size() + s_tileColumns - 1) / s_tileColumns);
    for (int row = 0; row < grid->rowCount(); ++row)
        grid->setRowStretch(row, row == rows ? 1 : 0);
    grid->setRowStretch(rows, 1);
    for (int column = 0; column < s_tileColumns; ++column)
        grid->setColumnStretch(column, 1);
    // Room for up to two rows of tiles; more rows scroll.
    grid->activate();
    int tilesHeight = 0;
    for (int row = 0; row < qMin(rows, 2); ++row) {
        int rowHeight = 0;
        for (int column = 0; column < s_tileColumns; ++column) {
            if (const int i = row * s_tileColumns + column; i < m_tiles.size())
                rowHeight = qMax(rowHeight, m_tiles[i]->sizeHint().height());
        }
        tilesHeight += rowHeight + (row > 0 ? grid->verticalSpacing() : 0);
    }
    m_ui->tilesArea->setFixedHeight(qMin(tilesHeight + 2, s_tilesMaximumHeight));

    m_recentRuns->setRuns(m_snapshot.runs.mid(0, s_recentRuns));
    if (!m_recentColumnsFitted && m_recentRuns->rowCount() > 0) {
        TableLook::fitColumns(m_ui->recentRunsTable);
        QHeaderView* header = m_ui->recentRunsTable->horizontalHeader();
        TableLook::ensureFits(
            header, RunHistoryModel::Status, RunText::status(RunRecord::Status::Succeeded, true));
        TableLook::ensureFits(
            header, RunHistoryModel::Started, RunText::timestamp(QDateTime::currentDateTimeUtc()));
        m_recentColumnsFitted = true;
    }
}

} // namespace Syncline
