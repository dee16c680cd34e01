// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "jobtile.h"
#include "metrictile.h"
#include "runs/runhistorymodel.h"
#include "ui_dashboardview.h"
#include "widgets/reportedrun.h"
#include "widgets/runtext.h"
#include "widgets/tablelook.h"

#include <QGridLayout>
#include <QHeaderView>

namespace Syncline {

namespace {

constexpr int s_tileColumns = 2;
constexpr qint64 s_daySeconds = 24 * 3600;
constexpr int s_recentRuns = 12;
constexpr int s_tilesMaximumHeight = 360;

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : ConsoleView(parent)
    , m_ui(std::make_unique<Ui::DashboardView>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->jobsTitle->font();
    titleFont.setBold(true);
    m_ui->jobsTitle->setFont(titleFont);
    m_ui->recentTitle->setFont(titleFont);
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
    rebuild();
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
