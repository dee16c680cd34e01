// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "demohistory.h"
#include "store/auditrepository.h"
#include "store/configrepository.h"
#include "store/workspace.h"
#include "syncrun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <functional>
#include <iterator>
#include <random>

namespace Syncline {

namespace {

constexpr quint32 demoSeed = 20240611;
constexpr int customerCount = 4000;
constexpr int orderCount = 6000;
constexpr qint64 firstOrderId = 100001;
constexpr qint64 periodStart = 1546300800; // 2019-01-01T00:00:00Z
constexpr qint64 periodEnd = 1735689599; // 2024-12-31T23:59:59Z
constexpr qint64 day = 86400;

// Bounded draws from std::mt19937, whose output the standard fixes, without the standard
// distributions, whose output it does not: every build generates the same rows.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_engine(seed)
    { }

    // A number from low to high, both included.
    qint64 between(qint64 low, qint64 high)
    {
        const quint64 span = quint64(high - low) + 1;
        const quint64 draw = (quint64(m_engine()) << 32) | quint64(m_engine());
        return low + qint64(draw % span);
    }
    bool percent(int chance) { return between(0, 99) < chance; }
    template <typename T, std::size_t N> const T& pick(const T (&items)[N])
    {
        return items[between(0, qint64(N) - 1)];
    }

private:
    std::mt19937 m_engine;
};

// clang-format off
const QStringView firstNames[] = {
    u"Zoë", u"Jürgen", u"Łukasz", u"Ana María", u"Émilie", u"François", u"Søren", u"Björn",
    u"Chloé", u"José", u"Małgorzata", u"Siobhán", u"Renée", u"Zoltán", u"Ægir", u"Mette",
    u"Oliver", u"Emma", u"Liam", u"Sophia", u"Noah", u"Mia", u"Lucas", u"Hannah", u"Mateo",
    u"Aiko", u"Kenji", u"Priya", u"Arjun", u"Fatima", u"Omar", u"Ingrid", u"Lars", u"Giulia",
    u"Marco", u"Katarzyna", u"Tomáš", u"Ondřej", u"Niamh", u"Seán", u"Yusuf", u"Elif", u"Camille",
    u"Amélie", u"Joaquín", u"Lucía", u"João", u"Conceição", u"Ngozi", u"Wei", u"Mei", u"Dmitri",
    u"Anastasia", u"Sven", u"Astrid", u"Pieter", u"Anouk", u"Jean-Luc", u"Maria", u"Thomas",
    u"Sarah", u"David", u"Laura",
};
// clang-format on

// clang-format off
const QStringView lastNames[] = {
    u"Müller", u"Schröder", u"Nowak", u"Wiśniewski", u"García", u"Martínez", u"Núñez", u"Dubois",
    u"Lefèvre", u"Rossi", u"Bianchi", u"Jensen", u"Sørensen", u"Johansson", u"Öberg", u"Smith",
    u"O'Brien", u"Murphy", u"van der Berg", u"de Jong", u"Novák", u"Dvořák", u"Kowalczyk",
    u"Yılmaz", u"Kaya", u"Papadopoulos", u"Tanaka", u"Suzuki", u"Sato", u"Patel", u"Sharma",
    u"Khan", u"Okafor", u"Mensah", u"Silva", u"Gonçalves", u"Santos", u"Ivanova", u"Petrov",
    u"Nguyen", u"Kim", u"Park", u"Andersson", u"Virtanen", u"Hämäläinen", u"Kovač", u"Horváth",
    u"Fernández", u"Brown", u"Wilson", u"Taylor", u"Weiß", u"Fischer", u"Mayer-Hoffmann", u"Łęcka",
    u"Ørsted",
};
// clang-format on

struct Country
{
    QStringView code; // ISO 3166-1 alpha-2
    int weight;
    QStringView cities[3];
};

const Country countries[] = {
    { u"DE", 18, { u"Berlin", u"München", u"Köln" } },
    { u"FR", 14, { u"Paris", u"Lyon", u"Besançon" } },
    { u"US", 14, { u"Chicago", u"Austin", u"Portland" } },
    { u"GB", 10, { u"London", u"Leeds", u"Bristol" } },
    { u"ES", 8, { u"Madrid", u"Sevilla", u"A Coruña" } },
    { u"PL", 7, { u"Warszawa", u"Kraków", u"Łódź" } },
    { u"IT", 6, { u"Milano", u"Torino", u"Napoli" } },
    { u"NL", 5, { u"Amsterdam", u"Utrecht", u"Den Haag" } },
    { u"SE", 4, { u"Stockholm", u"Göteborg", u"Malmö" } },
    { u"DK", 3, { u"København", u"Aarhus", u"Odense" } },
    { u"CZ", 3, { u"Praha", u"Brno", u"Plzeň" } },
    { u"PT", 3, { u"Lisboa", u"Porto", u"Braga" } },
    { u"JP", 2, { u"Tōkyō", u"Ōsaka", u"Sapporo" } },
    { u"TR", 2, { u"İstanbul", u"Ankara", u"İzmir" } },
    { u"IE", 1, { u"Dublin", u"Cork", u"Galway" } },
};

const QStringView emailDomains[] = {
    u"example.com",
    u"example.org",
    u"example.net",
    u"mail.example.de",
    u"correo.example.es",
    u"post.example.pl",
};

// Notes as a CRM accumulates them; %1 is a city.
const QStringView notes[] = {
    u"Prefers contact by e-mail.",
    u"VIP — call before shipping.",
    u"Asked for a copy of the March invoice.",
    u"Moved to %1 last year.",
    u"Office in %1; deliveries to the back entrance.",
    u"Possible duplicate of an older account?",
    u"Paid late twice, reminders sent.",
    u"Newsletter opt-out.",
    u"Key account, managed by the %1 team.",
    u"Wants paper invoices.",
    u"Met at the %1 trade fair.",
    u"Complained about delivery times; voucher sent.",
    u"Tax exemption certificate on file.",
};

struct Weighted
{
    QStringView value;
    int weight;
};

const Weighted customerStatuses[] = {
    { u"active", 80 },
    { u"suspended", 12 },
    { u"closed", 8 },
};

const Weighted orderStatuses[] = {
    { u"delivered", 55 },
    { u"shipped", 10 },
    { u"paid", 10 },
    { u"placed", 8 },
    { u"cancelled", 10 },
    { u"refunded", 7 },
};

template <std::size_t N> QStringView pickWeighted(DemoRandom& random, const Weighted (&items)[N])
{
    int total = 0;
    for (const Weighted& item : items)
        total += item.weight;
    qint64 draw = random.between(0, total - 1);
    for (const Weighted& item : items) {
        if (draw < item.weight)
            return item.value;
        draw -= item.weight;
    }
    return items[0].value;
}

const Country& pickCountry(DemoRandom& random)
{
    int total = 0;
    for (const Country& country : countries)
        total += country.weight;
    qint64 draw = random.between(0, total - 1);
    for (const Country& country : countries) {
        if (draw < country.weight)
            return country;
        draw -= country.weight;
    }
    return countries[0];
}

QString isoUtc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString decimalText(qint64 cents)
{
    const quint64 magnitude = cents < 0 ? quint64(-cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

// "Ana María" -> "anamaria", "Łukasz" -> "lukasz": the local part of an e-mail address.
QString emailPart(QStringView name)
{
    QString out;
    const QString decomposed = name.toString().toLower().normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        switch (c.unicode()) {
        case u'ł':
            out += QLatin1Char('l');
            continue;
        case u'ø':
            out += QLatin1Char('o');
            continue;
        case u'æ':
            out += QLatin1String("ae");
            continue;
        case u'ß':
            out += QLatin1String("ss");
            continue;
        case u'ı':
            out += QLatin1Char('i');
            continue;
        default:
            break;
        }
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-')))
            out += c;
    }
    return out;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

Error sqlError(const QString& path, const QSqlError& error)
{
    return Error::runtime(QStringLiteral("%1: %2").arg(path, error.text()));
}

// Opens (creates) an SQLite file under a connection of its own, runs `fill` in one
// transaction and removes the connection again.
Status buildDatabase(const QString& path, const std::function<Status(QSqlDatabase&)>& fill)
{
    static std::atomic_int serial { 0 };
    const QString connectionName = QStringLiteral("syncline-demo-%1").arg(++serial);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            status = sqlError(path, db.lastError());
        } else if (!db.transaction()) {
            status = sqlError(path, db.lastError());
        } else {
            status = fill(db);
            if (status && !db.commit())
                status = sqlError(path, db.lastError());
            if (!status)
                db.rollback();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return status;
}

Status execute(QSqlDatabase& db, const QString& path, const QStringList& statements)
{
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return sqlError(path, query.lastError());
    }
    return {};
}

Status fillCrm(QSqlDatabase& db, const QString& path)
{
    const Status created = execute(db, path,
        { QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, first_name TEXT, "
                         "last_name TEXT, email TEXT NOT NULL, country TEXT, balance TEXT, "
                         "status TEXT, created_at TEXT, updated_at TEXT, notes TEXT)"),
            QStringLiteral(
                "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER, "
                "total TEXT, placed_at TEXT, status TEXT, updated_at TEXT)"),
            QStringLiteral("CREATE INDEX customers_updated_at ON customers (updated_at)"),
            QStringLiteral("CREATE INDEX orders_customer_id ON orders (customer_id)"),
            QStringLiteral("CREATE INDEX orders_updated_at ON orders (updated_at)") });
    if (!created)
        return created;

    DemoRandom random(demoSeed);
    QList<qint64> createdAt(customerCount + 1, periodStart);
    QSet<QString> emails;

    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO customers (id, first_name, last_name, email, country, balance, status, "
            "created_at, updated_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(path, insert.lastError());
    for (int id = 1; id <= customerCount; ++id) {
        const QStringView first = random.pick(firstNames);
        const QStringView last = random.pick(lastNames);
        const Country& country = pickCountry(random);
        const QStringView city = country.cities[random.between(0, 2)];
        const QStringView status = pickWeighted(random, customerStatuses);

        QString local = emailPart(first) + QLatin1Char('.') + emailPart(last);
        QString email = local + QLatin1Char('@') + random.pick(emailDomains);
        for (int n = 2; emails.contains(email); ++n)
            email = local + QString::number(n) + QLatin1Char('@') + random.pick(emailDomains);
        emails.insert(email);
        if (random.percent(3)) // typed in by hand, the way CRMs are
            email = email.left(1).toUpper() + email.mid(1);

        qint64 balanceCents = 0;
        if (status != u"closed")
            balanceCents
                = random.percent(12) ? -random.between(100, 50000) : random.between(0, 2500000);

        const qint64 created = random.between(periodStart, periodEnd - 60 * day);
        const qint64 updated = random.percent(40) ? created : random.between(created, periodEnd);
        createdAt[id] = created;

        QVariant note = nullText();
        const qint64 noteDraw = random.between(0, 99);
        if (noteDraw >= 30 && noteDraw < 36)
            note = QStringLiteral("");
        else if (noteDraw >= 36)
            note = random.pick(notes).toString().replace(QLatin1String("%1"), city.toString());

        insert.bindValue(0, id);
        insert.bindValue(1, first.toString());
        insert.bindValue(2, last.toString());
        insert.bindValue(3, email);
        insert.bindValue(4, random.percent(2) ? nullText() : QVariant(country.code.toString()));
        insert.bindValue(5, decimalText(balanceCents));
        insert.bindValue(6, status.toString());
        insert.bindValue(7, isoUtc(created));
        insert.bindValue(8, isoUtc(updated));
        insert.bindValue(9, note);
        if (!insert.exec())
            return sqlError(path, insert.lastError());
    }

    if (!insert.prepare(QStringLiteral("INSERT INTO orders (order_id, customer_id, total, "
                                       "placed_at, status, updated_at) VALUES (?, ?, ?, ?, ?, ?)")))
        return sqlError(path, insert.lastError());
    for (int i = 0; i < orderCount; ++i) {
        const qint64 customer = random.between(1, customerCount);
        const qint64 placed = random.between(createdAt[customer], periodEnd - day);
        const qint64 updated = qMin(periodEnd, placed + random.between(0, 21 * day));
        // Mostly small baskets, now and then a large one.
        const qint64 totalCents
            = random.percent(90) ? random.between(499, 25000) : random.between(25000, 480000);
        insert.bindValue(0, firstOrderId + i);
        insert.bindValue(1, customer);
        insert.bindValue(2, decimalText(totalCents));
        insert.bindValue(3, isoUtc(placed));
        insert.bindValue(4, pickWeighted(random, orderStatuses).toString());
        insert.bindValue(5, isoUtc(updated));
        if (!insert.exec())
            return sqlError(path, insert.lastError());
    }
    return {};
}

Status fillEdge(QSqlDatabase& db, const QString& path)
{
    return execute(db, path,
        { QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, "
                         "email TEXT, country TEXT, balance TEXT, status TEXT, updated_at TEXT)"),
            QStringLiteral(
                "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER, "
                "total TEXT, placed_at TEXT, status TEXT, updated_at TEXT)") });
}

FieldMapping column(const QString& target, const QString& source, const QString& type = {})
{
    FieldMapping field;
    field.target = target;
    field.source = source;
    field.type = type;
    field.kind = type.isEmpty() ? FieldMapping::Kind::Column : FieldMapping::Kind::Cast;
    return field;
}

FieldMapping expression(const QString& target, const QString& expr)
{
    FieldMapping field;
    field.target = target;
    field.kind = FieldMapping::Kind::Expression;
    field.expression = expr;
    return field;
}

WorkspaceConfig demoConfig(const QString& crmPath, const QString& edgePath)
{
    WorkspaceConfig config;

    EndpointConfig crm;
    crm.name = QStringLiteral("crm");
    crm.kind = QStringLiteral("sqlite");
    crm.url = QStringLiteral("sqlite://") + crmPath;
    EndpointConfig edge = crm;
    edge.name = QStringLiteral("edge");
    edge.url = QStringLiteral("sqlite://") + edgePath;
    config.endpoints = { crm, edge };

    MappingConfig customers;
    customers.name = QStringLiteral("customers");
    customers.source = { crm.name, QStringLiteral("customers") };
    customers.target = { edge.name, QStringLiteral("customers") };
    customers.key = { QStringLiteral("id") };
    customers.fields = {
        column(QStringLiteral("id"), QStringLiteral("id")),
        expression(
            QStringLiteral("full_name"), QStringLiteral("row.first_name + ' ' + row.last_name")),
        column(QStringLiteral("email"), QStringLiteral("email")),
        column(QStringLiteral("country"), QStringLiteral("country")),
        column(
            QStringLiteral("balance"), QStringLiteral("balance"), QStringLiteral("decimal(12,2)")),
        column(QStringLiteral("status"), QStringLiteral("status")),
        column(QStringLiteral("updated_at"), QStringLiteral("updated_at"),
            QStringLiteral("timestamptz")),
    };
    MappingConfig orders;
    orders.name = QStringLiteral("orders");
    orders.source = { crm.name, QStringLiteral("orders") };
    orders.target = { edge.name, QStringLiteral("orders") };
    orders.key = { QStringLiteral("order_id") };
    config.mappings = { customers, orders };

    JobConfig customersPush;
    customersPush.name = QStringLiteral("customers-push");
    customersPush.mapping = customers.name;
    customersPush.direction = JobConfig::Direction::Push;
    customersPush.mode = JobConfig::Mode::Incremental;
    customersPush.detect = JobConfig::Detect::Hash;
    customersPush.batch = 1000;
    JobConfig ordersPush = customersPush;
    ordersPush.name = QStringLiteral("orders-push");
    ordersPush.mapping = orders.name;
    ordersPush.detect = JobConfig::Detect::Timestamp;
    ordersPush.changeColumn = QStringLiteral("updated_at");
    config.jobs = { customersPush, ordersPush };
    return config;
}

// A month of runs and metrics for the Dashboard (DemoHistory), over the jobs as imported.
Status addHistory(Workspace& workspace)
{
    auto config = ConfigRepository(workspace).load();
    if (!config)
        return config.error();
    auto added = DemoHistory::add(workspace, *config);
    if (!added)
        return added.error();
    return {};
}

// Conflict review demo: a support desk's tickets kept two-way between "support" and
// "helpdesk" with the manual policy. Both start equal and a first run journals them; then
// both sides edit some tickets differently (long descriptions, JSON metadata), one side
// deletes tickets the other edited, and both add tickets with the same id, so that a
// second run parks realistic update/update, update/delete and insert/insert conflicts.
Status addConflictDemo(Workspace& workspace, const QString& directory)
{
    const QString supportPath = directory + QStringLiteral("/support.db");
    const QString helpdeskPath = directory + QStringLiteral("/helpdesk.db");
    const QStringList subjects { QStringLiteral("Invoice shows the wrong VAT rate"),
        QStringLiteral("Cannot reset password from the mobile app"),
        QStringLiteral("Order #%1 arrived damaged"), QStringLiteral("Export to CSV times out"),
        QStringLiteral("Duplicate charge on card ending 4242"),
        QStringLiteral("Address change not applied to open orders") };
    const QStringList agents { QStringLiteral("amara.okafor"), QStringLiteral("lukas.brandt"),
        QStringLiteral("sofia.ricci"), QStringLiteral("kenji.watanabe") };
    const QString create = QStringLiteral(
        "CREATE TABLE tickets (id INTEGER PRIMARY KEY, subject TEXT NOT NULL, status TEXT, "
        "priority TEXT, assignee TEXT, description TEXT, metadata TEXT, updated_at TEXT)");
    QStringList rows;
    for (int id = 1; id <= 80; ++id) {
        const QString subject = subjects[id % subjects.size()].contains(QStringLiteral("%1"))
            ? subjects[id % subjects.size()].arg(48000 + id)
            : subjects[id % subjects.size()];
        rows.append(QStringLiteral(
            "(%1, '%2', 'open', '%3', '%4', 'Customer reports: %2. "
            "Steps to reproduce are attached.', "
            "'{\"channel\": \"email\", \"tags\": [\"billing\"], \"sla_hours\": 24}', "
            "'2026-11-%5T09:%6:00Z')")
                        .arg(id)
                        .arg(subject, id % 3 ? QStringLiteral("normal") : QStringLiteral("high"),
                            agents[id % agents.size()])
                        .arg(1 + id % 20, 2, 10, QLatin1Char('0'))
                        .arg(id % 60, 2, 10, QLatin1Char('0')));
    }
    const QString insert = QStringLiteral("INSERT INTO tickets VALUES ") + rows.join(u',');
    for (const QString& path : { supportPath, helpdeskPath }) {
        if (const Status built = buildDatabase(path,
                [&](QSqlDatabase& db) {
                    return execute(db, path, { create, insert });
                });
            !built)
            return built;
    }

    ConfigRepository config(workspace);
    const QString actor = AuditRepository::currentActor();
    EndpointConfig support;
    support.name = QStringLiteral("support");
    support.kind = QStringLiteral("sqlite");
    support.url = QStringLiteral("sqlite://") + supportPath;
    EndpointConfig helpdesk = support;
    helpdesk.name = QStringLiteral("helpdesk");
    helpdesk.url = QStringLiteral("sqlite://") + helpdeskPath;
    MappingConfig tickets;
    tickets.name = QStringLiteral("tickets");
    tickets.source = { support.name, QStringLiteral("tickets") };
    tickets.target = { helpdesk.name, QStringLiteral("tickets") };
    tickets.key = { QStringLiteral("id") };
    JobConfig job;
    job.name = QStringLiteral("tickets-two-way");
    job.mapping = tickets.name;
    job.direction = JobConfig::Direction::TwoWay;
    job.mode = JobConfig::Mode::Incremental;
    job.detect = JobConfig::Detect::Hash;
    job.conflicts = QStringLiteral("manual");
    job.batch = 500;
    for (const Status& saved :
        { config.saveEndpoint(support, actor), config.saveEndpoint(helpdesk, actor),
            config.saveMapping(tickets, actor), config.saveJob(job, actor) }) {
        if (!saved)
            return saved;
    }
    const RunReport first = SyncRun(workspace.location(), job.name).execute();
    if (first.status != RunRecord::Status::Succeeded)
        return first.error;

    const QString longText = QStringLiteral(
        "Customer called again on Monday. The VAT rate on invoices issued after the 1st is "
        "still 19% instead of 7% for books; accounting confirmed the product group is set "
        "correctly. Suspect the tax table cache on the invoicing service. Workaround: credit "
        "note and re-issue by hand.");
    const Status sourceEdits = buildDatabase(supportPath, [&](QSqlDatabase& db) {
        return execute(db, supportPath,
            { QStringLiteral("UPDATE tickets SET status = 'pending-customer', "
                             "updated_at = '2026-11-26T10:15:00Z' WHERE id % 7 = 1"),
                QStringLiteral("UPDATE tickets SET description = '%1', priority = 'urgent', "
                               "updated_at = '2026-11-26T11:02:00Z' WHERE id IN (2, 16, 30)")
                    .arg(longText),
                QStringLiteral("UPDATE tickets SET metadata = '{\"channel\": \"phone\", \"tags\": "
                               "[\"billing\", \"vat\"], \"sla_hours\": 8, \"escalated\": true}', "
                               "updated_at = '2026-11-26T12:40:00Z' WHERE id IN (4, 25)"),
                QStringLiteral("DELETE FROM tickets WHERE id IN (12, 33)"),
                QStringLiteral("INSERT INTO tickets VALUES (81, 'Refund not received', 'open', "
                               "'high', 'sofia.ricci', 'Refund promised on the phone.', NULL, "
                               "'2026-11-26T13:00:00Z')") });
    });
    if (!sourceEdits)
        return sourceEdits;
    const Status targetEdits = buildDatabase(helpdeskPath, [&](QSqlDatabase& db) {
        return execute(db, helpdeskPath,
            { QStringLiteral("UPDATE tickets SET status = 'resolved', assignee = 'kenji.watanabe', "
                             "updated_at = '2026-11-26T10:20:00Z' WHERE id % 7 = 1"),
                QStringLiteral("UPDATE tickets SET description = description || ' Escalated to "
                               "the invoicing team; waiting for a fix in release 4.2.', "
                               "updated_at = '2026-11-26T11:30:00Z' WHERE id IN (2, 16, 30)"),
                QStringLiteral("UPDATE tickets SET metadata = '{\"channel\": \"email\", \"tags\": "
                               "[\"billing\"], \"sla_hours\": 48}', "
                               "updated_at = '2026-11-26T12:45:00Z' WHERE id IN (4, 25)"),
                QStringLiteral("UPDATE tickets SET status = 'in-progress', "
                               "updated_at = '2026-11-26T09:00:00Z' WHERE id IN (12, 33)"),
                QStringLiteral("INSERT INTO tickets VALUES (81, 'Refund missing', 'open', "
                               "'normal', 'amara.okafor', 'Asked for the bank statement.', "
                               "'{\"channel\": \"chat\"}', '2026-11-26T13:05:00Z')") });
    });
    if (!targetEdits)
        return targetEdits;
    const RunReport second = SyncRun(workspace.location(), job.name).execute();
    if (second.status != RunRecord::Status::Succeeded)
        return second.error;
    return {};
}

void removeDatabaseFile(const QString& path)
{
    for (const QString& suffix :
        { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

Result<QString> DemoWorkspace::create(const QString& workspaceLocation, const QString& dataDir)
{
    auto opened = Workspace::open(workspaceLocation);
    if (!opened)
        return opened.error();
    Workspace& workspace = **opened;
    ConfigRepository repository(workspace);
    const auto current = repository.load();
    if (!current)
        return current.error();
    if (!current->jobs.isEmpty())
        return tr("The workspace %1 already has jobs; the demo was not created.")
            .arg(QDir::toNativeSeparators(workspace.location()));

    QString directory = dataDir;
    if (directory.isEmpty()) {
        const QFileInfo location(workspace.location());
        directory = (location.isDir() ? location.absoluteFilePath() : location.absolutePath())
            + QStringLiteral("/demo");
    }
    directory = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    if (!QDir().mkpath(directory))
        return Error::runtime(
            tr("%1: cannot create the directory").arg(QDir::toNativeSeparators(directory)));

    const QString crmPath = directory + QStringLiteral("/crm.db");
    const QString edgePath = directory + QStringLiteral("/edge.db");
    for (const QString& path : { crmPath, edgePath }) {
        if (QFileInfo::exists(path))
            return Error::badInput(
                tr("%1 already exists; remove it or choose another data directory")
                    .arg(QDir::toNativeSeparators(path)));
    }

    Status status = buildDatabase(crmPath, [&](QSqlDatabase& db) { return fillCrm(db, crmPath); });
    if (status)
        status = buildDatabase(edgePath, [&](QSqlDatabase& db) { return fillEdge(db, edgePath); });
    if (status)
        status = repository.import(demoConfig(crmPath, edgePath), AuditRepository::currentActor());
    if (!status) {
        removeDatabaseFile(crmPath);
        removeDatabaseFile(edgePath);
        return status.error();
    }
    if (const Status history = addHistory(workspace); !history)
        return history.error();
    if (const Status conflicts = addConflictDemo(workspace, directory); !conflicts)
        return conflicts.error();
    return tr("Created the demo in %1: crm.db with %2 customers and %3 orders, an empty edge.db, "
              "the jobs customers-push and orders-push, and the two-way job tickets-two-way "
              "(support.db and helpdesk.db) with conflicts to review.")
        .arg(QDir::toNativeSeparators(directory))
        .arg(customerCount)
        .arg(orderCount);
}

} // namespace Syncline
