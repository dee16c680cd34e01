// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertscommand.h"

#include "commandcontext.h"
#include "core/alertconfigparser.h"
#include "engine/alertmonitor.h"
#include "store/alertrepository.h"
#include "store/workspace.h"
#include "texttable.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Syncline {

namespace {

const QString ruleOption = QStringLiteral("rule");
const QString jobOption = QStringLiteral("job");
const QString limitOption = QStringLiteral("limit");
const QString jsonOption = QStringLiteral("json");
const QString channelArgument = QStringLiteral("CHANNEL");

QString translated(const char* text)
{
    return QCoreApplication::translate("Syncline::AlertsCommand", text);
}

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QString();
}

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QJsonObject toJson(const AlertDelivery& d)
{
    return QJsonObject { { QStringLiteral("channel"), d.channel },
        { QStringLiteral("attempt"), d.attempt },
        { QStringLiteral("status"), AlertDelivery::toString(d.status) },
        { QStringLiteral("error"), d.error.isEmpty() ? QJsonValue() : QJsonValue(d.error) },
        { QStringLiteral("at"), isoOrNull(d.at) } };
}

QJsonObject toJson(const AlertEvent& e)
{
    return QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("rule"), e.rule },
        { QStringLiteral("job"), e.job },
        { QStringLiteral("state"), AlertEvent::toString(e.state) },
        { QStringLiteral("severity"), e.severity }, { QStringLiteral("value"), e.value },
        { QStringLiteral("threshold"), e.threshold }, { QStringLiteral("message"), e.message },
        { QStringLiteral("at"), isoOrNull(e.at) } };
}

// "hook sent, mail failed (3 attempts)": the last attempt per channel.
QString deliverySummary(const QList<AlertDelivery>& attempts)
{
    QStringList channels;
    QHash<QString, AlertDelivery> last;
    for (const AlertDelivery& d : attempts) {
        if (!last.contains(d.channel))
            channels.append(d.channel);
        last.insert(d.channel, d);
    }
    QStringList parts;
    for (const QString& channel : std::as_const(channels)) {
        const AlertDelivery& d = last.value(channel);
        QString part = channel + QLatin1Char(' ') + AlertDelivery::toString(d.status);
        if (d.attempt > 1)
            part += translated(" (%1 attempts)").arg(d.attempt);
        parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

Result<qint64> positiveNumber(
    const CommandArguments& arguments, const QString& option, qint64 fallback)
{
    if (!arguments.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = arguments.value(option).toLongLong(&ok);
    if (!ok || value < 1)
        return Error::badInput(translated("--%1: expected a whole number from 1 up, found '%2'")
                                   .arg(option, arguments.value(option)));
    return value;
}

} // namespace

QList<CommandArguments> AlertsCommand::commands() const
{
    return {
        CommandArguments(QStringLiteral("alerts list"),
            tr("List the alert rules, each for every job it watches, with its current state "
               "(firing or ok) and since when."))
            .addOption(jsonOption, tr("Print a JSON array instead of a table")),
        CommandArguments(QStringLiteral("alerts history"),
            tr("List alert firings and recoveries, newest first, with how each channel "
               "delivered them."))
            .addOption(ruleOption, tr("Only the events of this rule"), QStringLiteral("RULE"))
            .addOption(jobOption, tr("Only the events of this job"), QStringLiteral("JOB"))
            .addOption(limitOption, tr("At most N events (default 50)"), QStringLiteral("N"))
            .addOption(jsonOption, tr("Print a JSON array instead of a table")),
        CommandArguments(QStringLiteral("alerts test"),
            tr("Send a test message through an alert channel and report each attempt. Exit "
               "status 1 when it was not delivered."))
            .addPositional(channelArgument, tr("The channel's name in the config"))
            .addOption(jsonOption, tr("Print the attempts as a JSON array")),
        CommandArguments(QStringLiteral("alerts check"),
            tr("Evaluate every alert rule now, record and send what changed (the daemon and the "
               "console do this by themselves)."))
            .addOption(jsonOption, tr("Print the transitions as a JSON array")),
    };
}

int AlertsCommand::execute(const CommandArguments& arguments)
{
    if (arguments.name() == u"alerts list")
        return list(arguments);
    if (arguments.name() == u"alerts history")
        return history(arguments);
    if (arguments.name() == u"alerts test")
        return test(arguments);
    return check(arguments);
}

int AlertsCommand::list(const CommandArguments& arguments)
{
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    const auto statuses = AlertMonitor::statuses(**workspace);
    if (!statuses)
        return m_context.fail(statuses.error());
    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        QJsonArray array;
        for (const AlertStatus& s : *statuses) {
            QJsonObject o = AlertConfigParser::toJson(s.rule);
            o.insert(QStringLiteral("job"), s.job);
            o.insert(QStringLiteral("rule_job"), s.rule.job);
            o.insert(QStringLiteral("state"), AlertEvent::toString(s.state));
            o.insert(QStringLiteral("since"), s.last.id > 0 ? isoOrNull(s.last.at) : QJsonValue());
            o.insert(
                QStringLiteral("value"), s.last.id > 0 ? QJsonValue(s.last.value) : QJsonValue());
            o.insert(QStringLiteral("message"),
                s.last.id > 0 ? QJsonValue(s.last.message) : QJsonValue());
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }
    TextTable table({ tr("RULE"), tr("JOB"), tr("KIND"), tr("SEVERITY"), tr("STATE"), tr("SINCE"),
        tr("CHANNELS"), tr("LAST MESSAGE") });
    for (const AlertStatus& s : *statuses) {
        table.addRow({ s.rule.name, s.job, AlertConfigParser::toString(s.rule.kind),
            AlertConfigParser::toString(s.rule.severity), AlertEvent::toString(s.state),
            s.last.id > 0 ? localTime(s.last.at) : QString(),
            s.rule.channels.join(QStringLiteral(", ")), s.last.message });
    }
    out << table.toString();
    if (statuses->isEmpty())
        m_context.note(tr("no alert rules: add an \"alerts\" array to the config and import it"));
    return CommandContext::Success;
}

int AlertsCommand::history(const CommandArguments& arguments)
{
    const auto limit = positiveNumber(arguments, limitOption, 50);
    if (!limit)
        return m_context.usageError(limit.error().message, arguments.name());
    auto workspace = m_context.openWorkspace(CommandContext::Open::MustExist);
    if (!workspace)
        return m_context.fail(workspace.error());
    AlertRepository alerts(**workspace);
    const auto events = alerts.history(arguments.value(ruleOption), arguments.value(jobOption),
        int(qMin<qint64>(*limit, 1000000)));
    if (!events)
        return m_context.fail(events.error());
    QList<QList<AlertDelivery>> attempts;
    for (const AlertEvent& event : *events) {
        auto list = alerts.deliveries(event.id);
        if (!list)
            return m_context.fail(list.error());
        attempts.append(*list);
    }
    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        QJsonArray array;
        for (qsizetype i = 0; i < events->size(); ++i) {
            QJsonObject o = toJson(events->at(i));
            QJsonArray deliveries;
            for (const AlertDelivery& d : attempts.at(i))
                deliveries.append(toJson(d));
            o.insert(QStringLiteral("deliveries"), deliveries);
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }
    TextTable table({ tr("ID"), tr("AT"), tr("RULE"), tr("JOB"), tr("STATE"), tr("SEVERITY"),
        tr("VALUE"), tr("DELIVERIES"), tr("MESSAGE") });
    table.setRightAligned(0);
    table.setRightAligned(6);
    for (qsizetype i = 0; i < events->size(); ++i) {
        const AlertEvent& e = events->at(i);
        table.addRow(
            { QString::number(e.id), localTime(e.at), e.rule, e.job, AlertEvent::toString(e.state),
                e.severity, number(e.value), deliverySummary(attempts.at(i)), e.message });
    }
    out << table.toString();
    return CommandContext::Success;
}

void AlertsCommand::waitForDeliveries(AlertMonitor& monitor, int timeoutMs)
{
    if (monitor.pendingDeliveries() == 0)
        return;
    QEventLoop loop;
    QObject::connect(&monitor, &AlertMonitor::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (monitor.pendingDeliveries() > 0)
        m_context.note(
            tr("gave up waiting for %n delivery(ies)", nullptr, monitor.pendingDeliveries()));
}

namespace {

// Long enough for every attempt of the slowest channel with its backoff.
int patienceMs(const QList<AlertChannelConfig>& channels)
{
    double seconds = 5;
    for (const AlertChannelConfig& c : channels) {
        double total = 5;
        double backoff = c.backoffSeconds;
        for (int i = 0; i <= c.retries; ++i) {
            total += c.timeoutSeconds + backoff;
            backoff *= 2;
        }
        seconds = qMax(seconds, total);
    }
    return int(qMin(seconds, 3600.0) * 1000);
}

} // namespace

int AlertsCommand::test(const CommandArguments& arguments)
{
    const QString channel = arguments.positional(channelArgument);
    auto config = m_context.loadConfig();
    if (!config)
        return m_context.fail(config.error());
    const AlertChannelConfig* found = config->channel(channel);
    if (!found)
        return m_context.fail(Error::badInput(tr("unknown alert channel '%1'").arg(channel)));
    AlertMonitor monitor(m_context.workspaceLocation());
    QList<AlertDelivery> attempts;
    QObject::connect(&monitor, &AlertMonitor::deliveryAttempted,
        [&](const AlertDelivery& attempt) { attempts.append(attempt); });
    if (auto sent = monitor.sendTest(channel); !sent)
        return m_context.fail(sent.error());
    waitForDeliveries(monitor, patienceMs({ *found }));

    const bool delivered
        = !attempts.isEmpty() && attempts.last().status == AlertDelivery::Status::Sent;
    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        QJsonArray array;
        for (const AlertDelivery& d : std::as_const(attempts))
            array.append(toJson(d));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const AlertDelivery& d : std::as_const(attempts)) {
            out << tr("attempt %1: %2").arg(d.attempt).arg(AlertDelivery::toString(d.status));
            if (!d.error.isEmpty())
                out << QStringLiteral(": ") << d.error;
            out << Qt::endl;
        }
    }
    if (!delivered)
        return m_context.fail(
            Error::runtime(tr("the test message did not reach channel '%1'").arg(channel)));
    return CommandContext::Success;
}

int AlertsCommand::check(const CommandArguments& arguments)
{
    auto config = m_context.loadConfig();
    if (!config)
        return m_context.fail(config.error());
    AlertMonitor monitor(m_context.workspaceLocation());
    auto transitions = monitor.evaluate();
    if (!transitions)
        return m_context.fail(transitions.error());
    waitForDeliveries(monitor, patienceMs(config->channels));
    QTextStream& out = m_context.out();
    if (arguments.isSet(jsonOption)) {
        QJsonArray array;
        for (const AlertEvent& e : *transitions)
            array.append(toJson(e));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandContext::Success;
    }
    for (const AlertEvent& e : *transitions)
        out << tr("%1 %2 (job %3): %4")
                   .arg(e.state == AlertEvent::State::Firing ? tr("FIRING") : tr("RESOLVED"),
                       e.rule, e.job, e.message)
            << Qt::endl;
    if (transitions->isEmpty())
        out << tr("no change") << Qt::endl;
    return CommandContext::Success;
}

} // namespace Syncline
