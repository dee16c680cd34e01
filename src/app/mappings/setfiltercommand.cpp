// SPDX-License-Identifier: GPL-3.0-or-later
#include "setfiltercommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

SetFilterCommand::SetFilterCommand(MappingDocument* document, QString filter, bool typing)
    : m_document(document)
    , m_filter(std::move(filter))
    , m_previous(document->mapping().filter)
    , m_typing(typing)
{
    setText(m_filter.isEmpty() ? tr("Remove the row filter") : tr("Change the row filter"));
}

void SetFilterCommand::redo()
{
    m_document->applyFilter(m_filter);
}

void SetFilterCommand::undo()
{
    m_document->applyFilter(m_previous);
}

bool SetFilterCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFilterCommand*>(other);
    if (!m_typing || !next->m_typing)
        return false;
    m_filter = next->m_filter;
    setObsolete(m_filter == m_previous);
    return true;
}

} // namespace Syncline
