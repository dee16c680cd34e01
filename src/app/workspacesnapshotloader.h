// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacesnapshot.h"

#include <QFutureWatcher>
#include <QObject>

namespace Syncline {

// Loads a WorkspaceSnapshot in a pool thread (QtConcurrent) that opens its own Workspace and
// closes it before returning, and delivers it on the thread the loader lives on (the GUI
// thread). Requests made while a load runs are coalesced into one more load after it, and
// only that newer snapshot is delivered.
// Owned by its parent (MainWindow); the destructor waits for a load in flight.
class WorkspaceSnapshotLoader final : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSnapshotLoader(QString location, QObject* parent = nullptr);
    ~WorkspaceSnapshotLoader() override;

    QString location() const { return m_location; }
    bool isLoading() const { return m_watcher.isRunning(); }
    // How many runs (of all jobs) and audit entries a snapshot holds.
    void setRunLimit(int limit) { m_runLimit = limit; }
    void setAuditLimit(int limit) { m_auditLimit = limit; }

    // Opens the workspace and reads it; the snapshot arrives through loaded().
    static WorkspaceSnapshot load(const QString& location, int runLimit, int auditLimit);

public slots:
    void reload();

signals:
    void loaded(const Syncline::WorkspaceSnapshot& snapshot);

private:
    void onFinished();

    QString m_location;
    int m_runLimit = 1000;
    int m_auditLimit = 2000;
    bool m_pending = false;
    QFutureWatcher<WorkspaceSnapshot> m_watcher;
};

} // namespace Syncline
