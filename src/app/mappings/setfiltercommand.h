// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Syncline {

class MappingDocument;

// Sets the mapping's row filter; keystrokes merge into one undo step. Owned by the
// document's undo stack.
class SetFilterCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::SetFilterCommand)

public:
    static constexpr int Id = 1002;

    SetFilterCommand(MappingDocument* document, QString filter, bool typing);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    MappingDocument* m_document;
    QString m_filter;
    QString m_previous;
    bool m_typing;
};

} // namespace Syncline
