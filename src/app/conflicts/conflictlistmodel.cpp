// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictlistmodel.h"

#include "store/conflictrepository.h"
#include "widgets/runtext.h"
#include "workspacetasks.h"

#include <QFont>

namespace Syncline {

namespace {

// "45 s", "12 min", "3 h", "2 d": the age of a conflict.
QString age(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return QString();
    const qint64 seconds = qMax<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return ConflictListModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ConflictListModel::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return ConflictListModel::tr("%1 h").arg(seconds / 3600);
    return ConflictListModel::tr("%1 d").arg(seconds / 86400);
}

} // namespace

ConflictListModel::ConflictListModel(WorkspaceTasks* tasks, QObject* parent)
    : QAbstractTableModel(parent)
    , m_tasks(tasks)
{ }

void ConflictListModel::setFilter(const ConflictFilter& filter)
{
    m_filter = filter;
    startOver();
}

void ConflictListModel::reload()
{
    startOver();
}

void ConflictListModel::startOver()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_loadingPage = false;
    m_pagesRequested = 0;
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
    requestCount();
    fetchMore();
}

void ConflictListModel::requestCount()
{
    m_counting = true;
    const quint64 generation = m_generation;
    ConflictFilter filter = m_filter;
    filter.now = m_now;
    m_tasks->withWorkspace(
        this,
        [filter](
            Workspace& workspace) { return ConflictRepository(workspace).countPending(filter); },
        [this, generation](const Result<qint64>& counted) {
            if (generation != m_generation)
                return;
            m_counting = false;
            if (!counted) {
                emit loadFailed(counted.error().message);
                return;
            }
            m_matching = *counted;
            emit matchingCountChanged(m_matching);
        });
}

void ConflictListModel::removeConflicts(const QSet<qint64>& ids)
{
    // Back to front, so that the rows not yet visited keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_rows[row].id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        if (m_matching > 0)
            --m_matching;
    }
    emit matchingCountChanged(m_matching);
}

const ConflictRecord* ConflictListModel::conflict(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ConflictListModel::rowOf(qint64 conflictId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == conflictId)
            return row;
    }
    return -1;
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    const ConflictRecord* c
        = checkIndex(index, CheckIndexOption::IndexIsValid) ? conflict(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == ConflictIdRole)
        return c->id;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Job:
            return c->job;
        case Entity:
            return c->entity;
        case Key:
            return c->keyText;
        case Kind:
            return ConflictRecord::toString(c->kind);
        case Fields:
            return c->fields.join(QStringLiteral(", "));
        case DetectedAt:
            return RunText::timestamp(c->detectedAt);
        case Age:
            return age(c->detectedAt, m_now);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Conflict %1 of job %2 on %3").arg(c->id).arg(c->job, c->keyText);
        if (!c->note.isEmpty())
            tip += u'\n' + c->note;
        if (c->snoozedUntil.isValid() && c->snoozedUntil > m_now)
            tip += u'\n' + tr("Snoozed until %1").arg(RunText::timestamp(c->snoozedUntil));
        return tip;
    }
    if (role == Qt::FontRole && c->snoozedUntil.isValid() && c->snoozedUntil > m_now) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Age)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Job:
        return tr("Job");
    case Entity:
        return tr("Entity");
    case Key:
        return tr("Key");
    case Kind:
        return tr("Kind");
    case Fields:
        return tr("Fields in conflict");
    case DetectedAt:
        return tr("Detected at");
    case Age:
        return tr("Age");
    case ColumnCount:
        break;
    }
    return {};
}

bool ConflictListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loadingPage;
}

void ConflictListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loadingPage = true;
    ++m_pagesRequested;
    const quint64 generation = m_generation;
    ConflictFilter filter = m_filter;
    filter.now = m_now;
    ConflictPage page;
    page.limit = PageSize;
    page.afterId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    m_tasks->withWorkspace(
        this,
        [filter, page](Workspace& workspace) {
            return ConflictRepository(workspace).findPending(filter, page);
        },
        [this, generation](const Result<QList<ConflictRecord>>& loaded) {
            if (generation != m_generation)
                return;
            m_loadingPage = false;
            if (!loaded) {
                m_atEnd = true;
                emit loadFailed(loaded.error().message);
                return;
            }
            if (loaded->size() < PageSize)
                m_atEnd = true;
            if (!loaded->isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + loaded->size()) - 1);
                m_rows.append(*loaded);
                endInsertRows();
            }
            emit pageLoaded();
        });
}

} // namespace Syncline
