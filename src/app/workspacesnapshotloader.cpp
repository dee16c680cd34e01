// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesnapshotloader.h"

#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/runrepository.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Syncline {

WorkspaceSnapshotLoader::WorkspaceSnapshotLoader(QString location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
{
    connect(&m_watcher, &QFutureWatcher<WorkspaceSnapshot>::finished, this,
        &WorkspaceSnapshotLoader::onFinished);
}

WorkspaceSnapshotLoader::~WorkspaceSnapshotLoader()
{
    // The task holds no pointer to us, but it must not outlive the workspace its caller may
    // delete right after (a test's temporary directory).
    m_watcher.waitForFinished();
}

WorkspaceSnapshot WorkspaceSnapshotLoader::load(
    const QString& location, int runLimit, int auditLimit)
{
    WorkspaceSnapshot snapshot;
    snapshot.location = location;
    auto workspace = Workspace::open(location);
    if (!workspace) {
        snapshot.error = workspace.error().message;
        return snapshot;
    }
    {
        const ConfigRepository configs(**workspace);
        auto config = configs.load();
        if (!config) {
            snapshot.error = config.error().message;
            return snapshot;
        }
        snapshot.config = std::move(config).value();

        const RunRepository runs(**workspace);
        auto recent = runs.list(QString(), runLimit);
        if (!recent) {
            snapshot.error = recent.error().message;
            return snapshot;
        }
        snapshot.runs = std::move(recent).value();

        const AuditRepository audit(**workspace);
        auto entries = audit.list(auditLimit);
        if (!entries) {
            snapshot.error = entries.error().message;
            return snapshot;
        }
        snapshot.audit = std::move(entries).value();
    }
    workspace->reset(); // closes this thread's connection before the pool reuses the thread
    return snapshot;
}

void WorkspaceSnapshotLoader::reload()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_watcher.setFuture(
        QtConcurrent::run(&WorkspaceSnapshotLoader::load, m_location, m_runLimit, m_auditLimit));
}

void WorkspaceSnapshotLoader::onFinished()
{
    // A request made during the load wants what the workspace holds now: this snapshot is
    // already older than that (a run that finished meanwhile still shows as running), so
    // only the next one is delivered.
    if (m_pending) {
        reload();
        return;
    }
    emit loaded(m_watcher.result());
}

} // namespace Syncline
