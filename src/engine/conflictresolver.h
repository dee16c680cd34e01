// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/conflictrecord.h"

#include <QHash>
#include <QList>

#include <functional>

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

// How many conflicts are settled at once: by a side, or by a saved rule (ConflictRule).
struct BulkDecision
{
    enum class By { Source, Target, Rule };
    By by = By::Source;
    QString rule; // By::Rule: the saved rule's name
};

// What resolveMany() did: the ids resolved, and those that stay pending with the reason.
struct BulkOutcome
{
    struct Failure
    {
        qint64 id = 0;
        QString key; // the conflict's key text, when known
        QString error;
    };
    QList<qint64> resolved;
    QList<Failure> failures;
    bool cancelled = false; // stopped early: the ids neither resolved nor failed stay pending
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

    // Called between batches with how many of the conflicts are done; returning false stops
    // after the batch in flight.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    // Resolves many conflicts the same way, with one JobSession (workspace and endpoint
    // connections) per job, a batch of writes per side per transaction and one workspace
    // transaction per batch for the marks and audit entries (which name the rule, if any).
    // A conflict a side rejects, or that the rule leaves to manual review, stays pending and
    // is listed in the failures. Fails as a whole only when the rule is unknown or the
    // workspace cannot be read.
    Result<BulkOutcome> resolveMany(const QList<qint64>& conflictIds, const BulkDecision& decision,
        const QString& actor, const Progress& progress = {});

private:
    QString m_workspaceLocation;
};

} // namespace Syncline
