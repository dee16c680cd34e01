// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Syncline {

class MappingDocument;

// Changes a validation rule's field or checks; keystrokes in the same rule merge into one
// undo step. Owned by the document's undo stack.
class ChangeRuleCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::ChangeRuleCommand)

public:
    static constexpr int Id = 1003;

    ChangeRuleCommand(MappingDocument* document, int index, ValidationRule rule, bool typing);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    MappingDocument* m_document;
    int m_index;
    ValidationRule m_rule;
    ValidationRule m_previous;
    bool m_typing;
};

} // namespace Syncline
