// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/configparser.h"
#include "engine/alertmonitor.h"
#include "store/alertrepository.h"
#include "store/configrepository.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Syncline;

// E-mail deliveries against a real SMTP server on 127.0.0.1: Debian's python3-aiosmtpd run by
// tests/common/smtpsink.py, which saves what it accepts. STARTTLS uses a throwaway
// self-signed certificate made with openssl at test time, verified by curl through ca_file.
class TestEmailChannel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void arrivesThroughStartTls();
    void startTlsRequiredRefusesPlainServer();
    void startTlsOptionalFallsBackToPlain();
    void wrongPasswordIsFinal();

private:
    // Starts the sink (TLS and login as asked); returns its port, 0 on failure.
    quint16 startSink(bool tls, bool login);
    // Job "orders" with one failed run, rule "broken" mailing through channel "mail".
    void setUpWorkspace(
        quint16 port, const QString& security, const QString& password, int retries = 0);
    QStringList messages() const;
    QList<AlertDelivery> deliveries(qint64 eventId) const;
    // Evaluates, waits for the deliveries and returns the event fired.
    AlertEvent fire();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sink;
    QString m_location;
    QString m_cert;
    QString m_key;
};

void TestEmailChannel::initTestCase()
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"), QStringLiteral("import aiosmtpd") });
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0)
        QSKIP("/usr/bin/python3 cannot import aiosmtpd: install Debian's python3-aiosmtpd "
              "(scripts/install-deps.sh, test set) to run the SMTP tests");
}

void TestEmailChannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_dir->filePath(QStringLiteral("workspace.db"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("mail")));
    m_cert = m_dir->filePath(QStringLiteral("cert.pem"));
    m_key = m_dir->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key,
            QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("1"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") });
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestEmailChannel::cleanup()
{
    if (m_sink) {
        m_sink->closeWriteChannel(); // the sink stops when its stdin closes
        if (!m_sink->waitForFinished(10000)) {
            m_sink->kill();
            m_sink->waitForFinished(10000);
        }
        m_sink.reset();
    }
    m_dir.reset();
}

quint16 TestEmailChannel::startSink(bool tls, bool login)
{
    const QString script
        = qEnvironmentVariable("SYNCLINE_SOURCE_DIR", QStringLiteral(SYNCLINE_SOURCE_DIR))
        + QStringLiteral("/tests/common/smtpsink.py");
    QStringList arguments { script, m_dir->filePath(QStringLiteral("mail")) };
    if (tls)
        arguments << QStringLiteral("--tls") << m_cert << m_key;
    if (login)
        arguments << QStringLiteral("--user") << QStringLiteral("alerts")
                  << QStringLiteral("pa55word");
    m_sink = std::make_unique<QProcess>();
    m_sink->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sink->start(QStringLiteral("/usr/bin/python3"), arguments);
    if (!m_sink->waitForStarted(30000))
        return 0;
    QByteArray line;
    while (!line.contains('\n') && m_sink->state() == QProcess::Running) {
        if (!m_sink->waitForReadyRead(30000))
            break;
        line += m_sink->readAll();
    }
    if (!line.startsWith("READY "))
        return 0;
    return quint16(line.mid(6).trimmed().toUInt());
}

void TestEmailChannel::setUpWorkspace(
    quint16 port, const QString& security, const QString& password, int retries)
{
    qputenv("TST_SMTP_PASSWORD", password.toUtf8());
    QJsonObject channel { { QStringLiteral("name"), QStringLiteral("mail") },
        { QStringLiteral("kind"), QStringLiteral("email") },
        { QStringLiteral("server"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("port"), int(port) }, { QStringLiteral("security"), security },
        { QStringLiteral("from"), QStringLiteral("syncline@example.com") },
        { QStringLiteral("to"),
            QJsonArray { QStringLiteral("ops@example.com"), QStringLiteral("dba@example.com") } },
        { QStringLiteral("ca_file"), m_cert }, { QStringLiteral("timeout"), QStringLiteral("20s") },
        { QStringLiteral("retries"), retries }, { QStringLiteral("backoff"), 0.1 } };
    if (!password.isEmpty()) {
        channel.insert(QStringLiteral("username"), QStringLiteral("alerts"));
        channel.insert(QStringLiteral("password_env"), QStringLiteral("TST_SMTP_PASSWORD"));
    }
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
        { QStringLiteral("channels"), QJsonArray { channel } },
        { QStringLiteral("alerts"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("broken") },
                { QStringLiteral("job"), QStringLiteral("orders") },
                { QStringLiteral("kind"), QStringLiteral("consecutive-failures") },
                { QStringLiteral("threshold"), 1 },
                { QStringLiteral("channels"), QJsonArray { QStringLiteral("mail") } } } } },
    };
    auto parsed = ConfigParser::parse(QJsonDocument(config).toJson(), QStringLiteral("t.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    auto workspace = Workspace::open(m_location);
    QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
    QVERIFY(ConfigRepository(**workspace).import(*parsed, QStringLiteral("tst")).ok());
    QSqlQuery insert((*workspace)->database());
    QVERIFY(insert.exec(QStringLiteral(
        "INSERT INTO runs (job, status, started_at, finished_at, error) VALUES ('orders', "
        "'failed', '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:05.000Z', 'disk full')")));
}

QStringList TestEmailChannel::messages() const
{
    QStringList out;
    const QDir dir(m_dir->filePath(QStringLiteral("mail")));
    for (const QString& name :
        dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(QString::fromUtf8(file.readAll()));
    }
    return out;
}

QList<AlertDelivery> TestEmailChannel::deliveries(qint64 eventId) const
{
    auto workspace = Workspace::open(m_location);
    if (!workspace)
        return {};
    auto list = AlertRepository(**workspace).deliveries(eventId);
    return list ? *list : QList<AlertDelivery>();
}

AlertEvent TestEmailChannel::fire()
{
    AlertMonitor monitor(m_location);
    auto fired = monitor.evaluate();
    if (!fired || fired->size() != 1)
        return {};
    if (!QTest::qWaitFor([&] { return monitor.pendingDeliveries() == 0; }, 90000))
        return {};
    return fired->first();
}

void TestEmailChannel::arrivesThroughStartTls()
{
    const quint16 port = startSink(true, true);
    QVERIFY2(port > 0, "the SMTP sink did not start");
    setUpWorkspace(port, QStringLiteral("starttls"), QStringLiteral("pa55word"));
    const AlertEvent event = fire();
    QVERIFY(event.id > 0);

    const QList<AlertDelivery> attempts = deliveries(event.id);
    QCOMPARE(attempts.size(), 1);
    QVERIFY2(
        attempts.first().status == AlertDelivery::Status::Sent, qPrintable(attempts.first().error));
    QTRY_COMPARE_WITH_TIMEOUT(messages().size(), 1, 10000);
    const QString mail = messages().first();
    QVERIFY2(mail.contains(QStringLiteral("X-Sink-TLS: yes\r\n")), qPrintable(mail));
    QVERIFY(mail.contains(QStringLiteral("X-Sink-User: alerts\r\n")));
    QVERIFY(mail.contains(QStringLiteral("X-Sink-From: syncline@example.com\r\n")));
    QVERIFY(mail.contains(QStringLiteral("X-Sink-To: ops@example.com,dba@example.com\r\n")));
    QVERIFY(mail.contains(QStringLiteral("Subject: [Syncline] FIRING broken (job orders)\r\n")));
    QVERIFY(mail.contains(QStringLiteral("job orders: 1 failed run(s) in a row (threshold 1)")));
    QVERIFY(mail.contains(QStringLiteral("State: firing")));
}

void TestEmailChannel::startTlsRequiredRefusesPlainServer()
{
    const quint16 port = startSink(false, false);
    QVERIFY2(port > 0, "the SMTP sink did not start");
    setUpWorkspace(port, QStringLiteral("starttls"), QString(), 2);
    const AlertEvent event = fire();
    QVERIFY(event.id > 0);
    const QList<AlertDelivery> attempts = deliveries(event.id);
    QCOMPARE(attempts.size(), 1); // not retried: the server will never offer it
    QCOMPARE(attempts.first().status, AlertDelivery::Status::Failed);
    QVERIFY2(attempts.first().error.contains(QStringLiteral("127.0.0.1")),
        qPrintable(attempts.first().error));
    QCOMPARE(messages().size(), 0);
}

void TestEmailChannel::startTlsOptionalFallsBackToPlain()
{
    const quint16 port = startSink(false, false);
    QVERIFY2(port > 0, "the SMTP sink did not start");
    setUpWorkspace(port, QStringLiteral("starttls-optional"), QString());
    const AlertEvent event = fire();
    QVERIFY(event.id > 0);
    QCOMPARE(deliveries(event.id).size(), 1);
    QCOMPARE(deliveries(event.id).first().status, AlertDelivery::Status::Sent);
    QTRY_COMPARE_WITH_TIMEOUT(messages().size(), 1, 10000);
    QVERIFY(messages().first().contains(QStringLiteral("X-Sink-TLS: no\r\n")));
}

void TestEmailChannel::wrongPasswordIsFinal()
{
    const quint16 port = startSink(true, true);
    QVERIFY2(port > 0, "the SMTP sink did not start");
    setUpWorkspace(port, QStringLiteral("starttls"), QStringLiteral("wrong"), 2);
    const AlertEvent event = fire();
    QVERIFY(event.id > 0);
    const QList<AlertDelivery> attempts = deliveries(event.id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().status, AlertDelivery::Status::Failed);
    QCOMPARE(messages().size(), 0);
}

QTEST_GUILESS_MAIN(TestEmailChannel)
#include "tst_emailchannel.moc"
