// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Syncline {

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("inlineMessageText"));
    layout->addWidget(m_text, 1);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    QString colours;
    switch (kind) {
    case Kind::Information:
        colours = QStringLiteral("background:#e8f0fb; border:1px solid #9bb8e0; color:#1d3557;");
        break;
    case Kind::Success:
        colours = QStringLiteral("background:#e3f4e6; border:1px solid #8cc79a; color:#1c4a27;");
        break;
    case Kind::Error:
        colours = QStringLiteral("background:#fbe4e4; border:1px solid #e09a9a; color:#7a1616;");
        break;
    }
    setStyleSheet(QStringLiteral("#inlineMessage { %1 border-radius:4px; } "
                                 "#inlineMessageText { color: inherit; }")
                      .arg(colours));
    m_text->setStyleSheet(
        QStringLiteral("color:%1;")
            .arg(kind == Kind::Error ? QStringLiteral("#7a1616") : QStringLiteral("#1d3557")));
    m_text->setText(text);
    show();
}

QString InlineMessage::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace Syncline
