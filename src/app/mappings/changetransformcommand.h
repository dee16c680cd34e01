// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Syncline {

class MappingDocument;

// Sets how one target field gets its value (kind, source, cast type, constant, expression,
// lookup), adding the field's mapping when it has none. Keystrokes in the same field merge
// into one undo step. Owned by the document's undo stack.
class ChangeTransformCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::ChangeTransformCommand)

public:
    static constexpr int Id = 1001;

    ChangeTransformCommand(MappingDocument* document, const FieldMapping& field, bool typing);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    MappingDocument* m_document;
    FieldMapping m_field;
    int m_index = -1;
    std::optional<FieldMapping> m_previous;
    bool m_typing;
};

} // namespace Syncline
