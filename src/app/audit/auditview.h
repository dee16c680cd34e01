// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/consoleview.h"

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class AuditView;
}

namespace Syncline {

class AuditModel;

// The Audit page: who changed which config, ran an import or reset a journal, and when;
// filtered by a search box over every column (the detail in full); the selected entry's
// detail as indented JSON. Shows the entries of the workspace snapshot. Child of MainWindow's
// view stack; GUI thread.
class AuditView final : public ConsoleView
{
    Q_OBJECT

public:
    explicit AuditView(QWidget* parent = nullptr);
    ~AuditView() override;

    void showSnapshot(const WorkspaceSnapshot& snapshot) override;
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;

    AuditModel* auditModel() const { return m_audit; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }
    void setFilterText(const QString& text);
    // Only entries of this action ("conflict.resolve"); empty for all.
    void setActionFilter(const QString& action);

private:
    void onSelectionChanged();
    void updateCount();
    void updateActionCombo();

    std::unique_ptr<Ui::AuditView> m_ui;
    AuditModel* m_audit = nullptr;
    QSortFilterProxyModel* m_actionFilter = nullptr; // by action, under the text filter
    QSortFilterProxyModel* m_filter = nullptr;
    bool m_loaded = false;
    bool m_columnsFitted = false;
};

} // namespace Syncline
