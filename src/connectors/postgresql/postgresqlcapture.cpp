// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlcapture.h"

#include "connectors/chunkedchangestream.h"
#include "connectors/connectorslogging.h"
#include "pgsession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Syncline {

namespace {

const QStringList TriggerSuffixes = { QStringLiteral("_ins"), QStringLiteral("_upd"),
    QStringLiteral("_del"), QStringLiteral("_trn") };

// Changes per readChanges() round trip.
constexpr int ChangeChunk = 1000;

// Serialises enabling and disabling (CREATE ... IF NOT EXISTS races otherwise), and,
// separately, the numbering of log rows.
const QByteArray SetupLock
    = QByteArrayLiteral("SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext("
                        "'syncline capture setup'))");
const QByteArray NumberingLock
    = QByteArrayLiteral("SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext("
                        "'syncline capture numbering'))");

// A string literal that means the same whatever standard_conforming_strings says.
QString literal(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    if (!escaped.contains(u'\\'))
        return u'\'' + escaped + u'\'';
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    return QStringLiteral("E'") + escaped + u'\'';
}

QString identifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// A text[] literal for a text parameter.
QByteArray textArray(const QStringList& values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        QByteArray value = values.at(i).toUtf8();
        value.replace('\\', "\\\\");
        value.replace('"', "\\\"");
        out += '"' + value + '"';
    }
    return out + '}';
}

QString cell(const PGresult* result, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

// The key values of one log entry, as read() returns them: text as QString, bytea (logged as
// {"blob": hex}) as QByteArray, NULL as an invalid QVariant.
Result<QVariantList> decodedKey(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Error::runtime(
            QStringLiteral("the key %1 is not a JSON array").arg(QString::fromUtf8(json)));
    QVariantList key;
    for (const QJsonValue& value : document.array()) {
        switch (value.type()) {
        case QJsonValue::Null:
            key.append(QVariant());
            break;
        case QJsonValue::String:
            key.append(QVariant(value.toString()));
            break;
        case QJsonValue::Object: {
            const QJsonValue blob = value.toObject().value(QStringLiteral("blob"));
            if (!blob.isString())
                return Error::runtime(
                    QStringLiteral("unexpected object in the key %1").arg(QString::fromUtf8(json)));
            key.append(QVariant(QByteArray::fromHex(blob.toString().toLatin1())));
            break;
        }
        case QJsonValue::Bool:
            key.append(QVariant(value.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
            break;
        case QJsonValue::Double: {
            const QVariant number = value.toVariant();
            key.append(QVariant(number.typeId() == QMetaType::LongLong
                    ? QString::number(number.toLongLong())
                    : QString::number(number.toDouble(), 'g', 17)));
            break;
        }
        default:
            return Error::runtime(
                QStringLiteral("unexpected value in the key %1").arg(QString::fromUtf8(json)));
        }
    }
    return key;
}

} // namespace

PostgresqlCapture::PostgresqlCapture(pg_conn* connection, const QString& where)
    : m_session(std::make_unique<PgSession>(connection))
    , m_where(where)
{ }

PostgresqlCapture::~PostgresqlCapture() = default;

QString PostgresqlCapture::triggerName(const QString& table, const QString& suffix)
{
    const QString prefix = QStringLiteral("syncline_capture_");
    // PostgreSQL cuts longer names at 63 bytes, which would give the four triggers one name.
    constexpr qsizetype MaxBytes = 63;
    const qsizetype room = MaxBytes - prefix.size() - suffix.size();
    QString shortened = table;
    while (shortened.toUtf8().size() > room)
        shortened.chop(shortened.size() >= 2 && shortened.back().isLowSurrogate() ? 2 : 1);
    return prefix + shortened + suffix;
}

Status PostgresqlCapture::exec(const QByteArray& sql, const QList<QByteArray>& params)
{
    Result<PgResult> result
        = params.isEmpty() ? m_session->exec(sql) : m_session->execParams(sql, params);
    if (!result)
        return result.error();
    return {};
}

Status PostgresqlCapture::inTransaction(const std::function<Status()>& work)
{
    // Whatever an earlier failure left open must not swallow this work.
    if (PQtransactionStatus(m_session->connection()) != PQTRANS_IDLE)
        (void)m_session->exec(QByteArrayLiteral("ROLLBACK"));
    if (Status begun = exec(QByteArrayLiteral("BEGIN")); !begun)
        return begun;
    Status done = work();
    if (done) {
        Result<PgResult> committed = m_session->exec(QByteArrayLiteral("COMMIT"));
        if (committed && qstrcmp(PQcmdStatus(committed->get()), "COMMIT") == 0)
            return {};
        done = committed ? Error::runtime(QStringLiteral("the transaction was rolled back"))
                         : committed.error();
    }
    if (!m_session->isBroken())
        (void)m_session->exec(QByteArrayLiteral("ROLLBACK"));
    return done;
}

Result<bool> PostgresqlCapture::logExists()
{
    Result<PgResult> result = m_session->exec(
        QByteArrayLiteral("SELECT pg_catalog.to_regclass('syncline.changelog') IS NOT NULL"));
    if (!result)
        return result.error();
    return PQgetvalue(result->get(), 0, 0)[0] == 't';
}

Status PostgresqlCapture::identify(Table& table, const QString& entity)
{
    Result<PgResult> result = m_session->execParams(
        QByteArrayLiteral("SELECT pg_catalog.format('%I.%I', n.nspname, c.relname), c.relname, "
                          "c.relkind, n.nspname FROM pg_catalog.pg_class c "
                          "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE c.oid = $1"),
        { table.oid });
    if (!result)
        return Error::runtime(QStringLiteral("%1: cannot look up table '%2': %3")
                                  .arg(m_where, entity, result.error().message));
    if (PQntuples(result->get()) == 0)
        return Error::badInput(QStringLiteral("table '%1' not found in %2").arg(entity, m_where));
    table.identity = cell(result->get(), 0, 0);
    table.name = cell(result->get(), 0, 1);
    const char kind = PQgetvalue(result->get(), 0, 2)[0];
    if (kind != 'r' && kind != 'p')
        return Error::badInput(QStringLiteral("'%1' in %2 is not a table (a view, materialized "
                                              "view or foreign table); change-log capture needs "
                                              "a table")
                                   .arg(entity, m_where));
    if (cell(result->get(), 0, 3) == u"syncline"
        && (table.name == u"changelog" || table.name == u"capture"))
        return Error::badInput(
            QStringLiteral("'%1' in %2 is Syncline's own change-log table").arg(entity, m_where));
    return {};
}

QString PostgresqlCapture::functionSql(
    const Table& table, const EntityInfo& info, const QStringList& keys) const
{
    const auto keyOf = [&](const QString& row) -> QString {
        QStringList values;
        for (const QString& key : keys) {
            const QString column = row + u'.' + identifier(key);
            // read() decodes bytea to bytes: the log says which values are bytes.
            if (info.column(key)->type.kind == FieldType::Kind::Blob)
                values.append(
                    QStringLiteral("jsonb_build_object('blob', encode(%1, 'hex'))").arg(column));
            else
                values.append(column + QStringLiteral("::text"));
        }
        return QStringLiteral("jsonb_build_array(") + values.join(QStringLiteral(", ")) + u')';
    };
    const QString entity = literal(table.identity);
    const QString insert
        = QStringLiteral("INSERT INTO syncline.changelog (entity, key, op) VALUES ");
    // TRUNCATE fires no row triggers: log every key the table holds as deleted, before they go.
    // The table is named through TG_RELID so that a rename does not break TRUNCATE.
    const QString truncate = QStringLiteral(
        "INSERT INTO syncline.changelog (entity, key, op) SELECT $1, %1, 'D' FROM ")
                                 .arg(keyOf(QStringLiteral("t")));
    QString body = QStringLiteral(R"(
DECLARE
    old_key jsonb;
    new_key jsonb;
BEGIN
    IF current_setting('syncline.applying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        EXECUTE %1 || TG_RELID::regclass::text || ' AS t' USING %2;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_key := %3;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_key := %4;
    END IF;
    IF TG_OP = 'INSERT' THEN
        %5(%2, new_key, 'I');
    ELSIF TG_OP = 'DELETE' THEN
        %5(%2, old_key, 'D');
    ELSIF old_key IS DISTINCT FROM new_key THEN
        %5(%2, old_key, 'D'), (%2, new_key, 'I');
    ELSE
        %5(%2, new_key, 'U');
    END IF;
    RETURN NULL;
END
)")
                       .arg(literal(truncate), entity, keyOf(QStringLiteral("OLD")),
                           keyOf(QStringLiteral("NEW")), insert);
    QString tag = QStringLiteral("$syncline$");
    for (int i = 1; body.contains(tag); ++i)
        tag = QStringLiteral("$syncline%1$").arg(i);
    return QStringLiteral("CREATE OR REPLACE FUNCTION syncline.capture_%1() RETURNS trigger "
                          "LANGUAGE plpgsql SECURITY DEFINER "
                          "SET search_path = pg_catalog, pg_temp "
                          "SET TimeZone = 'UTC' SET DateStyle = 'ISO, YMD' "
                          "SET extra_float_digits = 3 SET bytea_output = 'hex' AS ")
               .arg(QString::fromLatin1(table.oid))
        + tag + body + tag;
}

Status PostgresqlCapture::enable(
    const Table& table, const EntityInfo& info, const QStringList& keyColumns)
{
    const QString context
        = QStringLiteral("enabling change-log capture on table '%1' of %2").arg(info.name, m_where);
    if (keyColumns.isEmpty())
        return Error::badInput(context + QStringLiteral(": no key columns"));
    for (const QString& key : keyColumns) {
        if (info.indexOf(key) < 0)
            return Error::badInput(context
                + QStringLiteral(": column '%1' not found in table '%2'").arg(key, info.name));
        if (keyColumns.count(key) > 1)
            return Error::badInput(
                context + QStringLiteral(": key column '%1' given twice").arg(key));
    }
    const QString function = QStringLiteral("syncline.capture_") + QString::fromLatin1(table.oid);
    QList<QByteArray> triggerParams { table.oid };
    for (const QString& suffix : TriggerSuffixes)
        triggerParams.append(triggerName(table.name, suffix).toUtf8());

    const Status done = inTransaction([&]() -> Status {
        if (Status locked = exec(SetupLock); !locked)
            return locked;
        Result<PgResult> sequence = m_session->exec(QByteArrayLiteral(
            "SELECT pg_catalog.to_regclass('syncline.changelog_seq') IS NOT NULL"));
        if (!sequence)
            return sequence.error();
        const bool fresh = PQgetvalue(sequence->get(), 0, 0)[0] != 't';
        const qint64 start = QDateTime::currentMSecsSinceEpoch() * 1000;
        const QStringList schema = {
            QStringLiteral("SET LOCAL client_min_messages = warning"),
            QStringLiteral("CREATE SCHEMA IF NOT EXISTS syncline"),
            // A new log continues above anything an earlier one (since dropped) handed out.
            QStringLiteral("CREATE SEQUENCE IF NOT EXISTS syncline.changelog_seq START WITH %1")
                .arg(start),
            QStringLiteral("CREATE TABLE IF NOT EXISTS syncline.changelog ("
                           "id bigserial PRIMARY KEY, "
                           "seq bigint, "
                           "entity text NOT NULL, "
                           "key jsonb NOT NULL, "
                           "op char(1) NOT NULL, "
                           "changed_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp())"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS changelog_entity_seq "
                           "ON syncline.changelog (entity, seq)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS changelog_unnumbered "
                           "ON syncline.changelog (entity, id) WHERE seq IS NULL"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS syncline.capture ("
                           "relid regclass PRIMARY KEY, "
                           "entity text NOT NULL, "
                           "key_columns text[] NOT NULL, "
                           "enabled_at timestamptz NOT NULL DEFAULT pg_catalog.now())"),
        };
        for (const QString& statement : schema) {
            if (Status created = exec(statement.toUtf8()); !created)
                return created;
        }
        if (fresh) {
            if (Status commented = exec(QByteArrayLiteral(
                    "COMMENT ON TABLE syncline.changelog IS 'Keys of rows changed in captured "
                    "tables (synclinectl capture). seq stays NULL until a reader numbers the "
                    "committed rows, so that numbers follow commit order.'"));
                !commented)
                return commented;
        }

        // Captured tables dropped since: their entries, registrations and functions go.
        Result<PgResult> gone = m_session->exec(QByteArrayLiteral(
            "WITH gone AS (DELETE FROM syncline.capture c WHERE NOT EXISTS (SELECT 1 FROM "
            "pg_catalog.pg_class r WHERE r.oid = c.relid) RETURNING c.relid::pg_catalog.oid AS "
            "relid, c.entity), cleared AS (DELETE FROM syncline.changelog WHERE entity IN "
            "(SELECT entity FROM gone)) SELECT relid FROM gone"));
        if (!gone)
            return gone.error();
        for (int row = 0; row < PQntuples(gone->get()); ++row) {
            if (Status dropped = exec(QByteArrayLiteral("DROP FUNCTION IF EXISTS syncline.capture_")
                    + PQgetvalue(gone->get(), row, 0) + QByteArrayLiteral("()"));
                !dropped)
                return dropped;
        }
        Result<PgResult> registered = m_session->execParams(
            QByteArrayLiteral("SELECT pg_catalog.array_to_json(key_columns)::text "
                              "FROM syncline.capture WHERE relid = $1::pg_catalog.oid"),
            { table.oid });
        if (!registered)
            return registered.error();
        QStringList previousKeys;
        const bool wasRegistered = PQntuples(registered->get()) > 0;
        if (wasRegistered) {
            const QJsonArray names
                = QJsonDocument::fromJson(PQgetvalue(registered->get(), 0, 0)).array();
            for (const QJsonValue& name : names)
                previousKeys.append(name.toString());
        }
        Result<PgResult> triggers = m_session->execParams(
            QByteArrayLiteral("SELECT t.tgfoid, t.tgfoid::regprocedure::text, t.tgenabled, "
                              "n.nspname = 'syncline' FROM pg_catalog.pg_trigger t "
                              "JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid "
                              "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                              "WHERE t.tgrelid = $1 AND t.tgname IN ($2, $3, $4, $5)"),
            triggerParams);
        if (!triggers)
            return triggers.error();
        const int installed = PQntuples(triggers->get());
        if (wasRegistered && previousKeys != keyColumns) {
            if (installed > 0)
                return Error::badInput(
                    QStringLiteral("capture is already enabled with key (%1); disable it first "
                                   "to capture by key (%2)")
                        .arg(previousKeys.join(QStringLiteral(", ")),
                            keyColumns.join(QStringLiteral(", "))));
            // Left over from a capture by another key: such entries name other keys.
            if (Status cleared
                = exec(QByteArrayLiteral("DELETE FROM syncline.changelog WHERE entity = $1"),
                    { table.identity.toUtf8() });
                !cleared)
                return cleared;
        }

        if (Status created = exec(functionSql(table, info, keyColumns).toUtf8()); !created)
            return created;
        Result<PgResult> functionOid = m_session->execParams(
            QByteArrayLiteral("SELECT $1::pg_catalog.regprocedure::pg_catalog.oid"),
            { (function + QStringLiteral("()")).toUtf8() });
        if (!functionOid)
            return functionOid.error();
        const QByteArray newFunction(PQgetvalue(functionOid->get(), 0, 0));

        bool intact = installed == TriggerSuffixes.size() && previousKeys == keyColumns;
        QStringList staleFunctions;
        for (int row = 0; row < installed; ++row) {
            const QByteArray oid(PQgetvalue(triggers->get(), row, 0));
            intact = intact && oid == newFunction && PQgetvalue(triggers->get(), row, 2)[0] != 'D';
            const QString signature = cell(triggers->get(), row, 1);
            if (oid != newFunction && PQgetvalue(triggers->get(), row, 3)[0] == 't'
                && !staleFunctions.contains(signature))
                staleFunctions.append(signature);
        }
        // Re-creating triggers locks the table: only when something is missing or different.
        if (!intact) {
            const QString when
                = QStringLiteral(" WHEN (pg_catalog.current_setting('syncline.applying', true) "
                                 "IS DISTINCT FROM 'on')");
            for (const QString& suffix : TriggerSuffixes) {
                const QString name = identifier(triggerName(table.name, suffix));
                if (Status dropped = exec((QStringLiteral("DROP TRIGGER IF EXISTS ") + name
                        + QStringLiteral(" ON ") + table.identity)
                                              .toUtf8());
                    !dropped)
                    return dropped;
                QString create = QStringLiteral("CREATE TRIGGER ") + name;
                if (suffix == u"_trn")
                    create += QStringLiteral(" BEFORE TRUNCATE ON ") + table.identity
                        + QStringLiteral(" FOR EACH STATEMENT");
                else
                    create += QStringLiteral(" AFTER ")
                        + (suffix == u"_ins"        ? QStringLiteral("INSERT")
                                : suffix == u"_upd" ? QStringLiteral("UPDATE")
                                                    : QStringLiteral("DELETE"))
                        + QStringLiteral(" ON ") + table.identity + QStringLiteral(" FOR EACH ROW")
                        + when;
                create += QStringLiteral(" EXECUTE FUNCTION ") + function + QStringLiteral("()");
                if (Status created = exec(create.toUtf8()); !created)
                    return created;
            }
        }
        for (const QString& stale : std::as_const(staleFunctions)) {
            // Only when no other trigger still uses it.
            if (Status dropped
                = exec(QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog."
                                      "pg_trigger WHERE tgfoid = %1::regprocedure) THEN "
                                      "DROP FUNCTION %2; END IF; END$$")
                           .arg(literal(stale), stale)
                           .toUtf8());
                !dropped)
                return dropped;
        }
        return exec(QByteArrayLiteral("INSERT INTO syncline.capture (relid, entity, key_columns) "
                                      "VALUES ($1::pg_catalog.oid::pg_catalog.regclass, $2, $3) "
                                      "ON CONFLICT (relid) DO UPDATE SET entity = EXCLUDED.entity, "
                                      "key_columns = EXCLUDED.key_columns"),
            { table.oid, table.identity.toUtf8(), textArray(keyColumns) });
    });
    if (!done)
        return done.error().kind == ErrorKind::BadInput
            ? done.error().within(context)
            : Error::runtime(context + QStringLiteral(": ") + done.error().message);
    qCDebug(lcConnectors) << m_where << "captures" << table.identity << "by" << keyColumns;
    return {};
}

Status PostgresqlCapture::disable(const Table& table)
{
    QList<QByteArray> triggerParams { table.oid };
    for (const QString& suffix : TriggerSuffixes)
        triggerParams.append(triggerName(table.name, suffix).toUtf8());
    const Status done = inTransaction([&]() -> Status {
        if (Status locked = exec(SetupLock); !locked)
            return locked;
        if (Status quiet = exec(QByteArrayLiteral("SET LOCAL client_min_messages = warning"));
            !quiet)
            return quiet;
        Result<PgResult> triggers = m_session->execParams(
            QByteArrayLiteral("SELECT DISTINCT t.tgfoid::regprocedure::text "
                              "FROM pg_catalog.pg_trigger t "
                              "JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid "
                              "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                              "WHERE t.tgrelid = $1 AND t.tgname IN ($2, $3, $4, $5) "
                              "AND n.nspname = 'syncline'"),
            triggerParams);
        if (!triggers)
            return triggers.error();
        for (const QString& suffix : TriggerSuffixes) {
            if (Status dropped = exec((QStringLiteral("DROP TRIGGER IF EXISTS ")
                    + identifier(triggerName(table.name, suffix)) + QStringLiteral(" ON ")
                    + table.identity)
                                          .toUtf8());
                !dropped)
                return dropped;
        }
        QStringList functions;
        for (int row = 0; row < PQntuples(triggers->get()); ++row)
            functions.append(cell(triggers->get(), row, 0));
        for (const QString& function : std::as_const(functions)) {
            if (Status dropped
                = exec((QStringLiteral("DROP FUNCTION IF EXISTS ") + function).toUtf8());
                !dropped)
                return dropped;
        }
        if (Status dropped = exec((QStringLiteral("DROP FUNCTION IF EXISTS syncline.capture_")
                + QString::fromLatin1(table.oid) + QStringLiteral("()"))
                                      .toUtf8());
            !dropped)
            return dropped;

        Result<bool> hasLog = logExists();
        if (!hasLog)
            return hasLog.error();
        if (*hasLog) {
            // This table's entries, and those of captured tables dropped since.
            if (Status removed
                = exec(QByteArrayLiteral(
                           "WITH gone AS (DELETE FROM syncline.capture c WHERE c.relid = "
                           "$1::pg_catalog.oid OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class r "
                           "WHERE r.oid = c.relid) RETURNING c.entity) "
                           "DELETE FROM syncline.changelog WHERE entity = $2 "
                           "OR entity IN (SELECT entity FROM gone)"),
                    { table.oid, table.identity.toUtf8() });
                !removed)
                return removed;
        }
        // The log goes once no capture trigger is left in the database: a trigger writing
        // into a dropped table would make its table's writes fail.
        Result<PgResult> remaining = m_session->exec(
            QByteArrayLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t "
                              "JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid "
                              "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                              "WHERE n.nspname = 'syncline')"));
        if (!remaining)
            return remaining.error();
        if (PQgetvalue(remaining->get(), 0, 0)[0] == 't')
            return {};
        const QList<QByteArray> cleanup = {
            QByteArrayLiteral("DROP TABLE IF EXISTS syncline.changelog, syncline.capture"),
            QByteArrayLiteral("DROP SEQUENCE IF EXISTS syncline.changelog_seq"),
            // Trigger functions of captured tables that were dropped meanwhile.
            QByteArrayLiteral(
                "DO $$DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid FROM pg_catalog.pg_proc "
                "p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = "
                "'syncline' AND p.proname LIKE 'capture\\_%' LOOP EXECUTE 'DROP FUNCTION ' || "
                "f::text; END LOOP; END$$"),
        };
        for (const QByteArray& statement : cleanup) {
            if (Status dropped = exec(statement); !dropped)
                return dropped;
        }
        // The schema too, unless something else lives there.
        if (Status saved = exec(QByteArrayLiteral("SAVEPOINT syncline_schema")); !saved)
            return saved;
        if (Status dropped = exec(QByteArrayLiteral("DROP SCHEMA IF EXISTS syncline")); !dropped)
            return exec(QByteArrayLiteral("ROLLBACK TO SAVEPOINT syncline_schema"));
        return exec(QByteArrayLiteral("RELEASE SAVEPOINT syncline_schema"));
    });
    if (!done)
        return Error::runtime(QStringLiteral("disabling change-log capture on table '%1' of %2: %3")
                                  .arg(table.identity, m_where, done.error().message));
    qCDebug(lcConnectors) << m_where << "no longer captures" << table.identity;
    return {};
}

Result<bool> PostgresqlCapture::isEnabled(const Table& table)
{
    QList<QByteArray> params { table.oid };
    for (const QString& suffix : TriggerSuffixes)
        params.append(triggerName(table.name, suffix).toUtf8());
    Result<PgResult> result = m_session->execParams(
        QByteArrayLiteral("SELECT count(*) = 4 AND pg_catalog.to_regclass('syncline.changelog') "
                          "IS NOT NULL FROM pg_catalog.pg_trigger t WHERE t.tgrelid = $1 "
                          "AND t.tgname IN ($2, $3, $4, $5) AND t.tgenabled <> 'D'"),
        params);
    if (!result)
        return Error::runtime(QStringLiteral("%1: cannot read the triggers of table '%2': %3")
                                  .arg(m_where, table.identity, result.error().message));
    return PQgetvalue(result->get(), 0, 0)[0] == 't';
}

Status PostgresqlCapture::requireEnabled(const Table& table)
{
    Result<bool> enabled = isEnabled(table);
    if (!enabled)
        return enabled.error();
    if (!*enabled)
        return Error::badInput(
            QStringLiteral("change-log capture is not enabled on table '%1' of %2")
                .arg(table.identity, m_where));
    return {};
}

Status PostgresqlCapture::number(const Table& table)
{
    return inTransaction([&]() -> Status {
        if (Status locked = exec(NumberingLock); !locked)
            return locked;
        // READ COMMITTED: this statement's snapshot is taken after the lock was granted, so
        // it sees the numbers the previous numbering committed and never reuses a row.
        return exec(QByteArrayLiteral(
                        "UPDATE syncline.changelog AS c SET seq = n.seq FROM ("
                        "SELECT u.id, pg_catalog.nextval('syncline.changelog_seq') AS seq FROM ("
                        "SELECT id FROM syncline.changelog WHERE entity = $1 AND seq IS NULL "
                        "ORDER BY id) AS u) AS n WHERE c.id = n.id"),
            { table.identity.toUtf8() });
    });
}

Result<qint64> PostgresqlCapture::latest(const Table& table)
{
    const QString context
        = QStringLiteral("reading the change log of table '%1' of %2").arg(table.identity, m_where);
    if (Status enabled = requireEnabled(table); !enabled)
        return enabled.error();
    if (Status numbered = number(table); !numbered)
        return Error::runtime(context + QStringLiteral(": ") + numbered.error().message);
    Result<PgResult> result = m_session->execParams(
        QByteArrayLiteral("SELECT coalesce(max(seq), 0) FROM syncline.changelog "
                          "WHERE entity = $1 AND seq IS NOT NULL"),
        { table.identity.toUtf8() });
    if (!result)
        return Error::runtime(context + QStringLiteral(": ") + result.error().message);
    return QByteArray(PQgetvalue(result->get(), 0, 0)).toLongLong();
}

Result<std::unique_ptr<ChangeStream>> PostgresqlCapture::readChanges(
    const Table& table, qint64 after)
{
    const QString context
        = QStringLiteral("reading the change log of table '%1' of %2").arg(table.identity, m_where);
    if (Status enabled = requireEnabled(table); !enabled)
        return enabled.error();
    if (Status numbered = number(table); !numbered)
        return Error::runtime(context + QStringLiteral(": ") + numbered.error().message);
    // Rows committed from here on are numbered by the next call, above everything this
    // stream can return.
    pg_conn* connection = m_session->connection();
    const QByteArray entity = table.identity.toUtf8();
    auto fetch
        = [connection, entity, context](qint64 from, int limit) -> Result<QList<CapturedChange>> {
        PgSession session(connection);
        Result<PgResult> result = session.execParams(
            QByteArrayLiteral("SELECT seq, key::text, "
                              "(extract(epoch FROM changed_at) * 1000)::bigint "
                              "FROM syncline.changelog "
                              "WHERE entity = $1 AND seq > $2 ORDER BY seq LIMIT $3"),
            { entity, QByteArray::number(from), QByteArray::number(limit) });
        if (!result)
            return Error::runtime(context + QStringLiteral(": ") + result.error().message);
        QList<CapturedChange> changes;
        const PGresult* rows = result->get();
        changes.reserve(PQntuples(rows));
        for (int row = 0; row < PQntuples(rows); ++row) {
            CapturedChange change;
            change.sequence = QByteArray(PQgetvalue(rows, row, 0)).toLongLong();
            Result<QVariantList> key
                = decodedKey(QByteArray(PQgetvalue(rows, row, 1), PQgetlength(rows, row, 1)));
            if (!key)
                return key.error().within(
                    context + QStringLiteral(", entry %1").arg(change.sequence));
            change.key = std::move(*key);
            change.changedAtMs = QByteArray(PQgetvalue(rows, row, 2)).toLongLong();
            changes.append(std::move(change));
        }
        return changes;
    };
    return std::unique_ptr<ChangeStream>(
        std::make_unique<ChunkedChangeStream>(std::move(fetch), after, ChangeChunk));
}

} // namespace Syncline
