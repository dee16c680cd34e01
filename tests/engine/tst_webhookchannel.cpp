// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/configparser.h"
#include "engine/alertmonitor.h"
#include "store/alertrepository.h"
#include "store/configrepository.h"
#include "store/workspace.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Syncline;

namespace {

// One POST the local server received.
struct Received
{
    QByteArray body;
    QByteArray contentType;
    QByteArray token;
    QByteArray attempt;
};

} // namespace

// Webhook deliveries against a real HTTP server on 127.0.0.1 (Qt HttpServer): the JSON that
// arrives, retries after 5xx with each attempt recorded, no retry after 4xx, and timeouts.
class TestWebhookChannel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firingArrivesAsJson();
    void retriesAfterServerError();
    void givesUpAfterRetries();
    void clientErrorIsFinal();
    void timeoutIsRecorded();

private:
    // A workspace with job "orders", channel "hook" posting to `url` and rule "broken"
    // (one failed run fires it) sending there.
    void setUpWorkspace(
        const QString& url, int retries, const QString& timeout = QStringLiteral("10s"));
    // Serves /hook: answers with the next status of `statuses` (the last one repeats).
    quint16 serve(const QList<QHttpServerResponder::StatusCode>& statuses);
    QList<AlertDelivery> deliveries(qint64 eventId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QHttpServer> m_server;
    QString m_location;
    QList<Received> m_received;
};

void TestWebhookChannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_dir->filePath(QStringLiteral("workspace.db"));
    m_received.clear();
}

void TestWebhookChannel::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

quint16 TestWebhookChannel::serve(const QList<QHttpServerResponder::StatusCode>& statuses)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->route(QStringLiteral("/hook"), QHttpServerRequest::Method::Post,
        [this, statuses](const QHttpServerRequest& request) {
            Received r;
            r.body = request.body();
            r.contentType = request.value("Content-Type");
            r.token = request.value("X-Token");
            r.attempt = request.value("X-Syncline-Attempt");
            m_received.append(r);
            const auto status = statuses.at(qMin(m_received.size(), statuses.size()) - 1);
            return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                QByteArrayLiteral("answer ") + QByteArray::number(m_received.size()), status);
        });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void TestWebhookChannel::setUpWorkspace(const QString& url, int retries, const QString& timeout)
{
    const QJsonObject config {
        { QStringLiteral("endpoints"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("db") },
                { QStringLiteral("kind"), QStringLiteral("sqlite") },
                { QStringLiteral("url"), QStringLiteral("sqlite:db.db") } } } },
        { QStringLiteral("mappings"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("m") },
                { QStringLiteral("source"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("db") },
                        { QStringLiteral("entity"), QStringLiteral("a") } } },
                { QStringLiteral("target"),
                    QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("db") },
                        { QStringLiteral("entity"), QStringLiteral("b") } } },
                { QStringLiteral("key"), QJsonArray { QStringLiteral("id") } } } } },
        { QStringLiteral("jobs"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("orders") },
                { QStringLiteral("mapping"), QStringLiteral("m") } } } },
        { QStringLiteral("channels"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("hook") },
                { QStringLiteral("kind"), QStringLiteral("webhook") },
                { QStringLiteral("url"), url }, { QStringLiteral("retries"), retries },
                { QStringLiteral("backoff"), 0.1 }, { QStringLiteral("timeout"), timeout },
                { QStringLiteral("headers"),
                    QJsonObject { { QStringLiteral("X-Token"), QStringLiteral("s3cret") } } } } } },
        { QStringLiteral("alerts"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("broken") },
                { QStringLiteral("job"), QStringLiteral("orders") },
                { QStringLiteral("kind"), QStringLiteral("consecutive-failures") },
                { QStringLiteral("threshold"), 1 },
                { QStringLiteral("severity"), QStringLiteral("critical") },
                { QStringLiteral("channels"), QJsonArray { QStringLiteral("hook") } } } } },
    };
    auto parsed = ConfigParser::parse(QJsonDocument(config).toJson(), QStringLiteral("t.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    auto workspace = Workspace::open(m_location);
    QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
    QVERIFY(ConfigRepository(**workspace).import(*parsed, QStringLiteral("tst")).ok());
    QSqlQuery insert((*workspace)->database());
    QVERIFY(insert.exec(QStringLiteral(
        "INSERT INTO runs (job, status, started_at, finished_at, error) VALUES ('orders', "
        "'failed', '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:05.000Z', 'connection "
        "refused')")));
}

QList<AlertDelivery> TestWebhookChannel::deliveries(qint64 eventId)
{
    auto workspace = Workspace::open(m_location);
    if (!workspace)
        return {};
    auto list = AlertRepository(**workspace).deliveries(eventId);
    return list ? *list : QList<AlertDelivery>();
}

void TestWebhookChannel::firingArrivesAsJson()
{
    const quint16 port = serve({ QHttpServerResponder::StatusCode::Ok });
    QVERIFY(port > 0);
    setUpWorkspace(QStringLiteral("http://127.0.0.1:%1/hook").arg(port), 3);
    AlertMonitor monitor(m_location);
    auto fired = monitor.evaluate();
    QVERIFY2(fired.ok(), qPrintable(fired.error().message));
    QCOMPARE(fired->size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.pendingDeliveries(), 0, 20000);

    QCOMPARE(m_received.size(), 1);
    QCOMPARE(m_received.first().contentType, QByteArray("application/json"));
    QCOMPARE(m_received.first().token, QByteArray("s3cret"));
    const QJsonObject body = QJsonDocument::fromJson(m_received.first().body).object();
    QCOMPARE(body.value(QStringLiteral("source")).toString(), QStringLiteral("syncline"));
    QCOMPARE(body.value(QStringLiteral("rule")).toString(), QStringLiteral("broken"));
    QCOMPARE(body.value(QStringLiteral("job")).toString(), QStringLiteral("orders"));
    QCOMPARE(body.value(QStringLiteral("state")).toString(), QStringLiteral("firing"));
    QCOMPARE(body.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(body.value(QStringLiteral("value")).toDouble(), 1.0);
    QCOMPARE(body.value(QStringLiteral("threshold")).toDouble(), 1.0);
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), fired->first().id);
    QVERIFY(body.value(QStringLiteral("message")).toString().contains(QStringLiteral("in a row")));

    const QList<AlertDelivery> attempts = deliveries(fired->first().id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().status, AlertDelivery::Status::Sent);
    QCOMPARE(attempts.first().channel, QStringLiteral("hook"));
}

void TestWebhookChannel::retriesAfterServerError()
{
    const quint16 port = serve({ QHttpServerResponder::StatusCode::InternalServerError,
        QHttpServerResponder::StatusCode::Ok });
    QVERIFY(port > 0);
    setUpWorkspace(QStringLiteral("http://127.0.0.1:%1/hook").arg(port), 3);
    AlertMonitor monitor(m_location);
    auto fired = monitor.evaluate();
    QVERIFY(fired.ok());
    QCOMPARE(fired->size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.pendingDeliveries(), 0, 20000);

    QCOMPARE(m_received.size(), 2);
    QCOMPARE(m_received.at(0).attempt, QByteArray("1"));
    QCOMPARE(m_received.at(1).attempt, QByteArray("2"));
    QCOMPARE(m_received.at(0).body, m_received.at(1).body);
    const QList<AlertDelivery> attempts = deliveries(fired->first().id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).attempt, 1);
    QCOMPARE(attempts.at(0).status, AlertDelivery::Status::Failed);
    QVERIFY2(attempts.at(0).error.contains(QStringLiteral("HTTP 500")),
        qPrintable(attempts.at(0).error));
    QCOMPARE(attempts.at(1).attempt, 2);
    QCOMPARE(attempts.at(1).status, AlertDelivery::Status::Sent);
}

void TestWebhookChannel::givesUpAfterRetries()
{
    const quint16 port = serve({ QHttpServerResponder::StatusCode::ServiceUnavailable });
    QVERIFY(port > 0);
    setUpWorkspace(QStringLiteral("http://127.0.0.1:%1/hook").arg(port), 2);
    AlertMonitor monitor(m_location);
    auto fired = monitor.evaluate();
    QVERIFY(fired.ok());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.pendingDeliveries(), 0, 20000);
    QCOMPARE(m_received.size(), 3);
    const QList<AlertDelivery> attempts = deliveries(fired->first().id);
    QCOMPARE(attempts.size(), 3);
    for (const AlertDelivery& attempt : attempts) {
        QCOMPARE(attempt.status, AlertDelivery::Status::Failed);
        QVERIFY(attempt.error.contains(QStringLiteral("HTTP 503")));
    }
}

void TestWebhookChannel::clientErrorIsFinal()
{
    const quint16 port = serve({ QHttpServerResponder::StatusCode::Forbidden });
    QVERIFY(port > 0);
    setUpWorkspace(QStringLiteral("http://127.0.0.1:%1/hook").arg(port), 3);
    AlertMonitor monitor(m_location);
    QVERIFY(monitor.sendTest(QStringLiteral("hook")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.pendingDeliveries(), 0, 20000);
    QCOMPARE(m_received.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(m_received.first().body).object();
    QCOMPARE(body.value(QStringLiteral("test")).toBool(), true);
    const QList<AlertDelivery> attempts = deliveries(0); // test messages have no event
    QCOMPARE(attempts.size(), 1);
    QVERIFY(attempts.first().error.contains(QStringLiteral("HTTP 403")));
}

void TestWebhookChannel::timeoutIsRecorded()
{
    // Accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held.append(socket);
    });
    setUpWorkspace(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.serverPort()), 0,
        QStringLiteral("1s"));
    AlertMonitor monitor(m_location);
    QVERIFY(monitor.sendTest(QStringLiteral("hook")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.pendingDeliveries(), 0, 30000);
    QVERIFY(!held.isEmpty());
    const QList<AlertDelivery> attempts = deliveries(0);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().status, AlertDelivery::Status::Failed);
    QVERIFY2(attempts.first().error.contains(QStringLiteral("no answer within 1 s")),
        qPrintable(attempts.first().error));
}

QTEST_GUILESS_MAIN(TestWebhookChannel)
#include "tst_webhookchannel.moc"
