// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class ValidationRuleEditor;
}

namespace Syncline {

class MappingDocument;
class RuleListModel;
class UndoShortcutRedirect;

// The designer's Validation tab: the mapping's rules in a table, and a form for the selected
// one (field, required, type, range, pattern, referenced column). Every change is an
// undoable edit of the MappingDocument. Owned by its MappingDesigner; GUI thread.
class ValidationRuleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationRuleEditor(QWidget* parent = nullptr);
    ~ValidationRuleEditor() override;

    void setDocument(MappingDocument* document);
    void setEndpoints(const QStringList& names);
    RuleListModel* model() const { return m_model; }
    QTableView* view() const;

    int currentRule() const;
    void setCurrentRule(int index);
    // A new rule (required) for `field`, or the first mapped field; selects it.
    void addRule(const QString& field = QString());
    void removeCurrentRule();

    // Range bounds as typed and back: numbers become JSON numbers, other text stays text.
    static QJsonValue parseBound(const QString& text);

private:
    void refreshFields();
    void refreshForm();
    void commit(bool typing);
    ValidationRule edited() const;

    std::unique_ptr<Ui::ValidationRuleEditor> m_ui;
    QPointer<MappingDocument> m_document;
    RuleListModel* m_model = nullptr;
    UndoShortcutRedirect* m_undoRedirect = nullptr;
    bool m_refreshing = false;
};

} // namespace Syncline
