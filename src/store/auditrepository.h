// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Syncline {

class Workspace;

// Who changed what and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor; // OS user name, or "synclinectl"/"console" plus user
    QString action; // "import", "endpoint.save", "job.remove", "conflict.resolve"...
    QString object; // "job:customers-push"
    QJsonObject detail; // old/new values and anything else worth keeping
};

// The append-only audit log. Used on the thread that opened the Workspace.
class AuditRepository final
{
public:
    explicit AuditRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    // Writes inside the caller's transaction when one is open.
    Status record(const QString& actor, const QString& action, const QString& object,
        const QJsonObject& detail);
    Result<QList<AuditEntry>> list(int limit = 1000) const;
    // The OS login name of the current process ("unknown" when none).
    static QString currentActor();

private:
    Workspace& m_workspace;
};

} // namespace Syncline
