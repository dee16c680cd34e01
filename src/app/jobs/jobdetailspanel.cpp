// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobdetailspanel.h"

#include "core/configparser.h"
#include "ui_jobdetailspanel.h"
#include "widgets/runtext.h"
#include "widgets/statuscolors.h"

#include <QPalette>

#include <limits>

namespace Syncline {

JobDetailsPanel::JobDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobDetailsPanel>())
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_ui->titleLabel->setFont(titleFont);

    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::error(errorPalette));
    m_ui->errorLabel->setPalette(errorPalette);

    showNoJob();
}

JobDetailsPanel::~JobDetailsPanel() = default;

void JobDetailsPanel::showNoJob()
{
    m_ui->titleLabel->setText(tr("No job selected"));
    m_ui->summaryLabel->setText(tr("Select a job to see its last run and its progress."));
    m_ui->lastRunGroup->hide();
    m_ui->progressGroup->hide();
}

void JobDetailsPanel::showJob(const JobConfig& job)
{
    m_ui->titleLabel->setText(job.name);
    //: mapping · direction · mode · change detection, as in the config file
    m_ui->summaryLabel->setText(
        tr("Mapping %1 · %2 · %3 · detect by %4")
            .arg(job.mapping, ConfigParser::toString(job.direction),
                ConfigParser::toString(job.mode), ConfigParser::toString(job.detect)));
    m_ui->lastRunGroup->show();
    m_ui->progressGroup->show();
}

void JobDetailsPanel::showLastRun(const RunRecord* run)
{
    if (!run) {
        m_ui->lastRunLabel->setText(tr("Never run"));
        setCounts({}, 0, false);
        m_ui->errorLabel->clear();
        m_ui->errorLabel->hide();
        return;
    }

    const QString status = RunText::status(run->status, run->dryRun);
    const QString started = RunText::timestamp(run->startedAt);
    if (run->id > 0 && !started.isEmpty()) {
        //: run id · status · start time
        m_ui->lastRunLabel->setText(
            tr("Run %1 · %2 · started %3").arg(QString::number(run->id), status, started));
    } else if (run->id > 0) {
        m_ui->lastRunLabel->setText(tr("Run %1 · %2").arg(QString::number(run->id), status));
    } else if (!started.isEmpty()) {
        //: status · start time, of a run the workspace has no record of
        m_ui->lastRunLabel->setText(
            tr("%1 · started %2 · not recorded in the workspace").arg(status, started));
    } else {
        m_ui->lastRunLabel->setText(status);
    }
    setCounts(run->counts, run->seconds, run->status != RunRecord::Status::Running);

    m_ui->errorLabel->setText(run->error);
    m_ui->errorLabel->setVisible(!run->error.isEmpty());
}

void JobDetailsPanel::showProgress(const RunProgress& progress)
{
    QProgressBar* bar = m_ui->progressBar;
    if (progress.estimated > 0) {
        const int maximum
            = int(qMin<qint64>(progress.estimated, qint64(std::numeric_limits<int>::max())));
        bar->setRange(0, maximum);
        bar->setValue(int(qMin<qint64>(progress.processed, maximum)));
    } else {
        bar->setRange(0, 0); // busy: the total is unknown
    }
    m_ui->progressLabel->setText(progress.runId == 0 && progress.processed == 0
            ? tr("Starting…")
            : RunText::progress(progress));
}

void JobDetailsPanel::showIdle(const RunRecord* lastRun)
{
    QProgressBar* bar = m_ui->progressBar;
    if (lastRun && lastRun->status == RunRecord::Status::Succeeded) {
        const qint64 rows = lastRun->counts.sourceRows;
        const int maximum = int(qBound<qint64>(1, rows, qint64(std::numeric_limits<int>::max())));
        bar->setRange(0, maximum);
        bar->setValue(maximum);
        //: rows read · duration of the finished run
        m_ui->progressLabel->setText(
            tr("Done · %1 rows in %2")
                .arg(RunText::count(rows), RunText::duration(lastRun->seconds)));
        return;
    }
    bar->setRange(0, 1);
    bar->setValue(0);
    m_ui->progressLabel->setText(tr("Not running"));
}

void JobDetailsPanel::setCounts(const RunCounts& counts, double seconds, bool known)
{
    const auto show = [known](QLabel* label, qint64 value) {
        label->setText(known ? RunText::count(value) : QStringLiteral("–"));
    };
    show(m_ui->insertedValue, counts.inserted);
    show(m_ui->updatedValue, counts.updated);
    show(m_ui->deletedValue, counts.deleted);
    show(m_ui->unchangedValue, counts.unchanged);
    show(m_ui->quarantinedValue, counts.quarantined);
    show(m_ui->conflictsValue, counts.conflicts);
    show(m_ui->sourceRowsValue, counts.sourceRows);
    m_ui->durationValue->setText(known ? RunText::duration(seconds) : QStringLiteral("–"));
}

} // namespace Syncline
