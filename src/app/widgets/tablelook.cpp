// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablelook.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace Syncline {

namespace {

constexpr int s_columnGap = 12; // pixels added to a column fitted to its contents

} // namespace

void TableLook::setUpCommon(QAbstractItemView* view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void TableLook::setUp(QTableView* view)
{
    setUpCommon(view);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

void TableLook::setUp(QTreeView* view)
{
    setUpCommon(view);
    view->setUniformRowHeights(true);
    view->setWordWrap(false);
    view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->header()->setStretchLastSection(true);
}

void TableLook::finishFit(QHeaderView* header, int maximumWidth)
{
    for (int column = 0; column + 1 < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        header->resizeSection(
            column, qMin(header->sectionSize(column) + s_columnGap, maximumWidth));
    }
    // Resizing the last section by hand ends its stretch, so it is switched on again.
    header->setStretchLastSection(false);
    header->setStretchLastSection(true);
}

void TableLook::ensureFits(QHeaderView* header, int column, const QString& sample)
{
    const int width = header->fontMetrics().horizontalAdvance(sample) + 2 * s_columnGap;
    if (header->sectionSize(column) < width)
        header->resizeSection(column, width);
    header->setStretchLastSection(false);
    header->setStretchLastSection(true);
}

void TableLook::fitColumns(QTableView* view, int maximumWidth)
{
    view->resizeColumnsToContents();
    finishFit(view->horizontalHeader(), maximumWidth);
}

void TableLook::fitColumns(QTreeView* view, int maximumWidth)
{
    QHeaderView* header = view->header();
    for (int column = 0; column < header->count(); ++column)
        view->resizeColumnToContents(column);
    finishFit(header, maximumWidth);
}

} // namespace Syncline
