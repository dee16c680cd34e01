// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtile.h"

#include "widgets/runtext.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

namespace Syncline {

namespace {

constexpr int s_stripRuns = 30;
constexpr int s_barWidth = 8;
constexpr int s_barGap = 3;

const QColor s_green(0x2e, 0x85, 0x40);
const QColor s_red(0xb0, 0x1c, 0x1c);
const QColor s_amber(0xc7, 0x7c, 0x02);
const QColor s_blue(0x1d, 0x4f, 0x91);
const QColor s_gray(0x9a, 0x9a, 0x9a);

QColor statusColor(const RunRecord& run)
{
    switch (run.status) {
    case RunRecord::Status::Succeeded:
        return run.dryRun ? s_blue : s_green;
    case RunRecord::Status::Failed:
        return s_red;
    case RunRecord::Status::Cancelled:
        return s_amber;
    case RunRecord::Status::Running:
        return s_gray;
    }
    return s_gray;
}

void setTextColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

JobTile::JobTile(QWidget* parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_state(new QLabel(this))
    , m_route(new QLabel(this))
    , m_lastRun(new QLabel(this))
    , m_health(new QLabel(this))
    , m_lag(new QLabel(this))
    , m_strip(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(330);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_name->setFont(nameFont);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_state->setObjectName(QStringLiteral("jobState"));
    const QColor muted = palette().color(QPalette::Disabled, QPalette::WindowText);
    setTextColor(m_route, muted);
    setTextColor(m_health, muted);
    m_strip->setFixedHeight(20);
    m_strip->setToolTip(tr("Recent runs, newest on the right: green succeeded, red failed, "
                           "amber cancelled, blue dry run"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_state, 0, 1, Qt::AlignRight);
    layout->addWidget(m_route, 1, 0, 1, 2);
    layout->addWidget(m_lastRun, 2, 0, 1, 2);
    layout->addWidget(m_strip, 3, 0, 1, 2);
    layout->addWidget(m_health, 4, 0, 1, 2);
    layout->addWidget(m_lag, 5, 0, 1, 2);
    m_lag->setObjectName(QStringLiteral("jobHealth"));
    m_lag->setToolTip(tr("Lag: time since the start of the last successful run (changes made "
                         "since may not be in the target yet). Latency: the 95th percentile of "
                         "change-to-apply times in the newest minute, hour or day measured."));
    layout->setColumnStretch(0, 1);
}

void JobTile::setJob(
    const JobConfig& job, const QString& route, const QList<RunRecord>& recentRuns, bool running)
{
    m_job = job.name;
    m_runs = recentRuns.mid(0, s_stripRuns);
    m_name->setText(job.name);
    m_route->setText(route);
    setToolTip(tr("Show %1 in the Jobs view").arg(job.name));

    const RunRecord* last = m_runs.isEmpty() ? nullptr : &m_runs.first();
    if (running) {
        m_state->setText(RunText::status(RunRecord::Status::Running));
        setTextColor(m_state, s_blue);
    } else if (!last) {
        m_state->setText(tr("Never run"));
        setTextColor(m_state, s_gray);
    } else {
        m_state->setText(RunText::status(last->status, last->dryRun));
        setTextColor(m_state, statusColor(*last));
    }

    if (!last) {
        m_lastRun->setText(tr("No runs yet. Run it from the Jobs view (F5)."));
        m_health->setText(QString());
    } else {
        //: start time · duration · inserted · updated · deleted
        m_lastRun->setText(
            (last->dryRun ? tr("Dry run %1 · %2 · %3 to insert, %4 to update, %5 to delete")
                          : tr("Last run %1 · %2 · %3 inserted, %4 updated, %5 deleted"))
                .arg(RunText::timestamp(last->startedAt), RunText::duration(last->seconds),
                    RunText::count(last->counts.inserted), RunText::count(last->counts.updated),
                    RunText::count(last->counts.deleted)));
        int finished = 0;
        int succeeded = 0;
        double seconds = 0;
        qint64 rows = 0;
        for (const RunRecord& run : std::as_const(m_runs)) {
            if (run.status == RunRecord::Status::Running)
                continue;
            ++finished;
            if (run.status == RunRecord::Status::Succeeded) {
                ++succeeded;
                seconds += run.seconds;
                rows += run.counts.sourceRows;
            }
        }
        const qint64 rate = seconds > 0 ? qRound64(rows / seconds) : 0;
        //: succeeded runs, finished runs, rows per second
        m_health->setText(tr("%1 of %2 recent runs succeeded · %3 rows/s on average")
                              .arg(succeeded)
                              .arg(finished)
                              .arg(RunText::count(rate)));
    }
    update();
}

QString JobTile::healthText() const
{
    return m_lag->text();
}

void JobTile::setHealth(const JobHealth* health, double latencyP95Ms)
{
    if (!health) {
        m_lag->setText(QString());
        return;
    }
    QStringList parts;
    parts.append(health->lagSeconds < 0
            ? tr("Lag: never succeeded")
            : tr("Lag %1").arg(RunText::duration(double(health->lagSeconds))));
    if (latencyP95Ms >= 0)
        parts.append(tr("latency p95 %1").arg(RunText::duration(latencyP95Ms / 1000)));
    parts.append(health->pendingConflicts == 0
            ? tr("no conflicts pending")
            : tr("%1 conflicts pending").arg(RunText::count(health->pendingConflicts)));
    if (health->consecutiveFailures > 0)
        parts.append(tr("failed %1 times in a row").arg(health->consecutiveFailures));
    m_lag->setText(parts.join(QStringLiteral(" · ")));
    const bool bad = health->consecutiveFailures > 0 || health->lagSeconds < 0;
    const bool late = health->lagSeconds > 3600 || health->pendingConflicts > 0;
    setTextColor(m_lag,
        bad        ? s_red
            : late ? s_amber
                   : palette().color(QPalette::Disabled, QPalette::WindowText));
}

QString JobTile::stateText() const
{
    return m_state->text();
}

void JobTile::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = m_strip->geometry();
    // Newest on the right; empty slots on the left show how much history there is.
    const int fitting = qMin(s_stripRuns, (area.width() + s_barGap) / (s_barWidth + s_barGap));
    for (int slot = 0; slot < fitting; ++slot) {
        const int x = area.left() + slot * (s_barWidth + s_barGap);
        const int index = fitting - 1 - slot; // 0 = newest
        const QRectF bar(x, area.top() + 2, s_barWidth, area.height() - 4);
        if (index >= m_runs.size()) {
            painter.setPen(QPen(palette().color(QPalette::Mid), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            continue;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(m_runs[index]));
        painter.drawRoundedRect(bar, 2, 2);
    }
}

void JobTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_job);
    QFrame::mouseReleaseEvent(event);
}

} // namespace Syncline
