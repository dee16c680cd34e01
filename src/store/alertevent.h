// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Syncline {

// One transition of an alert rule for one job: it started firing, or it recovered (ok).
// Value type, crosses threads.
struct AlertEvent
{
    enum class State { Ok, Firing };

    qint64 id = 0;
    QString rule;
    QString job;
    State state = State::Ok;
    QString severity; // info, warning, critical
    double value = 0; // what was measured
    double threshold = 0;
    QString message; // one line, for people
    QDateTime at; // UTC

    static QString toString(State state) // "ok", "firing"
    {
        return state == State::Firing ? QStringLiteral("firing") : QStringLiteral("ok");
    }
    static State stateFromString(const QString& text)
    {
        return text == u"firing" ? State::Firing : State::Ok;
    }
};

// One attempt to tell a channel about an event (eventId 0: a test message).
struct AlertDelivery
{
    enum class Status { Sent, Failed, Skipped };

    qint64 id = 0;
    qint64 eventId = 0;
    QString channel;
    int attempt = 1;
    Status status = Status::Sent;
    QString error; // the channel's or server's own words; empty when sent
    QDateTime at; // UTC

    static QString toString(Status status)
    {
        switch (status) {
        case Status::Sent:
            return QStringLiteral("sent");
        case Status::Failed:
            return QStringLiteral("failed");
        case Status::Skipped:
            return QStringLiteral("skipped");
        }
        return QString();
    }
    static Status statusFromString(const QString& text)
    {
        if (text == u"sent")
            return Status::Sent;
        return text == u"skipped" ? Status::Skipped : Status::Failed;
    }
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::AlertEvent)
Q_DECLARE_METATYPE(Syncline::AlertDelivery)
