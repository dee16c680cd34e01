// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetransformcommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

ChangeTransformCommand::ChangeTransformCommand(
    MappingDocument* document, const FieldMapping& field, bool typing)
    : m_document(document)
    , m_field(field)
    , m_typing(typing)
{
    m_index = document->fieldIndex(field.target);
    if (m_index >= 0)
        m_previous = document->mapping().fields[m_index];
    else
        m_index = int(document->mapping().fields.size());
    setText(tr("Change the transform of %1").arg(field.target));
}

void ChangeTransformCommand::redo()
{
    if (m_previous)
        m_document->applyReplaceField(m_index, m_field);
    else
        m_document->applyInsertField(m_index, m_field);
}

void ChangeTransformCommand::undo()
{
    if (m_previous)
        m_document->applyReplaceField(m_index, *m_previous);
    else
        m_document->applyRemoveField(m_index);
}

bool ChangeTransformCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeTransformCommand*>(other);
    if (!m_typing || !next->m_typing || next->m_field.target != m_field.target
        || next->m_field.kind != m_field.kind)
        return false;
    m_field = next->m_field;
    // Typed back to where it started: the step does nothing any more.
    setObsolete(m_previous && *m_previous == m_field);
    return true;
}

} // namespace Syncline
