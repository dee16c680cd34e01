// SPDX-License-Identifier: GPL-3.0-or-later
#include "automapcommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

AutoMapCommand::AutoMapCommand(
    MappingDocument* document, QList<FieldMapping> fields, QStringList key)
    : m_document(document)
    , m_fields(std::move(fields))
    , m_firstIndex(int(document->mapping().fields.size()))
    , m_key(std::move(key))
    , m_previousKey(document->mapping().key)
{
    setText(tr("Auto-map %n field(s)", nullptr, int(m_fields.size())));
}

void AutoMapCommand::redo()
{
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        m_document->applyInsertField(m_firstIndex + int(i), m_fields[i]);
    if (m_key != m_previousKey)
        m_document->applyKey(m_key);
}

void AutoMapCommand::undo()
{
    if (m_key != m_previousKey)
        m_document->applyKey(m_previousKey);
    for (qsizetype i = m_fields.size() - 1; i >= 0; --i)
        m_document->applyRemoveField(m_firstIndex + int(i));
}

} // namespace Syncline
