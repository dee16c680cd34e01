// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Syncline {

// A message shown in place, inside the panel it is about (an apply that failed, a value
// refused): a tinted bar with the text and a close button, like KMessageWidget. Child of its
// panel; GUI thread.
class InlineMessage final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Success, Error };

    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace Syncline
