// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectfieldcommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

ConnectFieldCommand::ConnectFieldCommand(
    MappingDocument* document, const QString& source, const QString& target)
    : m_document(document)
{
    m_field.target = target;
    m_field.source = source;
    m_field.kind = FieldMapping::Kind::Column;
    m_index = document->fieldIndex(target);
    if (m_index >= 0)
        m_previous = document->mapping().fields[m_index];
    else
        m_index = int(document->mapping().fields.size());
    setText(tr("Map %1 to %2").arg(source, target));
}

void ConnectFieldCommand::redo()
{
    if (m_previous)
        m_document->applyReplaceField(m_index, m_field);
    else
        m_document->applyInsertField(m_index, m_field);
}

void ConnectFieldCommand::undo()
{
    if (m_previous)
        m_document->applyReplaceField(m_index, *m_previous);
    else
        m_document->applyRemoveField(m_index);
}

} // namespace Syncline
