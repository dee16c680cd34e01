// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceresolver.h"

#include "connectors/connection.h"
#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"
#include "core/keycodec.h"
#include "rowmapper.h"

namespace Syncline {

ReferenceResolver::ReferenceResolver(Opener opener, int cacheSize)
    : m_opener(std::move(opener))
    , m_cacheSize(qMax(1, cacheSize))
{ }

ReferenceResolver::~ReferenceResolver()
{
    m_references.clear(); // caches before the connections
}

Result<Connection*> ReferenceResolver::connection(const QString& endpoint)
{
    const auto it = m_connections.find(endpoint);
    if (it != m_connections.end())
        return it->second.get();
    auto opened = m_opener(endpoint);
    if (!opened)
        return opened.error();
    Connection* connection = opened->get();
    m_connections.emplace(endpoint, std::move(opened).value());
    return connection;
}

Result<int> ReferenceResolver::add(const QString& endpoint, const QString& entity,
    const QString& keyColumn, const QString& valueColumn, const FieldType& valueType)
{
    for (std::size_t i = 0; i < m_references.size(); ++i) {
        const Reference& r = m_references[i];
        if (r.endpoint == endpoint && r.entity == entity && r.key.name == keyColumn
            && (r.value ? r.value->name : QString()) == valueColumn && r.valueType == valueType)
            return int(i);
    }
    const QString schemaKey = endpoint + QLatin1Char('\n') + entity;
    auto schema = m_schemas.find(schemaKey);
    if (schema == m_schemas.end()) {
        auto open = connection(endpoint);
        if (!open)
            return open.error();
        auto info = (*open)->describe(entity);
        if (!info)
            return info.error();
        schema = m_schemas.emplace(schemaKey, std::move(info).value()).first;
    }
    const EntityInfo& info = schema->second;
    Reference reference;
    reference.endpoint = endpoint;
    reference.entity = entity;
    for (const QString& name : { keyColumn, valueColumn }) {
        if (!name.isEmpty() && !info.column(name))
            return Error::badInput(
                QStringLiteral("no column '%1' in table '%2.%3'").arg(name, endpoint, entity));
    }
    reference.key = *info.column(keyColumn);
    if (!valueColumn.isEmpty())
        reference.value = *info.column(valueColumn);
    reference.valueType = valueType;
    reference.cache = std::make_unique<QCache<QString, Found>>(m_cacheSize);
    m_references.push_back(std::move(reference));
    return int(m_references.size() - 1);
}

const ColumnInfo& ReferenceResolver::keyColumn(int reference) const
{
    return m_references[std::size_t(reference)].key;
}

const ColumnInfo* ReferenceResolver::valueColumn(int reference) const
{
    const Reference& r = m_references[std::size_t(reference)];
    return r.value ? &*r.value : nullptr;
}

QString ReferenceResolver::table(int reference) const
{
    const Reference& r = m_references[std::size_t(reference)];
    return r.endpoint + QLatin1Char('.') + r.entity;
}

Result<std::optional<QVariant>> ReferenceResolver::find(int index, const QVariant& key)
{
    Reference& reference = m_references[std::size_t(index)];
    const FieldType& keyType = reference.key.type;
    auto canonical = Canonicalizer::canonicalize(key, keyType);
    if (!canonical) {
        // Values whose canonical form is not their text (dates, decimals...) convert by text.
        canonical
            = Canonicalizer::canonicalize(CanonicalFormatter::toText(key, FieldType()), keyType);
        if (!canonical)
            return canonical.error().within(
                QStringLiteral("%1.%2").arg(table(index), reference.key.name));
    }
    const QString cacheKey = CanonicalFormatter::toText(*canonical, keyType);
    if (const Found* hit = reference.cache->object(cacheKey)) {
        if (!hit->error.isEmpty())
            return Error::badInput(hit->error);
        return hit->value;
    }

    auto open = connection(reference.endpoint);
    if (!open)
        return open.error();
    ReadRequest request;
    request.entity = reference.entity;
    request.columns = { reference.key.name };
    if (reference.value && reference.value->name != reference.key.name)
        request.columns.append(reference.value->name);
    request.keyColumns = { reference.key.name };
    request.chunkSize = 2;
    ++m_reads;
    auto stream = (*open)->readKeys(request, { KeyCodec::rawKey({ *canonical }, { keyType }) });
    if (!stream)
        return stream.error();
    QVariantList raw;
    auto more = (*stream)->next(raw);
    if (!more)
        return more.error();
    auto found = std::make_unique<Found>();
    if (*more) {
        if (reference.value) {
            auto value = RowMapper::convert(
                raw[request.columns.size() - 1], reference.value->type, reference.valueType);
            if (value)
                found->value = std::move(value).value();
            else
                found->error
                    = value.error()
                          .within(QStringLiteral("%1.%2").arg(table(index), reference.value->name))
                          .message;
        } else {
            found->value = QVariant(true);
        }
    }
    const Found result = *found;
    reference.cache->insert(cacheKey, found.release());
    if (!result.error.isEmpty())
        return Error::badInput(result.error);
    return result.value;
}

} // namespace Syncline
