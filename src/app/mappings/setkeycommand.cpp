// SPDX-License-Identifier: GPL-3.0-or-later
#include "setkeycommand.h"

#include "mappings/mappingdocument.h"

namespace Syncline {

SetKeyCommand::SetKeyCommand(MappingDocument* document, QStringList key)
    : m_document(document)
    , m_key(std::move(key))
    , m_previous(document->mapping().key)
{
    setText(tr("Set the key to %1").arg(m_key.join(QStringLiteral(", "))));
}

void SetKeyCommand::redo()
{
    m_document->applyKey(m_key);
}

void SetKeyCommand::undo()
{
    m_document->applyKey(m_previous);
}

} // namespace Syncline
