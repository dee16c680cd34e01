// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/consoleview.h"

namespace Syncline {

class EmptyState;

// The Conflicts page. Conflicts come from two-way jobs whose policy leaves a row changed on
// both sides to the admin; until the console can review them it says plainly what the page
// is for and what the workspace holds: no two-way jobs, none of them reported a conflict, or
// how many their last runs parked. Child of MainWindow's view stack; GUI thread.
class ConflictsView final : public ConsoleView
{
    Q_OBJECT

public:
    explicit ConflictsView(QWidget* parent = nullptr);

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    EmptyState* emptyState() const { return m_empty; }

private:
    EmptyState* m_empty = nullptr;
};

} // namespace Syncline
