// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrictile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Syncline {

MetricTile::MetricTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_caption(new QLabel(caption, this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    setMinimumWidth(150);
    QPalette detailPalette = m_detail->palette();
    detailPalette.setColor(
        QPalette::WindowText, detailPalette.color(QPalette::Disabled, QPalette::WindowText));
    m_detail->setPalette(detailPalette);
    m_value->setObjectName(QStringLiteral("metricValue"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_detail);
}

void MetricTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

void MetricTile::setAlert(bool alert)
{
    QPalette valuePalette = palette();
    if (alert)
        valuePalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_value->setPalette(valuePalette);
}

QString MetricTile::value() const
{
    return m_value->text();
}

} // namespace Syncline
