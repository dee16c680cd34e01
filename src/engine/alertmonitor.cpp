// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmonitor.h"

#include "alertrulecheck.h"
#include "alerts/alertchannel.h"
#include "alerts/desktopchannel.h"
#include "alerts/emailchannel.h"
#include "alerts/webhookchannel.h"
#include "core/alertconfigparser.h"
#include "store/alertmeasurements.h"
#include "store/alertrepository.h"
#include "store/configrepository.h"
#include "store/workspace.h"

#include <QHash>

namespace Syncline {

namespace {

// The jobs a rule watches: its own, or every configured job for "*".
QStringList jobsOf(const AlertRuleConfig& rule, const WorkspaceConfig& config)
{
    if (!rule.appliesToAllJobs())
        return config.job(rule.job) ? QStringList { rule.job } : QStringList();
    QStringList jobs;
    for (const JobConfig& job : config.jobs)
        jobs.append(job.name);
    return jobs;
}

QString stateKey(const QString& rule, const QString& job)
{
    return rule + QChar(0) + job;
}

} // namespace

AlertMonitor::AlertMonitor(QString workspaceLocation, QObject* parent)
    : QObject(parent)
    , m_location(std::move(workspaceLocation))
{
    qRegisterMetaType<AlertEvent>();
    qRegisterMetaType<AlertDelivery>();
    qRegisterMetaType<AlertStatus>();
}

AlertMonitor::~AlertMonitor() = default;

void AlertMonitor::setDesktopNotifier(DesktopNotifier* notifier, QObject* context)
{
    m_notifier = notifier;
    m_notifierContext = context;
}

Result<Workspace*> AlertMonitor::workspace()
{
    if (!m_workspace) {
        auto opened = Workspace::open(m_location);
        if (!opened)
            return opened.error();
        m_workspace = std::move(opened).value();
    }
    return m_workspace.get();
}

Result<QList<AlertEvent>> AlertMonitor::evaluate(const QDateTime& now)
{
    auto ws = workspace();
    if (!ws)
        return ws.error();
    Workspace& workspace = **ws;
    // Most workspaces have no rules: no need to take the write lock every minute for them.
    if (auto rules = AlertRepository(workspace).ruleCount(); !rules)
        return rules.error();
    else if (*rules == 0)
        return QList<AlertEvent>();
    WorkspaceConfig config;
    QList<AlertEvent> transitions;
    // One write transaction: the states read and the transitions written cannot interleave
    // with another process evaluating the same workspace.
    const Status evaluated = workspace.transaction([&]() -> Status {
        transitions.clear();
        auto loaded = ConfigRepository(workspace).load();
        if (!loaded)
            return loaded.error();
        config = *loaded;
        AlertRepository alerts(workspace);
        auto latest = alerts.latest();
        if (!latest)
            return latest.error();
        QHash<QString, AlertEvent::State> states;
        for (const AlertEvent& event : std::as_const(*latest))
            states.insert(stateKey(event.rule, event.job), event.state);

        const AlertMeasurements measurements(workspace);
        for (const AlertRuleConfig& rule : std::as_const(config.alerts)) {
            for (const QString& job : jobsOf(rule, config)) {
                auto reading = AlertRuleCheck::read(measurements, rule, job, now);
                if (!reading)
                    return reading.error().within(QStringLiteral("alert %1").arg(rule.name));
                const AlertEvent::State state
                    = reading->firing ? AlertEvent::State::Firing : AlertEvent::State::Ok;
                if (state == states.value(stateKey(rule.name, job), AlertEvent::State::Ok))
                    continue;
                AlertEvent event;
                event.rule = rule.name;
                event.job = job;
                event.state = state;
                event.severity = AlertConfigParser::toString(rule.severity);
                event.value = reading->value;
                event.threshold = rule.kind == AlertRuleConfig::Kind::NotRunSince
                    ? double(rule.windowSeconds)
                    : rule.threshold;
                event.message = reading->message;
                event.at = now;
                auto id = alerts.record(event);
                if (!id)
                    return id.error();
                event.id = *id;
                transitions.append(event);
            }
        }
        return {};
    });
    if (!evaluated)
        return evaluated.error();

    for (const AlertEvent& event : std::as_const(transitions)) {
        qCInfo(lcAlerts) << "alert" << event.rule << "for job" << event.job << "is now"
                         << AlertEvent::toString(event.state) << ":" << event.message;
        emit transitioned(event);
        const AlertRuleConfig* rule = config.alert(event.rule);
        for (const QString& name : rule->channels) {
            if (const AlertChannelConfig* channel = config.channel(name))
                deliver(event, *channel);
        }
    }
    return transitions;
}

Status AlertMonitor::sendTest(const QString& channelName)
{
    auto ws = workspace();
    if (!ws)
        return ws.error();
    auto config = ConfigRepository(**ws).load();
    if (!config)
        return config.error();
    const AlertChannelConfig* channel = config->channel(channelName);
    if (!channel)
        return Error::badInput(QStringLiteral("workspace %1: there is no alert channel named '%2'")
                                   .arg((*ws)->location(), channelName));
    AlertEvent event;
    event.rule = QStringLiteral("test");
    event.state = AlertEvent::State::Firing;
    event.severity = QStringLiteral("info");
    event.message
        = tr("This is a test message from Syncline through channel '%1'.").arg(channelName);
    event.at = QDateTime::currentDateTimeUtc();
    deliver(event, *channel);
    return {};
}

void AlertMonitor::deliver(const AlertEvent& event, const AlertChannelConfig& channel)
{
    AlertChannel* sender = nullptr;
    switch (channel.kind) {
    case AlertChannelConfig::Kind::Desktop:
        sender = new DesktopChannel(channel, m_notifier, m_notifierContext, this);
        break;
    case AlertChannelConfig::Kind::Webhook:
        sender = new WebhookChannel(channel, this);
        break;
    case AlertChannelConfig::Kind::Email:
        sender = new EmailChannel(channel, this);
        break;
    }
    ++m_pending;
    connect(sender, &AlertChannel::attempted, this, [this](const AlertDelivery& attempt) {
        if (auto ws = workspace(); ws) {
            if (auto recorded = AlertRepository(**ws).recordDelivery(attempt); !recorded)
                qCWarning(lcAlerts) << "could not record a delivery:" << recorded.error().message;
        }
        emit deliveryAttempted(attempt);
    });
    connect(sender, &AlertChannel::finished, this, [this, sender](bool) {
        sender->deleteLater();
        if (--m_pending == 0)
            emit idle();
    });
    sender->send(event);
}

void AlertMonitor::evaluateNow()
{
    if (auto evaluated = evaluate(); !evaluated)
        qCWarning(lcAlerts) << "alert evaluation failed:" << evaluated.error().message;
}

Result<QList<AlertStatus>> AlertMonitor::statuses(Workspace& workspace)
{
    auto config = ConfigRepository(workspace).load();
    if (!config)
        return config.error();
    auto latest = AlertRepository(workspace).latest();
    if (!latest)
        return latest.error();
    QHash<QString, AlertEvent> last;
    for (const AlertEvent& event : std::as_const(*latest))
        last.insert(stateKey(event.rule, event.job), event);
    QList<AlertStatus> out;
    for (const AlertRuleConfig& rule : std::as_const(config->alerts)) {
        for (const QString& job : jobsOf(rule, *config)) {
            AlertStatus status;
            status.rule = rule;
            status.job = job;
            status.last = last.value(stateKey(rule.name, job));
            status.state = status.last.id > 0 ? status.last.state : AlertEvent::State::Ok;
            out.append(status);
        }
    }
    return out;
}

} // namespace Syncline
