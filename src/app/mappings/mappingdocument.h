// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "core/mappingconfig.h"

#include <QObject>

class QUndoStack;

namespace Syncline {

// The mapping the designer edits, with the schemas of its source and target. Every edit goes
// through the undo stack as one command (ConnectFieldCommand, AutoMapCommand...), so undo
// and redo restore the exact mapping; the commands change the mapping through the apply*
// functions, which emit the change signals. Owned by its MappingDesigner; GUI thread.
class MappingDocument final : public QObject
{
    Q_OBJECT

public:
    explicit MappingDocument(QObject* parent = nullptr);
    ~MappingDocument() override;

    // Starts over with `mapping` and clears the undo history. A mapping without fields gets
    // the same-name pairs a run would use (MappingPlanner), as explicit fields, unless
    // `fillSameName` is false (a new mapping, which auto-map then fills undoably).
    void load(const MappingConfig& mapping, const EntityInfo& source, const EntityInfo& target,
        bool fillSameName = true);

    const MappingConfig& mapping() const { return m_mapping; }
    const EntityInfo& sourceEntity() const { return m_source; }
    const EntityInfo& targetEntity() const { return m_target; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // The index of `target`'s field mapping, or -1 when it is not mapped.
    int fieldIndex(const QString& target) const;
    const FieldMapping* field(const QString& target) const;
    // The source columns a field reads: its source, or the `row.x` an expression mentions.
    QStringList sourcesOf(const FieldMapping& field) const;
    // How many fields read `source`.
    int useCount(const QString& source) const;
    // NOT NULL without a default: an insert that leaves it out fails.
    bool isRequired(const QString& target) const;
    QStringList unmappedRequiredFields() const;

    // Edits: each pushes one undo command, or nothing when it would change nothing.
    void connectField(const QString& source, const QString& target);
    void disconnectField(const QString& target);
    // Replaces (or adds) the mapping of field.target. `typing`: a keystroke in a text field,
    // merged with the previous keystrokes into one undo step.
    void setTransform(const FieldMapping& field, bool typing = false);
    // Maps unmapped target fields by name and compatible type; returns how many. A mapping
    // without a key gets one in the same step: the target fields mapped from the source's
    // primary key when that is known and wholly mapped, else the target's primary key once
    // every part of it is mapped.
    int autoMap();
    void setFilter(const QString& filter, bool typing = false);
    void addRule(const ValidationRule& rule);
    void removeRule(int index);
    void changeRule(int index, const ValidationRule& rule, bool typing = false);
    void setKey(const QStringList& key);

    // For the commands only: change the mapping without an undo step.
    void applyInsertField(int index, const FieldMapping& field);
    void applyReplaceField(int index, const FieldMapping& field);
    void applyRemoveField(int index);
    void applyFilter(const QString& filter);
    void applyInsertRule(int index, const ValidationRule& rule);
    void applyReplaceRule(int index, const ValidationRule& rule);
    void applyRemoveRule(int index);
    void applyKey(const QStringList& key);

signals:
    void aboutToReset(); // load() is about to replace the schemas and the mapping
    void reset(); // load(): new schemas and mapping
    void fieldsChanged();
    void filterChanged();
    void ruleAboutToBeInserted(int index);
    void ruleInserted(int index);
    void ruleAboutToBeRemoved(int index);
    void ruleRemoved(int index);
    void ruleChanged(int index);
    void rulesChanged(); // after each of the three above
    void keyChanged();
    void changed(); // after every change of the mapping, including undo and redo

private:
    void afterFieldsChanged();

    MappingConfig m_mapping;
    EntityInfo m_source;
    EntityInfo m_target;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace Syncline
