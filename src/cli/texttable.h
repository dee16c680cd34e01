// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Syncline {

// Rows of text in aligned columns for a terminal: a header line, then one line per row,
// columns two spaces apart, chosen columns (numbers) aligned right. Value type.
class TextTable final
{
public:
    explicit TextTable(QStringList headers);

    void setRightAligned(int column, bool right = true);
    void addRow(const QStringList& cells);
    qsizetype rowCount() const { return m_rows.size(); }
    // Every line ends with '\n'; no trailing blanks.
    QString toString() const;

    // Characters a terminal shows for `text` (combining marks take no room).
    static qsizetype displayWidth(const QString& text);

private:
    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace Syncline
