// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergechoicecommand.h"

namespace Syncline {

MergeChoiceCommand::MergeChoiceCommand(
    ConflictDiffModel* model, MergeState before, MergeState after, const QString& text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void MergeChoiceCommand::undo()
{
    if (m_model)
        m_model->setMergeState(m_before);
}

void MergeChoiceCommand::redo()
{
    if (m_model)
        m_model->setMergeState(m_after);
}

} // namespace Syncline
