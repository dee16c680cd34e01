// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictdiffmodel.h"

#include <QPointer>
#include <QUndoCommand>

namespace Syncline {

// One change to the merged row of the conflict under review (a pick for a field, for the
// whole row, or an edited value): the merged state before and after, so undo and redo
// restore exactly what the Merged column showed. Lives on the panel's QUndoStack; GUI thread.
class MergeChoiceCommand final : public QUndoCommand
{
public:
    MergeChoiceCommand(
        ConflictDiffModel* model, MergeState before, MergeState after, const QString& text);

    void undo() override;
    void redo() override;

private:
    QPointer<ConflictDiffModel> m_model;
    MergeState m_before;
    MergeState m_after;
};

} // namespace Syncline
