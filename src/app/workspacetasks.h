// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/workspace.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace Syncline {

// Runs the console's database and network work on the global thread pool (QtConcurrent) and
// hands each result back on the GUI thread, so the GUI thread never waits on a database or a
// connection. withWorkspace() tasks open their own Workspace on the pool thread and close it
// before the thread is reused; run() tasks open whatever connections they need themselves.
// A result is delivered only while its receiver lives. Owned by MainWindow; lives on the GUI
// thread; the destructor waits for the tasks still running (they may use files the owner's
// owner deletes next, such as a test's temporary directory).
class WorkspaceTasks final : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceTasks(QString location, QObject* parent = nullptr);
    ~WorkspaceTasks() override;

    QString location() const { return m_location; }
    // Tasks started and not yet delivered.
    int pendingCount() const { return m_pending; }

    // work() on a pool thread; done(result) later on this object's thread if receiver lives.
    template <typename Work, typename Done> void run(QObject* receiver, Work work, Done done)
    {
        using R = std::invoke_result_t<Work>;
        auto* watcher = new QFutureWatcher<R>(this);
        const QPointer<QObject> guard(receiver);
        connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, guard, done = std::move(done)] {
                const R result = watcher->result();
                watcher->deleteLater();
                --m_pending;
                if (guard)
                    done(result);
                if (m_pending == 0)
                    emit idle();
            });
        QFuture<R> future = QtConcurrent::run(std::move(work));
        ++m_pending;
        track(QFuture<void>(future));
        watcher->setFuture(future);
    }

    // work(workspace) on a pool thread with a Workspace of its own; work returns a Result<T>
    // (or Status). A workspace that fails to open yields its error as the result.
    template <typename Work, typename Done>
    void withWorkspace(QObject* receiver, Work work, Done done)
    {
        using R = std::invoke_result_t<Work, Workspace&>;
        run(
            receiver,
            [location = m_location, work = std::move(work)]() -> R {
                auto workspace = Workspace::open(location);
                if (!workspace)
                    return R(workspace.error());
                R result = work(**workspace);
                workspace->reset(); // closes this thread's connection before the pool reuses it
                return result;
            },
            std::move(done));
    }

signals:
    // Every task started so far has delivered its result.
    void idle();

private:
    void track(const QFuture<void>& future);

    QString m_location;
    QList<QFuture<void>> m_futures;
    int m_pending = 0;
};

} // namespace Syncline
