// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsview.h"

#include "quarantinemodel.h"
#include "runfiltermodel.h"
#include "runhistorymodel.h"
#include "store/quarantinerepository.h"
#include "store/runrepository.h"
#include "ui_runsview.h"
#include "widgets/runtext.h"
#include "widgets/statuscolors.h"
#include "widgets/tablelook.h"
#include "workspacetasks.h"

#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>
#include <QSettings>

#include <utility>

namespace Syncline {

namespace {

constexpr int s_quarantineLimit = 1000;

const auto s_mainSplitterKey = QStringLiteral("mainSplitter");
const auto s_detailSplitterKey = QStringLiteral("detailSplitter");
const auto s_headerKey = QStringLiteral("runsHeader");

QString row(const QString& label, const QString& value)
{
    // The label dimmed in the application's palette (light or dark scheme).
    const QColor dimmed = QGuiApplication::palette().color(QPalette::PlaceholderText);
    return QStringLiteral("<tr><td style=\"padding-right:14px; color:%1\">%2</td>"
                          "<td>%3</td></tr>")
        .arg(dimmed.name(QColor::HexArgb), label.toHtmlEscaped(), value);
}

} // namespace

RunsView::RunsView(WorkspaceTasks* tasks, QWidget* parent)
    : ConsoleView(parent)
    , m_ui(std::make_unique<Ui::RunsView>())
    , m_tasks(tasks)
    , m_runs(new RunHistoryModel(this))
    , m_filter(new RunFilterModel(this))
    , m_quarantine(new QuarantineModel(this))
{
    qRegisterMetaType<Syncline::RunDetails>();
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_runs);
    m_ui->runsTable->setModel(m_filter);
    TableLook::setUp(m_ui->runsTable);
    m_ui->quarantineTable->setModel(m_quarantine);
    TableLook::setUp(m_ui->quarantineTable);
    m_ui->rerunButton->setIcon(QIcon(QStringLiteral(":/icons/run.svg")));
    m_ui->rerunButton->setToolTip(tr("Run the selected run's job again"));
    m_ui->runsEmptyState->setTitle(tr("No runs yet."));
    m_ui->runsEmptyState->setText(
        tr("Every run of a job is listed here with its counts, timings and errors, and the rows "
           "its target rejected. Run a job from the Jobs page (F5)."));

    using F = RunFilterModel::StatusFilter;
    m_ui->statusFilter->addItem(tr("Any status"), int(F::Any));
    m_ui->statusFilter->addItem(tr("Succeeded"), int(F::Succeeded));
    m_ui->statusFilter->addItem(tr("Failed"), int(F::Failed));
    m_ui->statusFilter->addItem(tr("Cancelled"), int(F::Cancelled));
    m_ui->statusFilter->addItem(tr("Running"), int(F::Running));
    m_ui->statusFilter->addItem(tr("Dry runs"), int(F::DryRuns));
    m_ui->timeFilter->addItem(tr("Any time"), 0);
    m_ui->timeFilter->addItem(tr("Last hour"), 3600);
    m_ui->timeFilter->addItem(tr("Last 24 hours"), 86400);
    m_ui->timeFilter->addItem(tr("Last 7 days"), 7 * 86400);
    m_ui->timeFilter->addItem(tr("Last 30 days"), 30 * 86400);
    m_ui->jobFilter->addItem(tr("All jobs"), QString());

    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({ 380, 280 });
    m_ui->detailSplitter->setStretchFactor(0, 2);
    m_ui->detailSplitter->setStretchFactor(1, 3);
    m_ui->detailSplitter->setSizes({ 420, 640 });

    for (QComboBox* combo : { m_ui->jobFilter, m_ui->statusFilter, m_ui->timeFilter })
        connect(combo, &QComboBox::currentIndexChanged, this, &RunsView::updateFilters);
    connect(m_ui->runsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RunsView::onSelectionChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RunsView::onSelectionChanged);
    connect(m_runs, &RunHistoryModel::pageLoaded, this, &RunsView::onPageLoaded);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RunsView::onSelectionChanged);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &RunsView::rerunSelected);
    connect(m_ui->runsTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const RunRecord* run = m_runs->run(m_filter->mapToSource(index).row()))
            emit jobActivated(run->job);
    });

    showRun(nullptr);
    updatePage();
    updateButtons();
}

RunsView::~RunsView() = default;

qint64 RunsView::selectedRun() const
{
    const QModelIndexList rows = m_ui->runsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(RunHistoryModel::RunIdRole).toLongLong();
}

bool RunsView::selectRun(qint64 runId)
{
    if (selectLoadedRun(runId))
        return true;
    if (runId <= 0 || !(m_awaitingFirstPage || m_runs->isLoading() || m_runs->canFetchMore()))
        return false;
    // An older run (a point clicked on the Dashboard): read on, page by page, until it is
    // loaded or the history ends.
    m_seekRun = runId;
    if (m_awaitingFirstPage)
        m_selectAfterLoad = runId;
    else if (m_runs->canFetchMore())
        m_runs->fetchMore();
    return false;
}

bool RunsView::selectLoadedRun(qint64 runId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(RunHistoryModel::RunIdRole).toLongLong() == runId) {
            m_ui->runsTable->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

QString RunsView::currentJob() const
{
    const QModelIndexList rows = m_ui->runsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    const RunRecord* run = m_runs->run(m_filter->mapToSource(rows.first()).row());
    return run && m_config.job(run->job) ? run->job : QString();
}

void RunsView::filterByJob(const QString& job)
{
    const int index = m_ui->jobFilter->findData(job);
    m_ui->jobFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void RunsView::showSnapshot(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok())
        return;
    m_loaded = true;
    m_config = snapshot.config;
    m_anyRuns = !snapshot.runs.isEmpty();
    m_runJobs.clear();
    for (const RunRecord& run : std::as_const(snapshot.runs)) {
        if (!m_runJobs.contains(run.job))
            m_runJobs.append(run.job);
    }
    updateJobFilter();
    // The store filters and pages the history; the rows shown stay until the new ones come.
    m_selectAfterLoad = selectedRun();
    applyQuery();
    updatePage();
}

RunQuery RunsView::currentQuery() const
{
    RunQuery query;
    query.job = m_ui->jobFilter->currentData().toString();
    query.status = RunQuery::StatusFilter(m_ui->statusFilter->currentData().toInt());
    const int seconds = m_ui->timeFilter->currentData().toInt();
    if (seconds > 0)
        query.startedFrom = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    return query;
}

void RunsView::applyQuery()
{
    const RunQuery query = currentQuery();
    // The proxy applies the same filters to the rows shown until the store's page arrives.
    m_filter->setJob(query.job);
    m_filter->setStatus(RunFilterModel::StatusFilter(int(query.status)));
    m_filter->setStartedSince(query.startedFrom);
    m_awaitingFirstPage = true;
    if (m_seekRun != m_selectAfterLoad)
        m_seekRun = 0; // the new query supersedes a seek, unless it is for the run to select
    m_runs->setQuery(m_tasks, query);
}

void RunsView::onPageLoaded(const QString& error)
{
    if (!error.isEmpty())
        m_ui->countLabel->setToolTip(tr("Cannot read the run history: %1").arg(error));
    const bool first = m_awaitingFirstPage;
    m_awaitingFirstPage = false;
    if (!m_columnsFitted && m_runs->rowCount() > 0) {
        TableLook::fitColumns(m_ui->runsTable);
        QHeaderView* header = m_ui->runsTable->horizontalHeader();
        TableLook::ensureFits(
            header, RunHistoryModel::Status, RunText::status(RunRecord::Status::Succeeded, true));
        TableLook::ensureFits(
            header, RunHistoryModel::Started, RunText::timestamp(QDateTime::currentDateTimeUtc()));
        m_columnsFitted = true;
    }
    if (first) {
        if (!selectLoadedRun(m_selectAfterLoad) && m_filter->rowCount() > 0)
            m_ui->runsTable->selectRow(0);
        // A reload of the same run refreshes its details (a running run has finished).
        m_shownRun = 0;
        onSelectionChanged();
    }
    if (m_seekRun != 0) {
        const qint64 run = std::exchange(m_seekRun, 0);
        if (error.isEmpty())
            selectRun(run);
    }
    updateJobFilter();
    updatePage();
}

void RunsView::updateJobFilter()
{
    QStringList jobs;
    for (const JobConfig& job : std::as_const(m_config.jobs))
        jobs.append(job.name);
    for (const QString& job : std::as_const(m_runJobs)) {
        if (!jobs.contains(job))
            jobs.append(job);
    }
    if (!m_ui->jobFilter->currentData().toString().isEmpty()
        && !jobs.contains(m_ui->jobFilter->currentData().toString()))
        jobs.append(m_ui->jobFilter->currentData().toString()); // a job of older runs
    jobs.sort();
    QStringList shown;
    for (int i = 1; i < m_ui->jobFilter->count(); ++i)
        shown.append(m_ui->jobFilter->itemData(i).toString());
    if (shown == jobs)
        return;
    const QString current = m_ui->jobFilter->currentData().toString();
    const QSignalBlocker blocker(m_ui->jobFilter);
    while (m_ui->jobFilter->count() > 1)
        m_ui->jobFilter->removeItem(1);
    for (const QString& job : std::as_const(jobs))
        m_ui->jobFilter->addItem(job, job);
    const int index = m_ui->jobFilter->findData(current);
    m_ui->jobFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setJob(m_ui->jobFilter->currentData().toString());
}

void RunsView::updateFilters()
{
    m_selectAfterLoad = selectedRun();
    applyQuery();
    if (selectedRun() == 0 && m_filter->rowCount() > 0)
        m_ui->runsTable->selectRow(0);
    onSelectionChanged();
    updatePage();
}

void RunsView::onSelectionChanged()
{
    const QModelIndexList rows = m_ui->runsTable->selectionModel()->selectedRows();
    const RunRecord* run
        = rows.isEmpty() ? nullptr : m_runs->run(m_filter->mapToSource(rows.first()).row());
    if (run && run->id == m_shownRun)
        return;
    showRun(run);
    updateButtons();
    emit actionsChanged();
}

void RunsView::showRun(const RunRecord* run)
{
    const int serial = ++m_detailsSerial;
    m_quarantine->setRows({});
    if (!run) {
        m_shownRun = 0;
        m_ui->runDetails->setText(m_runs->rowCount() == 0
                ? tr("No run selected.")
                : tr("Select a run to see its counts, timings and errors."));
        m_ui->quarantineStatus->setText(QString());
        m_ui->quarantineTable->hide();
        return;
    }
    m_shownRun = run->id;
    showDetails(*run, nullptr);
    m_ui->quarantineStatus->setText(tr("Reading the quarantine…"));
    const RunRecord record = *run;
    m_tasks->withWorkspace(
        this,
        [record](Workspace& workspace) -> Result<RunDetails> {
            RunDetails details;
            details.runId = record.id;
            auto metrics = RunRepository(workspace).metrics(record.id);
            if (!metrics)
                return metrics.error();
            details.metrics = std::move(metrics).value();
            auto rows
                = QuarantineRepository(workspace).list(record.job, record.id, s_quarantineLimit);
            if (!rows)
                return rows.error();
            details.quarantine = std::move(rows).value();
            return details;
        },
        [this, serial, record](const Result<RunDetails>& details) {
            if (serial != m_detailsSerial)
                return;
            if (!details) {
                m_ui->quarantineStatus->setText(
                    tr("Cannot read this run's details: %1").arg(details.error().message));
                m_ui->quarantineTable->hide();
                return;
            }
            showDetails(record, &*details);
            m_quarantine->setRows(details->quarantine);
            const int count = int(details->quarantine.size());
            if (count == 0) {
                m_ui->quarantineStatus->setText(tr("No row of this run was quarantined."));
                m_ui->quarantineTable->hide();
            } else {
                m_ui->quarantineStatus->setText(count >= s_quarantineLimit
                        ? tr("The first %1 quarantined rows (rejected by the target or by a "
                             "validation rule), with their messages:")
                              .arg(RunText::count(count))
                        : count == 1
                        ? tr("1 quarantined row (rejected by the target or by a validation "
                             "rule), with its message:")
                        : tr("%1 quarantined rows (rejected by the target or by a validation "
                             "rule), with their messages:")
                              .arg(RunText::count(count)));
                m_ui->quarantineTable->show();
                TableLook::fitColumns(m_ui->quarantineTable, 480);
            }
            emit detailsLoaded(record.id);
        });
}

void RunsView::showDetails(const RunRecord& run, const RunDetails* details)
{
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    //: run id · job · status
    html += row(tr("Run"),
        tr("<b>%1</b> · %2 · %3")
            .arg(QString::number(run.id), run.job.toHtmlEscaped(),
                RunText::status(run.status, run.dryRun).toHtmlEscaped()));
    html += row(tr("Started"), RunText::timestamp(run.startedAt));
    if (run.finishedAt.isValid()) {
        html += row(tr("Finished"), RunText::timestamp(run.finishedAt));
        html += row(tr("Duration"), RunText::duration(run.seconds).toHtmlEscaped());
    }
    //: rows read from the source · from the target
    html += row(tr("Rows read"),
        tr("%1 from the source · %2 from the target")
            .arg(RunText::count(run.counts.sourceRows), RunText::count(run.counts.targetRows))
            .toHtmlEscaped());
    html += row(run.dryRun ? tr("Planned") : tr("Written"),
        tr("%1 inserted · %2 updated · %3 deleted · %4 unchanged")
            .arg(RunText::count(run.counts.inserted), RunText::count(run.counts.updated),
                RunText::count(run.counts.deleted), RunText::count(run.counts.unchanged))
            .toHtmlEscaped());
    html += row(tr("Rejected"),
        tr("%1 quarantined · %2 conflicts")
            .arg(RunText::count(run.counts.quarantined), RunText::count(run.counts.conflicts))
            .toHtmlEscaped());
    if (details) {
        QHash<QString, double> latency;
        for (const auto& [name, value] : details->metrics) {
            if (name.startsWith(u"latency_"))
                latency.insert(name, value);
            else if (name == u"rows_per_second")
                html += row(tr("Throughput"),
                    tr("%1 rows/s").arg(RunText::count(qRound64(value))).toHtmlEscaped());
            else if (name == u"apply_seconds")
                html += row(tr("Writing"), RunText::duration(value).toHtmlEscaped());
            else if (name == u"filtered_rows")
                html += row(tr("Filtered out"),
                    tr("%1 rows (the mapping's row filter left them alone)")
                        .arg(RunText::count(qRound64(value)))
                        .toHtmlEscaped());
            else
                html += row(name, locale.toString(value, 'g', 6));
        }
        // Change-to-apply latency, known for change-log and timestamp jobs only.
        if (latency.value(QStringLiteral("latency_samples")) > 0) {
            html += row(tr("Latency"),
                tr("p50 %1 · p95 %2 · max %3 (%4 changes)")
                    .arg(
                        RunText::duration(latency.value(QStringLiteral("latency_p50_ms")) / 1000.0),
                        RunText::duration(latency.value(QStringLiteral("latency_p95_ms")) / 1000.0),
                        RunText::duration(latency.value(QStringLiteral("latency_max_ms")) / 1000.0),
                        RunText::count(qRound64(latency.value(QStringLiteral("latency_samples")))))
                    .toHtmlEscaped());
        }
    }
    if (!run.host.isEmpty())
        html += row(tr("Host"), run.host.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!run.error.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(StatusColors::error(palette()).name(), run.error.toHtmlEscaped());
    }
    m_ui->runDetails->setText(html);
}

void RunsView::rerunSelected()
{
    const QModelIndexList rows = m_ui->runsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const RunRecord* run = m_runs->run(m_filter->mapToSource(rows.first()).row());
    if (!run || !m_config.job(run->job) || m_running.contains(run->job))
        return;
    emit runRequested(run->job, run->dryRun);
}

void RunsView::runStarted(const QString& job)
{
    if (!m_running.contains(job))
        m_running.append(job);
    updateButtons();
}

void RunsView::runFinished(const RunReport& report)
{
    m_running.removeAll(report.job);
    updateButtons();
}

void RunsView::updateButtons()
{
    const QModelIndexList rows = m_ui->runsTable->selectionModel()->selectedRows();
    const RunRecord* run
        = rows.isEmpty() ? nullptr : m_runs->run(m_filter->mapToSource(rows.first()).row());
    const bool known = run && m_config.job(run->job);
    const bool running = run && m_running.contains(run->job);
    m_ui->rerunButton->setEnabled(known && !running);
    if (run && !known)
        m_ui->rerunButton->setToolTip(tr("The job %1 no longer exists").arg(run->job));
    else if (running)
        m_ui->rerunButton->setToolTip(tr("%1 is running").arg(run->job));
    else
        m_ui->rerunButton->setToolTip(tr("Run the selected run's job again"));
}

void RunsView::updatePage()
{
    const bool empty = m_loaded && !m_anyRuns && m_runs->rowCount() == 0;
    m_ui->runsStack->setCurrentWidget(
        empty ? static_cast<QWidget*>(m_ui->runsEmptyState) : m_ui->runsTable);
    m_ui->detailSplitter->setVisible(!empty);
    const qint64 matching = qMax<qint64>(m_runs->matchingCount(), m_filter->rowCount());
    if (m_filter->rowCount() >= matching)
        m_ui->countLabel->setText(m_filter->rowCount() == 1
                ? tr("1 run")
                : tr("%1 runs").arg(RunText::count(m_filter->rowCount())));
    else
        //: runs loaded so far (more load as the table scrolls), runs matching the filters
        m_ui->countLabel->setText(
            tr("%1 of %2 runs")
                .arg(RunText::count(m_filter->rowCount()), RunText::count(matching)));
}

void RunsView::saveState(QSettings& settings) const
{
    settings.setValue(s_mainSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(s_detailSplitterKey, m_ui->detailSplitter->saveState());
    if (m_columnsFitted)
        settings.setValue(s_headerKey, m_ui->runsTable->horizontalHeader()->saveState());
}

void RunsView::restoreState(QSettings& settings)
{
    m_ui->mainSplitter->restoreState(settings.value(s_mainSplitterKey).toByteArray());
    m_ui->detailSplitter->restoreState(settings.value(s_detailSplitterKey).toByteArray());
    m_columnsFitted = m_ui->runsTable->horizontalHeader()->restoreState(
        settings.value(s_headerKey).toByteArray());
}

} // namespace Syncline
