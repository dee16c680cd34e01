// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "core/result.h"

#include <QCache>
#include <QCoreApplication>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Syncline {

class Connection;

// Answers "which row of endpoint.entity has this value in its key column, and what is its
// value column" for lookup fields and referential validation rules, with bounded memory: each
// reference has an LRU cache (hits and misses) in front of a keyed read
// (Connection::readKeys), so a run never loads a whole reference table. Opens the reference
// endpoints' connections lazily, through the opener, once each. One instance per run (or per
// preview) on that thread.
class ReferenceResolver final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::ReferenceResolver)

public:
    using Opener = std::function<Result<std::unique_ptr<Connection>>(const QString& endpoint)>;
    static constexpr int DefaultCacheSize = 20000;

    explicit ReferenceResolver(Opener opener, int cacheSize = DefaultCacheSize);
    ~ReferenceResolver();
    Q_DISABLE_COPY_MOVE(ReferenceResolver)

    // Prepares a reference: describes the table and finds its columns. `valueColumn` empty:
    // only presence is asked. Values found are converted to `valueType`. The same reference
    // added twice shares one cache. Errors name the endpoint, table and column.
    Result<int> add(const QString& endpoint, const QString& entity, const QString& keyColumn,
        const QString& valueColumn = QString(), const FieldType& valueType = FieldType());
    const ColumnInfo& keyColumn(int reference) const;
    // Null when only presence is asked.
    const ColumnInfo* valueColumn(int reference) const;
    // "crm.countries"
    QString table(int reference) const;

    // The value column of the row whose key column equals `key` (any canonical value; it is
    // converted to the key column's type), converted to the reference's value type (true when
    // presence only); nullopt when no row has that key. An error when the key or the value
    // does not convert, or the read fails.
    Result<std::optional<QVariant>> find(int reference, const QVariant& key);

    // Keyed reads made so far (cache misses), for tests and metrics.
    qint64 reads() const { return m_reads; }

private:
    struct Found
    {
        std::optional<QVariant> value;
        QString error;
    };
    struct Reference
    {
        QString endpoint;
        QString entity;
        ColumnInfo key;
        std::optional<ColumnInfo> value;
        FieldType valueType;
        std::unique_ptr<QCache<QString, Found>> cache;
    };
    Result<Connection*> connection(const QString& endpoint);

    Opener m_opener;
    int m_cacheSize;
    std::map<QString, std::unique_ptr<Connection>> m_connections;
    std::map<QString, EntityInfo> m_schemas; // "endpoint\nentity"
    std::vector<Reference> m_references;
    qint64 m_reads = 0;
};

} // namespace Syncline
