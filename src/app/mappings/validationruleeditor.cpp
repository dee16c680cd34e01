// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationruleeditor.h"

#include "mappings/mappingdocument.h"
#include "mappings/rulelistmodel.h"
#include "mappings/undoshortcutredirect.h"
#include "ui_mappingruleeditor.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace Syncline {

namespace {

const QStringList s_ruleTypes = { QStringLiteral("integer"), QStringLiteral("decimal"),
    QStringLiteral("real"), QStringLiteral("boolean"), QStringLiteral("timestamp"),
    QStringLiteral("timestamptz"), QStringLiteral("date"), QStringLiteral("text") };

QString boundText(const QJsonValue& bound)
{
    return bound.isDouble() ? QString::number(bound.toDouble()) : bound.toString();
}

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

ValidationRuleEditor::ValidationRuleEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ValidationRuleEditor>())
{
    m_ui->setupUi(this);
    m_ui->typeCombo->addItem(tr("(any)"), QString());
    for (const QString& type : s_ruleTypes)
        m_ui->typeCombo->addItem(type, type);
    m_ui->referencesEndpointCombo->addItem(tr("(not checked)"), QString());
    m_ui->ruleView->verticalHeader()->hide();
    m_ui->ruleView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addRule(); });
    connect(
        m_ui->removeButton, &QPushButton::clicked, this, &ValidationRuleEditor::removeCurrentRule);
    connect(m_ui->fieldCombo, &QComboBox::activated, this, [this] { commit(false); });
    connect(m_ui->requiredCheck, &QCheckBox::clicked, this, [this] { commit(false); });
    connect(m_ui->typeCombo, &QComboBox::activated, this, [this] { commit(false); });
    connect(m_ui->referencesEndpointCombo, &QComboBox::activated, this, [this] { commit(false); });
    m_undoRedirect = new UndoShortcutRedirect(this);
    for (QLineEdit* edit : { m_ui->minEdit, m_ui->maxEdit, m_ui->regexEdit,
             m_ui->referencesEntityEdit, m_ui->referencesColumnEdit }) {
        connect(edit, &QLineEdit::textEdited, this, [this] { commit(true); });
        m_undoRedirect->watch(edit);
    }
    refreshForm();
}

ValidationRuleEditor::~ValidationRuleEditor() = default;

void ValidationRuleEditor::setDocument(MappingDocument* document)
{
    m_document = document;
    m_undoRedirect->setStack(document->undoStack());
    m_model = new RuleListModel(document, this);
    m_ui->ruleView->setModel(m_model);
    m_ui->ruleView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->ruleView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->ruleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ValidationRuleEditor::refreshForm);
    connect(document, &MappingDocument::rulesChanged, this, &ValidationRuleEditor::refreshForm);
    connect(document, &MappingDocument::reset, this, [this] {
        refreshFields();
        refreshForm();
    });
    connect(document, &MappingDocument::fieldsChanged, this, &ValidationRuleEditor::refreshFields);
    refreshFields();
    refreshForm();
}

void ValidationRuleEditor::setEndpoints(const QStringList& names)
{
    const QSignalBlocker blocker(m_ui->referencesEndpointCombo);
    while (m_ui->referencesEndpointCombo->count() > 1)
        m_ui->referencesEndpointCombo->removeItem(1);
    for (const QString& name : names)
        m_ui->referencesEndpointCombo->addItem(name, name);
    refreshForm();
}

QTableView* ValidationRuleEditor::view() const
{
    return m_ui->ruleView;
}

int ValidationRuleEditor::currentRule() const
{
    const QModelIndex current = m_ui->ruleView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ValidationRuleEditor::setCurrentRule(int index)
{
    if (!m_model || index < 0 || index >= m_model->rowCount())
        return;
    m_ui->ruleView->setCurrentIndex(m_model->index(index, 0));
    m_ui->ruleView->selectRow(index);
}

void ValidationRuleEditor::addRule(const QString& field)
{
    if (!m_document)
        return;
    ValidationRule rule;
    rule.field = field;
    if (rule.field.isEmpty() && !m_document->mapping().fields.isEmpty())
        rule.field = m_document->mapping().fields.constFirst().target;
    if (rule.field.isEmpty() && !m_document->targetEntity().columns.isEmpty())
        rule.field = m_document->targetEntity().columns.constFirst().name;
    rule.required = true;
    m_document->addRule(rule);
    setCurrentRule(int(m_document->mapping().rules.size()) - 1);
}

void ValidationRuleEditor::removeCurrentRule()
{
    if (m_document && currentRule() >= 0)
        m_document->removeRule(currentRule());
}

QJsonValue ValidationRuleEditor::parseBound(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    bool number = false;
    const double value = trimmed.toDouble(&number);
    return number ? QJsonValue(value) : QJsonValue(trimmed);
}

void ValidationRuleEditor::refreshFields()
{
    if (!m_document)
        return;
    const QSignalBlocker blocker(m_ui->fieldCombo);
    m_ui->fieldCombo->clear();
    for (const ColumnInfo& column : m_document->targetEntity().columns) {
        const bool mapped = m_document->fieldIndex(column.name) >= 0;
        m_ui->fieldCombo->addItem(
            mapped ? column.name : tr("%1 (not mapped)").arg(column.name), column.name);
    }
    refreshForm();
}

void ValidationRuleEditor::refreshForm()
{
    m_refreshing = true;
    const int index = currentRule();
    const bool has = m_document && index >= 0 && index < m_document->mapping().rules.size();
    m_ui->ruleGroup->setEnabled(has);
    m_ui->removeButton->setEnabled(has);
    m_ui->addButton->setEnabled(m_document && !m_document->targetEntity().columns.isEmpty());
    if (has) {
        const ValidationRule& rule = m_document->mapping().rules[index];
        int field = m_ui->fieldCombo->findData(rule.field);
        if (field < 0) {
            m_ui->fieldCombo->addItem(tr("%1 (unknown)").arg(rule.field), rule.field);
            field = m_ui->fieldCombo->count() - 1;
        }
        m_ui->fieldCombo->setCurrentIndex(field);
        m_ui->requiredCheck->setChecked(rule.required);
        const int type = m_ui->typeCombo->findData(rule.type);
        if (type >= 0) {
            m_ui->typeCombo->setCurrentIndex(type);
        } else {
            m_ui->typeCombo->addItem(rule.type, rule.type);
            m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->count() - 1);
        }
        setText(m_ui->minEdit, boundText(rule.min));
        setText(m_ui->maxEdit, boundText(rule.max));
        setText(m_ui->regexEdit, rule.regex);
        int endpoint = m_ui->referencesEndpointCombo->findData(rule.references.endpoint);
        if (endpoint < 0) {
            m_ui->referencesEndpointCombo->addItem(
                rule.references.endpoint, rule.references.endpoint);
            endpoint = m_ui->referencesEndpointCombo->count() - 1;
        }
        m_ui->referencesEndpointCombo->setCurrentIndex(rule.references.isEmpty() ? 0 : endpoint);
        setText(m_ui->referencesEntityEdit, rule.references.entity);
        setText(m_ui->referencesColumnEdit, rule.references.column);
        const bool references = m_ui->referencesEndpointCombo->currentIndex() > 0;
        m_ui->referencesEntityEdit->setEnabled(references);
        m_ui->referencesColumnEdit->setEnabled(references);
    } else {
        for (QLineEdit* edit : { m_ui->minEdit, m_ui->maxEdit, m_ui->regexEdit,
                 m_ui->referencesEntityEdit, m_ui->referencesColumnEdit })
            edit->clear();
        m_ui->requiredCheck->setChecked(false);
    }
    m_refreshing = false;
}

ValidationRule ValidationRuleEditor::edited() const
{
    ValidationRule rule;
    rule.field = m_ui->fieldCombo->currentData().toString();
    rule.required = m_ui->requiredCheck->isChecked();
    rule.type = m_ui->typeCombo->currentData().toString();
    rule.min = parseBound(m_ui->minEdit->text());
    rule.max = parseBound(m_ui->maxEdit->text());
    rule.regex = m_ui->regexEdit->text();
    const QString endpoint = m_ui->referencesEndpointCombo->currentData().toString();
    if (!endpoint.isEmpty()) {
        rule.references.endpoint = endpoint;
        rule.references.entity = m_ui->referencesEntityEdit->text().trimmed();
        rule.references.column = m_ui->referencesColumnEdit->text().trimmed();
    }
    return rule;
}

void ValidationRuleEditor::commit(bool typing)
{
    if (m_refreshing || !m_document || currentRule() < 0)
        return;
    const bool references = m_ui->referencesEndpointCombo->currentIndex() > 0;
    m_ui->referencesEntityEdit->setEnabled(references);
    m_ui->referencesColumnEdit->setEnabled(references);
    m_document->changeRule(currentRule(), edited(), typing);
}

} // namespace Syncline
