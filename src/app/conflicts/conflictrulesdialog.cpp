// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictrulesdialog.h"

#include "store/auditrepository.h"
#include "store/conflictrulerepository.h"
#include "ui_conflictrulesdialog.h"
#include "workspacetasks.h"

#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>

namespace Syncline {

namespace {

QJsonObject ruleJson(const ConflictRule& rule)
{
    return { { QStringLiteral("name"), rule.name },
        { QStringLiteral("kind"), ConflictRule::toString(rule.kind) },
        { QStringLiteral("field"), rule.field }, { QStringLiteral("script"), rule.script },
        { QStringLiteral("description"), rule.description } };
}

} // namespace

ConflictRulesDialog::ConflictRulesDialog(WorkspaceTasks* tasks, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictRulesDialog>())
    , m_tasks(tasks)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Take source"), int(ConflictRule::Kind::TakeSource));
    m_ui->kindCombo->addItem(tr("Take target"), int(ConflictRule::Kind::TakeTarget));
    m_ui->kindCombo->addItem(tr("Newest by a time field"), int(ConflictRule::Kind::Newest));
    m_ui->kindCombo->addItem(tr("JavaScript function"), int(ConflictRule::Kind::Script));
    m_ui->scriptEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    connect(
        m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ConflictRulesDialog::updateFields);
    connect(m_ui->ruleList, &QListWidget::currentRowChanged, this,
        &ConflictRulesDialog::onSelectionChanged);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        m_ui->ruleList->setCurrentRow(-1);
        setFormRule(ConflictRule());
        m_ui->nameEdit->setFocus();
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConflictRulesDialog::removeSelected);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
        &ConflictRulesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
    load();
}

ConflictRulesDialog::~ConflictRulesDialog() = default;

ConflictRule ConflictRulesDialog::formRule() const
{
    ConflictRule rule;
    rule.name = m_ui->nameEdit->text().trimmed();
    rule.kind = ConflictRule::Kind(m_ui->kindCombo->currentData().toInt());
    rule.field = m_ui->fieldEdit->text().trimmed();
    rule.script = m_ui->scriptEdit->toPlainText();
    rule.description = m_ui->descriptionEdit->text().trimmed();
    return rule;
}

void ConflictRulesDialog::setFormRule(const ConflictRule& rule)
{
    m_ui->nameEdit->setText(rule.name);
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(int(rule.kind))));
    m_ui->fieldEdit->setText(rule.field);
    m_ui->scriptEdit->setPlainText(rule.script);
    m_ui->descriptionEdit->setText(rule.description);
    showError(QString());
    updateFields();
}

QString ConflictRulesDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void ConflictRulesDialog::showError(const QString& error)
{
    m_ui->errorLabel->setText(error);
}

void ConflictRulesDialog::updateFields()
{
    const auto kind = ConflictRule::Kind(m_ui->kindCombo->currentData().toInt());
    m_ui->fieldEdit->setEnabled(kind == ConflictRule::Kind::Newest);
    m_ui->scriptEdit->setEnabled(kind == ConflictRule::Kind::Script);
    m_ui->deleteButton->setEnabled(m_ui->ruleList->currentRow() >= 0);
}

void ConflictRulesDialog::load(const QString& select)
{
    m_tasks->withWorkspace(
        this, [](Workspace& workspace) { return ConflictRuleRepository(workspace).list(); },
        [this, select](const Result<QList<ConflictRule>>& rules) {
            if (!rules) {
                showError(rules.error().message);
                return;
            }
            m_rules = *rules;
            const QSignalBlocker blocker(m_ui->ruleList);
            m_ui->ruleList->clear();
            int selectRow = -1;
            for (int i = 0; i < m_rules.size(); ++i) {
                m_ui->ruleList->addItem(m_rules[i].name);
                if (m_rules[i].name == select)
                    selectRow = i;
            }
            m_ui->ruleList->setCurrentRow(selectRow);
            updateFields();
            emit loaded();
        });
}

void ConflictRulesDialog::onSelectionChanged()
{
    const int row = m_ui->ruleList->currentRow();
    if (row >= 0 && row < m_rules.size())
        setFormRule(m_rules[row]);
    updateFields();
}

void ConflictRulesDialog::save()
{
    const ConflictRule rule = formRule();
    if (const Status checked = ConflictRuleRepository::check(rule); !checked) {
        showError(checked.error().message);
        return;
    }
    const QString actor = AuditRepository::currentActor();
    m_tasks->withWorkspace(
        this,
        [rule, actor](Workspace& workspace) -> Status {
            return workspace.transaction([&]() -> Status {
                if (const Status saved = ConflictRuleRepository(workspace).save(rule); !saved)
                    return saved;
                return AuditRepository(workspace).record(actor,
                    QStringLiteral("conflict-rule.save"),
                    QStringLiteral("conflict-rule:%1").arg(rule.name), ruleJson(rule));
            });
        },
        [this, name = rule.name](const Status& saved) {
            if (!saved) {
                showError(saved.error().message);
                return;
            }
            showError(QString());
            load(name);
            emit rulesChanged();
        });
}

void ConflictRulesDialog::removeSelected()
{
    const int row = m_ui->ruleList->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    const QString name = m_rules[row].name;
    const QString actor = AuditRepository::currentActor();
    m_tasks->withWorkspace(
        this,
        [name, actor](Workspace& workspace) -> Status {
            return workspace.transaction([&]() -> Status {
                if (const Status removed = ConflictRuleRepository(workspace).remove(name); !removed)
                    return removed;
                return AuditRepository(workspace).record(actor,
                    QStringLiteral("conflict-rule.remove"),
                    QStringLiteral("conflict-rule:%1").arg(name),
                    { { QStringLiteral("name"), name } });
            });
        },
        [this](const Status& removed) {
            if (!removed) {
                showError(removed.error().message);
                return;
            }
            setFormRule(ConflictRule());
            load();
            emit rulesChanged();
        });
}

} // namespace Syncline
