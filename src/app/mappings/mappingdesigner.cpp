// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingdesigner.h"

#include "mappings/fieldconnectorview.h"
#include "mappings/javascripthighlighter.h"
#include "mappings/mappingdocument.h"
#include "mappings/mappingpreviewloader.h"
#include "mappings/previewmodel.h"
#include "mappings/sourcefieldmodel.h"
#include "mappings/targetfieldmodel.h"
#include "mappings/transformeditor.h"
#include "mappings/undoshortcutredirect.h"
#include "mappings/validationruleeditor.h"
#include "ui_mappingdesigner.h"
#include "widgets/statuscolors.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QUndoStack>

namespace Syncline {

namespace {

// Rich text in a colour picked from the palette, so that it reads on light and dark schemes.
// HexArgb keeps a translucent colour (the placeholder text of light palettes) translucent.
QString coloured(const QColor& color, const QString& html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(color.name(QColor::HexArgb), html);
}

} // namespace

MappingDesigner::MappingDesigner(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MappingDesigner>())
{
    m_ui->setupUi(this);
    // After the forms' widgets, so that it outlives them: children go in creation order.
    m_document = new MappingDocument(this);
    m_sourceModel = new SourceFieldModel(m_document, this);
    m_targetModel = new TargetFieldModel(m_document, this);
    m_previewModel = new PreviewModel(this);
    m_previewLoader = new MappingPreviewLoader(this);

    // Actions: the buttons here, and the console's Edit menu if it wants them.
    QUndoStack* stack = m_document->undoStack();
    // Fixed texts, so the buttons keep their size; what they undo is in the tooltip.
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undoAction,
        [action = m_undoAction](const QString& text) {
            action->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
        });
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redoAction,
        [action = m_redoAction](const QString& text) {
            action->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
        });
    m_autoMapAction = new QAction(tr("&Auto-map"), this);
    m_autoMapAction->setToolTip(tr("Map the unmapped target fields to source fields of the same "
                                   "name (ignoring case and punctuation) and a compatible type"));
    m_autoMapAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_unmapAction = new QAction(tr("U&nmap"), this);
    m_unmapAction->setToolTip(tr("Remove the selected target field's mapping"));
    m_unmapAction->setShortcut(QKeySequence::Delete);
    m_unmapAction->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    for (QAction* action : { m_undoAction, m_redoAction, m_autoMapAction })
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_unmapAction->setShortcutContext(Qt::WidgetShortcut);
    addActions({ m_undoAction, m_redoAction, m_autoMapAction });
    m_ui->targetView->addAction(m_unmapAction);
    m_ui->undoButton->setDefaultAction(m_undoAction);
    m_ui->redoButton->setDefaultAction(m_redoAction);
    m_ui->autoMapButton->setDefaultAction(m_autoMapAction);
    m_ui->unmapButton->setDefaultAction(m_unmapAction);
    connect(m_autoMapAction, &QAction::triggered, this, &MappingDesigner::autoMap);
    connect(m_unmapAction, &QAction::triggered, this, &MappingDesigner::unmapSelectedField);

    // The field lists and the curves between them.
    m_ui->sourceView->setModel(m_sourceModel);
    m_ui->targetView->setModel(m_targetModel);
    m_ui->sourceView->header()->setStretchLastSection(true);
    m_ui->targetView->header()->setStretchLastSection(true);
    m_ui->targetView->header()->setSectionResizeMode(
        TargetFieldModel::KeyColumn, QHeaderView::ResizeToContents);
    m_ui->connectorView->setViews(m_document, m_ui->sourceView, m_ui->targetView);
    connect(m_ui->connectorView, &FieldConnectorView::fieldClicked, this,
        &MappingDesigner::selectField);
    connect(m_ui->targetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            const QString field = m_targetModel->fieldAt(current.row());
            m_ui->connectorView->setSelectedField(field);
            m_ui->transformEditor->setField(field);
            updateActions();
        });
    connect(m_ui->targetView, &QWidget::customContextMenuRequested, this,
        &MappingDesigner::onTargetContextMenu);

    m_ui->transformEditor->setDocument(m_document);
    m_ui->ruleEditor->setDocument(m_document);
    auto* filterUndo = new UndoShortcutRedirect(this);
    filterUndo->setStack(stack);
    filterUndo->watch(m_ui->filterEdit);
    auto* filterHighlighter = new JavaScriptHighlighter(m_ui->filterEdit->document());
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->filterEdit->setFont(mono);
    m_ui->filterEdit->setPlaceholderText(QStringLiteral("row.status != 'closed'"));
    connect(m_ui->filterEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_document->setFilter(m_ui->filterEdit->toPlainText(), true);
    });
    connect(m_document, &MappingDocument::filterChanged, this, &MappingDesigner::onFilterChanged);
    connect(m_document, &MappingDocument::reset, this, [this, filterHighlighter] {
        QStringList names;
        for (const ColumnInfo& column : m_document->sourceEntity().columns)
            names.append(column.name);
        filterHighlighter->setKnownFields(names);
    });

    // The preview.
    m_ui->previewView->setModel(m_previewModel);
    m_ui->previewView->horizontalHeader()->setDefaultSectionSize(140);
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(
        m_ui->previewView->fontMetrics().height() + 8);
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);
    connect(
        m_previewLoader, &MappingPreviewLoader::started, this, &MappingDesigner::onPreviewStarted);
    connect(m_previewLoader, &MappingPreviewLoader::finished, this,
        &MappingDesigner::onPreviewFinished);

    connect(m_document, &MappingDocument::changed, this, &MappingDesigner::onDocumentChanged);
    // One signal per edit, undo or redo, however many parts of the mapping it changed.
    connect(stack, &QUndoStack::indexChanged, this, &MappingDesigner::onEdited);
    connect(stack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean); });

    // Room for the preview; the side panel wide enough for an expression.
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 420, 440 });
    m_ui->topSplitter->setStretchFactor(0, 2);
    m_ui->topSplitter->setStretchFactor(1, 1);
    m_ui->topSplitter->setSizes({ 880, 380 });
    updateTitles();
    updateSummary();
    updateActions();
}

MappingDesigner::~MappingDesigner()
{
    m_previewLoader->cancel();
    // The document outlives the forms' widgets; its undo stack signals as it goes, and this
    // object is no MappingDesigner any more by then.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
}

void MappingDesigner::setEndpoints(const QList<EndpointConfig>& endpoints)
{
    m_endpoints = endpoints;
    m_previewLoader->setEndpoints(endpoints);
    QStringList names;
    for (const EndpointConfig& endpoint : endpoints)
        names.append(endpoint.name);
    m_ui->transformEditor->setEndpoints(names);
    m_ui->ruleEditor->setEndpoints(names);
    schedulePreview();
}

void MappingDesigner::setMapping(
    const MappingConfig& mapping, const EntityInfo& source, const EntityInfo& target)
{
    load(mapping, source, target, true);
}

int MappingDesigner::startNewMapping(
    const MappingConfig& mapping, const EntityInfo& source, const EntityInfo& target)
{
    MappingConfig empty = mapping;
    empty.fields.clear();
    empty.key.clear();
    // The first preview waits for the auto-mapped fields.
    const bool preview = m_previewEnabled;
    m_previewEnabled = false;
    load(empty, source, target, false);
    m_previewEnabled = preview;
    const int mapped = autoMap();
    QString first = m_document->mapping().key.value(0);
    if (first.isEmpty() && !m_document->mapping().fields.isEmpty())
        first = m_document->mapping().fields.constFirst().target;
    if (!first.isEmpty())
        selectField(first);
    setModified(true); // not stored yet, even when auto-map found nothing
    return mapped;
}

void MappingDesigner::load(const MappingConfig& mapping, const EntityInfo& source,
    const EntityInfo& target, bool sameNameFields)
{
    m_loading = true;
    m_document->load(mapping, source, target, sameNameFields);
    m_ui->filterEdit->setPlainText(m_document->mapping().filter);
    m_loading = false;
    m_ui->sourceView->resizeColumnToContents(SourceFieldModel::NameColumn);
    m_ui->targetView->resizeColumnToContents(TargetFieldModel::NameColumn);
    m_ui->targetView->resizeColumnToContents(TargetFieldModel::TypeColumn);
    m_previewModel->setResult(MappingPreviewResult());
    m_previewError.clear();
    updateTitles();
    updateSummary();
    updateActions();
    // The key field, or the first mapped one, is what the side panel shows first.
    QString first = m_document->mapping().key.value(0);
    if (first.isEmpty() && !m_document->mapping().fields.isEmpty())
        first = m_document->mapping().fields.constFirst().target;
    if (!first.isEmpty())
        selectField(first);
    else
        m_ui->transformEditor->setField(QString());
    if (m_previewEnabled)
        m_previewLoader->runNow(m_document->mapping());
}

MappingConfig MappingDesigner::mapping() const
{
    return m_document->mapping();
}

bool MappingDesigner::isModified() const
{
    return !m_document->undoStack()->isClean();
}

void MappingDesigner::setModified(bool modified)
{
    if (modified)
        m_document->undoStack()->resetClean();
    else
        m_document->undoStack()->setClean();
}

QUndoStack* MappingDesigner::undoStack() const
{
    return m_document->undoStack();
}

QString MappingDesigner::selectedField() const
{
    return m_ui->transformEditor->field();
}

void MappingDesigner::selectField(const QString& target)
{
    const int row = m_targetModel->rowOf(target);
    if (row < 0)
        return;
    const QModelIndex index = m_targetModel->index(row, TargetFieldModel::NameColumn);
    m_ui->targetView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->targetView->scrollTo(index);
    m_ui->connectorView->setSelectedField(target);
    m_ui->transformEditor->setField(target);
    updateActions();
}

void MappingDesigner::setPreviewEnabled(bool enabled)
{
    m_previewEnabled = enabled;
    if (!enabled)
        m_previewLoader->cancel();
    else
        schedulePreview();
}

void MappingDesigner::setPreviewDelay(int milliseconds)
{
    m_previewLoader->setDelay(milliseconds);
}

bool MappingDesigner::isPreviewRunning() const
{
    return m_previewLoader->isBusy();
}

const MappingPreviewResult& MappingDesigner::previewResult() const
{
    return m_previewModel->result();
}

QTreeView* MappingDesigner::sourceView() const
{
    return m_ui->sourceView;
}

QTreeView* MappingDesigner::targetView() const
{
    return m_ui->targetView;
}

QTableView* MappingDesigner::previewView() const
{
    return m_ui->previewView;
}

FieldConnectorView* MappingDesigner::connectorView() const
{
    return m_ui->connectorView;
}

TransformEditor* MappingDesigner::transformEditor() const
{
    return m_ui->transformEditor;
}

ValidationRuleEditor* MappingDesigner::ruleEditor() const
{
    return m_ui->ruleEditor;
}

int MappingDesigner::autoMap()
{
    const int mapped = m_document->autoMap();
    m_ui->summaryLabel->setToolTip(mapped > 0 ? tr("Auto-map mapped %n field(s).", nullptr, mapped)
                                              : tr("Auto-map found no more pairs."));
    return mapped;
}

void MappingDesigner::unmapSelectedField()
{
    if (!selectedField().isEmpty())
        m_document->disconnectField(selectedField());
}

void MappingDesigner::refreshPreview()
{
    if (m_previewEnabled && !m_document->targetEntity().columns.isEmpty())
        m_previewLoader->runNow(m_document->mapping());
}

void MappingDesigner::schedulePreview()
{
    if (m_previewEnabled && !m_document->targetEntity().columns.isEmpty())
        m_previewLoader->schedule(m_document->mapping());
}

void MappingDesigner::onDocumentChanged()
{
    if (m_loading)
        return;
    updateSummary();
    updateActions();
}

void MappingDesigner::onEdited()
{
    if (m_loading)
        return;
    schedulePreview();
    emit mappingChanged(m_document->mapping());
}

void MappingDesigner::onFilterChanged()
{
    if (m_ui->filterEdit->toPlainText() == m_document->mapping().filter)
        return;
    m_loading = true;
    m_ui->filterEdit->setPlainText(m_document->mapping().filter);
    m_loading = false;
    m_ui->bottomTabs->setCurrentWidget(m_ui->filterTab);
}

void MappingDesigner::onPreviewStarted()
{
    const MappingPreviewResult& current = m_previewModel->result();
    m_ui->previewStatusLabel->setText(current.rows.isEmpty() && m_previewError.isEmpty()
            ? tr("Reading sample rows…")
            : m_ui->previewStatusLabel->text().section(QStringLiteral(" · <i>"), 0, 0)
                + tr(" · <i>updating…</i>"));
}

void MappingDesigner::onPreviewFinished(const MappingPreviewResult& result, const QString& error)
{
    m_previewError = error;
    m_previewModel->setResult(result);
    if (!error.isEmpty()) {
        m_ui->previewStatusLabel->setText(coloured(
            StatusColors::error(palette()), tr("No preview: %1").arg(error.toHtmlEscaped())));
        m_ui->problemsLabel->clear();
        m_ui->problemsLabel->hide();
        emit previewUpdated();
        return;
    }
    const QLocale locale;
    QStringList parts;
    parts.append(tr("%n sample row(s) of %1", nullptr, int(result.rows.size()))
                     .arg(result.sourceTable.toHtmlEscaped()));
    const int failed = result.failedCells();
    parts.append(failed > 0 ? coloured(StatusColors::error(palette()),
                     QStringLiteral("<b>%1</b>").arg(tr("%n failing cell(s)", nullptr, failed)))
                            : tr("no failing cells"));
    if (result.filteredRows() > 0)
        parts.append(tr("%n row(s) filtered out", nullptr, result.filteredRows()));
    parts.append(tr("hover a red cell for its error"));
    m_ui->previewStatusLabel->setText(parts.join(QStringLiteral(" · ")));
    if (result.problems.isEmpty()) {
        m_ui->problemsLabel->clear();
        m_ui->problemsLabel->hide();
    } else {
        QStringList items;
        for (const QString& problem : result.problems)
            items.append(problem.toHtmlEscaped());
        m_ui->problemsLabel->setText(coloured(StatusColors::warning(palette()),
            QStringLiteral("⚠ %1").arg(items.join(QStringLiteral("<br>⚠ ")))));
        m_ui->problemsLabel->show();
    }
    QHeaderView* header = m_ui->previewView->horizontalHeader();
    header->resizeSections(QHeaderView::ResizeToContents);
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(section, qBound(70, header->sectionSize(section), 260));
    emit previewUpdated();
}

void MappingDesigner::onTargetContextMenu(const QPoint& position)
{
    const QModelIndex index = m_ui->targetView->indexAt(position);
    if (!index.isValid())
        return;
    const QString field = m_targetModel->fieldAt(index.row());
    selectField(field);
    QMenu menu(this);
    menu.addAction(m_unmapAction);
    const bool isKey = m_document->mapping().key.contains(field);
    menu.addAction(
        isKey ? tr("Remove from the key") : tr("Add to the key"), this, [this, field, isKey] {
            QStringList key = m_document->mapping().key;
            if (isKey)
                key.removeAll(field);
            else
                key.append(field);
            m_document->setKey(key);
        });
    menu.addAction(tr("Add a validation rule"), this, [this, field] {
        m_ui->bottomTabs->setCurrentWidget(m_ui->rulesTab);
        m_ui->ruleEditor->addRule(field);
    });
    menu.exec(m_ui->targetView->viewport()->mapToGlobal(position));
}

void MappingDesigner::updateTitles()
{
    const MappingConfig& mapping = m_document->mapping();
    const EntityInfo& source = m_document->sourceEntity();
    const QLocale locale;
    QString sourceText
        = tr("<b>Source</b> %1.%2")
              .arg(mapping.source.endpoint.toHtmlEscaped(), mapping.source.entity.toHtmlEscaped());
    if (source.rowEstimate >= 0)
        sourceText += QLatin1Char(' ')
            + coloured(palette().color(QPalette::PlaceholderText),
                tr("%1 rows").arg(locale.toString(source.rowEstimate)));
    m_ui->sourceTitle->setText(mapping.source.entity.isEmpty() ? tr("<b>Source</b>") : sourceText);
    m_ui->targetTitle->setText(mapping.target.entity.isEmpty()
            ? tr("<b>Target</b>")
            : tr("<b>Target</b> %1.%2")
                  .arg(mapping.target.endpoint.toHtmlEscaped(),
                      mapping.target.entity.toHtmlEscaped()));
}

void MappingDesigner::updateSummary()
{
    const int total = int(m_document->targetEntity().columns.size());
    int mapped = 0;
    for (const ColumnInfo& column : m_document->targetEntity().columns)
        mapped += m_document->fieldIndex(column.name) >= 0 ? 1 : 0;
    QString text = tr("%1 of %2 target fields mapped").arg(mapped).arg(total);
    const QStringList missing = m_document->unmappedRequiredFields();
    if (!missing.isEmpty())
        text += QStringLiteral(" · ")
            + coloured(StatusColors::error(palette()),
                QStringLiteral("<b>%1</b>")
                    .arg(tr("required but not mapped: %1")
                             .arg(missing.join(QStringLiteral(", ")).toHtmlEscaped())));
    if (m_document->mapping().key.isEmpty() && total > 0)
        text += QStringLiteral(" · ") + coloured(StatusColors::warning(palette()), tr("no key"));
    m_ui->summaryLabel->setText(text);
}

void MappingDesigner::updateActions()
{
    m_unmapAction->setEnabled(
        !selectedField().isEmpty() && m_document->fieldIndex(selectedField()) >= 0);
    m_autoMapAction->setEnabled(!m_document->targetEntity().columns.isEmpty());
}

} // namespace Syncline
