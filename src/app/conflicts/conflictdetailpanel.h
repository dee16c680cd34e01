// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/diff/conflictfieldschema.h"
#include "store/conflictrecord.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Syncline {

class ConflictDiffModel;
class DiffCellDelegate;
class EmptyState;
class InlineMessage;
class WorkspaceTasks;

// The side-by-side review of one pending conflict: Source | Base | Target | Merged result,
// one row per field, with change colours, intra-field diffs, per-field and whole-row picks,
// a type-checked editor for the merged value, undo/redo of every pick not yet applied, and
// Apply, which runs ConflictResolver on a pool thread and reports the outcome in place.
// Hosted by ConflictsView; GUI thread.
class ConflictDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictDetailPanel(QString workspaceLocation, QWidget* parent = nullptr);
    ~ConflictDetailPanel() override;

    // Shows `conflict` (a pending one: resolved conflicts show read-only). The field types
    // come from the job's mapping, loaded off the GUI thread and cached per job.
    void showConflict(const Syncline::ConflictRecord& conflict);
    // The empty state ("Select a conflict...").
    void clear();

    // For the hosting view and the tests.
    qint64 conflictId() const;
    bool isBusy() const; // loading the mapping or applying
    ConflictDiffModel* model() const { return m_model; }
    QTableView* fieldTable() const { return m_table; }
    QUndoStack* undoStack() const { return m_undo; }
    QString messageText() const; // the inline message, empty when hidden
    QString bannerText() const; // the kind banner (update/delete, insert/insert), empty if none
    // Sets the merged value of `field` as the editor does (text, or SQL NULL); returns the
    // validation error, empty when accepted.
    QString editMergedValue(const QString& field, const QString& text, bool isNull);

public slots:
    void takeSourceForCurrentField();
    void takeTargetForCurrentField();
    void takeSourceRow();
    void takeTargetRow();
    void apply();

signals:
    // Applied: the conflict is no longer pending.
    void resolved(qint64 conflictId);
    void applyFailed(qint64 conflictId, QString error);
    void nextRequested();
    void previousRequested();

private:
    void buildUi();
    void createActions();
    void loadSchema(const ConflictRecord& conflict);
    void present(const ConflictRecord& conflict, const QList<ConflictFieldSchema>& fields);
    void updateState();
    void updateBanner();
    void updateFolding();
    void syncEditorToCurrentRow();
    void commitEditor();
    void showMessage(const QString& text, bool error);
    void hideMessage();
    int currentField() const;
    void pickField(int field, int side);
    void pickRow(int side);

    QString m_workspaceLocation;
    WorkspaceTasks* m_tasks = nullptr;
    std::unique_ptr<ConflictRecord> m_conflict; // the one shown, when any
    QHash<QString, QList<ConflictFieldSchema>> m_schemaCache; // job -> its fields
    int m_generation = 0; // drops results meant for a conflict no longer shown
    bool m_loading = false;
    bool m_applying = false;

    QStackedWidget* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_banner = nullptr;
    InlineMessage* m_message = nullptr;
    QCheckBox* m_foldUnchanged = nullptr;
    QTableView* m_table = nullptr;
    ConflictDiffModel* m_model = nullptr;
    DiffCellDelegate* m_delegate = nullptr;
    QUndoStack* m_undo = nullptr;
    QLabel* m_editorLabel = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QCheckBox* m_editorNull = nullptr;
    QPushButton* m_editorSet = nullptr;
    QLabel* m_editorError = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_previousButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QPushButton* m_takeSourceRowButton = nullptr;
    QPushButton* m_takeTargetRowButton = nullptr;
    QToolButton* m_takeSourceFieldButton = nullptr;
    QToolButton* m_takeTargetFieldButton = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QPushButton* m_applyButton = nullptr;
};

} // namespace Syncline
