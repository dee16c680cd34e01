// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Syncline {

class MappingDocument;

// Removes a validation rule. Owned by the document's undo stack.
class RemoveRuleCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::RemoveRuleCommand)

public:
    RemoveRuleCommand(MappingDocument* document, int index);

    void redo() override;
    void undo() override;

private:
    MappingDocument* m_document;
    int m_index;
    ValidationRule m_rule;
};

} // namespace Syncline
