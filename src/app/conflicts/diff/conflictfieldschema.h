// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtype.h"

#include <QList>
#include <QString>

namespace Syncline {

// One target field of a conflict's mapping as the review needs it: its canonical type (to
// show and to check edited values), whether it is part of the key and whether an admin may
// set it (only column and cast fields flow back; the rest always come from the source).
// Value type.
struct ConflictFieldSchema
{
    QString name;
    FieldType type;
    bool isKey = false;
    bool settable = true;
};

} // namespace Syncline
