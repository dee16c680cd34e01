// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopchannel.h"

#include "desktopnotifier.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace Syncline {

DesktopChannel::DesktopChannel(
    AlertChannelConfig config, DesktopNotifier* notifier, QObject* context, QObject* parent)
    : AlertChannel(std::move(config), parent)
    , m_notifier(notifier)
    , m_context(context)
{ }

void DesktopChannel::attempt(int)
{
    if (!m_notifier || !m_context) {
        skipped(QStringLiteral("no desktop session: only the console shows desktop notifications"));
        return;
    }
    const AlertEvent shown = event();
    const QString title = subject(shown);
    const QString body = shown.message;
    DesktopNotifier* notifier = m_notifier;
    const QPointer<DesktopChannel> self(this);
    // The notifier lives on its context's thread (the GUI thread); the answer comes back here.
    QMetaObject::invokeMethod(m_context, [notifier, shown, title, body, self] {
        const bool shownOk = notifier->showAlert(shown, title, body);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, shownOk] {
            if (self)
                self->tried(shownOk,
                    shownOk ? QString() : QStringLiteral("the desktop has no notification area"),
                    false);
        });
    });
}

} // namespace Syncline
