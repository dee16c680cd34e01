// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/conflictrule.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ConflictRulesDialog;
}

namespace Syncline {

class WorkspaceTasks;

// Creates, edits and deletes the saved conflict resolution rules (ConflictRuleRepository),
// each change audited; reads and writes on pool threads. Opened by ConflictsView; GUI thread.
class ConflictRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictRulesDialog(WorkspaceTasks* tasks, QWidget* parent = nullptr);
    ~ConflictRulesDialog() override;

    QList<ConflictRule> rules() const { return m_rules; }
    ConflictRule formRule() const;
    void setFormRule(const ConflictRule& rule);
    QString errorText() const;

public slots:
    void save();
    void removeSelected();

signals:
    void rulesChanged();
    void loaded();

private:
    void load(const QString& select = QString());
    void onSelectionChanged();
    void updateFields();
    void showError(const QString& error);

    std::unique_ptr<Ui::ConflictRulesDialog> m_ui;
    WorkspaceTasks* m_tasks = nullptr;
    QList<ConflictRule> m_rules;
};

} // namespace Syncline
