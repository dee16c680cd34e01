// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUndoStack>

namespace Syncline {

// Sends Undo and Redo key presses in the designer's text fields to the mapping's undo stack
// instead of the field's own history, so that Ctrl+Z undoes the last edit of the mapping
// wherever the focus is (a field's own history would replay another target field's text
// into this one). Install it on each text field; owned by the widget that installs it; GUI
// thread.
class UndoShortcutRedirect final : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutRedirect(QObject* parent = nullptr);

    void setStack(QUndoStack* stack) { m_stack = stack; }
    // Installs the redirect on `field` and turns off a QPlainTextEdit's own history.
    void watch(QObject* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QUndoStack> m_stack;
};

} // namespace Syncline
