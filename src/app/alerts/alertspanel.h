// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AlertsPanel;
}

namespace Syncline {

class AlertHistoryModel;
class AlertStateModel;
class WorkspaceTasks;

// The console's alerts: the current state of each rule per job (firing first) and the recent
// firings and recoveries. reload() reads them on a pool thread through WorkspaceTasks; the
// Dashboard embeds the panel and calls reload() when alerts change. GUI thread.
class AlertsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPanel(WorkspaceTasks* tasks, QWidget* parent = nullptr);
    ~AlertsPanel() override;

    AlertStateModel* stateModel() const { return m_states; }
    AlertHistoryModel* historyModel() const { return m_history; }

public slots:
    void reload();

signals:
    // A reload finished (ok or not): for tests and the dashboard's badge.
    void loaded(int firing);

private:
    std::unique_ptr<Ui::AlertsPanel> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    AlertStateModel* m_states = nullptr;
    AlertHistoryModel* m_history = nullptr;
};

} // namespace Syncline
