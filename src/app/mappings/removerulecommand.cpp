// SPDX-License-Identifier: GPL-3.0-or-later
#include "removerulecommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

RemoveRuleCommand::RemoveRuleCommand(MappingDocument* document, int index)
    : m_document(document)
    , m_index(index)
    , m_rule(document->mapping().rules.value(index))
{
    setText(tr("Remove the validation rule for %1").arg(m_rule.field));
}

void RemoveRuleCommand::redo()
{
    m_document->applyRemoveRule(m_index);
}

void RemoveRuleCommand::undo()
{
    m_document->applyInsertRule(m_index, m_rule);
}

} // namespace Syncline
