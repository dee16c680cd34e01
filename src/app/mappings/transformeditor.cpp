// SPDX-License-Identifier: GPL-3.0-or-later
#include "transformeditor.h"

#include "core/fieldtype.h"
#include "mappings/fieldmatcher.h"
#include "mappings/javascripthighlighter.h"
#include "mappings/mappingdocument.h"
#include "mappings/sourcefieldmodel.h"
#include "mappings/undoshortcutredirect.h"
#include "ui_mappingtransformeditor.h"
#include "widgets/statuscolors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalBlocker>
#include <QUndoStack>

namespace Syncline {

namespace {

const QStringList s_castTypes
    = { QStringLiteral("integer"), QStringLiteral("decimal"), QStringLiteral("real"),
          QStringLiteral("text"), QStringLiteral("boolean"), QStringLiteral("timestamp"),
          QStringLiteral("timestamptz"), QStringLiteral("date"), QStringLiteral("blob") };

template <typename Edit> void setTextKeepingCursor(Edit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

// Rich text in a colour picked from the palette, so that it reads on light and dark schemes.
// HexArgb keeps a translucent colour (the placeholder text of light palettes) translucent.
QString coloured(const QColor& color, const QString& html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(color.name(QColor::HexArgb), html);
}

} // namespace

TransformEditor::TransformEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TransformEditor>())
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Not mapped"), int(Choice::NotMapped));
    m_ui->kindCombo->addItem(tr("Source field"), int(Choice::Column));
    m_ui->kindCombo->addItem(tr("Source field, converted"), int(Choice::Cast));
    m_ui->kindCombo->addItem(tr("Constant"), int(Choice::Constant));
    m_ui->kindCombo->addItem(tr("JavaScript expression"), int(Choice::Expression));
    m_ui->kindCombo->addItem(tr("Lookup in a reference table"), int(Choice::Lookup));
    for (const QString& type : s_castTypes)
        m_ui->typeCombo->addItem(type, type);

    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->expressionEdit->setFont(mono);
    m_ui->expressionEdit->setMinimumHeight(90);
    m_highlighter = new JavaScriptHighlighter(m_ui->expressionEdit->document());
    m_undoRedirect = new UndoShortcutRedirect(this);
    for (QObject* field :
        { static_cast<QObject*>(m_ui->expressionEdit), static_cast<QObject*>(m_ui->constantEdit),
            static_cast<QObject*>(m_ui->lookupEntityEdit),
            static_cast<QObject*>(m_ui->lookupKeyEdit),
            static_cast<QObject*>(m_ui->lookupValueEdit) })
        m_undoRedirect->watch(field);

    connect(m_ui->kindCombo, &QComboBox::activated, this, &TransformEditor::onChoiceActivated);
    connect(m_ui->sourceCombo, &QComboBox::activated, this, [this] { commit(false); });
    connect(m_ui->typeCombo, &QComboBox::activated, this, [this] { commit(false); });
    connect(m_ui->precisionSpin, &QSpinBox::valueChanged, this, [this] { commit(true); });
    connect(m_ui->scaleSpin, &QSpinBox::valueChanged, this, [this] { commit(true); });
    connect(m_ui->constantEdit, &QLineEdit::textEdited, this, [this] { commit(true); });
    connect(m_ui->expressionEdit, &QPlainTextEdit::textChanged, this, [this] { commit(true); });
    connect(m_ui->lookupEndpointCombo, &QComboBox::activated, this, [this] { commit(false); });
    for (QLineEdit* edit : { m_ui->lookupEntityEdit, m_ui->lookupKeyEdit, m_ui->lookupValueEdit })
        connect(edit, &QLineEdit::textEdited, this, [this] { commit(true); });

    auto* insertMenu = new QMenu(m_ui->insertFieldButton);
    m_ui->insertFieldButton->setMenu(insertMenu);
    connect(insertMenu, &QMenu::aboutToShow, this, [this, insertMenu] {
        insertMenu->clear();
        if (!m_document)
            return;
        for (const ColumnInfo& column : m_document->sourceEntity().columns) {
            insertMenu->addAction(column.name, this, [this, name = column.name] {
                m_ui->expressionEdit->insertPlainText(SourceFieldModel::rowReference(name));
                m_ui->expressionEdit->setFocus();
            });
        }
    });
    refresh();
}

TransformEditor::~TransformEditor() = default;

void TransformEditor::setDocument(MappingDocument* document)
{
    m_document = document;
    m_undoRedirect->setStack(document->undoStack());
    connect(document, &MappingDocument::reset, this, [this] {
        m_target.clear();
        fillSources();
        refresh();
    });
    connect(document, &MappingDocument::fieldsChanged, this, &TransformEditor::refresh);
    connect(document, &MappingDocument::keyChanged, this, &TransformEditor::refresh);
    fillSources();
    refresh();
}

void TransformEditor::setEndpoints(const QStringList& names)
{
    const QSignalBlocker blocker(m_ui->lookupEndpointCombo);
    const QString current = m_ui->lookupEndpointCombo->currentText();
    m_ui->lookupEndpointCombo->clear();
    m_ui->lookupEndpointCombo->addItems(names);
    m_ui->lookupEndpointCombo->setCurrentText(current);
    refresh();
}

void TransformEditor::setField(const QString& target)
{
    if (target == m_target)
        return;
    m_target = target;
    refresh();
}

TransformEditor::Choice TransformEditor::choice() const
{
    return Choice(m_ui->kindCombo->currentData().toInt());
}

void TransformEditor::choose(Choice choice)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(choice)));
    onChoiceActivated();
}

QPlainTextEdit* TransformEditor::expressionEditor() const
{
    return m_ui->expressionEdit;
}

QString TransformEditor::constantText(const QJsonValue& value)
{
    if (value.isString()) {
        const QString text = value.toString();
        // A string that would read back as something else is shown quoted.
        if (parseConstant(text) != QJsonValue(text))
            return QString::fromUtf8(QJsonDocument(QJsonArray { value })
                                         .toJson(QJsonDocument::Compact)
                                         .chopped(1)
                                         .mid(1));
        return text;
    }
    if (value.isUndefined())
        return QString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

QJsonValue TransformEditor::parseConstant(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(
            (QStringLiteral("[") + trimmed + QStringLiteral("]")).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && parsed.array().size() == 1) {
            const QJsonValue value = parsed.array().first();
            if (!value.isArray() && !value.isObject())
                return value;
        }
    }
    return QJsonValue(text);
}

void TransformEditor::fillSources()
{
    const QSignalBlocker blocker(m_ui->sourceCombo);
    m_ui->sourceCombo->clear();
    if (!m_document)
        return;
    QStringList names;
    for (const ColumnInfo& column : m_document->sourceEntity().columns) {
        m_ui->sourceCombo->addItem(
            QStringLiteral("%1  (%2)").arg(column.name, column.type.toString()), column.name);
        names.append(column.name);
    }
    m_highlighter->setKnownFields(names);
}

void TransformEditor::refresh()
{
    m_refreshing = true;
    const FieldMapping* field = m_document ? m_document->field(m_target) : nullptr;
    const ColumnInfo* column
        = m_document && !m_target.isEmpty() ? m_document->targetEntity().column(m_target) : nullptr;
    setEnabled(column != nullptr);
    if (!column) {
        m_ui->titleLabel->setText(tr("Select a target field or a line to edit its transform."));
        m_ui->kindCombo->setCurrentIndex(0);
        showRows(Choice::NotMapped);
        m_ui->hintLabel->clear();
        m_refreshing = false;
        return;
    }
    QStringList traits { column->declaredType.isEmpty() ? column->type.toString()
                                                        : column->declaredType.toHtmlEscaped() };
    if (m_document->isRequired(m_target))
        traits.append(tr("required"));
    if (m_document->mapping().key.contains(m_target))
        traits.append(tr("key"));
    m_ui->titleLabel->setText(QStringLiteral("<b>%1</b> &nbsp;%2")
                                  .arg(m_target.toHtmlEscaped(),
                                      coloured(palette().color(QPalette::PlaceholderText),
                                          traits.join(QStringLiteral(" · ")))));

    Choice choice = Choice::NotMapped;
    if (field) {
        switch (field->kind) {
        case FieldMapping::Kind::Column:
            choice = Choice::Column;
            break;
        case FieldMapping::Kind::Cast:
            choice = Choice::Cast;
            break;
        case FieldMapping::Kind::Constant:
            choice = Choice::Constant;
            break;
        case FieldMapping::Kind::Expression:
            choice = Choice::Expression;
            break;
        case FieldMapping::Kind::Lookup:
            choice = Choice::Lookup;
            break;
        }
        const int source = m_ui->sourceCombo->findData(field->source);
        if (source >= 0)
            m_ui->sourceCombo->setCurrentIndex(source);
        if (field->kind == FieldMapping::Kind::Cast)
            setCastType(field->type);
        if (field->kind == FieldMapping::Kind::Constant)
            setTextKeepingCursor(m_ui->constantEdit, constantText(field->constant));
        if (field->kind == FieldMapping::Kind::Expression
            && m_ui->expressionEdit->toPlainText() != field->expression)
            m_ui->expressionEdit->setPlainText(field->expression);
        if (field->kind == FieldMapping::Kind::Lookup) {
            m_ui->lookupEndpointCombo->setCurrentText(field->lookup.endpoint);
            setTextKeepingCursor(m_ui->lookupEntityEdit, field->lookup.entity);
            setTextKeepingCursor(m_ui->lookupKeyEdit, field->lookup.key);
            setTextKeepingCursor(m_ui->lookupValueEdit, field->lookup.value);
        }
    }
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(choice)));
    showRows(choice);
    updateHint(choice);
    m_refreshing = false;
}

void TransformEditor::showRows(Choice choice)
{
    const bool source
        = choice == Choice::Column || choice == Choice::Cast || choice == Choice::Lookup;
    m_ui->formLayout->setRowVisible(m_ui->sourceCombo, source);
    m_ui->formLayout->setRowVisible(m_ui->typeRow, choice == Choice::Cast);
    const bool decimal = m_ui->typeCombo->currentData().toString() == u"decimal";
    m_ui->precisionSpin->setVisible(decimal);
    m_ui->scaleSpin->setVisible(decimal);
    m_ui->formLayout->setRowVisible(m_ui->constantEdit, choice == Choice::Constant);
    m_ui->formLayout->setRowVisible(m_ui->expressionRow, choice == Choice::Expression);
    for (QWidget* w : { static_cast<QWidget*>(m_ui->lookupEndpointCombo),
             static_cast<QWidget*>(m_ui->lookupEntityEdit),
             static_cast<QWidget*>(m_ui->lookupKeyEdit),
             static_cast<QWidget*>(m_ui->lookupValueEdit) })
        m_ui->formLayout->setRowVisible(w, choice == Choice::Lookup);
}

void TransformEditor::updateHint(Choice choice)
{
    const ColumnInfo* column = m_document ? m_document->targetEntity().column(m_target) : nullptr;
    const QString type = column ? column->type.toString() : QString();
    QString hint;
    switch (choice) {
    case Choice::NotMapped:
        hint = m_document && m_document->isRequired(m_target)
            //: %1 is "Required, but not mapped: inserts will fail.", shown in red
            ? tr("%1 Drag a source field onto it, or choose where its value comes from.")
                  .arg(coloured(StatusColors::error(palette()),
                      tr("Required, but not mapped: inserts will fail.").toHtmlEscaped()))
            : tr("Drag a source field onto this field, or choose where its value comes from.");
        break;
    case Choice::Column:
        hint = tr("Copies the source value, converted to the field's type (%1).").arg(type);
        break;
    case Choice::Cast:
        hint = tr("Converts the source value to the chosen type before it is compared and "
                  "written. Values that do not convert fail the row.");
        break;
    case Choice::Constant:
        hint = tr("Every row gets this value. Type text, a number, <tt>true</tt>, "
                  "<tt>false</tt> or <tt>null</tt>; quote text that looks like one of them.");
        break;
    case Choice::Expression:
        hint = tr("JavaScript over <tt>row</tt>, the source row, e.g. "
                  "<tt>row.first_name + ' ' + row.last_name</tt>. The result is converted to %1. "
                  "Drag source fields into the editor to insert them.")
                   .arg(type);
        break;
    case Choice::Lookup:
        hint = tr("Finds the row of the reference table whose match column equals the source "
                  "value and takes its value column. A source value with no such row "
                  "quarantines the row, naming the value.");
        break;
    }
    m_ui->hintLabel->setText(QStringLiteral("<small>") + hint + QStringLiteral("</small>"));
}

void TransformEditor::onChoiceActivated()
{
    const Choice chosen = choice();
    if (!m_document || m_target.isEmpty())
        return;
    // Sensible starting points for the new kind, from what the field had.
    const FieldMapping* field = m_document->field(m_target);
    m_refreshing = true;
    if (field && !field->source.isEmpty() && m_ui->sourceCombo->findData(field->source) >= 0) {
        m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(field->source));
    } else if (!field) {
        // The source field whose name matches best, as auto-map would pick it.
        for (const ColumnInfo& column : m_document->sourceEntity().columns) {
            if (FieldMatcher::normalizedName(column.name) == FieldMatcher::normalizedName(m_target))
                m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(column.name));
        }
    }
    if (chosen == Choice::Cast) {
        const ColumnInfo* column = m_document->targetEntity().column(m_target);
        if (!field || field->kind != FieldMapping::Kind::Cast)
            setCastType(column && column->type.kind != FieldType::Kind::Any
                    ? column->type.toString()
                    : QStringLiteral("text"));
    }
    if (chosen == Choice::Expression && (!field || field->kind != FieldMapping::Kind::Expression)) {
        const QString source = m_ui->sourceCombo->currentData().toString();
        m_ui->expressionEdit->setPlainText(
            source.isEmpty() ? QString() : SourceFieldModel::rowReference(source));
    }
    if (chosen == Choice::Constant && (!field || field->kind != FieldMapping::Kind::Constant))
        m_ui->constantEdit->clear();
    if (chosen == Choice::Lookup && (!field || field->kind != FieldMapping::Kind::Lookup)) {
        m_ui->lookupEndpointCombo->setCurrentText(m_document->mapping().source.endpoint);
        m_ui->lookupEntityEdit->clear();
        m_ui->lookupKeyEdit->clear();
        m_ui->lookupValueEdit->clear();
    }
    m_refreshing = false;
    showRows(chosen);
    updateHint(chosen);
    commit(false);
}

QString TransformEditor::castType() const
{
    const QString type = m_ui->typeCombo->currentData().toString();
    if (type == u"decimal")
        return QStringLiteral("decimal(%1,%2)")
            .arg(m_ui->precisionSpin->value())
            .arg(qMin(m_ui->scaleSpin->value(), m_ui->precisionSpin->value()));
    return type;
}

void TransformEditor::setCastType(const QString& type)
{
    const auto parsed = FieldType::parseCast(type);
    const FieldType cast = parsed ? *parsed : FieldType::of(FieldType::Kind::Text);
    const QString base
        = cast.kind == FieldType::Kind::Decimal ? QStringLiteral("decimal") : cast.toString();
    m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(base)));
    if (cast.kind == FieldType::Kind::Decimal) {
        const QSignalBlocker precision(m_ui->precisionSpin);
        const QSignalBlocker scale(m_ui->scaleSpin);
        m_ui->precisionSpin->setValue(cast.precision > 0 ? cast.precision : 18);
        m_ui->scaleSpin->setValue(cast.scale >= 0 ? cast.scale : 2);
    }
    const bool decimal = cast.kind == FieldType::Kind::Decimal;
    m_ui->precisionSpin->setVisible(decimal && choice() == Choice::Cast);
    m_ui->scaleSpin->setVisible(decimal && choice() == Choice::Cast);
}

FieldMapping TransformEditor::edited() const
{
    FieldMapping field;
    field.target = m_target;
    field.source = m_ui->sourceCombo->currentData().toString();
    switch (choice()) {
    case Choice::NotMapped:
    case Choice::Column:
        field.kind = FieldMapping::Kind::Column;
        break;
    case Choice::Cast:
        field.kind = FieldMapping::Kind::Cast;
        field.type = castType();
        break;
    case Choice::Constant:
        field.kind = FieldMapping::Kind::Constant;
        field.source.clear();
        field.constant = parseConstant(m_ui->constantEdit->text());
        break;
    case Choice::Expression:
        field.kind = FieldMapping::Kind::Expression;
        field.source.clear();
        field.expression = m_ui->expressionEdit->toPlainText();
        break;
    case Choice::Lookup:
        field.kind = FieldMapping::Kind::Lookup;
        field.lookup.endpoint = m_ui->lookupEndpointCombo->currentText();
        field.lookup.entity = m_ui->lookupEntityEdit->text().trimmed();
        field.lookup.key = m_ui->lookupKeyEdit->text().trimmed();
        field.lookup.value = m_ui->lookupValueEdit->text().trimmed();
        break;
    }
    return field;
}

void TransformEditor::commit(bool typing)
{
    if (m_refreshing || !m_document || m_target.isEmpty())
        return;
    const bool decimal = m_ui->typeCombo->currentData().toString() == u"decimal";
    m_ui->precisionSpin->setVisible(decimal && choice() == Choice::Cast);
    m_ui->scaleSpin->setVisible(decimal && choice() == Choice::Cast);
    if (choice() == Choice::NotMapped)
        m_document->disconnectField(m_target);
    else
        m_document->setTransform(edited(), typing);
}

} // namespace Syncline
