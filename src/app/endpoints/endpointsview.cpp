// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointsview.h"

#include "connectors/secretstore.h"
#include "endpointform.h"
#include "endpointlistmodel.h"
#include "schemamodel.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "ui_endpointsview.h"
#include "widgets/runtext.h"
#include "widgets/statuscolors.h"
#include "widgets/tablelook.h"
#include "workspacetasks.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

namespace Syncline {

namespace {

constexpr int s_messageMs = 8000;
constexpr int s_schemaLimit = 500;

const auto s_splitterKey = QStringLiteral("splitter");
const auto s_headerKey = QStringLiteral("endpointsHeader");

} // namespace

EndpointsView::EndpointsView(WorkspaceTasks* tasks, QWidget* parent)
    : ConsoleView(parent)
    , m_ui(std::make_unique<Ui::EndpointsView>())
    , m_tasks(tasks)
    , m_endpoints(new EndpointListModel(this))
    , m_schema(new SchemaModel(this))
{
    qRegisterMetaType<Syncline::ConnectionTest>();
    m_ui->setupUi(this);
    QFont titleFont = m_ui->listTitle->font();
    titleFont.setBold(true);
    m_ui->listTitle->setFont(titleFont);
    m_ui->newButton->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_ui->cloneButton->setIcon(QIcon(QStringLiteral(":/icons/clone.svg")));
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->schemaRefreshButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->newButton->setToolTip(tr("Add an endpoint (Ctrl+N)"));
    m_ui->cloneButton->setToolTip(tr("Start a new endpoint from the selected one"));
    m_ui->deleteButton->setToolTip(tr("Delete the selected endpoint (Del)"));

    m_ui->endpointsTable->setModel(m_endpoints);
    TableLook::setUp(m_ui->endpointsTable);
    m_ui->endpointsTable->setTextElideMode(Qt::ElideMiddle); // paths: keep the file name
    m_ui->schemaTree->setModel(m_schema);
    TableLook::setUp(m_ui->schemaTree);
    m_ui->schemaTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({ 500, 580 });
    m_ui->listEmptyState->setTitle(tr("No endpoints yet."));
    m_ui->listEmptyState->setText(
        tr("Endpoints are the databases Syncline keeps consistent. Add one with <b>New</b> "
           "(Ctrl+N): a SQLite file or a PostgreSQL server."));

    connect(m_ui->endpointsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &EndpointsView::onSelectionChanged);
    connect(m_ui->form, &EndpointForm::edited, this, &EndpointsView::onEdited);
    connect(m_ui->form, &EndpointForm::setPasswordRequested, this, &EndpointsView::setPassword);
    connect(m_ui->newButton, &QToolButton::clicked, this, &EndpointsView::createItem);
    connect(m_ui->cloneButton, &QToolButton::clicked, this, &EndpointsView::cloneSelected);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &EndpointsView::deleteSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &EndpointsView::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &EndpointsView::revert);
    connect(m_ui->testButton, &QPushButton::clicked, this, &EndpointsView::testConnection);
    connect(m_ui->schemaRefreshButton, &QToolButton::clicked, this, &EndpointsView::reloadSchema);

    m_ui->schemaStatus->setText(tr("Select an endpoint to browse its tables."));
    m_ui->form->setEnabled(false);
    updateListPage();
    updateButtons();
}

EndpointsView::~EndpointsView() = default;

EndpointForm* EndpointsView::form() const
{
    return m_ui->form;
}

QString EndpointsView::selectedEndpoint() const
{
    const QModelIndexList rows = m_ui->endpointsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.first().data(EndpointListModel::EndpointNameRole).toString();
}

bool EndpointsView::selectEndpoint(const QString& name)
{
    const int row = m_endpoints->rowOf(name);
    if (row < 0)
        return false;
    m_ui->endpointsTable->selectionModel()->setCurrentIndex(m_endpoints->index(row, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return selectedEndpoint() == name;
}

void EndpointsView::selectRowQuietly(int row)
{
    m_quiet = true;
    QItemSelectionModel* selection = m_ui->endpointsTable->selectionModel();
    if (row < 0)
        selection->clear();
    else
        selection->setCurrentIndex(m_endpoints->index(row, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_quiet = false;
}

void EndpointsView::showSnapshot(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok())
        return;
    m_loaded = true;
    m_config = snapshot.config;
    const QString selected = selectedEndpoint();
    m_quiet = true;
    m_endpoints->setEndpoints(m_config.endpoints);
    m_quiet = false;
    if (!m_columnsFitted && m_endpoints->rowCount() > 0) {
        TableLook::fitColumns(m_ui->endpointsTable, 170);
        m_columnsFitted = true;
    }

    QString target = !m_selectAfterReload.isEmpty() ? m_selectAfterReload : selected;
    m_selectAfterReload.clear();
    if (m_ui->form->isNew() && m_ui->form->isEnabled() && target.isEmpty()) {
        // The user is filling in a new endpoint: leave the list unselected.
    } else {
        if (m_endpoints->rowOf(target) < 0 && !m_dirty)
            target = m_endpoints->rowCount() > 0 ? m_config.endpoints.first().name : QString();
        selectRowQuietly(m_endpoints->rowOf(target));
        const EndpointConfig* stored = m_config.endpoint(selectedEndpoint());
        if (!m_dirty) {
            const bool changed = !stored || stored->name != m_shown || !(*stored == m_shownConfig)
                || m_ui->form->isNew();
            if (changed)
                showEndpoint(stored);
        }
    }
    updateUsage();
    updateListPage();
    updateButtons();
    emit actionsChanged();
}

void EndpointsView::onSelectionChanged()
{
    if (m_quiet)
        return;
    const QString name = selectedEndpoint();
    if (!m_ui->form->isNew() && name == m_shown)
        return;
    if (!confirmDiscard()) {
        selectRowQuietly(m_ui->form->isNew() ? -1 : m_endpoints->rowOf(m_shown));
        return;
    }
    showEndpoint(m_config.endpoint(name));
    emit actionsChanged();
}

void EndpointsView::showEndpoint(const EndpointConfig* endpoint)
{
    m_dirty = false;
    m_ui->messageLabel->clear();
    if (!endpoint) {
        m_shown.clear();
        EndpointConfig blank;
        blank.kind = QStringLiteral("sqlite");
        m_ui->form->setEndpoint(blank, true);
        m_ui->form->setEnabled(false);
        m_schema->clear();
        ++m_schemaSerial;
        m_ui->schemaStatus->setText(m_endpoints->rowCount() == 0
                ? tr("Add an endpoint to browse its tables.")
                : tr("Select an endpoint to browse its tables."));
        updateUsage();
        updateButtons();
        return;
    }
    m_shown = endpoint->name;
    m_shownConfig = *endpoint;
    m_ui->form->setEnabled(true);
    m_ui->form->setEndpoint(*endpoint, false);
    updateUsage();
    updateButtons();
    loadSchema(*endpoint);
}

void EndpointsView::startNew(const EndpointConfig& endpoint)
{
    selectRowQuietly(-1);
    m_shown.clear();
    m_ui->form->setEnabled(true);
    m_ui->form->setEndpoint(endpoint, true);
    m_dirty = true;
    m_schema->clear();
    ++m_schemaSerial;
    m_ui->schemaStatus->setText(tr("Save or test the endpoint to browse its tables."));
    m_ui->messageLabel->clear();
    updateUsage();
    updateListPage();
    updateButtons();
    m_ui->form->findChild<QWidget*>(QStringLiteral("nameEdit"))->setFocus();
    emit actionsChanged();
}

void EndpointsView::createItem()
{
    if (!confirmDiscard())
        return;
    EndpointConfig endpoint;
    endpoint.kind = QStringLiteral("sqlite");
    startNew(endpoint);
}

void EndpointsView::cloneSelected()
{
    const EndpointConfig* source = m_config.endpoint(selectedEndpoint());
    if (!source || !confirmDiscard())
        return;
    EndpointConfig copy = *source;
    QString name = tr("%1-copy").arg(source->name);
    for (int n = 2; m_config.endpoint(name); ++n)
        name = tr("%1-copy%2").arg(source->name).arg(n);
    copy.name = name;
    startNew(copy);
    showMessage(
        tr("A copy of %1; it is saved under the new name when you press Save.").arg(source->name),
        false);
}

bool EndpointsView::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const EndpointConfig edited = m_ui->form->endpoint();
    const QString name = edited.name.isEmpty() ? tr("the new endpoint") : edited.name;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("Discard the unsaved changes to %1?").arg(name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_dirty = false;
    return true;
}

void EndpointsView::onEdited()
{
    m_dirty = true;
    m_ui->messageLabel->clear();
    updateButtons();
}

void EndpointsView::save()
{
    if (m_saving || !m_ui->form->isEnabled())
        return;
    const QString problem = m_ui->form->problem();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    const EndpointConfig endpoint = m_ui->form->endpoint();
    if (m_ui->form->isNew() && m_config.endpoint(endpoint.name)) {
        showMessage(
            tr("An endpoint named %1 already exists; choose another name.").arg(endpoint.name),
            true);
        return;
    }
    m_saving = true;
    updateButtons();
    showMessage(tr("Saving…"), false);
    m_tasks->withWorkspace(
        this,
        [endpoint](Workspace& workspace) {
            return ConfigRepository(workspace).saveEndpoint(
                endpoint, AuditRepository::currentActor());
        },
        [this, endpoint](const Status& status) {
            m_saving = false;
            if (!status) {
                showMessage(status.error().message, true);
                updateButtons();
                emit saveFailed(status.error().message);
                return;
            }
            m_dirty = false;
            m_shown = endpoint.name;
            m_shownConfig = endpoint;
            // The view's copy of the config is current at once, not only when the reload
            // the save triggers arrives: Clone right after Save copies what was saved.
            bool known = false;
            for (EndpointConfig& stored : m_config.endpoints) {
                if (stored.name == endpoint.name) {
                    stored = endpoint;
                    known = true;
                }
            }
            if (!known)
                m_config.endpoints.append(endpoint);
            m_selectAfterReload = endpoint.name;
            m_ui->form->setEndpoint(endpoint, false);
            showMessage(tr("Saved."), false);
            loadSchema(endpoint);
            updateButtons();
            emit statusMessage(tr("Saved endpoint %1.").arg(endpoint.name), s_messageMs);
            emit saved(endpoint.name);
            emit workspaceChanged();
        });
}

void EndpointsView::revert()
{
    m_dirty = false;
    const EndpointConfig* stored = m_config.endpoint(m_shown);
    if (!stored && m_endpoints->rowCount() > 0)
        stored = m_endpoints->endpoint(0);
    selectRowQuietly(stored ? m_endpoints->rowOf(stored->name) : -1);
    showEndpoint(stored);
    updateListPage();
    emit actionsChanged();
}

void EndpointsView::deleteSelected()
{
    const QString name = selectedEndpoint();
    if (name.isEmpty() || m_saving)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete endpoint"),
        tr("Delete the endpoint %1 from the workspace?\n\nIts database is not touched; a "
           "password kept in the OS keychain stays there.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_saving = true;
    updateButtons();
    m_tasks->withWorkspace(
        this,
        [name](Workspace& workspace) {
            return ConfigRepository(workspace).removeEndpoint(
                name, AuditRepository::currentActor());
        },
        [this, name](const Status& status) {
            m_saving = false;
            if (!status) {
                showMessage(status.error().message, true);
                updateButtons();
                emit saveFailed(status.error().message);
                return;
            }
            m_dirty = false;
            m_shown.clear();
            emit statusMessage(tr("Deleted endpoint %1.").arg(name), s_messageMs);
            emit removed(name);
            emit workspaceChanged();
        });
}

void EndpointsView::testConnection()
{
    if (!m_ui->form->isEnabled())
        return;
    const QString problem = m_ui->form->problem();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    const EndpointConfig endpoint = m_ui->form->endpoint();
    const int serial = ++m_testSerial;
    m_ui->testButton->setEnabled(false);
    showMessage(tr("Connecting to %1…").arg(endpoint.name), false);
    m_tasks->run(
        this, [endpoint] { return EndpointProbe::test(endpoint); },
        [this, serial, endpoint](const ConnectionTest& outcome) {
            if (serial != m_testSerial)
                return;
            m_ui->testButton->setEnabled(true);
            if (outcome.ok) {
                //: server version, milliseconds, number of tables
                showMessage(outcome.entityCount == 1 ? tr("Connected to %1 in %2 ms · 1 table")
                                                           .arg(outcome.serverVersion)
                                                           .arg(outcome.latencyMs)
                                                     : tr("Connected to %1 in %2 ms · %3 tables")
                                                           .arg(outcome.serverVersion)
                                                           .arg(outcome.latencyMs)
                                                           .arg(outcome.entityCount),
                    false);
                loadSchema(endpoint);
            } else {
                showMessage(tr("Connection failed: %1").arg(outcome.error), true);
            }
            emit connectionTested(outcome);
        });
}

void EndpointsView::reloadSchema()
{
    if (!m_ui->form->isEnabled())
        return;
    loadSchema(m_ui->form->endpoint());
}

void EndpointsView::loadSchema(const EndpointConfig& endpoint)
{
    const int serial = ++m_schemaSerial;
    m_schema->clear();
    m_ui->schemaStatus->setText(tr("Reading the tables of %1…").arg(endpoint.name));
    m_ui->schemaStatus->setPalette(palette());
    m_tasks->run(
        this, [endpoint] { return EndpointProbe::schema(endpoint, s_schemaLimit); },
        [this, serial, endpoint](const SchemaListing& listing) {
            if (serial != m_schemaSerial)
                return;
            m_schema->setEntities(listing.entities);
            QPalette statusPalette = palette();
            if (!listing.error.isEmpty())
                statusPalette.setColor(QPalette::WindowText, StatusColors::error(statusPalette));
            m_ui->schemaStatus->setPalette(statusPalette);
            if (listing.entities.isEmpty() && !listing.error.isEmpty()) {
                m_ui->schemaStatus->setText(tr("Cannot read the tables: %1").arg(listing.error));
            } else if (listing.entities.isEmpty()) {
                m_ui->schemaStatus->setText(tr("%1 has no tables.").arg(endpoint.name));
            } else {
                QString text = listing.entityCount > listing.entities.size()
                    ? tr("%1: the first %2 of %3 tables")
                          .arg(endpoint.name)
                          .arg(listing.entities.size())
                          .arg(listing.entityCount)
                    : listing.entityCount == 1
                    ? tr("%1: 1 table").arg(endpoint.name)
                    : tr("%1: %2 tables").arg(endpoint.name).arg(listing.entityCount);
                if (!listing.error.isEmpty())
                    text = tr("%1 (some could not be described: %2)").arg(text, listing.error);
                m_ui->schemaStatus->setText(text);
                if (m_schema->rowCount() <= 8)
                    m_ui->schemaTree->expandAll();
                TableLook::fitColumns(m_ui->schemaTree, 320);
            }
            emit schemaLoaded(endpoint.name);
        });
}

void EndpointsView::setPassword(const QString& endpoint)
{
    if (endpoint.isEmpty())
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Set password"),
        tr("Password of %1, kept in the OS keychain (never in the workspace):").arg(endpoint),
        QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return;
    showMessage(tr("Storing the password in the OS keychain…"), false);
    m_tasks->run(
        this, [endpoint, password] { return SecretStore::storePassword(endpoint, password); },
        [this, endpoint](const Status& status) {
            if (status)
                showMessage(
                    tr("Stored the password of %1 in the OS keychain.").arg(endpoint), false);
            else
                showMessage(status.error().message, true);
        });
}

void EndpointsView::showMessage(const QString& text, bool error)
{
    QPalette messagePalette = palette();
    messagePalette.setColor(QPalette::WindowText,
        error ? StatusColors::error(messagePalette) : StatusColors::success(messagePalette));
    m_ui->messageLabel->setPalette(messagePalette);
    m_ui->messageLabel->setText(text);
}

void EndpointsView::updateUsage()
{
    if (m_shown.isEmpty()) {
        m_ui->usageLabel->clear();
        m_ui->usageLabel->hide();
        return;
    }
    QStringList users;
    for (const MappingConfig& mapping : std::as_const(m_config.mappings)) {
        if (mapping.source.endpoint == m_shown || mapping.target.endpoint == m_shown)
            users.append(mapping.name);
    }
    m_ui->usageLabel->setText(users.isEmpty()
            ? tr("No mapping uses this endpoint.")
            : tr("Used by the mappings: %1").arg(users.join(QStringLiteral(", "))));
    m_ui->usageLabel->show();
}

void EndpointsView::updateButtons()
{
    const bool editing = m_ui->form->isEnabled();
    const bool selected = !selectedEndpoint().isEmpty();
    m_ui->saveButton->setEnabled(editing && m_dirty && !m_saving);
    m_ui->revertButton->setEnabled(editing && m_dirty && !m_saving);
    m_ui->testButton->setEnabled(editing);
    m_ui->cloneButton->setEnabled(selected && !m_saving);
    m_ui->deleteButton->setEnabled(selected && !m_saving);
    m_ui->schemaRefreshButton->setEnabled(editing && !m_ui->form->isNew());
}

void EndpointsView::updateListPage()
{
    const bool empty = m_loaded && m_endpoints->rowCount() == 0;
    m_ui->listStack->setCurrentWidget(
        empty ? static_cast<QWidget*>(m_ui->listEmptyState) : m_ui->endpointsTable);
}

void EndpointsView::saveState(QSettings& settings) const
{
    settings.setValue(s_splitterKey, m_ui->splitter->saveState());
    if (m_columnsFitted)
        settings.setValue(s_headerKey, m_ui->endpointsTable->horizontalHeader()->saveState());
}

void EndpointsView::restoreState(QSettings& settings)
{
    m_ui->splitter->restoreState(settings.value(s_splitterKey).toByteArray());
    m_columnsFitted = m_ui->endpointsTable->horizontalHeader()->restoreState(
        settings.value(s_headerKey).toByteArray());
}

} // namespace Syncline
