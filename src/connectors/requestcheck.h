// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "entityinfo.h"
#include "readrequest.h"
#include "writespec.h"

namespace Syncline::RequestCheck {

// Checks a read request against the entity it reads: every column and key column exists,
// there is at least one key column and each is also selected. The message names the
// column, the entity and `where` (the endpoint). Shared by every connector.
Status read(const ReadRequest& request, const EntityInfo& entity, const QString& where);

// Checks a write spec against its target: columns exist, one type per column, key indexes in
// range and not empty, the soft-delete column exists.
Status write(const WriteSpec& spec, const EntityInfo& target, const QString& where);

// The spec's key column names, in key order.
QStringList keyColumns(const WriteSpec& spec);

} // namespace Syncline::RequestCheck
