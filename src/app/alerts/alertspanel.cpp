// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspanel.h"

#include "alerthistorymodel.h"
#include "alertstatemodel.h"
#include "engine/alertmonitor.h"
#include "store/alertrepository.h"
#include "ui_alertspanel.h"
#include "workspacetasks.h"

#include <QHeaderView>

namespace Syncline {

namespace {

constexpr int s_historyLimit = 200;

struct AlertsData
{
    QList<AlertStatus> statuses;
    QList<AlertEvent> events;
};

} // namespace

AlertsPanel::AlertsPanel(WorkspaceTasks* tasks, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AlertsPanel>())
    , m_tasks(tasks)
    , m_states(new AlertStateModel(this))
    , m_history(new AlertHistoryModel(this))
{
    m_ui->setupUi(this);
    m_ui->stateView->setModel(m_states);
    m_ui->historyView->setModel(m_history);
    for (QTableView* view : { m_ui->stateView, m_ui->historyView }) {
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
    }
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &AlertsPanel::reload);
}

AlertsPanel::~AlertsPanel() = default;

void AlertsPanel::reload()
{
    if (!m_tasks)
        return;
    m_tasks->withWorkspace(
        this,
        [](Workspace& workspace) -> Result<AlertsData> {
            auto statuses = AlertMonitor::statuses(workspace);
            if (!statuses)
                return statuses.error();
            auto events = AlertRepository(workspace).history(QString(), QString(), s_historyLimit);
            if (!events)
                return events.error();
            return AlertsData { *statuses, *events };
        },
        [this](const Result<AlertsData>& data) {
            if (!data) {
                m_ui->summaryLabel->setText(
                    tr("Alerts cannot be read: %1").arg(data.error().message));
                emit loaded(0);
                return;
            }
            m_states->setStatuses(data->statuses);
            m_history->setEvents(data->events);
            const int firing = m_states->firingCount();
            m_ui->summaryLabel->setText(data->statuses.isEmpty()
                    ? tr("No alert rules: add an \"alerts\" array to the config.")
                    : tr("%1 of %n alert rule(s) firing", nullptr, int(data->statuses.size()))
                          .arg(firing));
            emit loaded(firing);
        });
}

} // namespace Syncline
