// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsession.h"

#include "connectors/connectionfactory.h"
#include "connectors/secretstore.h"
#include "mappingplanner.h"
#include "referenceresolver.h"
#include "rowmapper.h"
#include "store/configrepository.h"
#include "store/workspace.h"

namespace Syncline {

namespace {

Result<std::unique_ptr<Connection>> connect(const WorkspaceConfig& config, const QString& name)
{
    const EndpointConfig* endpoint = config.endpoint(name);
    if (!endpoint)
        return Error::badInput(QStringLiteral("unknown endpoint '%1'").arg(name));
    auto password = SecretStore::password(*endpoint);
    if (!password)
        return password.error().within(QStringLiteral("endpoint '%1'").arg(name));
    auto connection = ConnectionFactory::open(*endpoint, *password);
    if (!connection)
        return connection.error().within(QStringLiteral("endpoint '%1'").arg(name));
    return connection;
}

} // namespace

JobSession::JobSession() = default;
JobSession::~JobSession() = default;

// Loads the job, plans the mapping against both schemas and opens what a run needs. Nothing
// is written to the workspace here, so bad config leaves it unchanged.
Result<std::unique_ptr<JobSession>> JobSession::open(
    const QString& location, const QString& jobName)
{
    std::unique_ptr<JobSession> session(new JobSession);
    JobSession& state = *session;
    auto workspace = Workspace::open(location);
    if (!workspace)
        return workspace.error();
    state.workspace = std::move(workspace).value();
    auto config = ConfigRepository(*state.workspace).load();
    if (!config)
        return config.error();
    const JobConfig* job = config->job(jobName);
    if (!job)
        return Error::badInput(QStringLiteral("unknown job '%1'").arg(jobName));
    state.job = *job;
    if (const MappingConfig* m = config->mapping(job->mapping); m && !m->conflicts.isEmpty())
        state.job.conflicts = m->conflicts; // the entity's own policy wins over the job's
    const MappingConfig* mapping = config->mapping(job->mapping);
    if (!mapping)
        return Error::badInput(
            QStringLiteral("job '%1': unknown mapping '%2'").arg(jobName, job->mapping));
    if (job->direction == JobConfig::Direction::TwoWay) {
        if (job->deletes != JobConfig::Deletes::Propagate)
            return Error::badInput(QStringLiteral("job '%1': deletes: two-way jobs propagate "
                                                  "deletes (\"ignore\" and \"soft-delete\" are "
                                                  "for one-way jobs)")
                                       .arg(jobName));
        if (job->detect == JobConfig::Detect::Timestamp
            || job->detect == JobConfig::Detect::Version)
            return Error::badInput(QStringLiteral("job '%1': detect: two-way jobs compare both "
                                                  "sides by \"hash\" or \"changelog\"")
                                       .arg(jobName));
    }
    MappingConfig effective = *mapping;
    if (job->direction == JobConfig::Direction::Pull) {
        auto reversed = MappingPlanner::reversed(*mapping);
        if (!reversed)
            return reversed.error().within(QStringLiteral("job '%1'").arg(jobName));
        effective = *reversed;
    }
    auto source = connect(*config, effective.source.endpoint);
    if (!source)
        return source.error();
    state.source = std::move(source).value();
    auto target = connect(*config, effective.target.endpoint);
    if (!target)
        return target.error();
    state.target = std::move(target).value();
    // Lookups and referential rules read their tables by key through connections of their own.
    state.m_openReference
        = [config = *config](const QString& endpoint) { return connect(config, endpoint); };
    state.references = std::make_unique<ReferenceResolver>(state.m_openReference);
    const bool watermarked
        = job->detect == JobConfig::Detect::Timestamp || job->detect == JobConfig::Detect::Version;
    // Runs that read only what changed show no share of the table done, so they skip
    // counting its rows.
    const bool readsChangesOnly = job->mode == JobConfig::Mode::Incremental
        && (watermarked || job->detect == JobConfig::Detect::Changelog);
    auto plan = MappingPlanner::plan(effective, *state.source, *state.target,
        watermarked ? job->changeColumn : QString(), state.references.get(), !readsChangesOnly);
    if (!plan)
        return plan.error();
    state.plan = std::move(plan).value();
    if (!job->softDeleteColumn.isEmpty() && !state.plan.target.column(job->softDeleteColumn))
        return Error::badInput(QStringLiteral("job '%1': soft_delete_column: no column '%2' in "
                                              "target table '%3'")
                                   .arg(jobName, job->softDeleteColumn, effective.target.entity));
    if (job->deletes == JobConfig::Deletes::SoftDelete) {
        // Every row the run writes is live: the flag is written false with it, so a row that
        // comes back to the source also comes back to life in the target.
        for (const PlannedField& field : std::as_const(state.plan.fields)) {
            if (field.target == job->softDeleteColumn)
                return Error::badInput(QStringLiteral("job '%1': soft_delete_column '%2' is also "
                                                      "a mapped field; the job owns that column")
                                           .arg(jobName, job->softDeleteColumn));
        }
        PlannedField flag;
        flag.target = job->softDeleteColumn;
        flag.kind = FieldMapping::Kind::Constant;
        flag.type = state.plan.target.column(job->softDeleteColumn)->type;
        if (flag.type.kind != FieldType::Kind::Integer)
            flag.type = FieldType::of(FieldType::Kind::Bool);
        flag.constant
            = flag.type.kind == FieldType::Kind::Bool ? QVariant(false) : QVariant(qlonglong(0));
        state.plan.fields.append(flag);
    }
    state.mapper = std::make_unique<RowMapper>(state.plan, state.references.get());
    // Two-way merges recompute expressions from the source rows as read.
    state.mapper->setKeepSourceRaw(
        job->direction == JobConfig::Direction::TwoWay && !state.plan.expressions.isEmpty());
    if (const Status prepared = state.mapper->prepare(); !prepared)
        return prepared.error();
    return session;
}

Result<std::unique_ptr<RowMapper>> JobSession::newMapper() const
{
    auto mapper
        = std::make_unique<RowMapper>(plan, std::make_unique<ReferenceResolver>(m_openReference));
    mapper->setKeepSourceRaw(this->mapper->keepsSourceRaw());
    if (const Status prepared = mapper->prepare(); !prepared)
        return prepared.error();
    return mapper;
}

} // namespace Syncline
