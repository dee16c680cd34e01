// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/endpointconfig.h"
#include "engine/mappingpreview.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace Syncline {

// Runs MappingPreview off the GUI thread: schedule() waits for a short pause in the edits
// (the delay), then computes the preview in a pool thread (QtConcurrent) that opens its own
// connections and closes them before returning; the result arrives through finished() on the
// loader's thread. Edits made while a preview runs are coalesced into one more preview after
// it, and only the newest mapping's result is delivered. Owned by its MappingDesigner; GUI
// thread; the destructor waits for a preview in flight.
class MappingPreviewLoader final : public QObject
{
    Q_OBJECT

public:
    explicit MappingPreviewLoader(QObject* parent = nullptr);
    ~MappingPreviewLoader() override;

    void setEndpoints(const QList<EndpointConfig>& endpoints) { m_endpoints = endpoints; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }
    void setSampleSize(int rows) { m_sampleSize = rows; }
    // A preview is waiting for its delay or running.
    bool isBusy() const { return m_timer.isActive() || m_watcher.isRunning(); }

    // Previews `mapping` after the delay; a later call replaces it.
    void schedule(const MappingConfig& mapping);
    // Previews `mapping` as soon as no other preview runs.
    void runNow(const MappingConfig& mapping);
    void cancel();

signals:
    void started();
    // `error` is set when the preview as a whole failed (an endpoint unreachable, a table
    // missing); then `result` is empty.
    void finished(const Syncline::MappingPreviewResult& result, const QString& error);

private:
    struct Outcome
    {
        MappingPreviewResult result;
        QString error;
        MappingConfig mapping;
    };
    static Outcome compute(
        const QList<EndpointConfig>& endpoints, const MappingConfig& mapping, int sampleSize);
    void start();
    void onFinished();

    QList<EndpointConfig> m_endpoints;
    MappingConfig m_mapping;
    int m_sampleSize = MappingPreview::DefaultSampleSize;
    bool m_pending = false;
    bool m_cancelled = false;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Syncline
