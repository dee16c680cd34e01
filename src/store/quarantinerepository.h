// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Syncline {

class Workspace;

// A row the target rejected, kept with the database's own error text.
struct QuarantinedRow
{
    qint64 id = 0;
    qint64 runId = 0;
    QString job;
    QString key; // KeyCodec::display form: "id=42"
    QString operation; // "upsert" or "delete"
    QJsonObject row; // target field -> value
    QString error;
    QDateTime createdAt;
};

// The quarantine. Used on the thread that opened the Workspace.
class QuarantineRepository final
{
public:
    explicit QuarantineRepository(Workspace& workspace)
        : m_workspace(workspace)
    { }

    Status add(const QList<QuarantinedRow>& rows); // one transaction
    Result<QList<QuarantinedRow>> list(
        const QString& job = QString(), qint64 runId = 0, int limit = 1000) const;

private:
    Workspace& m_workspace;
};

} // namespace Syncline
