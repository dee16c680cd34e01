// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runreport.h"
#include "workspacesnapshot.h"

#include <QWidget>

class QSettings;

namespace Syncline {

// One page of the console (Dashboard, Endpoints, Mappings, Jobs, Runs, Conflicts, Audit):
// what MainWindow needs from every view. The window feeds each view the workspace snapshot and
// the run events; a view asks the window, through signals, to reload, to run or cancel a job,
// or to show a message. Child of MainWindow's view stack; GUI thread.
class ConsoleView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleView(QWidget* parent = nullptr);

    // The workspace as last loaded. A view keeps what the user is editing.
    virtual void showSnapshot(const WorkspaceSnapshot& snapshot) = 0;

    // The job the Run now, Dry run and Cancel actions apply to here; empty for none.
    virtual QString currentJob() const { return QString(); }
    // What New (Ctrl+N) and Delete (Del) do in this view, and whether they can now.
    virtual bool canCreate() const { return false; }
    virtual bool canDelete() const { return false; }
    virtual void createItem() { }
    virtual void deleteSelected() { }

    // Runs of any job, as the RunController reports them.
    virtual void runStarted(const QString& job) { Q_UNUSED(job); }
    virtual void runProgressed(const RunProgress& progress) { Q_UNUSED(progress); }
    virtual void runFinished(const RunReport& report) { Q_UNUSED(report); }

    // Splitter positions and column widths, under the view's own settings group.
    virtual void saveState(QSettings& settings) const { Q_UNUSED(settings); }
    virtual void restoreState(QSettings& settings) { Q_UNUSED(settings); }

signals:
    // currentJob(), canCreate() or canDelete() may have changed.
    void actionsChanged();
    void statusMessage(const QString& message, int timeoutMs);
    // The view wrote to the workspace: everything shown should be reloaded.
    void workspaceChanged();
    void runRequested(const QString& job, bool dryRun);
    void cancelRequested(const QString& job);
    // The user wants to see this job in the Jobs view.
    void jobActivated(const QString& job);
};

} // namespace Syncline
