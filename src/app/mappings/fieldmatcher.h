// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/entityinfo.h"
#include "core/mappingconfig.h"

namespace Syncline {

// Auto-mapping: pairs source and target fields whose names match when case and punctuation
// are ignored ("Full Name" ~ full_name ~ fullName) and whose types are compatible.
// Stateless; any thread.
class FieldMatcher final
{
public:
    // Lower case, letters and digits only: "Full Name", "full_name", "fullName" -> "fullname".
    static QString normalizedName(const QString& name);
    // Whether source values of this type can reasonably be written to a field of the other
    // (same kind, widening numbers, anything to text, text parsed into numbers and times).
    static bool isCompatible(const FieldType& source, const FieldType& target);
    // Column mappings for the target fields `mapping` does not map yet, in target order:
    // exact names first, then names equal but for case, then normalized names. A source field
    // already read by the mapping or matched once is not matched again.
    static QList<FieldMapping> match(
        const EntityInfo& source, const EntityInfo& target, const MappingConfig& mapping);
};

} // namespace Syncline
