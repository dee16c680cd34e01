// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "conflicts/conflictdetailpanel.h"
#include "conflicts/conflictlistmodel.h"
#include "conflicts/conflictsview.h"
#include "dashboard/dashboardview.h"
#include "endpoints/endpointsview.h"
#include "endpoints/schemamodel.h"
#include "engine/demoworkspace.h"
#include "engine/runcontroller.h"
#include "engine/syncrun.h"
#include "jobs/jobsview.h"
#include "mainwindow.h"
#include "mappinglist/mappingsview.h"
#include "mappings/mappingdesigner.h"
#include "runs/runsview.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/workspace.h"
#include "workspacesnapshotloader.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

namespace Syncline {

namespace {

constexpr int s_waitMs = 60000;

// Runs the event loop until `done` holds or the time is up.
bool waitFor(const std::function<bool()>& done, int timeoutMs = s_waitMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

// Runs statements on a demo database with a connection of its own.
Status execute(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("syncline-screenshots");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString& statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        return Error::runtime(QStringLiteral("%1: %2").arg(path, error));
    return {};
}

Status runJob(const QString& location, const QString& job, qint64* runId = nullptr)
{
    const RunReport report = SyncRun(location, job).execute();
    if (!report.succeeded())
        return Error::runtime(QStringLiteral("run of %1: %2").arg(job, report.error.message));
    if (runId)
        *runId = report.runId;
    return {};
}

} // namespace

ScreenshotTour::ScreenshotTour(QString outputDir, QSize size)
    : m_outputDir(std::move(outputDir))
    , m_size(size)
{ }

Status ScreenshotTour::prepareWorkspace(const QString& location, const QString& dataDir)
{
    auto created = DemoWorkspace::create(location, dataDir);
    if (!created)
        return created.error();
    const QString crm = dataDir + QStringLiteral("/crm.db");
    const QString edge = dataDir + QStringLiteral("/edge.db");

    // The edge database's own rule, so that the history shows rows a target rejects.
    if (auto s = execute(edge,
            { QStringLiteral("CREATE TRIGGER customers_need_country BEFORE INSERT ON customers "
                             "WHEN NEW.country IS NULL BEGIN SELECT RAISE(ABORT, 'edge: a "
                             "customer needs a country for invoicing'); END") });
        !s)
        return s;
    // A warehouse the team reaches over the network; the console never connects to it here.
    {
        auto workspace = Workspace::open(location);
        if (!workspace)
            return workspace.error();
        EndpointConfig warehouse;
        warehouse.name = QStringLiteral("warehouse");
        warehouse.kind = QStringLiteral("postgresql");
        warehouse.url = QStringLiteral("postgresql://sync@warehouse.example.com:5432/analytics");
        warehouse.passwordEnv = QStringLiteral("WAREHOUSE_PASSWORD");
        if (auto s = ConfigRepository(**workspace)
                         .saveEndpoint(warehouse, AuditRepository::currentActor());
            !s)
            return s;
    }

    for (const QString& job : { QStringLiteral("customers-push"), QStringLiteral("orders-push") }) {
        // The demo's history comes first: remember the first run made here.
        if (auto s = runJob(location, job, m_firstRun == 0 ? &m_firstRun : nullptr); !s)
            return s;
    }
    // A day at the CRM: balances move, an account closes, two customers leave, one arrives.
    if (auto s = execute(crm,
            { QStringLiteral("UPDATE customers SET balance = printf('%.2f', balance + 125.5), "
                             "updated_at = '2025-01-06T09:12:44Z' WHERE id % 97 = 0"),
                QStringLiteral("UPDATE customers SET status = 'closed', balance = '0.00' "
                               "WHERE id = 1200"),
                QStringLiteral("DELETE FROM customers WHERE id IN (17, 2400)"),
                QStringLiteral("INSERT INTO customers (id, first_name, last_name, email, country, "
                               "balance, status, created_at, updated_at, notes) VALUES (4001, "
                               "'Ines', 'Duarte', 'ines.duarte@example.pt', 'PT', '0.00', "
                               "'active', '2025-01-06T10:02:00Z', '2025-01-06T10:02:00Z', "
                               "'Signed up at the Lisboa fair.')") });
        !s)
        return s;
    if (auto s = runJob(location, QStringLiteral("customers-push")); !s)
        return s;
    if (auto s = runJob(location, QStringLiteral("orders-push")); !s)
        return s;
    // Changes not synced yet, for the dry run the Jobs view shows.
    return execute(crm,
        { QStringLiteral("UPDATE customers SET email = lower(email), "
                         "updated_at = '2025-01-07T08:30:00Z' WHERE id IN (3, 58, 311)"),
            QStringLiteral("UPDATE customers SET balance = '1499.00', "
                           "updated_at = '2025-01-07T08:31:10Z' WHERE id IN (42, 77)"),
            QStringLiteral("DELETE FROM customers WHERE id = 905") });
}

Result<QStringList> ScreenshotTour::run()
{
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return Error::runtime(
            tr("cannot create a temporary directory: %1").arg(temporary.errorString()));
    const QString location = temporary.filePath(QStringLiteral("workspace.db"));
    if (auto s = prepareWorkspace(location, temporary.filePath(QStringLiteral("demo"))); !s)
        return s.error();
    if (!QDir().mkpath(m_outputDir))
        return Error::runtime(tr("%1: cannot create the directory").arg(m_outputDir));

    QStringList written;
    MainWindow window(location);
    window.resize(m_size);
    window.show();
    if (!waitFor([&] { return window.isLoaded(); }))
        return Error::runtime(tr("the workspace did not load"));

    const auto grab = [&](MainWindow::View view, const QString& viewName) -> Status {
        if (!m_only.isEmpty() && !m_only.contains(viewName))
            return {};
        const QString name = m_only.value(viewName, viewName);
        window.showView(view);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
        if (!window.grab().save(path))
            return Error::runtime(tr("%1: cannot write the image").arg(path));
        written.append(path);
        return {};
    };

    // Jobs: a dry run of the source's latest changes, shown before anything is written.
    window.showView(MainWindow::View::Jobs);
    window.jobsView()->selectJob(QStringLiteral("customers-push"));
    bool finished = false;
    QObject::connect(window.runController(), &RunController::finished, &window,
        [&finished] { finished = true; });
    window.startJob(QStringLiteral("customers-push"), true);
    if (!waitFor([&] { return finished; }))
        return Error::runtime(tr("the dry run did not finish"));
    waitFor([&] { return !window.snapshotLoader()->isLoading(); });
    window.jobsView()->showPlannedChanges(true);

    // The dashboard's charts read the metrics on a pool thread.
    waitFor([&] { return !window.dashboardView()->chartsLoading(); });
    QCoreApplication::sendPostedEvents();
    if (auto s = grab(MainWindow::View::Dashboard, QStringLiteral("dashboard")); !s)
        return s.error();

    window.showView(MainWindow::View::Endpoints);
    bool schemaLoaded = false;
    QObject::connect(window.endpointsView(), &EndpointsView::schemaLoaded, &window,
        [&schemaLoaded] { schemaLoaded = true; });
    window.endpointsView()->selectEndpoint(QStringLiteral("crm"));
    // The first endpoint may have been shown (and its schema read) before this connection.
    waitFor([&] { return schemaLoaded || window.endpointsView()->schemaModel()->rowCount() > 0; });
    if (auto s = grab(MainWindow::View::Endpoints, QStringLiteral("endpoints")); !s)
        return s.error();

    // The customers mapping, its expression's transform in the side panel and the preview of
    // sample rows (read on a pool thread).
    window.showView(MainWindow::View::Mappings);
    bool previewed = false;
    QObject::connect(window.mappingsView()->designer(), &MappingDesigner::previewUpdated, &window,
        [&previewed] { previewed = true; });
    window.mappingsView()->selectMapping(QStringLiteral("customers"));
    waitFor([&] { return !window.mappingsView()->loadedMapping().isEmpty(); });
    window.mappingsView()->designer()->selectField(QStringLiteral("full_name"));
    waitFor([&] { return previewed; }, 20000);
    if (auto s = grab(MainWindow::View::Mappings, QStringLiteral("mappings")); !s)
        return s.error();

    if (auto s = grab(MainWindow::View::Jobs, QStringLiteral("jobs")); !s)
        return s.error();

    // Runs: the first run of customers-push, whose target rejected rows.
    window.showView(MainWindow::View::Runs);
    bool detailsLoaded = false;
    QObject::connect(window.runsView(), &RunsView::detailsLoaded, &window,
        [&detailsLoaded] { detailsLoaded = true; });
    window.runsView()->selectRun(m_firstRun);
    waitFor([&] { return detailsLoaded; });
    if (auto s = grab(MainWindow::View::Runs, QStringLiteral("runs")); !s)
        return s.error();

    // The conflicts page reviews a ticket both desks edited: a long description on each side.
    window.showView(MainWindow::View::Conflicts);
    ConflictsView* conflicts = window.conflictsView();
    waitFor([&] { return conflicts->listModel()->rowCount() > 1; });
    for (int row = 0; row < conflicts->listModel()->rowCount(); ++row) {
        const ConflictRecord* conflict = conflicts->listModel()->conflict(row);
        if (conflict && conflict->keyText == u"id=2") {
            conflicts->conflictTable()->selectRow(row);
            waitFor([&] {
                return conflicts->detailPanel()->conflictId() == conflict->id
                    && !conflicts->detailPanel()->isBusy();
            });
            break;
        }
    }
    if (auto s = grab(MainWindow::View::Conflicts, QStringLiteral("conflicts")); !s)
        return s.error();
    if (auto s = grab(MainWindow::View::Audit, QStringLiteral("audit")); !s)
        return s.error();
    window.close();
    return written;
}

} // namespace Syncline
