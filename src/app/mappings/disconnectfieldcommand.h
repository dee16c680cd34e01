// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Syncline {

class MappingDocument;

// Removes a target field's mapping, whatever its kind. Owned by the document's undo stack.
class DisconnectFieldCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::DisconnectFieldCommand)

public:
    DisconnectFieldCommand(MappingDocument* document, const QString& target);

    void redo() override;
    void undo() override;

private:
    MappingDocument* m_document;
    int m_index;
    FieldMapping m_field;
};

} // namespace Syncline
