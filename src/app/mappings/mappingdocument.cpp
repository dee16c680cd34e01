// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingdocument.h"

#include "mappings/addrulecommand.h"
#include "mappings/automapcommand.h"
#include "mappings/changerulecommand.h"
#include "mappings/changetransformcommand.h"
#include "mappings/connectfieldcommand.h"
#include "mappings/disconnectfieldcommand.h"
#include "mappings/fieldmatcher.h"
#include "mappings/removerulecommand.h"
#include "mappings/setfiltercommand.h"
#include "mappings/setkeycommand.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace Syncline {

namespace {

// The pairs a run uses for a mapping without fields (MappingPlanner): exact names first,
// then names equal but for case.
QList<FieldMapping> sameNameFields(const EntityInfo& source, const EntityInfo& target)
{
    QList<FieldMapping> fields;
    for (const ColumnInfo& t : target.columns) {
        const ColumnInfo* s = source.column(t.name);
        for (qsizetype i = 0; !s && i < source.columns.size(); ++i) {
            if (source.columns[i].name.compare(t.name, Qt::CaseInsensitive) == 0)
                s = &source.columns[i];
        }
        if (!s)
            continue;
        FieldMapping f;
        f.target = t.name;
        f.source = s->name;
        fields.append(f);
    }
    return fields;
}

} // namespace

MappingDocument::MappingDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{ }

MappingDocument::~MappingDocument() = default;

void MappingDocument::load(const MappingConfig& mapping, const EntityInfo& source,
    const EntityInfo& target, bool fillSameName)
{
    emit aboutToReset();
    m_undoStack->clear();
    m_mapping = mapping;
    m_source = source;
    m_target = target;
    if (m_mapping.fields.isEmpty() && fillSameName)
        m_mapping.fields = sameNameFields(source, target);
    emit reset();
    emit changed();
}

int MappingDocument::fieldIndex(const QString& target) const
{
    for (qsizetype i = 0; i < m_mapping.fields.size(); ++i) {
        if (m_mapping.fields[i].target == target)
            return int(i);
    }
    return -1;
}

const FieldMapping* MappingDocument::field(const QString& target) const
{
    const int index = fieldIndex(target);
    return index < 0 ? nullptr : &m_mapping.fields[index];
}

QStringList MappingDocument::sourcesOf(const FieldMapping& field) const
{
    switch (field.kind) {
    case FieldMapping::Kind::Column:
    case FieldMapping::Kind::Cast:
    case FieldMapping::Kind::Lookup:
        return m_source.column(field.source) ? QStringList { field.source } : QStringList();
    case FieldMapping::Kind::Constant:
        return {};
    case FieldMapping::Kind::Expression:
        break;
    }
    static const QRegularExpression reference(QStringLiteral(
        "\\brow\\s*(?:\\.\\s*([A-Za-z_$][\\w$]*)|\\[\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*\\])"));
    QStringList sources;
    for (auto it = reference.globalMatch(field.expression); it.hasNext();) {
        const auto match = it.next();
        QString name = match.captured(1);
        if (name.isEmpty())
            name = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
        if (m_source.column(name) && !sources.contains(name))
            sources.append(name);
    }
    return sources;
}

int MappingDocument::useCount(const QString& source) const
{
    int count = 0;
    for (const FieldMapping& f : m_mapping.fields)
        count += sourcesOf(f).contains(source) ? 1 : 0;
    return count;
}

bool MappingDocument::isRequired(const QString& target) const
{
    const ColumnInfo* column = m_target.column(target);
    return column && column->notNull && !column->hasDefault;
}

QStringList MappingDocument::unmappedRequiredFields() const
{
    QStringList names;
    for (const ColumnInfo& column : m_target.columns) {
        if (isRequired(column.name) && fieldIndex(column.name) < 0)
            names.append(column.name);
    }
    return names;
}

void MappingDocument::connectField(const QString& source, const QString& target)
{
    if (!m_source.column(source) || !m_target.column(target))
        return;
    const FieldMapping* existing = field(target);
    if (existing && existing->kind == FieldMapping::Kind::Column && existing->source == source)
        return;
    m_undoStack->push(new ConnectFieldCommand(this, source, target));
}

void MappingDocument::disconnectField(const QString& target)
{
    if (fieldIndex(target) < 0)
        return;
    m_undoStack->push(new DisconnectFieldCommand(this, target));
}

void MappingDocument::setTransform(const FieldMapping& field, bool typing)
{
    const FieldMapping* existing = this->field(field.target);
    if (field.target.isEmpty() || (existing && *existing == field))
        return;
    m_undoStack->push(new ChangeTransformCommand(this, field, typing));
}

int MappingDocument::autoMap()
{
    const QList<FieldMapping> pairs = FieldMatcher::match(m_source, m_target, m_mapping);
    QStringList key = m_mapping.key;
    const auto sourceOf = [&](const QString& column) -> QString {
        for (const QList<FieldMapping>* fields :
            { static_cast<const QList<FieldMapping>*>(&m_mapping.fields), &pairs }) {
            for (const FieldMapping& f : *fields) {
                if (f.isReversible() && f.source == column)
                    return f.target;
            }
        }
        return QString();
    };
    if (key.isEmpty() && !m_source.primaryKey.isEmpty()) {
        // The target fields the source's primary key maps to, once all of it is mapped.
        QStringList fromSource;
        for (const QString& part : m_source.primaryKey) {
            const QString target = sourceOf(part);
            if (target.isEmpty()) {
                fromSource.clear();
                break;
            }
            fromSource.append(target);
        }
        key = fromSource;
    }
    if (key.isEmpty() && !m_target.primaryKey.isEmpty()) {
        // The target's primary key, once every part of it is mapped from a column.
        bool mapped = true;
        for (const QString& part : m_target.primaryKey) {
            const bool before = field(part) && !field(part)->source.isEmpty();
            const bool now = std::any_of(pairs.cbegin(), pairs.cend(),
                [&](const FieldMapping& f) { return f.target == part; });
            mapped = mapped && (before || now);
        }
        if (mapped)
            key = m_target.primaryKey;
    }
    if (pairs.isEmpty() && key == m_mapping.key)
        return 0;
    m_undoStack->push(new AutoMapCommand(this, pairs, key));
    return int(pairs.size());
}

void MappingDocument::setFilter(const QString& filter, bool typing)
{
    if (filter == m_mapping.filter)
        return;
    m_undoStack->push(new SetFilterCommand(this, filter, typing));
}

void MappingDocument::addRule(const ValidationRule& rule)
{
    m_undoStack->push(new AddRuleCommand(this, int(m_mapping.rules.size()), rule));
}

void MappingDocument::removeRule(int index)
{
    if (index < 0 || index >= m_mapping.rules.size())
        return;
    m_undoStack->push(new RemoveRuleCommand(this, index));
}

void MappingDocument::changeRule(int index, const ValidationRule& rule, bool typing)
{
    if (index < 0 || index >= m_mapping.rules.size() || m_mapping.rules[index] == rule)
        return;
    m_undoStack->push(new ChangeRuleCommand(this, index, rule, typing));
}

void MappingDocument::setKey(const QStringList& key)
{
    if (key == m_mapping.key)
        return;
    m_undoStack->push(new SetKeyCommand(this, key));
}

void MappingDocument::applyInsertField(int index, const FieldMapping& field)
{
    m_mapping.fields.insert(index, field);
    afterFieldsChanged();
}

void MappingDocument::applyReplaceField(int index, const FieldMapping& field)
{
    m_mapping.fields[index] = field;
    afterFieldsChanged();
}

void MappingDocument::applyRemoveField(int index)
{
    m_mapping.fields.removeAt(index);
    afterFieldsChanged();
}

void MappingDocument::afterFieldsChanged()
{
    emit fieldsChanged();
    emit changed();
}

void MappingDocument::applyFilter(const QString& filter)
{
    m_mapping.filter = filter;
    emit filterChanged();
    emit changed();
}

void MappingDocument::applyInsertRule(int index, const ValidationRule& rule)
{
    emit ruleAboutToBeInserted(index);
    m_mapping.rules.insert(index, rule);
    emit ruleInserted(index);
    emit rulesChanged();
    emit changed();
}

void MappingDocument::applyReplaceRule(int index, const ValidationRule& rule)
{
    m_mapping.rules[index] = rule;
    emit ruleChanged(index);
    emit rulesChanged();
    emit changed();
}

void MappingDocument::applyRemoveRule(int index)
{
    emit ruleAboutToBeRemoved(index);
    m_mapping.rules.removeAt(index);
    emit ruleRemoved(index);
    emit rulesChanged();
    emit changed();
}

void MappingDocument::applyKey(const QStringList& key)
{
    m_mapping.key = key;
    emit keyChanged();
    emit changed();
}

} // namespace Syncline
