// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertchannel.h"

#include <QPointer>

namespace Syncline {

class DesktopNotifier;

// Shows an alert as a desktop notification through the console's DesktopNotifier, on the
// thread of its context object. Where no console runs (the daemon, synclinectl) the delivery
// is recorded as skipped.
class DesktopChannel final : public AlertChannel
{
    Q_OBJECT

public:
    DesktopChannel(AlertChannelConfig config, DesktopNotifier* notifier, QObject* context,
        QObject* parent = nullptr);

protected:
    void attempt(int attempt) override;

private:
    DesktopNotifier* m_notifier = nullptr;
    QPointer<QObject> m_context;
};

} // namespace Syncline
