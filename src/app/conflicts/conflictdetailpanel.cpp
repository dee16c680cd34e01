// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdetailpanel.h"

#include "conflicts/diff/conflictdiffmodel.h"
#include "conflicts/diff/conflictschemaloader.h"
#include "conflicts/diff/diffcelldelegate.h"
#include "conflicts/diff/inlinemessage.h"
#include "conflicts/diff/mergechoicecommand.h"
#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"
#include "engine/conflictresolver.h"
#include "store/auditrepository.h"
#include "widgets/emptystate.h"
#include "workspacetasks.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Syncline {

namespace {

using Model = ConflictDiffModel;

QString shortcutText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

// A swatch and its meaning, for the legend.
QWidget* legendEntry(const QColor& colour, const QString& text, const QString& tip, QWidget* parent)
{
    auto* entry = new QWidget(parent);
    auto* layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);
    auto* swatch = new QLabel(entry);
    swatch->setFixedSize(14, 14);
    swatch->setStyleSheet(QStringLiteral("background:%1; border:1px solid %2; border-radius:2px;")
                              .arg(colour.name(), colour.darker(140).name()));
    layout->addWidget(swatch);
    auto* label = new QLabel(text, entry);
    layout->addWidget(label);
    entry->setToolTip(tip);
    return entry;
}

// The fields of a conflict when its mapping cannot be planned (an endpoint is down): every
// field any side holds, untyped; the key fields from the key text ("id=42, region=eu").
QList<ConflictFieldSchema> fallbackSchema(const ConflictRecord& conflict)
{
    QSet<QString> keyNames;
    for (const QString& part : conflict.keyText.split(QStringLiteral(", ")))
        keyNames.insert(part.section(QLatin1Char('='), 0, 0).trimmed());
    QStringList names;
    for (const QJsonValue& row : { conflict.source, conflict.base, conflict.target }) {
        const QStringList keys = row.toObject().keys();
        for (const QString& key : keys) {
            if (!names.contains(key))
                names.append(key);
        }
    }
    QList<ConflictFieldSchema> fields;
    for (const QString& name : std::as_const(names)) {
        ConflictFieldSchema field;
        field.name = name;
        field.type = FieldType::of(FieldType::Kind::Any);
        field.isKey = keyNames.contains(name);
        field.settable = !field.isKey;
        fields.append(field);
    }
    // Key fields first, as a mapping usually lists them.
    std::stable_sort(fields.begin(), fields.end(),
        [](const ConflictFieldSchema& a, const ConflictFieldSchema& b) {
            return a.isKey > b.isKey;
        });
    return fields;
}

} // namespace

ConflictDetailPanel::ConflictDetailPanel(QString workspaceLocation, QWidget* parent)
    : QWidget(parent)
    , m_workspaceLocation(std::move(workspaceLocation))
    , m_tasks(new WorkspaceTasks(m_workspaceLocation, this))
    , m_model(new ConflictDiffModel(this))
    , m_delegate(new DiffCellDelegate(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("conflictDetailPanel"));
    buildUi();
    createActions();
    connect(m_model, &ConflictDiffModel::mergeStateChanged, this, [this] {
        updateState();
        syncEditorToCurrentRow();
        m_table->viewport()->update();
    });
    connect(m_delegate, &DiffCellDelegate::pickRequested, this, [this](const QModelIndex& index) {
        m_table->setCurrentIndex(index);
        pickField(index.row(), index.column());
    });
    connect(m_delegate, &DiffCellDelegate::editRequested, this, [this](const QModelIndex& index) {
        m_table->setCurrentIndex(index);
        m_editor->setFocus();
        m_editor->selectAll();
    });
    clear();
}

ConflictDetailPanel::~ConflictDetailPanel()
{
    // The children die after this body, and the undo stack announces its clearing as it
    // goes: nothing of this half-destroyed panel may react to it.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
}

void ConflictDetailPanel::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new EmptyState(m_stack);
    m_empty->setTitle(tr("No conflict selected."));
    m_empty->setText(tr("Select a pending conflict in the list to compare its source, base and "
                        "target values field by field and choose what both sides keep."));
    m_stack->addWidget(m_empty);

    auto* page = new QWidget(m_stack);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    // Header: what this conflict is, and the way to the neighbours.
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(1);
    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    m_subtitle = new QLabel(page);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_previousButton = new QToolButton(page);
    m_previousButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_nextButton = new QToolButton(page);
    m_nextButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_nextButton->setArrowType(Qt::DownArrow);
    header->addWidget(m_previousButton, 0, Qt::AlignTop);
    header->addWidget(m_nextButton, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_banner = new QLabel(page);
    m_banner->setObjectName(QStringLiteral("conflictBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 6, 10, 6);
    m_banner->setStyleSheet(QStringLiteral("#conflictBanner { background:#fff4d6; "
                                           "border:1px solid #e2c274; border-radius:4px; "
                                           "color:#5a4300; }"));
    layout->addWidget(m_banner);

    m_message = new InlineMessage(page);
    layout->addWidget(m_message);

    // The picks, whole row and per field, and undo/redo.
    auto* tools = new QHBoxLayout;
    tools->setSpacing(4);
    m_takeSourceRowButton = new QPushButton(page);
    m_takeTargetRowButton = new QPushButton(page);
    m_takeSourceFieldButton = new QToolButton(page);
    m_takeTargetFieldButton = new QToolButton(page);
    m_undoButton = new QToolButton(page);
    m_redoButton = new QToolButton(page);
    for (QToolButton* button :
        { m_takeSourceFieldButton, m_takeTargetFieldButton, m_undoButton, m_redoButton })
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto groupLabel = [page](const QString& text) {
        auto* label = new QLabel(text, page);
        label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        return label;
    };
    tools->addWidget(groupLabel(tr("Whole row:")));
    tools->addWidget(m_takeSourceRowButton);
    tools->addWidget(m_takeTargetRowButton);
    tools->addStretch(1);
    layout->addLayout(tools);
    // A second row, so that the buttons keep their shortcut texts in a narrow panel.
    auto* fieldTools = new QHBoxLayout;
    fieldTools->setSpacing(4);
    fieldTools->addWidget(groupLabel(tr("Current field:")));
    fieldTools->addWidget(m_takeSourceFieldButton);
    fieldTools->addWidget(m_takeTargetFieldButton);
    fieldTools->addSpacing(12);
    fieldTools->addWidget(m_undoButton);
    fieldTools->addWidget(m_redoButton);
    fieldTools->addStretch(1);
    layout->addLayout(fieldTools);

    // The legend and the fold toggle.
    auto* legend = new QHBoxLayout;
    legend->setSpacing(14);
    legend->addWidget(legendEntry(Model::changeColour(Model::Change::Source), tr("Source changed"),
        tr("The source changed this field since the last sync."), page));
    legend->addWidget(legendEntry(Model::changeColour(Model::Change::Target), tr("Target changed"),
        tr("The target changed this field since the last sync."), page));
    legend->addWidget(legendEntry(Model::changeColour(Model::Change::Conflict), tr("Conflict"),
        tr("Both sides changed this field to different values: choose one."), page));
    legend->addWidget(legendEntry(Model::changeColour(Model::Change::BothSame), tr("Same on both"),
        tr("Both sides changed this field to the same value."), page));
    legend->addWidget(
        legendEntry(Model::editedColour(), tr("Edited"), tr("A merged value you typed in."), page));
    legend->addStretch(1);
    m_foldUnchanged = new QCheckBox(tr("Hide unchanged"), page);
    m_foldUnchanged->setObjectName(QStringLiteral("foldUnchanged"));
    m_foldUnchanged->setToolTip(tr("Show only the fields that differ from the base"));
    m_foldUnchanged->setWhatsThis(
        tr("Folds away the fields neither side changed since the last sync, so long rows show "
           "only what needs a decision. The merged result still writes every field."));
    legend->addWidget(m_foldUnchanged);
    layout->addLayout(legend);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("conflictFieldTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Model::FieldColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(Model::FieldColumn, 185);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setToolTip(tr("One row per field. Click a circle or double-click a value to take "
                           "it; double-click the merged result to edit it."));
    m_table->setWhatsThis(
        tr("The conflict field by field: the source's value, the base (what both sides had "
           "after the last sync), the target's value and the merged result Apply writes to both "
           "sides. Colours say which side changed a field; changed words are highlighted "
           "against the base. Alt+Left and Alt+Right take the source's or the target's value "
           "for the current field."));
    layout->addWidget(m_table, 1);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this] { m_table->resizeRowsToContents(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { syncEditorToCurrentRow(); });

    // The merged value editor of the current field.
    auto* editorBox = new QGridLayout;
    editorBox->setHorizontalSpacing(8);
    editorBox->setVerticalSpacing(3);
    m_editorLabel = new QLabel(page);
    editorBox->addWidget(m_editorLabel, 0, 0, 1, 3);
    m_editor = new QPlainTextEdit(page);
    m_editor->setObjectName(QStringLiteral("mergedValueEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(QFontMetrics(m_editor->font()).height() * 4 + 12);
    m_editor->setToolTip(tr("The merged value of the current field, as text in the field's type"));
    m_editor->setWhatsThis(
        tr("Type the value both sides should get for the current field, then press Set (or "
           "Ctrl+Enter... inside the editor: Set). It is checked against the field's type "
           "(numbers, decimals, timestamps as YYYY-MM-DD HH:MM:SS+00:00, true/false) and refused "
           "with the reason when it does not fit."));
    m_editorLabel->setBuddy(m_editor);
    editorBox->addWidget(m_editor, 1, 0, 2, 1);
    m_editorNull = new QCheckBox(tr("NULL"), page);
    m_editorNull->setObjectName(QStringLiteral("mergedValueNull"));
    m_editorNull->setToolTip(tr("Write SQL NULL (no value) instead of the text"));
    m_editorNull->setWhatsThis(
        tr("Checked, the merged result is SQL NULL, which is not the same as an empty string. "
           "Unchecked with an empty editor, it is an empty string."));
    editorBox->addWidget(m_editorNull, 1, 1);
    m_editorSet = new QPushButton(tr("Set merged value"), page);
    m_editorSet->setObjectName(QStringLiteral("mergedValueSet"));
    m_editorSet->setToolTip(tr("Check the value against the field's type and put it in the "
                               "merged result (undoable)"));
    m_editorSet->setWhatsThis(
        tr("Puts the editor's value into the Merged result column for the current field, "
           "after checking it against the field's type. An invalid value is refused and the "
           "reason shown below the editor."));
    editorBox->addWidget(m_editorSet, 1, 2);
    m_editorError = new QLabel(page);
    m_editorError->setObjectName(QStringLiteral("mergedValueError"));
    m_editorError->setWordWrap(true);
    m_editorError->setStyleSheet(QStringLiteral("color:#b01c1c;"));
    editorBox->addWidget(m_editorError, 2, 1, 1, 2, Qt::AlignTop);
    editorBox->setColumnStretch(0, 1);
    layout->addLayout(editorBox);
    connect(m_editorSet, &QPushButton::clicked, this, &ConflictDetailPanel::commitEditor);
    connect(m_editorNull, &QCheckBox::toggled, m_editor, &QWidget::setDisabled);

    // Status and Apply.
    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("conflictStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    m_applyButton = new QPushButton(page);
    m_applyButton->setObjectName(QStringLiteral("applyResolution"));
    m_applyButton->setDefault(true);
    QFont bold = m_applyButton->font();
    bold.setBold(true);
    m_applyButton->setFont(bold);
    bottom->addWidget(m_applyButton);
    layout->addLayout(bottom);
}

void ConflictDetailPanel::createActions()
{
    const auto add
        = [this](const QString& text, const QKeySequence& keys, const QString& tip, auto slot) {
              auto* action = new QAction(text, this);
              action->setShortcut(keys);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              action->setToolTip(tr("%1 (%2)").arg(tip, shortcutText(keys)));
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              return action;
          };
    QAction* previous = add(tr("Previous"), QKeySequence(Qt::ALT | Qt::Key_Up),
        tr("Show the previous conflict"), [this] { emit previousRequested(); });
    QAction* next = add(tr("Next"), QKeySequence(Qt::ALT | Qt::Key_Down),
        tr("Show the next conflict"), [this] { emit nextRequested(); });
    QAction* sourceField = add(tr("◀ Take source value"), QKeySequence(Qt::ALT | Qt::Key_Left),
        tr("Take the source's value for the current field"),
        &ConflictDetailPanel::takeSourceForCurrentField);
    QAction* targetField = add(tr("Take target value ▶"), QKeySequence(Qt::ALT | Qt::Key_Right),
        tr("Take the target's value for the current field"),
        &ConflictDetailPanel::takeTargetForCurrentField);
    QAction* sourceRow
        = add(tr("Take source row"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left),
            tr("Make the merged result the source's whole row (its deletion, if it deleted it)"),
            &ConflictDetailPanel::takeSourceRow);
    QAction* targetRow
        = add(tr("Take target row"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
            tr("Make the merged result the target's whole row (its deletion, if it deleted it)"),
            &ConflictDetailPanel::takeTargetRow);
    QAction* apply = add(tr("Apply"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        tr("Write the merged result to both sides and mark the conflict resolved"),
        &ConflictDetailPanel::apply);
    auto* applyEnter = new QAction(this);
    applyEnter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter));
    applyEnter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(applyEnter, &QAction::triggered, this, &ConflictDetailPanel::apply);
    addAction(applyEnter);

    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    const auto undoTips = [this, undo, redo] {
        undo->setToolTip(tr("Undo: %1 (%2)")
                             .arg(m_undo->canUndo() ? m_undo->undoText() : tr("nothing to undo"),
                                 shortcutText(undo->shortcut())));
        redo->setToolTip(tr("Redo: %1 (%2)")
                             .arg(m_undo->canRedo() ? m_undo->redoText() : tr("nothing to redo"),
                                 shortcutText(redo->shortcut())));
        undo->setText(tr("Undo"));
        redo->setText(tr("Redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, undoTips);
    undoTips();

    m_previousButton->setDefaultAction(previous);
    m_nextButton->setDefaultAction(next);
    m_takeSourceFieldButton->setDefaultAction(sourceField);
    m_takeTargetFieldButton->setDefaultAction(targetField);
    // Not setDefaultAction: the undo actions rename themselves after the command ("Undo take
    // target for title"), which would make the toolbar jump; the tooltip says it instead.
    connect(m_undoButton, &QToolButton::clicked, undo, &QAction::trigger);
    connect(m_redoButton, &QToolButton::clicked, redo, &QAction::trigger);
    connect(m_undo, &QUndoStack::indexChanged, this, [this, undo, redo] {
        m_undoButton->setToolTip(undo->toolTip());
        m_redoButton->setToolTip(redo->toolTip());
        updateState();
    });
    const auto bindButton = [](QPushButton* button, QAction* action) {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button,
            [button, action] { button->setEnabled(action->isEnabled()); });
    };
    bindButton(m_takeSourceRowButton, sourceRow);
    bindButton(m_takeTargetRowButton, targetRow);
    bindButton(m_applyButton, apply);
    m_applyButton->setText(tr("Apply  %1").arg(shortcutText(apply->shortcut())));
    m_previousButton->setText(tr("Previous  %1").arg(shortcutText(previous->shortcut())));
    m_nextButton->setText(tr("Next  %1").arg(shortcutText(next->shortcut())));
    m_takeSourceFieldButton->setText(
        tr("◀ Take source  %1").arg(shortcutText(sourceField->shortcut())));
    m_takeTargetFieldButton->setText(
        tr("Take target ▶  %1").arg(shortcutText(targetField->shortcut())));
    m_takeSourceRowButton->setText(
        tr("Take source row  %1").arg(shortcutText(sourceRow->shortcut())));
    m_takeTargetRowButton->setText(
        tr("Take target row  %1").arg(shortcutText(targetRow->shortcut())));
    m_undoButton->setText(tr("Undo  %1").arg(shortcutText(undo->shortcut())));
    m_redoButton->setText(tr("Redo  %1").arg(shortcutText(redo->shortcut())));
    m_undoButton->setToolTip(undo->toolTip());
    m_redoButton->setToolTip(redo->toolTip());
    connect(m_foldUnchanged, &QCheckBox::toggled, this, &ConflictDetailPanel::updateFolding);
}

qint64 ConflictDetailPanel::conflictId() const
{
    return m_conflict ? m_conflict->id : 0;
}

bool ConflictDetailPanel::isBusy() const
{
    return m_loading || m_applying;
}

QString ConflictDetailPanel::messageText() const
{
    return m_message->text();
}

QString ConflictDetailPanel::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ConflictDetailPanel::clear()
{
    ++m_generation;
    m_conflict.reset();
    m_loading = false;
    m_model->clear();
    m_undo->clear();
    m_message->hide();
    m_stack->setCurrentWidget(m_empty);
    updateState();
}

void ConflictDetailPanel::showConflict(const ConflictRecord& conflict)
{
    if (conflict.id == 0) {
        clear();
        return;
    }
    const int generation = ++m_generation;
    m_conflict = std::make_unique<ConflictRecord>(conflict);
    m_message->hide();
    m_undo->clear();
    m_stack->setCurrentIndex(1);
    const auto cached = m_schemaCache.constFind(conflict.job);
    if (cached != m_schemaCache.constEnd()) {
        m_loading = false;
        present(conflict, *cached);
        return;
    }
    m_loading = true;
    m_model->clear();
    m_title->setText(tr("Conflict %1").arg(conflict.keyText));
    m_subtitle->setText(tr("Reading the mapping of job %1…").arg(conflict.job));
    m_banner->hide();
    updateState();
    m_tasks->run(
        this,
        [location = m_workspaceLocation, job = conflict.job] {
            return ConflictSchemaLoader::load(location, job);
        },
        [this, generation, conflict](const Result<QList<ConflictFieldSchema>>& loaded) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (loaded) {
                m_schemaCache.insert(conflict.job, *loaded);
                present(conflict, *loaded);
            } else {
                present(conflict, fallbackSchema(conflict));
                showMessage(tr("Could not read the mapping of job %1: %2. Values are shown "
                               "untyped; edited values are checked when applied.")
                                .arg(conflict.job, loaded.error().message),
                    true);
            }
        });
}

void ConflictDetailPanel::present(
    const ConflictRecord& conflict, const QList<ConflictFieldSchema>& fields)
{
    m_model->setConflict(conflict, fields);
    m_undo->clear();
    m_table->setColumnHidden(Model::BaseColumn, !m_model->hasBase());
    const QLocale locale;
    m_title->setText(
        tr("Conflict %1 · %2").arg(conflict.keyText, ConflictRecord::toString(conflict.kind)));
    m_subtitle->setText(
        tr("Job %1 · %2 · detected %3 · last seen %4")
            .arg(conflict.job, conflict.entity,
                locale.toString(conflict.detectedAt.toLocalTime(), QLocale::ShortFormat),
                locale.toString(conflict.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    updateBanner();
    updateFolding();
    // Start on the first field that needs a decision.
    int first = -1;
    for (int i = 0; i < m_model->fieldCount() && first < 0; ++i) {
        if (m_model->mergeState().choices.value(i) == MergeChoice::Unresolved)
            first = i;
    }
    for (int i = 0; i < m_model->fieldCount() && first < 0; ++i) {
        if (m_model->change(i) != Model::Change::Unchanged)
            first = i;
    }
    if (first >= 0)
        m_table->setCurrentIndex(m_model->index(first, Model::MergedColumn));
    m_table->resizeRowsToContents();
    updateState();
    syncEditorToCurrentRow();
}

void ConflictDetailPanel::updateBanner()
{
    if (!m_conflict) {
        m_banner->hide();
        return;
    }
    QString text;
    if (m_conflict->status == ConflictRecord::Status::Resolved) {
        text = tr("Resolved by %1 on %2 (took %3). Shown read-only.")
                   .arg(m_conflict->resolvedBy,
                       QLocale().toString(
                           m_conflict->resolvedAt.toLocalTime(), QLocale::ShortFormat),
                       m_conflict->resolution.value(QStringLiteral("take")).toString());
    } else if (m_model->sourceDeleted() && !m_model->targetDeleted()) {
        text = tr("The source deleted this row; the target changed it. Take the target's values to "
                  "keep the row on both sides, or take the source to delete it on both sides.");
    } else if (m_model->targetDeleted() && !m_model->sourceDeleted()) {
        text = tr("The target deleted this row; the source changed it. Take the source's values to "
                  "keep the row on both sides, or take the target to delete it on both sides.");
    } else if (!m_model->hasBase()) {
        text = tr("Both sides inserted this key since the last sync, so there is no base to "
                  "compare with: choose each differing field.");
    }
    if (!m_conflict->note.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + m_conflict->note;
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ConflictDetailPanel::updateFolding()
{
    const bool fold = m_foldUnchanged->isChecked();
    for (int i = 0; i < m_model->fieldCount(); ++i)
        m_table->setRowHidden(i, fold && m_model->change(i) == Model::Change::Unchanged);
}

void ConflictDetailPanel::updateState()
{
    const bool shown = m_conflict && !m_loading && m_model->fieldCount() > 0;
    const bool pending = shown && m_conflict->status == ConflictRecord::Status::Pending;
    const bool editable = pending && !m_applying;
    const int unresolved = m_model->unresolvedCount();
    for (QAction* action : actions()) {
        if (action->shortcut() == QKeySequence(Qt::ALT | Qt::Key_Up)
            || action->shortcut() == QKeySequence(Qt::ALT | Qt::Key_Down))
            continue; // navigation works whatever this conflict's state
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z)
            || action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))
            continue; // the undo stack enables these
        action->setEnabled(editable);
    }
    m_undo->setActive(true);
    m_undoButton->setEnabled(editable && m_undo->canUndo());
    m_redoButton->setEnabled(editable && m_undo->canRedo());
    m_editor->setEnabled(editable && !m_editorNull->isChecked());
    m_editorNull->setEnabled(editable);
    m_editorSet->setEnabled(editable);
    m_applyButton->setEnabled(editable && unresolved == 0);
    m_table->setEnabled(shown);
    if (!shown) {
        m_status->setText(m_loading ? tr("Loading…") : QString());
        return;
    }
    if (m_applying) {
        m_status->setText(tr("Applying to both sides…"));
        return;
    }
    if (!pending) {
        m_status->setText(tr("This conflict is resolved."));
        return;
    }
    const MergeState state = m_model->mergeState();
    if (state.rowDeleted) {
        m_status->setText(tr("Apply deletes this row on both sides."));
    } else if (unresolved > 0) {
        QStringList names;
        for (int i = 0; i < m_model->fieldCount(); ++i) {
            if (state.choices.value(i) == MergeChoice::Unresolved)
                names.append(m_model->schema(i).name);
        }
        m_status->setText(tr("%n field(s) still to decide: %1.", nullptr, unresolved)
                              .arg(names.join(QStringLiteral(", "))));
    } else {
        m_status->setText(tr("%n field(s) differ; the merged result is complete and Apply "
                             "writes it to both sides.",
            nullptr, m_model->differingFieldCount()));
    }
}

int ConflictDetailPanel::currentField() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConflictDetailPanel::syncEditorToCurrentRow()
{
    const int field = currentField();
    m_editorError->clear();
    if (field < 0 || field >= m_model->fieldCount()) {
        m_editorLabel->setText(tr("Merged value: select a field"));
        m_editor->clear();
        return;
    }
    const ConflictFieldSchema& schema = m_model->schema(field);
    m_editorLabel->setText(
        tr("Merged value of <b>%1</b> <span style=\"color:gray\">(%2)</span>%3")
            .arg(schema.name.toHtmlEscaped(), schema.type.toString(),
                schema.settable ? QString() : tr(" · taken from the source, not editable")));
    const CellValue merged = m_model->mergedValue(field);
    const QSignalBlocker blocker(m_editorNull);
    m_editorNull->setChecked(merged.state == CellValue::State::Null);
    m_editor->setPlainText(merged.text);
    const bool editable = m_conflict && m_conflict->status == ConflictRecord::Status::Pending
        && !m_applying && schema.settable;
    m_editor->setEnabled(editable && !m_editorNull->isChecked());
    m_editorNull->setEnabled(editable);
    m_editorSet->setEnabled(editable);
}

QString ConflictDetailPanel::editMergedValue(const QString& name, const QString& text, bool isNull)
{
    const int field = m_model->fieldIndex(name);
    if (field < 0)
        return tr("There is no field %1.").arg(name);
    const ConflictFieldSchema& schema = m_model->schema(field);
    if (!schema.settable)
        return tr("%1 is %2 and cannot be set.")
            .arg(name, schema.isKey ? tr("part of the key") : tr("computed from the source"));
    CellValue value = CellValue::null();
    if (!isNull) {
        const auto canonical = Canonicalizer::canonicalize(QVariant(text), schema.type);
        if (!canonical)
            return tr("%1: %2").arg(name, canonical.error().message);
        // Shown as it will be written, e.g. a decimal at its scale.
        value = CellValue::value(CanonicalFormatter::toText(*canonical, schema.type));
        if (value.text == u"NULL")
            return tr("%1: the text NULL cannot be written as text here (it means SQL NULL); "
                      "check the NULL box for SQL NULL.")
                .arg(name);
    }
    const MergeState before = m_model->mergeState();
    const MergeState after = m_model->withEdit(field, value);
    if (after != before)
        m_undo->push(new MergeChoiceCommand(m_model, before, after, tr("edit %1").arg(name)));
    return QString();
}

void ConflictDetailPanel::commitEditor()
{
    const int field = currentField();
    if (field < 0)
        return;
    const QString error = editMergedValue(
        m_model->schema(field).name, m_editor->toPlainText(), m_editorNull->isChecked());
    m_editorError->setText(error.isEmpty() ? QString() : tr("Refused: %1").arg(error));
}

void ConflictDetailPanel::pickField(int field, int column)
{
    if (!m_conflict || m_conflict->status != ConflictRecord::Status::Pending || m_applying
        || field < 0 || field >= m_model->fieldCount())
        return;
    const MergeState before = m_model->mergeState();
    const MergeState after = m_model->withPick(field, Model::Column(column));
    if (after == before)
        return;
    const QString side = column == Model::SourceColumn ? tr("source")
        : column == Model::TargetColumn                ? tr("target")
                                                       : tr("base");
    m_undo->push(new MergeChoiceCommand(m_model, before, after,
        after.rowDeleted && !before.rowDeleted
            ? tr("take the %1's deletion").arg(side)
            : tr("take %1 for %2").arg(side, m_model->schema(field).name)));
}

void ConflictDetailPanel::pickRow(int column)
{
    if (!m_conflict || m_conflict->status != ConflictRecord::Status::Pending || m_applying
        || m_model->fieldCount() == 0)
        return;
    const MergeState before = m_model->mergeState();
    const MergeState after = m_model->withRowPick(Model::Column(column));
    if (after == before)
        return;
    m_undo->push(new MergeChoiceCommand(m_model, before, after,
        column == Model::SourceColumn ? tr("take the source row") : tr("take the target row")));
}

void ConflictDetailPanel::takeSourceForCurrentField()
{
    pickField(currentField(), Model::SourceColumn);
}

void ConflictDetailPanel::takeTargetForCurrentField()
{
    pickField(currentField(), Model::TargetColumn);
}

void ConflictDetailPanel::takeSourceRow()
{
    pickRow(Model::SourceColumn);
}

void ConflictDetailPanel::takeTargetRow()
{
    pickRow(Model::TargetColumn);
}

void ConflictDetailPanel::apply()
{
    if (!m_conflict || m_loading || m_applying
        || m_conflict->status != ConflictRecord::Status::Pending)
        return;
    if (m_model->unresolvedCount() > 0) {
        showMessage(
            tr("Choose a value for every field marked “Choose a value” before applying."), true);
        return;
    }
    ConflictDecision decision;
    const MergeState state = m_model->mergeState();
    if (state.rowDeleted) {
        decision.take = m_model->sourceDeleted() ? ConflictDecision::Take::Source
                                                 : ConflictDecision::Take::Target;
    } else {
        // Every settable field is spelled out, so what is written is what the Merged column
        // shows, whatever the sides hold by the time the resolver reads them.
        decision.take = ConflictDecision::Take::Merged;
        for (int i = 0; i < m_model->fieldCount(); ++i) {
            if (m_model->schema(i).settable)
                decision.set.insert(m_model->schema(i).name, m_model->decisionText(i));
        }
    }
    m_applying = true;
    m_message->hide();
    updateState();
    syncEditorToCurrentRow();
    const qint64 id = m_conflict->id;
    const int generation = m_generation;
    m_tasks->run(
        this,
        [location = m_workspaceLocation, id, decision] {
            return ConflictResolver(location).resolve(
                id, decision, AuditRepository::currentActor());
        },
        [this, id, generation](const Result<ConflictRecord>& result) {
            m_applying = false;
            if (generation != m_generation) {
                // Another conflict is shown by now; still say what happened to this one.
                if (result)
                    emit resolved(id);
                else
                    emit applyFailed(id, result.error().message);
                return;
            }
            if (!result) {
                showMessage(
                    tr("Not applied; the conflict stays pending. %1").arg(result.error().message),
                    true);
                updateState();
                syncEditorToCurrentRow();
                emit applyFailed(id, result.error().message);
                return;
            }
            *m_conflict = *result;
            m_undo->clear();
            updateBanner();
            m_message->showMessage(InlineMessage::Kind::Success,
                tr("Applied: both sides now hold the merged result and the conflict is resolved."));
            updateState();
            syncEditorToCurrentRow();
            emit resolved(id);
        });
}

void ConflictDetailPanel::showMessage(const QString& text, bool error)
{
    m_message->showMessage(
        error ? InlineMessage::Kind::Error : InlineMessage::Kind::Information, text);
}

void ConflictDetailPanel::hideMessage()
{
    m_message->hide();
}

} // namespace Syncline
