// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Syncline {

class MappingDocument;

// Adds the pairs FieldMatcher found for unmapped target fields, and the key when the mapping
// had none. One undo step. Owned by the document's undo stack.
class AutoMapCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::AutoMapCommand)

public:
    AutoMapCommand(MappingDocument* document, QList<FieldMapping> fields, QStringList key);

    void redo() override;
    void undo() override;

private:
    MappingDocument* m_document;
    QList<FieldMapping> m_fields;
    int m_firstIndex; // the fields are appended from here
    QStringList m_key;
    QStringList m_previousKey;
};

} // namespace Syncline
