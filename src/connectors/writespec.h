// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtype.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace Syncline {

// How an EntityWriter writes one entity: which columns, with which canonical types, keyed by
// which of them.
struct WriteSpec
{
    QString entity;
    QStringList columns;
    QList<FieldType> types; // canonical type of each column's values
    QList<int> keyIndexes; // indexes into columns forming the key
    // The target held no rows when the run began, so upserts are plain inserts (PostgreSQL
    // copies straight into the table).
    bool targetKnownEmpty = false;
    // Deletes set this boolean column to true instead of removing the row.
    QString softDeleteColumn;
};

// One batch: applied in one transaction. Upsert rows hold a canonical value per
// WriteSpec::columns entry; delete rows hold only the key values, in keyIndexes order.
struct WriteBatch
{
    QList<QVariantList> upserts;
    QList<QVariantList> deletes;
    bool isEmpty() const { return upserts.isEmpty() && deletes.isEmpty(); }
};

// A row the target refused, with the database's own message.
struct RejectedRow
{
    bool isDelete = false;
    int index = 0; // into WriteBatch::upserts or WriteBatch::deletes
    QString error;
};

// What a batch did. Rejected rows are left out; every other row of the batch committed.
struct BatchOutcome
{
    int upserted = 0;
    int deleted = 0;
    QList<RejectedRow> rejected;
};

} // namespace Syncline
