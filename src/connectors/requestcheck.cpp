// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcheck.h"

namespace Syncline::RequestCheck {

namespace {

Error missingColumn(const QString& column, const QString& entity, const QString& where)
{
    return Error::badInput(
        QStringLiteral("column '%1' not found in table '%2' of %3").arg(column, entity, where));
}

} // namespace

Status read(const ReadRequest& request, const EntityInfo& entity, const QString& where)
{
    if (request.columns.isEmpty())
        return Error::badInput(QStringLiteral("reading table '%1' of %2: no columns selected")
                                   .arg(entity.name, where));
    for (const QString& column : request.columns) {
        if (entity.indexOf(column) < 0)
            return missingColumn(column, entity.name, where);
    }
    if (request.keyColumns.isEmpty())
        return Error::badInput(
            QStringLiteral("reading table '%1' of %2: no key columns to order by")
                .arg(entity.name, where));
    for (const QString& key : request.keyColumns) {
        if (entity.indexOf(key) < 0)
            return missingColumn(key, entity.name, where);
        if (!request.columns.contains(key))
            return Error::badInput(
                QStringLiteral("reading table '%1' of %2: key column '%3' is not selected")
                    .arg(entity.name, where, key));
    }
    if (!request.watermarkColumn.isEmpty() && entity.indexOf(request.watermarkColumn) < 0)
        return missingColumn(request.watermarkColumn, entity.name, where);
    if (request.chunkSize < 1)
        return Error::badInput(QStringLiteral("reading table '%1' of %2: chunk size %3 is not "
                                              "positive")
                                   .arg(entity.name, where)
                                   .arg(request.chunkSize));
    return {};
}

Status write(const WriteSpec& spec, const EntityInfo& target, const QString& where)
{
    const QString context = QStringLiteral("writing table '%1' of %2").arg(target.name, where);
    if (spec.columns.isEmpty())
        return Error::badInput(context + QStringLiteral(": no columns"));
    if (spec.types.size() != spec.columns.size())
        return Error::badInput(context
            + QStringLiteral(": %1 columns but %2 types")
                  .arg(spec.columns.size())
                  .arg(spec.types.size()));
    for (const QString& column : spec.columns) {
        if (target.indexOf(column) < 0)
            return missingColumn(column, target.name, where);
        if (spec.columns.count(column) > 1)
            return Error::badInput(
                context + QStringLiteral(": column '%1' given twice").arg(column));
    }
    if (spec.keyIndexes.isEmpty())
        return Error::badInput(context + QStringLiteral(": no key columns"));
    for (int index : spec.keyIndexes) {
        if (index < 0 || index >= spec.columns.size())
            return Error::badInput(
                context + QStringLiteral(": key index %1 out of range").arg(index));
    }
    if (!spec.softDeleteColumn.isEmpty() && target.indexOf(spec.softDeleteColumn) < 0)
        return missingColumn(spec.softDeleteColumn, target.name, where);
    return {};
}

QStringList keyColumns(const WriteSpec& spec)
{
    QStringList keys;
    for (int index : spec.keyIndexes)
        keys.append(spec.columns.at(index));
    return keys;
}

} // namespace Syncline::RequestCheck
