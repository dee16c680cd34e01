// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/endpointconfig.h"
#include "core/fieldtype.h"
#include "core/mappingconfig.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QVariant>

#include <map>
#include <memory>

namespace Syncline {

class Connection;

// One target value of a preview row: the value the run would write, or why it has none.
struct PreviewCell
{
    enum class Status {
        Ok,
        Invalid, // the field itself cannot be mapped (unknown column, bad expression...)
        ConversionFailed, // the source value does not convert to the field's type
        ExpressionFailed, // the expression threw, or its result does not convert
        LookupFailed, // no row of the reference entity has the looked-up key
        RuleViolated, // a validation rule rejects the value
        FilteredOut, // the row filter leaves the row out: nothing is written
    };

    Status status = Status::Ok;
    QVariant value; // canonical (see fieldtype.h); null when the field failed
    QString text; // the value as text (CanonicalFormatter); a null QString for null
    QString error; // why the cell failed or was left out; empty when Ok

    bool failed() const { return status != Status::Ok && status != Status::FilteredOut; }
    bool operator==(const PreviewCell&) const = default;
};

// One sample source row mapped to a target row.
struct PreviewRow
{
    QString sourceKey; // the source row's primary key, "id=42"
    bool filteredOut = false;
    QString filterError; // the row filter threw for this row
    QList<PreviewCell> cells; // one per MappingPreviewResult::fields entry

    bool operator==(const PreviewRow&) const = default;
};

// What MappingPreview::run() found. Value type; crosses threads.
struct MappingPreviewResult
{
    QString sourceTable; // "crm.customers"
    QStringList fields; // the mapped target fields, in target table order
    QList<FieldType> types; // each field's canonical type
    QStringList fieldErrors; // per field: why it cannot be mapped at all; empty when it can
    QList<PreviewRow> rows;
    // Mapping-level problems a run would refuse or a rule that cannot apply ("no key",
    // "row filter: SyntaxError...").
    QStringList problems;

    int failedCells() const;
    int filteredRows() const;
    bool operator==(const MappingPreviewResult&) const = default;
};

// Maps a few sample source rows of a mapping the way a run would, without writing anything,
// for the mapping designer's live preview: reads up to `sampleSize` rows of the source entity
// (in primary-key order, one chunk) and maps each field on its own through RowMapper, so one
// failing field does not hide the others; then resolves lookups, applies the row filter and
// checks the validation rules. Failures are reported per cell rather than failing the
// preview; only an unreachable endpoint or a missing source/target table fails it.
// Opens the connections it needs (source, target, lookup and rule references) on the calling
// thread, lazily and once per instance, and closes them when destroyed. Use one instance on
// one thread (the designer runs it in a pool thread).
class MappingPreview final
{
    Q_DECLARE_TR_FUNCTIONS(Syncline::MappingPreview)

public:
    static constexpr int DefaultSampleSize = 20;

    // `endpoints`: every endpoint the mapping may name (the workspace's endpoints).
    explicit MappingPreview(QList<EndpointConfig> endpoints);
    ~MappingPreview();
    Q_DISABLE_COPY_MOVE(MappingPreview)

    Result<MappingPreviewResult> run(
        const MappingConfig& mapping, int sampleSize = DefaultSampleSize);

private:
    Result<Connection*> connection(const QString& endpoint);

    QList<EndpointConfig> m_endpoints;
    std::map<QString, std::unique_ptr<Connection>> m_connections;
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::MappingPreviewResult)
