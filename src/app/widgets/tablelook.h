// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;
class QHeaderView;
class QTableView;
class QTreeView;

namespace Syncline {

// How the console's tables and trees look and size their columns, so every view reads alike:
// whole-row selection, no grid, compact fixed rows, left-aligned headers, columns fitted to
// their contents (with air between them, capped so one long cell cannot push the others
// away) and the last column taking the rest. Stateless; GUI thread.
class TableLook final
{
public:
    static void setUp(QTableView* view);
    static void setUp(QTreeView* view);
    // Fits every column to its header and the visible rows; the last one stretches.
    static void fitColumns(QTableView* view, int maximumWidth = 420);
    static void fitColumns(QTreeView* view, int maximumWidth = 420);
    // Widens a column to fit `sample` (a timestamp, the longest status) when narrower.
    static void ensureFits(QHeaderView* header, int column, const QString& sample);

private:
    static void setUpCommon(QAbstractItemView* view);
    static void finishFit(QHeaderView* header, int maximumWidth);
};

} // namespace Syncline
