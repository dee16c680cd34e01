// SPDX-License-Identifier: GPL-3.0-or-later
#include "newmappingdialog.h"

#include "endpoints/endpointprobe.h"
#include "ui_newmappingdialog.h"
#include "workspacetasks.h"

#include <QPushButton>

namespace Syncline {

NewMappingDialog::NewMappingDialog(
    WorkspaceTasks* tasks, const WorkspaceConfig& config, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewMappingDialog>())
    , m_tasks(tasks)
    , m_config(config)
{
    m_ui->setupUi(this);
    for (QComboBox* combo : { m_ui->sourceEndpointCombo, m_ui->targetEndpointCombo }) {
        for (const EndpointConfig& endpoint : std::as_const(m_config.endpoints))
            //: endpoint name (kind)
            combo->addItem(tr("%1 (%2)").arg(endpoint.name, endpoint.kind), endpoint.name);
    }
    // Two endpoints: source the first, target the second, as most mappings go.
    if (m_config.endpoints.size() > 1)
        m_ui->targetEndpointCombo->setCurrentIndex(1);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NewMappingDialog::validate);
    const auto watch = [this](QComboBox* endpointCombo, QComboBox* entityCombo) {
        connect(endpointCombo, &QComboBox::currentIndexChanged, this,
            [this, endpointCombo, entityCombo] { loadEntities(endpointCombo, entityCombo); });
        connect(entityCombo, &QComboBox::currentIndexChanged, this, &NewMappingDialog::validate);
    };
    watch(m_ui->sourceEndpointCombo, m_ui->sourceEntityCombo);
    watch(m_ui->targetEndpointCombo, m_ui->targetEntityCombo);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadEntities(m_ui->sourceEndpointCombo, m_ui->sourceEntityCombo);
    loadEntities(m_ui->targetEndpointCombo, m_ui->targetEntityCombo);
    validate();
}

NewMappingDialog::~NewMappingDialog() = default;

QComboBox* NewMappingDialog::sourceEndpointCombo() const
{
    return m_ui->sourceEndpointCombo;
}

QComboBox* NewMappingDialog::sourceEntityCombo() const
{
    return m_ui->sourceEntityCombo;
}

QComboBox* NewMappingDialog::targetEndpointCombo() const
{
    return m_ui->targetEndpointCombo;
}

QComboBox* NewMappingDialog::targetEntityCombo() const
{
    return m_ui->targetEntityCombo;
}

void NewMappingDialog::loadEntities(QComboBox* endpointCombo, QComboBox* entityCombo)
{
    const QString name = endpointCombo->currentData().toString();
    const EndpointConfig* endpoint = m_config.endpoint(name);
    if (!endpoint) {
        entityCombo->clear();
        validate();
        return;
    }
    Listing& listing = m_listings[name];
    if (listing.loading || !listing.entities.isEmpty() || !listing.error.isEmpty()) {
        fillEntities(endpointCombo, entityCombo);
        return;
    }
    listing.loading = true;
    ++m_pending;
    fillEntities(endpointCombo, entityCombo);
    m_tasks->run(
        this, [endpoint = *endpoint] { return EndpointProbe::schema(endpoint); },
        [this, name](const SchemaListing& schema) {
            --m_pending;
            Listing& done = m_listings[name];
            done.loading = false;
            done.entities = schema.entities;
            done.error = schema.entities.isEmpty() && schema.error.isEmpty()
                ? tr("The endpoint %1 has no tables.").arg(name)
                : (schema.entities.isEmpty() ? schema.error : QString());
            for (const auto& [endpointCombo, entityCombo] :
                { std::pair { m_ui->sourceEndpointCombo, m_ui->sourceEntityCombo },
                    std::pair { m_ui->targetEndpointCombo, m_ui->targetEntityCombo } }) {
                if (endpointCombo->currentData().toString() == name)
                    fillEntities(endpointCombo, entityCombo);
            }
            emit entitiesLoaded(name, done.error);
        });
}

void NewMappingDialog::fillEntities(QComboBox* endpointCombo, QComboBox* entityCombo)
{
    const Listing listing = m_listings.value(endpointCombo->currentData().toString());
    const QString previous = entityCombo->currentData().toString();
    const QSignalBlocker blocker(entityCombo);
    entityCombo->clear();
    for (const EntityInfo& entity : listing.entities) {
        const QString text = entity.rowEstimate >= 0
            //: table name (estimated row count)
            ? tr("%1 (~%L2 rows)").arg(entity.name).arg(entity.rowEstimate)
            : entity.name;
        entityCombo->addItem(text, entity.name);
    }
    // The target table defaults to the one named like the source table.
    QString wanted = previous;
    if (entityCombo == m_ui->targetEntityCombo && wanted.isEmpty())
        wanted = m_ui->sourceEntityCombo->currentData().toString();
    const int index = entityCombo->findData(wanted);
    entityCombo->setCurrentIndex(index >= 0 ? index : (entityCombo->count() > 0 ? 0 : -1));
    entityCombo->setEnabled(!listing.loading && !listing.entities.isEmpty());
    entityCombo->setPlaceholderText(listing.loading ? tr("Reading the tables…") : QString());
    validate();
}

EntityInfo NewMappingDialog::entity(QComboBox* endpointCombo, QComboBox* entityCombo) const
{
    const Listing listing = m_listings.value(endpointCombo->currentData().toString());
    const QString name = entityCombo->currentData().toString();
    for (const EntityInfo& entity : listing.entities) {
        if (entity.name == name)
            return entity;
    }
    return {};
}

EntityInfo NewMappingDialog::sourceEntity() const
{
    return entity(m_ui->sourceEndpointCombo, m_ui->sourceEntityCombo);
}

EntityInfo NewMappingDialog::targetEntity() const
{
    return entity(m_ui->targetEndpointCombo, m_ui->targetEntityCombo);
}

MappingConfig NewMappingDialog::mapping() const
{
    MappingConfig mapping;
    mapping.name = m_ui->nameEdit->text().trimmed();
    mapping.source = { m_ui->sourceEndpointCombo->currentData().toString(),
        m_ui->sourceEntityCombo->currentData().toString() };
    mapping.target = { m_ui->targetEndpointCombo->currentData().toString(),
        m_ui->targetEntityCombo->currentData().toString() };
    return mapping;
}

QString NewMappingDialog::problem() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Name the mapping.");
    if (m_config.mapping(name))
        return tr("The workspace already has a mapping named %1.").arg(name);
    if (m_config.endpoints.isEmpty())
        return tr("The workspace has no endpoints: add one in the Endpoints view first.");
    for (const auto& [endpointCombo, side] :
        { std::pair { m_ui->sourceEndpointCombo, tr("source") },
            std::pair { m_ui->targetEndpointCombo, tr("target") } }) {
        const Listing listing = m_listings.value(endpointCombo->currentData().toString());
        if (listing.loading)
            //: side is "source" or "target"
            return tr("Reading the tables of the %1 endpoint…").arg(side);
        if (!listing.error.isEmpty())
            return tr("Cannot list the tables of the %1 endpoint: %2").arg(side, listing.error);
    }
    if (sourceEntity().name.isEmpty() || targetEntity().name.isEmpty())
        return tr("Choose the source and the target table.");
    const MappingConfig m = mapping();
    if (m.source == m.target)
        return tr("The source and the target are the same table.");
    return {};
}

void NewMappingDialog::validate()
{
    const QString why = problem();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_ui->messageLabel->setText(why);
}

} // namespace Syncline
