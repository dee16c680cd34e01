// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannedchangesmodel.h"

#include "widgets/statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>

namespace Syncline {

namespace {

constexpr int s_summaryFields = 4; // fields a change row previews before "…"

// Colours for the application's palette (light or dark scheme): a model has no widget.
QColor kindColor(PlannedChange::Kind kind)
{
    const QPalette palette = QGuiApplication::palette();
    switch (kind) {
    case PlannedChange::Kind::Insert:
        return StatusColors::success(palette);
    case PlannedChange::Kind::Update:
        return StatusColors::info(palette);
    case PlannedChange::Kind::Delete:
        return StatusColors::error(palette);
    }
    return palette.color(QPalette::Text);
}

// Placeholders (a value not read, NULL): dimmed text of the palette.
QBrush dimmed()
{
    return QGuiApplication::palette().brush(QPalette::PlaceholderText);
}

} // namespace

PlannedChangesModel::PlannedChangesModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void PlannedChangesModel::setChanges(const QList<PlannedChange>& changes)
{
    QList<Entry> entries;
    entries.reserve(changes.size());
    for (const PlannedChange& change : changes) {
        Entry entry { change.kind, change.key, change.before, change.after, {} };
        switch (change.kind) {
        case PlannedChange::Kind::Insert:
            entry.fields = change.after.keys();
            break;
        case PlannedChange::Kind::Delete:
            entry.fields = change.before.keys();
            break;
        case PlannedChange::Kind::Update:
            // An incremental run compares the source with the journal and does not read the
            // target: it knows the row changed, not the target's values.
            if (change.before.isEmpty()) {
                entry.fields = change.after.keys();
                break;
            }
            for (auto it = change.after.constBegin(); it != change.after.constEnd(); ++it) {
                if (change.before.value(it.key()) != it.value())
                    entry.fields.append(it.key());
            }
            break;
        }
        entries.append(entry);
    }
    beginResetModel();
    m_changes = entries;
    endResetModel();
}

void PlannedChangesModel::clear()
{
    setChanges({});
}

QString PlannedChangesModel::kindText(PlannedChange::Kind kind)
{
    switch (kind) {
    case PlannedChange::Kind::Insert:
        return tr("Insert");
    case PlannedChange::Kind::Update:
        return tr("Update");
    case PlannedChange::Kind::Delete:
        return tr("Delete");
    }
    return QString();
}

QString PlannedChangesModel::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("NULL");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString PlannedChangesModel::notRead()
{
    return tr("(target not read)");
}

QString PlannedChangesModel::notReadReason()
{
    return tr("An incremental run compares the source with what was last synced, so it does "
              "not read the target's current values. A full run does.");
}

QModelIndex PlannedChangesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_changes.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_changes.size()
        || row >= m_changes[parent.row()].fields.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlannedChangesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PlannedChangesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_changes.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_changes[parent.row()].fields.size());
}

int PlannedChangesModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant PlannedChangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return changeData(m_changes[index.row()], index.column(), role);
    const Entry& entry = m_changes[int(index.internalId() - 1)];
    return fieldData(entry, entry.fields[index.row()], index.column(), role);
}

QString PlannedChangesModel::summary(const Entry& entry, const QJsonObject& values) const
{
    QStringList parts;
    for (const QString& field : entry.fields) {
        if (parts.size() == s_summaryFields) {
            parts.append(QStringLiteral("…"));
            break;
        }
        //: field = value, in the one-line preview of a planned change
        parts.append(tr("%1 = %2").arg(field, valueText(values.value(field))));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant PlannedChangesModel::changeData(const Entry& entry, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Change)
        return QBrush(kindColor(entry.kind));
    if (role == Qt::FontRole && column == Change) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == Before && entry.kind != PlannedChange::Kind::Insert && entry.before.isEmpty()) {
        if (role == Qt::ForegroundRole)
            return dimmed();
        if (role == Qt::ToolTipRole)
            return notReadReason();
    }
    if (role == Qt::ToolTipRole && column == Change && entry.kind == PlannedChange::Kind::Update)
        return entry.fields.size() == 1 ? tr("1 field changes")
                                        : tr("%1 fields change").arg(entry.fields.size());
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Change:
        return kindText(entry.kind);
    case Key:
        return entry.key;
    case Before:
        if (entry.kind == PlannedChange::Kind::Insert)
            return QString();
        if (entry.before.isEmpty())
            return notRead();
        return summary(entry, entry.before);
    case After:
        return entry.kind == PlannedChange::Kind::Delete ? QString() : summary(entry, entry.after);
    }
    return {};
}

QVariant PlannedChangesModel::fieldData(
    const Entry& entry, const QString& field, int column, int role) const
{
    const bool hasBefore = entry.kind != PlannedChange::Kind::Insert && !entry.before.isEmpty();
    if (column == Before && entry.kind != PlannedChange::Kind::Insert && !hasBefore) {
        if (role == Qt::DisplayRole)
            return notRead();
        if (role == Qt::ForegroundRole)
            return dimmed();
        if (role == Qt::ToolTipRole)
            return notReadReason();
        return {};
    }
    const bool hasAfter = entry.kind != PlannedChange::Kind::Delete;
    if (role == Qt::ForegroundRole) {
        if ((column == Before && hasBefore && entry.before.value(field).isNull())
            || (column == After && hasAfter && entry.after.value(field).isNull()))
            return dimmed();
        if (column == After && hasAfter)
            return QBrush(kindColor(entry.kind));
        return {};
    }
    if (role == Qt::ToolTipRole && (column == Before || column == After)) {
        if (column == Before && hasBefore)
            return valueText(entry.before.value(field));
        if (column == After && hasAfter)
            return valueText(entry.after.value(field));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Change:
        return field;
    case Key:
        return QString();
    case Before:
        return hasBefore ? valueText(entry.before.value(field)) : QString();
    case After:
        return hasAfter ? valueText(entry.after.value(field)) : QString();
    }
    return {};
}

QVariant PlannedChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Change:
        return tr("Change / field");
    case Key:
        return tr("Key");
    case Before:
        return tr("Before (target now)");
    case After:
        return tr("After");
    }
    return {};
}

} // namespace Syncline
