// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacetasks.h"

namespace Syncline {

WorkspaceTasks::WorkspaceTasks(QString location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
{ }

WorkspaceTasks::~WorkspaceTasks()
{
    for (QFuture<void>& future : m_futures)
        future.waitForFinished();
}

void WorkspaceTasks::track(const QFuture<void>& future)
{
    m_futures.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_futures.append(future);
}

} // namespace Syncline
