// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmatcher.h"

#include <QSet>

#include <functional>

namespace Syncline {

QString FieldMatcher::normalizedName(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

bool FieldMatcher::isCompatible(const FieldType& source, const FieldType& target)
{
    using K = FieldType::Kind;
    const K s = source.kind;
    const K t = target.kind;
    if (s == t || s == K::Any || t == K::Any)
        return true;
    const auto numeric = [](K k) { return k == K::Integer || k == K::Decimal || k == K::Real; };
    const auto temporal
        = [](K k) { return k == K::Timestamp || k == K::TimestampTz || k == K::Date; };
    if (s == K::Blob || t == K::Blob)
        return false;
    if (t == K::Text)
        return true; // everything has a text form
    if (s == K::Text)
        return true; // text columns often hold numbers, dates or flags: the preview tells
    if (numeric(t))
        return s == K::Integer || (numeric(s) && t != K::Integer) || s == K::Bool;
    if (temporal(t))
        return temporal(s) && !(t == K::Date && s != K::Date);
    if (t == K::Bool)
        return s == K::Integer;
    return false;
}

QList<FieldMapping> FieldMatcher::match(
    const EntityInfo& source, const EntityInfo& target, const MappingConfig& mapping)
{
    QSet<QString> mappedTargets;
    QSet<QString> usedSources;
    for (const FieldMapping& f : mapping.fields) {
        mappedTargets.insert(f.target);
        if (!f.source.isEmpty())
            usedSources.insert(f.source);
    }
    QHash<QString, QString> chosen; // target -> source
    const std::function<bool(const QString&, const QString&)> passes[] = {
        [](const QString& s, const QString& t) { return s == t; },
        [](const QString& s, const QString& t) { return s.compare(t, Qt::CaseInsensitive) == 0; },
        [](const QString& s, const QString& t) {
            const QString n = normalizedName(t);
            return !n.isEmpty() && normalizedName(s) == n;
        },
    };
    for (const auto& sameName : passes) {
        for (const ColumnInfo& t : target.columns) {
            if (mappedTargets.contains(t.name) || chosen.contains(t.name))
                continue;
            for (const ColumnInfo& s : source.columns) {
                if (usedSources.contains(s.name) || !sameName(s.name, t.name)
                    || !isCompatible(s.type, t.type))
                    continue;
                chosen.insert(t.name, s.name);
                usedSources.insert(s.name);
                break;
            }
        }
    }
    QList<FieldMapping> fields;
    for (const ColumnInfo& t : target.columns) {
        const auto it = chosen.constFind(t.name);
        if (it == chosen.constEnd())
            continue;
        FieldMapping f;
        f.target = t.name;
        f.source = *it;
        fields.append(f);
    }
    return fields;
}

} // namespace Syncline
