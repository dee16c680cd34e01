// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

namespace Syncline {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
    , m_rightAligned(m_headers.size(), false)
{ }

void TextTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_rightAligned.size())
        m_rightAligned[column] = right;
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList row = cells;
    row.resize(m_headers.size());
    for (QString& cell : row) // one line per row, whatever the data holds
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\t'), QLatin1Char(' '));
    m_rows.append(row);
}

qsizetype TextTable::displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate())
            continue;
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        ++width;
    }
    return width;
}

QString TextTable::toString() const
{
    QList<qsizetype> widths(m_headers.size(), 0);
    const auto measure = [&](const QStringList& row) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row[c]));
    };
    measure(m_headers);
    for (const QStringList& row : m_rows)
        measure(row);

    QString text;
    const auto append = [&](const QStringList& row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString padding(widths[c] - displayWidth(row[c]), QLatin1Char(' '));
            if (c > 0)
                line += QStringLiteral("  ");
            line += m_rightAligned[c] ? padding + row[c] : row[c] + padding;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    };
    append(m_headers);
    for (const QStringList& row : m_rows)
        append(row);
    return text;
}

} // namespace Syncline
