// SPDX-License-Identifier: GPL-3.0-or-later
#include "undoshortcutredirect.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace Syncline {

UndoShortcutRedirect::UndoShortcutRedirect(QObject* parent)
    : QObject(parent)
{ }

void UndoShortcutRedirect::watch(QObject* field)
{
    if (auto* edit = qobject_cast<QPlainTextEdit*>(field))
        edit->setUndoRedoEnabled(false);
    field->installEventFilter(this);
}

bool UndoShortcutRedirect::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && m_stack) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo)) {
            m_stack->undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            m_stack->redo();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Syncline
