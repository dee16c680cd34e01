// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictfieldschema.h"
#include "store/conflictrecord.h"
#include "textdiff.h"

#include <QAbstractTableModel>
#include <QColor>

namespace Syncline {

// One cell's value: a value (as text), SQL NULL, or nothing because the row is absent on
// that side (deleted there, or no base for insert/insert).
struct CellValue
{
    enum class State { Value, Null, Absent };
    State state = State::Absent;
    QString text;

    static CellValue value(QString text) { return { State::Value, std::move(text) }; }
    static CellValue null() { return { State::Null, QString() }; }
    bool operator==(const CellValue&) const = default;
};

// What the merged row takes for one field.
enum class MergeChoice { Unresolved, Source, Base, Target, Edited };

// The merged row being built: a choice per field, the edited values, or a deletion on both
// sides (update/delete resolved for the side that deleted). Value type; what undo restores.
struct MergeState
{
    bool rowDeleted = false;
    QList<MergeChoice> choices;
    QList<CellValue> edited;

    bool operator==(const MergeState&) const = default;
};

// The rows of the conflict review, one per field of the mapping, with the columns Field |
// Source | Base | Target | Merged result. It classifies each field (changed on the source,
// on the target, on both), keeps the merged row being built and the intra-field diffs of
// each side against the base. Owned by ConflictDetailPanel; GUI thread.
class ConflictDiffModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, SourceColumn, BaseColumn, TargetColumn, MergedColumn, ColumnCount };
    enum class Change { Unchanged, Source, Target, BothSame, Conflict };
    enum Role {
        ChangeRole = Qt::UserRole + 1, // int(Change) of the field, every column
        ValueStateRole, // int(CellValue::State) of the cell
        ValueTextRole, // the cell's value as text (empty for NULL and absent)
        IsJsonRole, // the value is a JSON object/array shown pretty-printed
        RichTextRole, // HTML with the intra-field diff against the base
        InsertedTextRole, // QStringList: the runs this side added to the base
        DeletedTextRole, // QStringList: the runs this side removed from the base
        ChoiceRole, // Merged column: int(MergeChoice); side columns: whether it is picked
        PickableRole, // the cell's value can be picked into the merged row
        FieldTypeRole, // Field column: the canonical type, "decimal(18,4)"
        IsKeyRole,
    };

    explicit ConflictDiffModel(QObject* parent = nullptr);

    void setConflict(const ConflictRecord& conflict, const QList<ConflictFieldSchema>& fields);
    void clear();

    const ConflictRecord& conflict() const { return m_conflict; }
    int fieldCount() const { return int(m_fields.size()); }
    const ConflictFieldSchema& schema(int field) const { return m_fields[field].schema; }
    int fieldIndex(const QString& name) const;
    Change change(int field) const { return m_fields[field].change; }
    CellValue value(int field, Column column) const;
    CellValue mergedValue(int field) const;
    bool sourceDeleted() const { return m_sourceDeleted; }
    bool targetDeleted() const { return m_targetDeleted; }
    bool hasBase() const { return m_hasBase; }
    int differingFieldCount() const;
    int unresolvedCount() const; // fields still to decide; 0 when the row can be applied

    MergeState mergeState() const { return m_state; }
    void setMergeState(const MergeState& state);
    // The state after picking `column`'s value (Source, Base or Target) for `field`; the
    // current state when that cell cannot be picked.
    MergeState withPick(int field, Column column) const;
    MergeState withRowPick(Column column) const;
    MergeState withEdit(int field, const CellValue& value) const;
    // The state a conflict opens with: fields changed on one side take that side, fields
    // changed on both stay unresolved.
    MergeState initialState() const;

    // The text ConflictDecision::set expects ("NULL" for SQL NULL) for a settable field.
    QString decisionText(int field) const;

    static QColor changeColour(Change change);
    static QColor editedColour();
    static QColor unresolvedColour();
    static QString changeName(Change change);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void mergeStateChanged();

private:
    struct FieldRow
    {
        ConflictFieldSchema schema;
        CellValue base;
        CellValue source;
        CellValue target;
        bool json = false;
        Change change = Change::Unchanged;
        QList<DiffSegment> sourceDiff; // base -> source
        QList<DiffSegment> targetDiff; // base -> target
    };

    static CellValue cellFrom(const QJsonValue& row, const QString& field);
    QString displayText(const CellValue& value, bool json) const;
    QString richText(int field, Column column) const;
    QList<DiffSegment> diffAgainstBase(int field, const CellValue& value) const;
    bool isPicked(int field, Column column) const;

    ConflictRecord m_conflict;
    QList<FieldRow> m_fields;
    MergeState m_state;
    bool m_sourceDeleted = false;
    bool m_targetDeleted = false;
    bool m_hasBase = true;
};

} // namespace Syncline
