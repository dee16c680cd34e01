// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtype.h"

#include <QList>
#include <QStringList>

namespace Syncline {

// One column of a table as the database declares it.
struct ColumnInfo
{
    QString name;
    QString declaredType; // as the database spells it: "numeric(18,4)", "TEXT", ""
    FieldType type; // FieldType::fromDeclared(declaredType)
    bool notNull = false;
    // The database fills it when an insert leaves it out: a DEFAULT, an identity or serial,
    // a generated column, SQLite's INTEGER PRIMARY KEY (the rowid).
    bool hasDefault = false;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 when not part of it
    bool collatable = false; // compared under a collation (PostgreSQL needs COLLATE "C")
};

// A table's schema, from Connection::describe(). Value type.
struct EntityInfo
{
    QString name; // as given to describe()
    QList<ColumnInfo> columns; // in table order
    QStringList primaryKey; // in key order; empty when there is none
    QList<QStringList> uniqueKeys; // primary key first, then unique indexes/constraints
    qint64 rowEstimate = -1; // -1 when unknown

    qsizetype indexOf(const QString& column) const
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns[i].name == column)
                return i;
        }
        return -1;
    }
    const ColumnInfo* column(const QString& name) const
    {
        const qsizetype i = indexOf(name);
        return i < 0 ? nullptr : &columns[i];
    }
    // Whether some unique key consists of exactly these columns (in any order).
    bool hasUniqueKey(const QStringList& keyColumns) const
    {
        for (const QStringList& unique : uniqueKeys) {
            if (unique.size() != keyColumns.size())
                continue;
            bool all = true;
            for (const QString& c : keyColumns)
                all = all && unique.contains(c);
            if (all)
                return true;
        }
        return false;
    }
};

} // namespace Syncline
