// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Syncline {

class MappingDocument;

// Maps a target field straight from a source column (a drop of a source field on a target
// field), replacing whatever the target field had. Owned by the document's undo stack.
class ConnectFieldCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::ConnectFieldCommand)

public:
    ConnectFieldCommand(MappingDocument* document, const QString& source, const QString& target);

    void redo() override;
    void undo() override;

private:
    MappingDocument* m_document;
    FieldMapping m_field;
    int m_index = -1; // where the field is (replaced) or goes (appended)
    std::optional<FieldMapping> m_previous;
};

} // namespace Syncline
