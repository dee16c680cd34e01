// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdiffmodel.h"

#include "core/canonicalformatter.h"

#include <QBrush>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Syncline {

namespace {

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

bool isTextual(const FieldType& type)
{
    return type.kind == FieldType::Kind::Text || type.kind == FieldType::Kind::Any;
}

} // namespace

ConflictDiffModel::ConflictDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

CellValue ConflictDiffModel::cellFrom(const QJsonValue& row, const QString& field)
{
    if (!row.isObject())
        return CellValue();
    const QJsonValue value = row.toObject().value(field);
    if (value.isNull() || value.isUndefined())
        return CellValue::null();
    if (value.isBool())
        return CellValue::value(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    if (value.isDouble()) {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return CellValue::value(QString::number(number.toLongLong()));
        return CellValue::value(CanonicalFormatter::real(value.toDouble()));
    }
    if (value.isString())
        return CellValue::value(value.toString());
    // Canonical rows hold scalars only; anything else is shown as the JSON it is.
    return CellValue::value(QString::fromUtf8(
        QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact)));
}

void ConflictDiffModel::setConflict(
    const ConflictRecord& conflict, const QList<ConflictFieldSchema>& fields)
{
    beginResetModel();
    m_conflict = conflict;
    m_sourceDeleted = !conflict.source.isObject();
    m_targetDeleted = !conflict.target.isObject();
    m_hasBase = conflict.base.isObject();
    m_fields.clear();
    for (const ConflictFieldSchema& schema : fields) {
        FieldRow row;
        row.schema = schema;
        row.base = cellFrom(conflict.base, schema.name);
        row.source = cellFrom(conflict.source, schema.name);
        row.target = cellFrom(conflict.target, schema.name);
        if (isTextual(schema.type)) {
            for (const CellValue* cell : { &row.base, &row.source, &row.target }) {
                if (cell->state == CellValue::State::Value && TextDiff::prettyJson(cell->text))
                    row.json = true;
            }
        }
        const bool inConflict = conflict.fields.contains(schema.name);
        if (m_sourceDeleted || m_targetDeleted) {
            const CellValue& surviving = m_sourceDeleted ? row.target : row.source;
            const bool changed = !m_hasBase || surviving != row.base || inConflict;
            row.change = !changed ? Change::Unchanged
                : m_sourceDeleted ? Change::Target
                                  : Change::Source;
        } else if (!m_hasBase) {
            row.change = row.source == row.target ? Change::Unchanged : Change::Conflict;
        } else {
            const bool onSource = row.source != row.base;
            const bool onTarget = row.target != row.base;
            if (onSource && onTarget)
                row.change = row.source == row.target ? Change::BothSame : Change::Conflict;
            else if (onSource)
                row.change = Change::Source;
            else if (onTarget)
                row.change = Change::Target;
            if (inConflict && row.source != row.target)
                row.change = Change::Conflict;
        }
        m_fields.append(row);
    }
    for (FieldRow& row : m_fields) {
        const int index = int(&row - m_fields.data());
        row.sourceDiff = diffAgainstBase(index, row.source);
        row.targetDiff = diffAgainstBase(index, row.target);
    }
    m_state = initialState();
    endResetModel();
    emit mergeStateChanged();
}

void ConflictDiffModel::clear()
{
    beginResetModel();
    m_conflict = ConflictRecord();
    m_fields.clear();
    m_state = MergeState();
    endResetModel();
    emit mergeStateChanged();
}

int ConflictDiffModel::fieldIndex(const QString& name) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].schema.name == name)
            return i;
    }
    return -1;
}

CellValue ConflictDiffModel::value(int field, Column column) const
{
    const FieldRow& row = m_fields[field];
    switch (column) {
    case SourceColumn:
        return row.source;
    case BaseColumn:
        return row.base;
    case TargetColumn:
        return row.target;
    case MergedColumn:
        return mergedValue(field);
    default:
        return CellValue::value(row.schema.name);
    }
}

CellValue ConflictDiffModel::mergedValue(int field) const
{
    const FieldRow& row = m_fields[field];
    if (m_state.rowDeleted)
        return CellValue();
    switch (m_state.choices.value(field)) {
    case MergeChoice::Unresolved:
        return CellValue();
    case MergeChoice::Source:
        return m_sourceDeleted ? row.target : row.source;
    case MergeChoice::Base:
        return row.base;
    case MergeChoice::Target:
        return m_targetDeleted ? row.source : row.target;
    case MergeChoice::Edited:
        return m_state.edited.value(field);
    }
    return CellValue();
}

int ConflictDiffModel::differingFieldCount() const
{
    int count = 0;
    for (const FieldRow& row : m_fields)
        count += row.change != Change::Unchanged ? 1 : 0;
    return count;
}

int ConflictDiffModel::unresolvedCount() const
{
    if (m_state.rowDeleted)
        return 0;
    return int(m_state.choices.count(MergeChoice::Unresolved));
}

MergeState ConflictDiffModel::initialState() const
{
    MergeState state;
    const bool updateDelete = m_sourceDeleted != m_targetDeleted;
    const MergeChoice surviving = m_sourceDeleted ? MergeChoice::Target : MergeChoice::Source;
    for (const FieldRow& row : m_fields) {
        MergeChoice choice = surviving;
        if (row.schema.settable) {
            switch (row.change) {
            case Change::Unchanged:
            case Change::BothSame:
                break;
            case Change::Source:
                choice = updateDelete ? MergeChoice::Unresolved : MergeChoice::Source;
                break;
            case Change::Target:
                choice = updateDelete ? MergeChoice::Unresolved : MergeChoice::Target;
                break;
            case Change::Conflict:
                choice = MergeChoice::Unresolved;
                break;
            }
        }
        state.choices.append(choice);
        state.edited.append(CellValue());
    }
    return state;
}

void ConflictDiffModel::setMergeState(const MergeState& state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (!m_fields.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_fields.size()) - 1, ColumnCount - 1));
    emit mergeStateChanged();
}

MergeState ConflictDiffModel::withPick(int field, Column column) const
{
    MergeState state = m_state;
    if (field < 0 || field >= m_fields.size())
        return state;
    const bool deletedSide = (column == SourceColumn && m_sourceDeleted)
        || (column == TargetColumn && m_targetDeleted);
    if (deletedSide) {
        state.rowDeleted = true;
        return state;
    }
    if (!m_fields[field].schema.settable)
        return state;
    switch (column) {
    case SourceColumn:
        state.choices[field] = MergeChoice::Source;
        break;
    case TargetColumn:
        state.choices[field] = MergeChoice::Target;
        break;
    case BaseColumn:
        if (!m_hasBase)
            return state;
        state.choices[field] = MergeChoice::Base;
        break;
    default:
        return state;
    }
    state.rowDeleted = false;
    return state;
}

MergeState ConflictDiffModel::withRowPick(Column column) const
{
    MergeState state = m_state;
    if ((column == SourceColumn && m_sourceDeleted)
        || (column == TargetColumn && m_targetDeleted)) {
        state.rowDeleted = true;
        return state;
    }
    const MergeChoice choice = column == SourceColumn ? MergeChoice::Source : MergeChoice::Target;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].schema.settable)
            state.choices[i] = choice;
    }
    state.rowDeleted = false;
    return state;
}

MergeState ConflictDiffModel::withEdit(int field, const CellValue& value) const
{
    MergeState state = m_state;
    if (field < 0 || field >= m_fields.size() || !m_fields[field].schema.settable)
        return state;
    state.choices[field] = MergeChoice::Edited;
    state.edited[field] = value;
    state.rowDeleted = false;
    return state;
}

QString ConflictDiffModel::decisionText(int field) const
{
    const CellValue merged = mergedValue(field);
    return merged.state == CellValue::State::Value ? merged.text : QStringLiteral("NULL");
}

QList<DiffSegment> ConflictDiffModel::diffAgainstBase(int field, const CellValue& value) const
{
    const FieldRow& row = m_fields[field];
    if (value.state != CellValue::State::Value || !isTextual(row.schema.type))
        return {};
    // Without a base (insert/insert) each side is compared with the other.
    CellValue reference = row.base;
    if (!m_hasBase)
        reference = value == row.source ? row.target : row.source;
    if (reference.state != CellValue::State::Value || reference.text == value.text)
        return {};
    if (row.json) {
        const QString from = TextDiff::prettyJson(reference.text).value_or(reference.text);
        const QString to = TextDiff::prettyJson(value.text).value_or(value.text);
        return TextDiff::lines(from, to);
    }
    return TextDiff::automatic(reference.text, value.text);
}

bool ConflictDiffModel::isPicked(int field, Column column) const
{
    if (field < 0 || field >= m_state.choices.size())
        return false;
    const bool deletedSide = (column == SourceColumn && m_sourceDeleted)
        || (column == TargetColumn && m_targetDeleted);
    if (m_state.rowDeleted)
        return deletedSide;
    if (deletedSide)
        return false;
    const MergeChoice choice = m_state.choices[field];
    return (column == SourceColumn && choice == MergeChoice::Source)
        || (column == BaseColumn && choice == MergeChoice::Base)
        || (column == TargetColumn && choice == MergeChoice::Target);
}

QString ConflictDiffModel::displayText(const CellValue& value, bool json) const
{
    switch (value.state) {
    case CellValue::State::Null:
        return QStringLiteral("NULL");
    case CellValue::State::Absent:
        return QString();
    case CellValue::State::Value:
        if (json)
            return TextDiff::prettyJson(value.text).value_or(value.text);
        return value.text;
    }
    return QString();
}

QString ConflictDiffModel::richText(int field, Column column) const
{
    const FieldRow& row = m_fields[field];
    const CellValue cell = value(field, column);
    QList<DiffSegment> segments;
    if (column == SourceColumn)
        segments = row.sourceDiff;
    else if (column == TargetColumn)
        segments = row.targetDiff;
    else if (column == MergedColumn)
        segments = diffAgainstBase(field, cell);
    if (segments.isEmpty())
        return escaped(displayText(cell, row.json));
    QColor strong = changeColour(column == TargetColumn ? Change::Target : Change::Source);
    if (column == MergedColumn) {
        const MergeChoice choice = m_state.choices.value(field);
        strong = choice == MergeChoice::Edited ? editedColour()
            : choice == MergeChoice::Target    ? changeColour(Change::Target)
                                               : changeColour(Change::Source);
    }
    // Changed runs in a stronger tint of the cell's colour, so they stand out of it.
    strong.setHsv(strong.hue(), qMin(255, strong.saturation() * 3), qMax(0, strong.value() - 10));
    QString html;
    for (const DiffSegment& segment : std::as_const(segments)) {
        switch (segment.op) {
        case DiffSegment::Op::Equal:
            html += escaped(segment.text);
            break;
        case DiffSegment::Op::Inserted:
            html += QStringLiteral("<span style=\"background-color:%1;\">%2</span>")
                        .arg(strong.name(), escaped(segment.text));
            break;
        case DiffSegment::Op::Deleted:
            html += QStringLiteral("<span style=\"color:#9a3b3b; text-decoration:line-through;\">"
                                   "%1</span>")
                        .arg(escaped(segment.text));
            break;
        }
    }
    return html;
}

QColor ConflictDiffModel::changeColour(Change change)
{
    switch (change) {
    case Change::Unchanged:
        return QColor();
    case Change::Source:
        return QColor(0xd4, 0xe5, 0xfb);
    case Change::Target:
        return QColor(0xfb, 0xe6, 0xc4);
    case Change::BothSame:
        return QColor(0xd7, 0xef, 0xdb);
    case Change::Conflict:
        return QColor(0xf9, 0xd3, 0xd3);
    }
    return QColor();
}

QColor ConflictDiffModel::editedColour()
{
    return QColor(0xe7, 0xdd, 0xf8);
}

QColor ConflictDiffModel::unresolvedColour()
{
    return QColor(0xf4, 0xbd, 0xbd);
}

QString ConflictDiffModel::changeName(Change change)
{
    switch (change) {
    case Change::Unchanged:
        return tr("Unchanged");
    case Change::Source:
        return tr("Changed on source");
    case Change::Target:
        return tr("Changed on target");
    case Change::BothSame:
        return tr("Changed on both, alike");
    case Change::Conflict:
        return tr("Changed on both (conflict)");
    }
    return QString();
}

int ConflictDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ConflictDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int field = index.row();
    const auto column = Column(index.column());
    const FieldRow& row = m_fields[field];
    if (column == FieldColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.schema.name;
        case FieldTypeRole:
            return row.schema.type.toString();
        case IsKeyRole:
            return row.schema.isKey;
        case ChangeRole:
            return int(row.change);
        case Qt::ToolTipRole:
            return tr("%1 (%2): %3%4")
                .arg(row.schema.name, row.schema.type.toString(), changeName(row.change),
                    row.schema.isKey           ? tr("; part of the key")
                        : !row.schema.settable ? tr("; computed from the source, cannot be picked")
                                               : QString());
        default:
            return QVariant();
        }
    }
    const CellValue cell = value(field, column);
    const bool pickable = column != MergedColumn && row.schema.settable
        && (cell.state != CellValue::State::Absent || (column == SourceColumn && m_sourceDeleted)
            || (column == TargetColumn && m_targetDeleted));
    switch (role) {
    case Qt::DisplayRole:
        if (column == MergedColumn && m_state.choices.value(field) == MergeChoice::Unresolved
            && !m_state.rowDeleted)
            return tr("Choose a value");
        if (cell.state == CellValue::State::Absent)
            return column == MergedColumn ? tr("deleted")
                : column == BaseColumn    ? tr("no base")
                                          : tr("deleted");
        return displayText(cell, row.json);
    case Qt::ToolTipRole: {
        QString what;
        switch (column) {
        case SourceColumn:
            what = m_sourceDeleted ? tr("The source deleted this row. Pick it to delete the row on "
                                        "both sides (Alt+Left).")
                                   : tr("Source value. Double-click or click the circle to take "
                                        "it for the merged result (Alt+Left).");
            break;
        case BaseColumn:
            what = m_hasBase ? tr("Base: the value both sides had after the last sync. "
                                  "Double-click to take it back.")
                             : tr("No base: both sides inserted this key.");
            break;
        case TargetColumn:
            what = m_targetDeleted ? tr("The target deleted this row. Pick it to delete the row on "
                                        "both sides (Alt+Right).")
                                   : tr("Target value. Double-click or click the circle to take "
                                        "it for the merged result (Alt+Right).");
            break;
        default:
            what = tr("What Apply writes to both sides. Double-click to edit.");
            break;
        }
        if (cell.state == CellValue::State::Null)
            return QString(what + QLatin1Char('\n') + tr("SQL NULL (no value)."));
        if (cell.state == CellValue::State::Value && cell.text.isEmpty())
            return QString(what + QLatin1Char('\n') + tr("An empty string (not NULL)."));
        return what;
    }
    case Qt::BackgroundRole: {
        QColor colour;
        if (column == SourceColumn
            && (row.change == Change::Source || row.change == Change::Conflict
                || row.change == Change::BothSame))
            colour = changeColour(row.change);
        else if (column == TargetColumn
            && (row.change == Change::Target || row.change == Change::Conflict
                || row.change == Change::BothSame))
            colour = changeColour(row.change);
        else if (column == MergedColumn) {
            if (m_state.rowDeleted)
                colour = QColor();
            else if (m_state.choices.value(field) == MergeChoice::Unresolved)
                colour = unresolvedColour();
            else if (m_state.choices.value(field) == MergeChoice::Edited)
                colour = editedColour();
            else if (row.change == Change::BothSame)
                colour = changeColour(Change::BothSame);
            else if (row.change != Change::Unchanged) {
                const MergeChoice choice = m_state.choices.value(field);
                if (choice == MergeChoice::Source)
                    colour = changeColour(Change::Source);
                else if (choice == MergeChoice::Target)
                    colour = changeColour(Change::Target);
            }
        }
        if (cell.state == CellValue::State::Absent && column != MergedColumn)
            colour = QColor();
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case ChangeRole:
        return int(row.change);
    case ValueStateRole:
        return int(cell.state);
    case ValueTextRole:
        return cell.state == CellValue::State::Value ? cell.text : QString();
    case IsJsonRole:
        return row.json && cell.state == CellValue::State::Value;
    case RichTextRole:
        return richText(field, column);
    case InsertedTextRole:
    case DeletedTextRole: {
        const auto op
            = role == InsertedTextRole ? DiffSegment::Op::Inserted : DiffSegment::Op::Deleted;
        if (column == SourceColumn)
            return TextDiff::changed(row.sourceDiff, op);
        if (column == TargetColumn)
            return TextDiff::changed(row.targetDiff, op);
        if (column == MergedColumn)
            return TextDiff::changed(diffAgainstBase(field, cell), op);
        return QStringList();
    }
    case ChoiceRole:
        if (column == MergedColumn)
            return int(m_state.rowDeleted ? MergeChoice::Unresolved : m_state.choices.value(field));
        return isPicked(field, column);
    case PickableRole:
        return pickable;
    case FieldTypeRole:
        return row.schema.type.toString();
    case IsKeyRole:
        return row.schema.isKey;
    default:
        return QVariant();
    }
}

QVariant ConflictDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // "src.products <-> dst.products" (two-way) or "a -> b".
    static const QRegularExpression arrow(QStringLiteral("\\s*<?->\\s*"));
    const QStringList entities = m_conflict.entity.split(arrow);
    const QString sourceEntity = entities.size() == 2 ? entities[0] : QString();
    const QString targetEntity = entities.size() == 2 ? entities[1] : QString();
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case SourceColumn:
        return m_sourceDeleted       ? tr("Source · deleted")
            : sourceEntity.isEmpty() ? tr("Source")
                                     : tr("Source · %1").arg(sourceEntity);
    case BaseColumn:
        return tr("Base (last synced)");
    case TargetColumn:
        return m_targetDeleted       ? tr("Target · deleted")
            : targetEntity.isEmpty() ? tr("Target")
                                     : tr("Target · %1").arg(targetEntity);
    case MergedColumn:
        return tr("Merged result");
    default:
        return QVariant();
    }
}

Qt::ItemFlags ConflictDiffModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Syncline
