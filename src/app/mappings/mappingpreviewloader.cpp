// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingpreviewloader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Syncline {

MappingPreviewLoader::MappingPreviewLoader(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &MappingPreviewLoader::start);
    connect(
        &m_watcher, &QFutureWatcher<Outcome>::finished, this, &MappingPreviewLoader::onFinished);
}

MappingPreviewLoader::~MappingPreviewLoader()
{
    // The task holds no pointer to us, but its connections must be closed before whoever
    // owns the databases (a test's temporary directory) removes them.
    m_watcher.waitForFinished();
}

MappingPreviewLoader::Outcome MappingPreviewLoader::compute(
    const QList<EndpointConfig>& endpoints, const MappingConfig& mapping, int sampleSize)
{
    Outcome outcome;
    outcome.mapping = mapping;
    MappingPreview preview(endpoints);
    auto result = preview.run(mapping, sampleSize);
    if (result)
        outcome.result = std::move(result).value();
    else
        outcome.error = result.error().message;
    return outcome; // `preview` closes its connections here, still on this thread
}

void MappingPreviewLoader::schedule(const MappingConfig& mapping)
{
    m_mapping = mapping;
    m_cancelled = false;
    m_timer.start();
}

void MappingPreviewLoader::runNow(const MappingConfig& mapping)
{
    m_mapping = mapping;
    m_cancelled = false;
    m_timer.stop();
    start();
}

void MappingPreviewLoader::cancel()
{
    m_timer.stop();
    m_pending = false;
    m_cancelled = true;
}

void MappingPreviewLoader::start()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    emit started();
    m_watcher.setFuture(
        QtConcurrent::run(&MappingPreviewLoader::compute, m_endpoints, m_mapping, m_sampleSize));
}

void MappingPreviewLoader::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (m_pending) {
        start();
        return;
    }
    if (m_cancelled || outcome.mapping != m_mapping)
        return; // a newer preview is scheduled
    emit finished(outcome.result, outcome.error);
}

} // namespace Syncline
