// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingsview.h"

#include "endpoints/endpointprobe.h"
#include "mappinglistmodel.h"
#include "mappings/mappingdesigner.h"
#include "newmappingdialog.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "ui_mappingsview.h"
#include "widgets/statuscolors.h"
#include "workspacetasks.h"

#include <QMessageBox>

#include <utility>

namespace Syncline {

namespace {

constexpr int s_messageMs = 8000;

} // namespace

MappingsView::MappingsView(WorkspaceTasks* tasks, QWidget* parent)
    : ConsoleView(parent)
    , m_ui(std::make_unique<Ui::MappingsView>())
    , m_tasks(tasks)
    , m_mappings(new MappingListModel(this))
{
    m_ui->setupUi(this);
    m_ui->mappingCombo->setModel(m_mappings);
    m_ui->mappingCombo->setModelColumn(MappingListModel::Name);
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->deleteButton->setToolTip(tr("Delete this mapping (Del)"));
    m_ui->newButton->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    connect(m_ui->newButton, &QToolButton::clicked, this, &MappingsView::createItem);
    QPalette routePalette = m_ui->routeLabel->palette();
    routePalette.setColor(
        QPalette::WindowText, routePalette.color(QPalette::Disabled, QPalette::WindowText));
    m_ui->routeLabel->setPalette(routePalette);
    m_ui->emptyState->setTitle(tr("Loading the workspace…"));
    m_ui->pageStack->setCurrentWidget(m_ui->emptyState);

    connect(
        m_ui->mappingCombo, &QComboBox::currentIndexChanged, this, &MappingsView::onComboChanged);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MappingsView::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &MappingsView::revert);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &MappingsView::deleteSelected);
    connect(m_ui->designer, &MappingDesigner::modifiedChanged, this, [this] {
        m_ui->messageLabel->clear();
        updateButtons();
    });
    updateButtons();
}

MappingsView::~MappingsView() = default;

MappingDesigner* MappingsView::designer() const
{
    return m_ui->designer;
}

QString MappingsView::selectedMapping() const
{
    return m_shown;
}

bool MappingsView::selectMapping(const QString& name)
{
    const MappingConfig* mapping = m_config.mapping(name);
    if (!mapping)
        return false;
    if (name == m_shown)
        return true;
    if (!confirmDiscard())
        return false;
    selectInCombo(name);
    load(*mapping);
    return true;
}

void MappingsView::selectInCombo(const QString& name)
{
    m_quiet = true;
    m_ui->mappingCombo->setCurrentIndex(m_mappings->rowOf(name));
    m_quiet = false;
}

void MappingsView::showSnapshot(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok())
        return;
    m_config = snapshot.config;
    m_quiet = true;
    m_mappings->setConfig(m_config);
    m_quiet = false;
    if (m_config.mappings.isEmpty() && !m_new) {
        m_shown.clear();
        m_loaded = MappingConfig();
        m_ui->emptyState->setTitle(tr("No mappings yet."));
        m_ui->emptyState->setText(
            tr("A mapping says how rows of a source table become rows of a target table: the "
               "key, and where each target field's value comes from. Create one with New "
               "(Ctrl+N), import mappings with <code>synclinectl import FILE.json</code>, or "
               "create the demo with <code>synclinectl demo</code>."));
        m_ui->pageStack->setCurrentWidget(m_ui->emptyState);
        updateRoute();
        updateButtons();
        emit actionsChanged();
        return;
    }

    if (m_new && m_config.mapping(m_shown) && !m_ui->designer->isModified())
        m_new = false; // saved: now the stored mapping
    const bool modified = m_ui->designer->isModified() && !m_loaded.name.isEmpty();
    const MappingConfig* stored = m_config.mapping(m_shown);
    if (!stored && !modified)
        stored = &m_config.mappings.first();
    selectInCombo(stored ? stored->name : m_shown);
    // Edits in progress stay; an unchanged designer follows the stored mapping.
    if (stored && !modified && (stored->name != m_shown || !(*stored == m_loaded)))
        load(*stored);
    updateRoute();
    updateButtons();
    emit actionsChanged();
}

void MappingsView::onComboChanged()
{
    if (m_quiet)
        return;
    const QModelIndex index = m_mappings->index(m_ui->mappingCombo->currentIndex(), 0);
    const QString name = index.data(MappingListModel::MappingNameRole).toString();
    if (name.isEmpty() || name == m_shown)
        return;
    if (!confirmDiscard()) {
        selectInCombo(m_shown);
        return;
    }
    if (const MappingConfig* mapping = m_config.mapping(name))
        load(*mapping);
}

bool MappingsView::canCreate() const
{
    return !m_config.endpoints.isEmpty() && !m_saving;
}

void MappingsView::createItem()
{
    if (!canCreate())
        return;
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    m_newDialog = new NewMappingDialog(m_tasks, m_config, this);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newDialog, &QDialog::accepted, this, [this, dialog = m_newDialog] {
        startNewMapping(dialog->mapping(), dialog->sourceEntity(), dialog->targetEntity());
    });
    connect(m_newDialog, &QObject::destroyed, this, [this] { m_newDialog = nullptr; });
    m_newDialog->open();
}

bool MappingsView::startNewMapping(
    const MappingConfig& mapping, const EntityInfo& source, const EntityInfo& target)
{
    if (!confirmDiscard())
        return false;
    ++m_loadSerial; // a schema read still running for another mapping is dropped
    m_new = true;
    m_shown = mapping.name;
    m_sourceInfo = source;
    m_targetInfo = target;
    selectInCombo(mapping.name);
    m_ui->designer->setEndpoints(m_config.endpoints);
    const int mapped = m_ui->designer->startNewMapping(mapping, source, target);
    m_loaded = m_ui->designer->mapping(); // what Revert goes back to: the auto-mapped start
    m_ui->pageStack->setCurrentWidget(m_ui->designer);
    //: source endpoint.entity → target endpoint.entity
    m_ui->routeLabel->setText(tr("%1.%2 → %3.%4 · new, not saved yet")
                                  .arg(mapping.source.endpoint, mapping.source.entity,
                                      mapping.target.endpoint, mapping.target.entity));
    showMessage(tr("Auto-map mapped %n field(s). Save to add the mapping to the workspace.",
                    nullptr, mapped),
        false);
    updateButtons();
    emit actionsChanged();
    emit mappingLoaded(mapping.name, QString());
    return true;
}

void MappingsView::load(const MappingConfig& mapping)
{
    m_new = false;
    const int serial = ++m_loadSerial;
    m_shown = mapping.name;
    m_loaded = MappingConfig();
    m_ui->messageLabel->clear();
    m_ui->emptyState->setTitle(tr("Reading the tables of %1…").arg(mapping.name));
    //: source endpoint.entity, target endpoint.entity
    m_ui->emptyState->setText(tr("%1.%2 and %3.%4")
                                  .arg(mapping.source.endpoint, mapping.source.entity,
                                      mapping.target.endpoint, mapping.target.entity)
                                  .toHtmlEscaped());
    m_ui->pageStack->setCurrentWidget(m_ui->emptyState);
    updateRoute();
    updateButtons();

    const EndpointConfig* source = m_config.endpoint(mapping.source.endpoint);
    const EndpointConfig* target = m_config.endpoint(mapping.target.endpoint);
    if (!source || !target) {
        const QString error = tr("The mapping names an endpoint the workspace does not have.");
        m_ui->emptyState->setTitle(tr("Cannot open %1.").arg(mapping.name));
        m_ui->emptyState->setText(error.toHtmlEscaped());
        emit mappingLoaded(mapping.name, error);
        return;
    }
    m_tasks->run(
        this,
        [source = *source, target = *target, mapping] {
            Schemas schemas;
            const EntityDescription sourceInfo
                = EndpointProbe::describe(source, mapping.source.entity);
            const EntityDescription targetInfo
                = EndpointProbe::describe(target, mapping.target.entity);
            schemas.source = sourceInfo.entity;
            schemas.target = targetInfo.entity;
            schemas.error = !sourceInfo.error.isEmpty() ? sourceInfo.error : targetInfo.error;
            return schemas;
        },
        [this, serial, mapping](const Schemas& schemas) {
            if (serial != m_loadSerial)
                return;
            if (!schemas.error.isEmpty()) {
                m_ui->emptyState->setTitle(tr("Cannot read the tables of %1.").arg(mapping.name));
                m_ui->emptyState->setText(schemas.error.toHtmlEscaped());
                emit mappingLoaded(mapping.name, schemas.error);
                return;
            }
            m_sourceInfo = schemas.source;
            m_targetInfo = schemas.target;
            m_loaded = mapping;
            m_ui->designer->setEndpoints(m_config.endpoints);
            m_ui->designer->setMapping(mapping, m_sourceInfo, m_targetInfo);
            m_ui->pageStack->setCurrentWidget(m_ui->designer);
            updateButtons();
            emit mappingLoaded(mapping.name, QString());
        });
}

bool MappingsView::confirmDiscard()
{
    if (m_loaded.name.isEmpty() || !m_ui->designer->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("Discard the unsaved changes to the mapping %1?").arg(m_loaded.name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_ui->designer->setModified(false);
    return true;
}

void MappingsView::save()
{
    if (m_saving || m_loaded.name.isEmpty())
        return;
    const MappingConfig mapping = m_ui->designer->mapping();
    m_saving = true;
    updateButtons();
    showMessage(tr("Saving…"), false);
    m_tasks->withWorkspace(
        this,
        [mapping](Workspace& workspace) {
            return ConfigRepository(workspace).saveMapping(
                mapping, AuditRepository::currentActor());
        },
        [this, mapping](const Status& status) {
            m_saving = false;
            if (!status) {
                showMessage(status.error().message, true);
                updateButtons();
                emit saveFailed(status.error().message);
                return;
            }
            m_loaded = mapping;
            m_new = false;
            m_ui->designer->setModified(false);
            showMessage(tr("Saved."), false);
            updateButtons();
            emit statusMessage(tr("Saved mapping %1.").arg(mapping.name), s_messageMs);
            emit saved(mapping.name);
            emit workspaceChanged();
        });
}

void MappingsView::revert()
{
    if (m_loaded.name.isEmpty())
        return;
    m_ui->designer->setMapping(m_loaded, m_sourceInfo, m_targetInfo);
    if (m_new)
        m_ui->designer->setModified(true); // still not stored
    m_ui->messageLabel->clear();
    updateButtons();
}

void MappingsView::deleteSelected()
{
    const QString name = m_shown;
    if (name.isEmpty() || m_saving)
        return;
    if (m_new) {
        // Not stored: deleting it just drops the draft.
        m_ui->designer->setModified(false);
        m_new = false;
        m_shown.clear();
        m_loaded = MappingConfig();
        emit workspaceChanged();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Delete mapping"),
        tr("Delete the mapping %1 from the workspace?\n\nIts tables are not touched.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_saving = true;
    updateButtons();
    m_tasks->withWorkspace(
        this,
        [name](Workspace& workspace) {
            return ConfigRepository(workspace).removeMapping(name, AuditRepository::currentActor());
        },
        [this, name](const Status& status) {
            m_saving = false;
            if (!status) {
                showMessage(status.error().message, true);
                updateButtons();
                emit saveFailed(status.error().message);
                return;
            }
            m_ui->designer->setModified(false);
            m_shown.clear();
            m_loaded = MappingConfig();
            emit statusMessage(tr("Deleted mapping %1.").arg(name), s_messageMs);
            emit removed(name);
            emit workspaceChanged();
        });
}

void MappingsView::showMessage(const QString& text, bool error)
{
    QPalette messagePalette = palette();
    messagePalette.setColor(QPalette::WindowText,
        error ? StatusColors::error(messagePalette) : StatusColors::success(messagePalette));
    m_ui->messageLabel->setPalette(messagePalette);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setToolTip(error ? text : QString());
}

void MappingsView::updateRoute()
{
    const MappingConfig* mapping = m_config.mapping(m_shown);
    if (!mapping) {
        m_ui->routeLabel->clear();
        return;
    }
    const QStringList jobs = m_mappings->jobsOf(mapping->name);
    //: source endpoint.entity → target endpoint.entity
    const QString route = tr("%1.%2 → %3.%4")
                              .arg(mapping->source.endpoint, mapping->source.entity,
                                  mapping->target.endpoint, mapping->target.entity);
    m_ui->routeLabel->setText(jobs.isEmpty()
            ? tr("%1 · no job runs it").arg(route)
            : tr("%1 · run by %2").arg(route, jobs.join(QStringLiteral(", "))));
}

void MappingsView::updateButtons()
{
    const bool loaded = !m_loaded.name.isEmpty();
    const bool modified = loaded && m_ui->designer->isModified();
    m_ui->saveButton->setEnabled(modified && !m_saving);
    m_ui->revertButton->setEnabled(modified && !m_saving);
    m_ui->deleteButton->setEnabled(!m_shown.isEmpty() && !m_saving);
    m_ui->mappingCombo->setEnabled(!m_saving);
    m_ui->newButton->setEnabled(canCreate());
}

} // namespace Syncline
