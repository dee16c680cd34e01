// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Syncline {

// One figure on the dashboard: a big value ("12"), what it counts ("Runs in the last 24
// hours") and a detail line ("2 failed"). Child of DashboardView; GUI thread.
class MetricTile final : public QFrame
{
    Q_OBJECT

public:
    explicit MetricTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail);
    // Draws the value in the warning colour (something failed).
    void setAlert(bool alert);
    QString value() const;

private:
    QLabel* m_value = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_detail = nullptr;
};

} // namespace Syncline
