// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace Syncline {

class MappingDocument;

// Sets the target fields that identify a row. Owned by the document's undo stack.
class SetKeyCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::SetKeyCommand)

public:
    SetKeyCommand(MappingDocument* document, QStringList key);

    void redo() override;
    void undo() override;

private:
    MappingDocument* m_document;
    QStringList m_key;
    QStringList m_previous;
};

} // namespace Syncline
