// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrulecommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

AddRuleCommand::AddRuleCommand(MappingDocument* document, int index, ValidationRule rule)
    : m_document(document)
    , m_index(index)
    , m_rule(std::move(rule))
{
    setText(tr("Add a validation rule for %1").arg(m_rule.field));
}

void AddRuleCommand::redo()
{
    m_document->applyInsertRule(m_index, m_rule);
}

void AddRuleCommand::undo()
{
    m_document->applyRemoveRule(m_index);
}

} // namespace Syncline
