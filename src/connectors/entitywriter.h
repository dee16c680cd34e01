// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "writespec.h"

namespace Syncline {

// Applies batches of upserts and deletes by key to one entity, one transaction per batch, so
// that re-applying a batch is harmless. A row the database rejects (constraint, type) is
// reported in BatchOutcome::rejected and does not stop the batch's other rows; an Error means
// the batch as a whole failed and nothing of it committed. Owned by the caller; used on the
// thread of the Connection that made it, which must outlive it.
class EntityWriter
{
public:
    virtual ~EntityWriter() = default;
    virtual Result<BatchOutcome> apply(const WriteBatch& batch) = 0;
};

} // namespace Syncline
