// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "core/endpointconfig.h"
#include "core/mappingconfig.h"
#include "engine/mappingpreview.h"

#include <QWidget>

#include <memory>

class QAction;
class QTableView;
class QTreeView;
class QUndoStack;

namespace Ui {
class MappingDesigner;
}

namespace Syncline {

class FieldConnectorView;
class MappingDocument;
class MappingPreviewLoader;
class PreviewModel;
class SourceFieldModel;
class TargetFieldModel;
class TransformEditor;
class ValidationRuleEditor;

// The visual mapping designer: source fields on the left, target fields on the right, curves
// between mapped fields; drag a source field onto a target field to map it, auto-map by name
// and type, edit the selected field's transform in the side panel, the row filter and the
// validation rules in the tabs below, with a live preview of sample source rows mapped the
// way a run maps them. Every edit is undoable (undoAction(), redoAction()). The designer
// never touches a database on the GUI thread: the preview runs in a pool thread with its own
// connections. It edits a copy of the mapping; the console saves mapping() (through
// ConfigRepository::saveMapping, off the GUI thread) and then calls setModified(false).
// Created by the console's Mappings view (or a test); GUI thread.
class MappingDesigner final : public QWidget
{
    Q_OBJECT

public:
    explicit MappingDesigner(QWidget* parent = nullptr);
    ~MappingDesigner() override;

    // The endpoints the preview connects to and lookups and rules may name: the workspace's.
    // Set them before setMapping() (the first preview starts then).
    void setEndpoints(const QList<EndpointConfig>& endpoints);
    // Starts editing `mapping` whose source and target have these schemas (from
    // Connection::describe(), read off the GUI thread); clears the undo history. A mapping
    // without fields shows the same-name pairs a run would use, as explicit fields.
    void setMapping(
        const MappingConfig& mapping, const EntityInfo& source, const EntityInfo& target);
    MappingConfig mapping() const;
    // Starts a mapping that is not stored yet: loads `mapping` (name, source and target; no
    // fields) and auto-maps it by name and type with the key from the source table's
    // primary key, as one undoable step. The designer is then modified. Returns how many
    // fields auto-map mapped.
    int startNewMapping(
        const MappingConfig& mapping, const EntityInfo& source, const EntityInfo& target);

    // Whether the mapping changed since setMapping() or the last setModified(false).
    bool isModified() const;
    void setModified(bool modified);

    QUndoStack* undoStack() const;
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* autoMapAction() const { return m_autoMapAction; }
    QAction* unmapAction() const { return m_unmapAction; }

    // The target field whose transform the side panel edits.
    QString selectedField() const;
    void selectField(const QString& target);

    // The live preview: on by default, `delay` ms after the last edit (300 by default).
    void setPreviewEnabled(bool enabled);
    bool isPreviewEnabled() const { return m_previewEnabled; }
    void setPreviewDelay(int milliseconds);
    bool isPreviewRunning() const;
    const MappingPreviewResult& previewResult() const;
    QString previewError() const { return m_previewError; }

    // The parts, for the console's menus and for tests.
    MappingDocument* document() const { return m_document; }
    SourceFieldModel* sourceModel() const { return m_sourceModel; }
    TargetFieldModel* targetModel() const { return m_targetModel; }
    PreviewModel* previewModel() const { return m_previewModel; }
    QTreeView* sourceView() const;
    QTreeView* targetView() const;
    QTableView* previewView() const;
    FieldConnectorView* connectorView() const;
    TransformEditor* transformEditor() const;
    ValidationRuleEditor* ruleEditor() const;

public slots:
    int autoMap();
    void unmapSelectedField();
    void refreshPreview();

signals:
    // After every edit, undo and redo (not after setMapping()).
    void mappingChanged(const Syncline::MappingConfig& mapping);
    void modifiedChanged(bool modified);
    // A preview (or its failure) is shown.
    void previewUpdated();

private:
    void load(const MappingConfig& mapping, const EntityInfo& source, const EntityInfo& target,
        bool sameNameFields);
    void onDocumentChanged();
    void onEdited();
    void onFilterChanged();
    void onPreviewStarted();
    void onPreviewFinished(const MappingPreviewResult& result, const QString& error);
    void onTargetContextMenu(const QPoint& position);
    void updateSummary();
    void updateTitles();
    void updateActions();
    void schedulePreview();

    std::unique_ptr<Ui::MappingDesigner> m_ui;
    MappingDocument* m_document = nullptr;
    SourceFieldModel* m_sourceModel = nullptr;
    TargetFieldModel* m_targetModel = nullptr;
    PreviewModel* m_previewModel = nullptr;
    MappingPreviewLoader* m_previewLoader = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_autoMapAction = nullptr;
    QAction* m_unmapAction = nullptr;
    QList<EndpointConfig> m_endpoints;
    QString m_previewError;
    bool m_previewEnabled = true;
    bool m_loading = false;
};

} // namespace Syncline
