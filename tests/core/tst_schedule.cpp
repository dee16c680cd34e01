// SPDX-License-Identifier: GPL-3.0-or-later
// Cron and window parsing (with the errors they give), the config's "schedule" object, and
// next-fire computation, across the DST changes of Europe/Berlin and America/New_York.
#include "core/configparser.h"
#include "core/cronexpression.h"
#include "core/schedule.h"
#include "core/timewindow.h"

#include <QJsonDocument>
#include <QTest>

using namespace Syncline;

namespace {

QDateTime utc(const char* text)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

Schedule cronSchedule(const QString& cron, const QString& window = {})
{
    ScheduleConfig config;
    config.cron = cron;
    config.window = window;
    auto schedule = Schedule::fromConfig(config);
    if (!schedule)
        qFatal("%s", qPrintable(schedule.error().message));
    return *schedule;
}

QByteArray jobWithSchedule(const QByteArray& schedule)
{
    return "{\"endpoints\": [], \"mappings\": [], \"jobs\": [{\"name\": \"j\", \"mapping\": \"m\", "
           "\"schedule\": "
        + schedule + "}]}";
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void cronParses_data();
    void cronParses();
    void cronErrors_data();
    void cronErrors();
    void vixieDayRule();
    void windowContains_data();
    void windowContains();
    void windowErrors_data();
    void windowErrors();
    void configRoundTrip();
    void configErrors_data();
    void configErrors();
    void everyIgnoresDst();
    void cronNextFire();
    void cronWithWindow();
    void everyWithWindow();
    void springForward_data();
    void springForward();
    void fallBack_data();
    void fallBack();
};

void TestSchedule::cronParses_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("local"); // a wall-clock time that must match
    QTest::addColumn<QString>("nonMatching");
    QTest::newRow("every 5") << "*/5 * * * *"
                             << "2026-01-05T10:15"
                             << "2026-01-05T10:16";
    QTest::newRow("list and range") << "0,30 9-17 * * *"
                                    << "2026-01-05T17:30"
                                    << "2026-01-05T18:00";
    QTest::newRow("range step") << "10-40/10 * * * *"
                                << "2026-01-05T03:40"
                                << "2026-01-05T03:50";
    QTest::newRow("start step") << "5/20 * * * *"
                                << "2026-01-05T03:45"
                                << "2026-01-05T03:50";
    QTest::newRow("month names") << "0 0 1 jan,JUL *"
                                 << "2026-07-01T00:00"
                                 << "2026-08-01T00:00";
    QTest::newRow("day names") << "0 8 * * MON-FRI"
                               << "2026-01-09T08:00"
                               << "2026-01-10T08:00";
    QTest::newRow("sunday 7") << "0 8 * * 7"
                              << "2026-01-11T08:00"
                              << "2026-01-12T08:00";
    QTest::newRow("sunday 0") << "0 8 * * 0"
                              << "2026-01-11T08:00"
                              << "2026-01-10T08:00";
    QTest::newRow("hourly") << "@hourly"
                            << "2026-01-05T04:00"
                            << "2026-01-05T04:01";
}

void TestSchedule::cronParses()
{
    QFETCH(QString, cron);
    QFETCH(QString, local);
    QFETCH(QString, nonMatching);
    auto parsed = CronExpression::parse(cron);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const QDateTime yes = QDateTime::fromString(local, Qt::ISODate);
    const QDateTime no = QDateTime::fromString(nonMatching, Qt::ISODate);
    QVERIFY(parsed->matchesDate(yes.date()) && parsed->matchesTime(yes.time()));
    QVERIFY(!(parsed->matchesDate(no.date()) && parsed->matchesTime(no.time())));
}

void TestSchedule::cronErrors_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("message");
    QTest::newRow("four fields") << "* * * *"
                                 << "has 4 fields; a cron expression has 5";
    QTest::newRow("minute range") << "60 * * * *"
                                  << "minute: 60 is out of range (0-59)";
    QTest::newRow("bad name") << "0 0 * * Mun"
                              << "day-of-week: 'Mun' is not a number";
    QTest::newRow("bad step") << "*/0 * * * *"
                              << "minute: bad step in '*/0'";
    QTest::newRow("backwards") << "0 0 * * 5-1"
                               << "day-of-week: range '5-1' runs backwards";
    QTest::newRow("empty item") << "1,,2 * * * *"
                                << "minute: empty list item";
    QTest::newRow("month zero") << "0 0 1 0 *"
                                << "month: 0 is out of range (1-12)";
}

void TestSchedule::cronErrors()
{
    QFETCH(QString, cron);
    QFETCH(QString, message);
    auto parsed = CronExpression::parse(cron);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestSchedule::vixieDayRule()
{
    // Both restricted: either matches. 2026-01-13 is a Tuesday, not the 1st.
    auto either = CronExpression::parse(QStringLiteral("0 0 1 * TUE"));
    QVERIFY(either.ok());
    QVERIFY(either->matchesDate(QDate(2026, 1, 13)));
    QVERIFY(either->matchesDate(QDate(2026, 1, 1)));
    QVERIFY(!either->matchesDate(QDate(2026, 1, 14)));
    // Day-of-week starts with '*': day-of-month alone decides.
    auto dom = CronExpression::parse(QStringLiteral("0 0 1 * */1"));
    QVERIFY(dom.ok());
    QVERIFY(dom->matchesDate(QDate(2026, 1, 1)));
    QVERIFY(!dom->matchesDate(QDate(2026, 1, 13)));
}

void TestSchedule::windowContains_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("inside");
    const QString night = QStringLiteral("Mon-Fri 22:00-06:00");
    // 2026-01-09 is a Friday.
    QTest::newRow("friday night") << night << "2026-01-09T23:30" << true;
    QTest::newRow("saturday morning after friday") << night << "2026-01-10T05:59" << true;
    QTest::newRow("saturday 06:00") << night << "2026-01-10T06:00" << false;
    QTest::newRow("saturday night") << night << "2026-01-10T22:30" << false;
    QTest::newRow("monday early, sunday closed") << night << "2026-01-12T03:00" << false;
    QTest::newRow("monday 22:00") << night << "2026-01-12T22:00" << true;
    QTest::newRow("noon") << night << "2026-01-12T12:00" << false;
    QTest::newRow("weekend days") << "Sat,Sun"
                                  << "2026-01-11T12:00" << true;
    QTest::newRow("wrapping range") << "Fri-Mon 09:00-17:00"
                                    << "2026-01-12T10:00" << true;
    QTest::newRow("wrapping range out") << "Fri-Mon 09:00-17:00"
                                        << "2026-01-13T10:00" << false;
    QTest::newRow("two spans") << "Mon 01:00-02:00; Tue 03:00-24:00"
                               << "2026-01-13T23:59" << true;
    QTest::newRow("times only") << "08:00-09:00"
                                << "2026-01-11T08:30" << true;
}

void TestSchedule::windowContains()
{
    QFETCH(QString, window);
    QFETCH(QString, at);
    QFETCH(bool, inside);
    auto parsed = TimeWindow::parse(window);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const QDateTime local = QDateTime::fromString(at, Qt::ISODate);
    QCOMPARE(parsed->contains(local.date(), local.time()), inside);
}

void TestSchedule::windowErrors_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad day") << "Mo-Fr 22:00-06:00"
                             << "'Mo' is not a day";
    QTest::newRow("bad time") << "Mon 25:00-06:00"
                              << "'25:00' is not a time of day";
    QTest::newRow("empty range") << "Mon 06:00-06:00"
                                 << "is an empty time range";
    QTest::newRow("no dash") << "Mon 06:00"
                             << "'06:00' is not a time range";
    QTest::newRow("too many words") << "Mon 06:00-07:00 x"
                                    << "is not a window";
}

void TestSchedule::windowErrors()
{
    QFETCH(QString, window);
    QFETCH(QString, message);
    auto parsed = TimeWindow::parse(window);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestSchedule::configRoundTrip()
{
    const QByteArray json = jobWithSchedule(
        "{\"cron\": \"*/5 * * * *\", \"window\": \"Mon-Fri 22:00-06:00\", \"timezone\": "
        "\"Europe/Berlin\", \"missed\": \"skip\", \"retry\": {\"max\": 5, \"base\": \"500ms\", "
        "\"max_delay\": \"1m\"}}");
    auto parsed = ConfigParser::parse(json, QStringLiteral("t.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const ScheduleConfig& s = parsed->jobs.first().schedule;
    QCOMPARE(s.cron, QStringLiteral("*/5 * * * *"));
    QCOMPARE(s.window, QStringLiteral("Mon-Fri 22:00-06:00"));
    QCOMPARE(s.missed, ScheduleConfig::Missed::Skip);
    QCOMPARE(s.retryMax, 5);
    QCOMPARE(s.retryBaseMs, 500);
    QCOMPARE(s.retryMaxDelayMs, 60000);
    const QJsonObject exported = ConfigParser::toJson(parsed->jobs.first());
    const QJsonObject schedule = exported.value(QStringLiteral("schedule")).toObject();
    QCOMPARE(schedule.value(QStringLiteral("missed")).toString(), QStringLiteral("skip"));
    QCOMPARE(schedule.value(QStringLiteral("retry")).toObject().value(QStringLiteral("base")),
        QJsonValue(QStringLiteral("500ms")));
    auto again = ConfigParser::parseJob(exported, QStringLiteral("$.jobs[0]"));
    QVERIFY(again.ok());
    QCOMPARE(again->schedule, s);

    auto every = ConfigParser::parse(jobWithSchedule("{\"every\": \"10m\"}"), QStringLiteral("t"));
    QVERIFY(every.ok());
    QCOMPARE(every->jobs.first().schedule.everyMs, 600000);
    QCOMPARE(ConfigParser::toJson(every->jobs.first()).value(QStringLiteral("schedule")).toObject(),
        QJsonObject({ { QStringLiteral("every"), QStringLiteral("10m") } }));
    // Defaults: run-once, 3 retries from 2 s up to 5 min; absent schedule: on demand.
    QCOMPARE(every->jobs.first().schedule.missed, ScheduleConfig::Missed::RunOnce);
    QCOMPARE(every->jobs.first().schedule.retryMax, 3);
    auto none = ConfigParser::parse(
        "{\"jobs\": [{\"name\": \"j\", \"mapping\": \"m\"}]}", QStringLiteral("t"));
    QVERIFY(none.ok());
    QVERIFY(none->jobs.first().schedule.isOnDemand());
    QVERIFY(!ConfigParser::toJson(none->jobs.first()).contains(QStringLiteral("schedule")));
}

void TestSchedule::configErrors_data()
{
    QTest::addColumn<QByteArray>("schedule");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad unit") << QByteArray("{\"every\": \"10d\"}")
                              << "$.jobs[0].schedule.every: '10d' is not a duration";
    QTest::newRow("too short") << QByteArray("{\"every\": \"10ms\"}")
                               << "$.jobs[0].schedule.every: must be at least 1s";
    QTest::newRow("both") << QByteArray("{\"every\": \"1m\", \"cron\": \"* * * * *\"}")
                          << "$.jobs[0].schedule: has both";
    QTest::newRow("bad cron") << QByteArray("{\"cron\": \"61 * * * *\"}")
                              << "$.jobs[0].schedule: cron: minute: 61 is out of range";
    QTest::newRow("bad window") << QByteArray("{\"every\": \"1m\", \"window\": \"Xyz\"}")
                                << "$.jobs[0].schedule: window: 'Xyz' is not a day";
    QTest::newRow("window alone") << QByteArray("{\"window\": \"Mon\"}")
                                  << "$.jobs[0].schedule.window: needs";
    QTest::newRow("bad missed") << QByteArray("{\"every\": \"1m\", \"missed\": \"later\"}")
                                << "$.jobs[0].schedule.missed: unknown value 'later'";
    QTest::newRow("unknown key") << QByteArray("{\"every\": \"1m\", \"evry\": 1}")
                                 << "$.jobs[0].schedule.evry";
    QTest::newRow("retry key") << QByteArray("{\"every\": \"1m\", \"retry\": {\"tries\": 1}}")
                               << "$.jobs[0].schedule.retry.tries";
    QTest::newRow("retry max") << QByteArray("{\"every\": \"1m\", \"retry\": {\"max\": -1}}")
                               << "$.jobs[0].schedule.retry.max: expected a whole number";
    QTest::newRow("max delay") << QByteArray(
        "{\"every\": \"1m\", \"retry\": {\"base\": \"1m\", \"max_delay\": \"1s\"}}")
                               << "$.jobs[0].schedule.retry.max_delay: must not be shorter";
    QTest::newRow("zone") << QByteArray("{\"every\": \"1m\", \"timezone\": \"Mars/Base\"}")
                          << "timezone: 'Mars/Base' is not a known time zone";
}

void TestSchedule::configErrors()
{
    QFETCH(QByteArray, schedule);
    QFETCH(QString, message);
    auto parsed = ConfigParser::parse(jobWithSchedule(schedule), QStringLiteral("t.json"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestSchedule::everyIgnoresDst()
{
    ScheduleConfig config;
    config.everyMs = 3600000;
    auto schedule = Schedule::fromConfig(config);
    QVERIFY(schedule.ok());
    const QTimeZone berlin("Europe/Berlin");
    // 00:30 UTC on the spring-forward night: one real hour later, whatever the wall clock says.
    QCOMPARE(schedule->nextFire(utc("2026-03-29T00:30:00"), berlin), utc("2026-03-29T01:30:00"));
}

void TestSchedule::cronNextFire()
{
    const QTimeZone berlin("Europe/Berlin");
    const Schedule fiveMinutes = cronSchedule(QStringLiteral("*/5 * * * *"));
    // 10:02:30 Berlin (CET, UTC+1) -> 10:05.
    QCOMPARE(fiveMinutes.nextFire(utc("2026-01-05T09:02:30"), berlin), utc("2026-01-05T09:05:00"));
    // Strictly after: from exactly 10:05 -> 10:10.
    QCOMPARE(fiveMinutes.nextFire(utc("2026-01-05T09:05:00"), berlin), utc("2026-01-05T09:10:00"));
    // Monthly on the 31st skips months without one.
    const Schedule monthEnd = cronSchedule(QStringLiteral("0 12 31 * *"));
    QCOMPARE(monthEnd.nextFire(utc("2026-02-01T00:00:00"), QTimeZone::utc()),
        utc("2026-03-31T12:00:00"));
    // Never (Feb 31): invalid, and found quickly.
    QVERIFY(!cronSchedule(QStringLiteral("0 0 31 2 *"))
                 .nextFire(utc("2026-01-01T00:00:00"), QTimeZone::utc())
                 .isValid());
}

void TestSchedule::cronWithWindow()
{
    const QTimeZone ny("America/New_York");
    // Every 30 minutes, only weekday nights. Friday 2026-01-09 12:00 EST -> 22:00 EST.
    const Schedule schedule
        = cronSchedule(QStringLiteral("*/30 * * * *"), QStringLiteral("Mon-Fri 22:00-06:00"));
    QCOMPARE(schedule.nextFire(utc("2026-01-09T17:00:00"), ny), utc("2026-01-10T03:00:00"));
    // Saturday 05:30 EST still belongs to Friday's window; 06:00 does not: next is Monday 22:00.
    QCOMPARE(schedule.nextFire(utc("2026-01-10T10:15:00"), ny), utc("2026-01-10T10:30:00"));
    QCOMPARE(schedule.nextFire(utc("2026-01-10T10:30:00"), ny), utc("2026-01-13T03:00:00"));
}

void TestSchedule::everyWithWindow()
{
    ScheduleConfig config;
    config.everyMs = 10 * 60000;
    config.window = QStringLiteral("Mon-Fri 22:00-06:00");
    auto schedule = Schedule::fromConfig(config);
    QVERIFY(schedule.ok());
    const QTimeZone berlin("Europe/Berlin");
    // Tuesday 05:55 CET + 10 min = 06:05, outside: the window opens again at 22:00.
    QCOMPARE(schedule->nextFire(utc("2026-01-13T04:55:00"), berlin), utc("2026-01-13T21:00:00"));
    // Tuesday 05:50 is inside Monday night's window.
    QCOMPARE(schedule->nextFire(utc("2026-01-13T04:40:00"), berlin), utc("2026-01-13T04:50:00"));
    // Monday 05:50 is not: Sunday night is closed. Next: Monday 22:00.
    QCOMPARE(schedule->nextFire(utc("2026-01-12T04:40:00"), berlin), utc("2026-01-12T21:00:00"));
}

void TestSchedule::springForward_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QList<QDateTime>>("fires");
    // Berlin 2026-03-29: 02:00 CET becomes 03:00 CEST (01:00 UTC). 02:30 does not exist:
    // it fires once at 03:00 CEST, then the next day at 02:30 CEST.
    QTest::newRow("berlin daily 02:30")
        << "Europe/Berlin"
        << "30 2 * * *" << utc("2026-03-28T23:00:00")
        << QList<QDateTime> { utc("2026-03-29T01:00:00"), utc("2026-03-30T00:30:00") };
    // Every 15 minutes: 01:45 CET, then 02:00-02:45 collapse into one fire at 03:00 CEST, then
    // 03:15.
    QTest::newRow("berlin every 15")
        << "Europe/Berlin"
        << "*/15 * * * *" << utc("2026-03-29T00:30:00")
        << QList<QDateTime> { utc("2026-03-29T00:45:00"), utc("2026-03-29T01:00:00"),
               utc("2026-03-29T01:15:00") };
    // New York 2026-03-08: 02:00 EST becomes 03:00 EDT (07:00 UTC).
    QTest::newRow("new york daily 02:10")
        << "America/New_York"
        << "10 2 * * *" << utc("2026-03-08T05:00:00")
        << QList<QDateTime> { utc("2026-03-08T07:00:00"), utc("2026-03-09T06:10:00") };
}

void TestSchedule::springForward()
{
    QFETCH(QString, zone);
    QFETCH(QString, cron);
    QFETCH(QDateTime, after);
    QFETCH(QList<QDateTime>, fires);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const Schedule schedule = cronSchedule(cron);
    QDateTime at = after;
    for (const QDateTime& expected : fires) {
        at = schedule.nextFire(at, tz);
        QCOMPARE(at, expected);
    }
}

void TestSchedule::fallBack_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QList<QDateTime>>("fires");
    // Berlin 2026-10-25: 03:00 CEST becomes 02:00 CET (01:00 UTC); 02:30 happens twice and
    // fires once, at the first (00:30 UTC); the next is the following day at 02:30 CET.
    QTest::newRow("berlin daily 02:30")
        << "Europe/Berlin"
        << "30 2 * * *" << utc("2026-10-24T22:00:00")
        << QList<QDateTime> { utc("2026-10-25T00:30:00"), utc("2026-10-26T01:30:00") };
    // New York 2026-11-01: 02:00 EDT becomes 01:00 EST (06:00 UTC); 01:30 fires once.
    QTest::newRow("new york daily 01:30")
        << "America/New_York"
        << "30 1 * * *" << utc("2026-11-01T04:00:00")
        << QList<QDateTime> { utc("2026-11-01T05:30:00"), utc("2026-11-02T06:30:00") };
    // Hourly at :00 in New York: 01:00 EDT (05:00 UTC), the repeated 01:00 EST is skipped,
    // then 02:00 EST (07:00 UTC).
    QTest::newRow("new york hourly")
        << "America/New_York"
        << "0 * * * *" << utc("2026-11-01T04:30:00")
        << QList<QDateTime> { utc("2026-11-01T05:00:00"), utc("2026-11-01T07:00:00") };
}

void TestSchedule::fallBack()
{
    springForward();
    // Starting inside the second occurrence does not fire the hour again.
    const Schedule schedule = cronSchedule(QStringLiteral("30 2 * * *"));
    const QTimeZone berlin("Europe/Berlin");
    QCOMPARE(schedule.nextFire(utc("2026-10-25T01:10:00"), berlin), utc("2026-10-26T01:30:00"));
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
