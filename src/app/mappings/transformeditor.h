// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mappingconfig.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class TransformEditor;
}

namespace Syncline {

class JavaScriptHighlighter;
class MappingDocument;
class UndoShortcutRedirect;

// The designer's side panel for the selected target field: where its value comes from (not
// mapped, a source column, a cast, a constant, a JavaScript expression with highlighting, a
// lookup in a reference table). Every change becomes an undoable edit of the
// MappingDocument; undo and redo show up here. Owned by its MappingDesigner; GUI thread.
class TransformEditor final : public QWidget
{
    Q_OBJECT

public:
    // The "Value from" choices, in the combo's order.
    enum class Choice { NotMapped, Column, Cast, Constant, Expression, Lookup };

    explicit TransformEditor(QWidget* parent = nullptr);
    ~TransformEditor() override;

    void setDocument(MappingDocument* document);
    // The endpoints a lookup may read (the workspace's).
    void setEndpoints(const QStringList& names);
    // The target field edited; empty for none.
    void setField(const QString& target);
    QString field() const { return m_target; }

    Choice choice() const;
    void choose(Choice choice); // as if the admin picked it in the combo
    QPlainTextEdit* expressionEditor() const;
    JavaScriptHighlighter* highlighter() const { return m_highlighter; }

    // Text for a constant and back: strings as typed, numbers, true, false and null as JSON
    // ("\"42\"" for the string 42).
    static QString constantText(const QJsonValue& value);
    static QJsonValue parseConstant(const QString& text);

private:
    void refresh();
    void showRows(Choice choice);
    void updateHint(Choice choice);
    void fillSources();
    void onChoiceActivated();
    void commit(bool typing);
    FieldMapping edited() const;
    QString castType() const;
    void setCastType(const QString& type);

    std::unique_ptr<Ui::TransformEditor> m_ui;
    QPointer<MappingDocument> m_document;
    JavaScriptHighlighter* m_highlighter = nullptr;
    UndoShortcutRedirect* m_undoRedirect = nullptr;
    QString m_target;
    bool m_refreshing = false;
};

} // namespace Syncline
