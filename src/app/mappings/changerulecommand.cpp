// SPDX-License-Identifier: GPL-3.0-or-later
#include "changerulecommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

ChangeRuleCommand::ChangeRuleCommand(
    MappingDocument* document, int index, ValidationRule rule, bool typing)
    : m_document(document)
    , m_index(index)
    , m_rule(std::move(rule))
    , m_previous(document->mapping().rules.value(index))
    , m_typing(typing)
{
    setText(tr("Change the validation rule for %1").arg(m_rule.field));
}

void ChangeRuleCommand::redo()
{
    m_document->applyReplaceRule(m_index, m_rule);
}

void ChangeRuleCommand::undo()
{
    m_document->applyReplaceRule(m_index, m_previous);
}

bool ChangeRuleCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeRuleCommand*>(other);
    if (!m_typing || !next->m_typing || next->m_index != m_index)
        return false;
    m_rule = next->m_rule;
    setObsolete(m_rule == m_previous);
    return true;
}

} // namespace Syncline
