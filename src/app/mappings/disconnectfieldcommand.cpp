// SPDX-License-Identifier: GPL-3.0-or-later
#include "disconnectfieldcommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

DisconnectFieldCommand::DisconnectFieldCommand(MappingDocument* document, const QString& target)
    : m_document(document)
    , m_index(document->fieldIndex(target))
    , m_field(document->mapping().fields.value(m_index))
{
    setText(tr("Unmap %1").arg(target));
}

void DisconnectFieldCommand::redo()
{
    m_document->applyRemoveField(m_index);
}

void DisconnectFieldCommand::undo()
{
    m_document->applyInsertField(m_index, m_field);
}

} // namespace Syncline
