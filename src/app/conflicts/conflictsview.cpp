// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsview.h"

#include "widgets/emptystate.h"
#include "widgets/runtext.h"

#include <QVBoxLayout>

namespace Syncline {

ConflictsView::ConflictsView(QWidget* parent)
    : ConsoleView(parent)
    , m_empty(new EmptyState(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_empty->setTitle(tr("Loading the workspace…"));
}

void ConflictsView::showSnapshot(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok())
        return;
    const QString purpose
        = tr("A conflict is a row a two-way job found changed differently on both sides, which "
             "its conflict policy leaves to you. Each one is listed here with its source, base "
             "and target values side by side, to be resolved field by field.");
    QStringList twoWay;
    QStringList reporting;
    qint64 reported = 0;
    for (const JobConfig& job : std::as_const(snapshot.config.jobs)) {
        if (job.direction != JobConfig::Direction::TwoWay)
            continue;
        twoWay.append(job.name);
        const RunRecord* last = snapshot.lastRun(job.name);
        if (last && last->counts.conflicts > 0) {
            reporting.append(job.name);
            reported += last->counts.conflicts;
        }
    }
    if (twoWay.isEmpty()) {
        m_empty->setTitle(tr("No conflicts pending."));
        m_empty->setText(
            tr("<p>%1</p><p>This workspace has no two-way jobs, so none can arise.</p>")
                .arg(purpose.toHtmlEscaped()));
    } else if (reporting.isEmpty()) {
        m_empty->setTitle(tr("No conflicts pending."));
        m_empty->setText(
            tr("<p>%1</p><p>The last runs of the two-way jobs (%2) reported no "
               "conflicts.</p>")
                .arg(purpose.toHtmlEscaped(), twoWay.join(QStringLiteral(", ")).toHtmlEscaped()));
    } else {
        m_empty->setTitle(tr("Conflicts reported: %1").arg(RunText::count(reported)));
        m_empty->setText(
            tr("<p>%1</p><p>The last runs of %2 left rows in the conflict queue. This version "
               "of the console cannot list or resolve them yet; their rows stay as they are "
               "on both sides until they are resolved.</p>")
                .arg(
                    purpose.toHtmlEscaped(), reporting.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
}

} // namespace Syncline
