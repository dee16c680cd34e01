// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/conflictrecord.h"

#include <QHash>

namespace Syncline {

// How an admin settles one pending conflict.
struct ConflictDecision
{
    enum class Take { Source, Target, Merged };
    Take take = Take::Source;
    // Merged: field -> value as text (parsed with the field's type; the text "NULL" is
    // SQL NULL). Fields not set come from the field-level merge of base, source and target.
    QHash<QString, QString> set;
    QString rule; // the saved rule that decided it, if any, for the audit
};

// Applies a decision: writes the chosen row to both sides (or deletes it from both when the
// chosen side had deleted it), updates the journal, marks the conflict resolved and writes
// an audit entry (who, when, what, old and new values). All on the calling thread with its
// own connections; failures (a side rejects the row) leave the conflict pending and return
// the database's message.
class ConflictResolver final
{
public:
    explicit ConflictResolver(QString workspaceLocation);

    Result<ConflictRecord> resolve(
        qint64 conflictId, const ConflictDecision& decision, const QString& actor);

private:
    QString m_workspaceLocation;
};

} // namespace Syncline
