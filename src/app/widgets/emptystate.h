// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Syncline {

// What a view shows when it has nothing to show: a short bold title ("No conflicts pending.")
// and a paragraph saying what will appear here and how to get there. Child of its view; GUI
// thread.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // Rich text. Web and mail links open in the browser; other links (syncline:...) are
    // emitted as linkActivated for the window to handle.
    void setText(const QString& text);
    QString title() const;
    QString text() const;

signals:
    void linkActivated(const QString& link);

private:
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace Syncline
