// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobconfig.h"
#include "core/result.h"
#include "mappingplan.h"

#include <functional>
#include <memory>

namespace Syncline {

class Connection;
class ReferenceResolver;
class RowMapper;
class Workspace;

// Everything one job execution holds open: its own workspace connection, the job, the
// mapping planned against both schemas, both endpoints' connections, the reference
// connections of lookups and referential rules, and the row mapper.
// open() writes nothing, so bad config leaves the workspace unchanged. Members are torn down
// in reverse order (the mapper before the connections before the workspace). Lives on the
// thread that opened it; used by SyncRun and ConflictResolver.
class JobSession final
{
public:
    ~JobSession();
    Q_DISABLE_COPY_MOVE(JobSession)

    static Result<std::unique_ptr<JobSession>> open(
        const QString& workspaceLocation, const QString& jobName);

    // Another mapper of this session's plan, with reference connections of its own, for
    // mapping rows on another thread (a RowMapper and its references are thread-bound).
    Result<std::unique_ptr<RowMapper>> newMapper() const;

    std::unique_ptr<Workspace> workspace;
    JobConfig job;
    MappingPlan plan;
    std::unique_ptr<Connection> source;
    std::unique_ptr<Connection> target;
    std::unique_ptr<ReferenceResolver> references;
    std::unique_ptr<RowMapper> mapper;

private:
    JobSession();

    std::function<Result<std::unique_ptr<Connection>>(const QString&)> m_openReference;
};

} // namespace Syncline
