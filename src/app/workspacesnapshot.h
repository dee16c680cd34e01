// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspaceconfig.h"
#include "store/auditrepository.h"
#include "store/runrecord.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Syncline {

// What the console shows of a workspace at one moment: its config, its recent runs and its
// recent audit entries (both newest first). Loaded off the GUI thread by
// WorkspaceSnapshotLoader; a value type.
struct WorkspaceSnapshot
{
    QString location;
    WorkspaceConfig config;
    QList<RunRecord> runs;
    QList<AuditEntry> audit;
    QString error; // why loading failed; empty on success

    bool ok() const { return error.isEmpty(); }
    // The newest run of job, or nullptr when it never ran (among the loaded runs).
    const RunRecord* lastRun(const QString& job) const;
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::WorkspaceSnapshot)
