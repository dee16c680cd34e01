// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalrepository.h"

#include "storesql.h"
#include "workspace.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>
#include <limits>
#include <optional>

namespace Syncline {

namespace {

constexpr int s_defaultChunkSize = 10000;
// Keys per IN (...) list: well below SQLite's limit on bound parameters.
constexpr int s_lookupBatch = 500;

JournalEntry readEntry(const SqliteStatement& query)
{
    JournalEntry entry;
    entry.key = query.blob(0);
    // The hash is stored as the signed 64-bit integer with the same bits.
    entry.hash = quint64(query.int64(1));
    entry.base = query.value(2).toByteArray();
    return entry;
}

// Reads one page at a time (keyset pagination on the primary key). Each page is read whole and
// its statement finished before next() hands out its entries, so no read stays open while the
// engine writes journal entries (for keys up to the last one read) between pages.
class SqlJournalStream final : public JournalStream
{
public:
    SqlJournalStream(Workspace& workspace, QString job, int chunkSize)
        : m_workspace(workspace)
        , m_job(std::move(job))
        , m_chunkSize(chunkSize)
    { }

    Result<bool> next(JournalEntry& entry) override
    {
        if (m_index >= m_page.size()) {
            if (m_exhausted)
                return false;
            if (auto fetched = fetch(); !fetched)
                return fetched.error();
            if (m_page.isEmpty())
                return false;
        }
        entry = std::move(m_page[m_index++]);
        return true;
    }

private:
    Status fetch()
    {
        m_page.clear();
        m_index = 0;
        const QString what = QStringLiteral("job %1: journal").arg(m_job);
        SqliteStatement& query = m_started ? m_next : m_first;
        if (!m_prepared) {
            const QString select
                = QStringLiteral("SELECT key, hash, base FROM journal WHERE job = ?");
            const QString order = QStringLiteral(" ORDER BY key LIMIT ?");
            const QString first = select + order;
            const QString next = select + QStringLiteral(" AND key > ?") + order;
            for (const auto& [statement, sql] :
                { std::pair { &m_first, &first }, std::pair { &m_next, &next } }) {
                auto prepared = StoreSql::prepareNative(m_workspace, *sql);
                if (!prepared)
                    return prepared.error().within(what);
                *statement = std::move(prepared).value();
            }
            m_prepared = true;
        }
        query.bind(0, m_job);
        int next = 1;
        if (m_started)
            query.bindBlob(next++, m_lastKey);
        query.bindInt64(next, m_chunkSize);
        m_page.reserve(m_chunkSize);
        // Finishes the read, so no read transaction stays open between pages.
        const Status read = StoreSql::readNative(m_workspace, query, what,
            [this](const SqliteStatement& row) { m_page.append(readEntry(row)); });
        if (!read)
            return read;
        m_started = true;
        if (m_page.size() < m_chunkSize)
            m_exhausted = true;
        if (!m_page.isEmpty())
            m_lastKey = m_page.constLast().key;
        return {};
    }

    Workspace& m_workspace;
    QString m_job;
    int m_chunkSize;
    QList<JournalEntry> m_page;
    qsizetype m_index = 0;
    QByteArray m_lastKey;
    SqliteStatement m_first;
    SqliteStatement m_next;
    bool m_prepared = false;
    bool m_started = false;
    bool m_exhausted = false;
};

// Watermarks are JSON {"t": type, "v": value} so that the QVariant's type comes back as it was
// stored: "int" (qlonglong, as a decimal string: JSON numbers lose digits past 2^53), "real"
// (double), "text" (QString), "blob-hex" (QByteArray), "datetime" (QDateTime, ISO 8601 with
// its offset), "date" (QDate).
Result<QString> encodeWatermark(const QVariant& value)
{
    QString type;
    QJsonValue encoded;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::SChar:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        type = QStringLiteral("int");
        encoded = QString::number(value.toLongLong());
        break;
    case QMetaType::ULongLong:
        if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return Error::badInput(QStringLiteral("watermark %1 does not fit a 64-bit signed "
                                                  "integer")
                                       .arg(value.toULongLong()));
        type = QStringLiteral("int");
        encoded = QString::number(value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        if (!std::isfinite(value.toDouble()))
            return Error::badInput(
                QStringLiteral("watermark %1 is not a finite number").arg(value.toDouble()));
        type = QStringLiteral("real");
        encoded = value.toDouble();
        break;
    case QMetaType::QString:
        type = QStringLiteral("text");
        encoded = value.toString();
        break;
    case QMetaType::QByteArray:
        type = QStringLiteral("blob-hex");
        encoded = QString::fromLatin1(value.toByteArray().toHex());
        break;
    case QMetaType::QDateTime:
        type = QStringLiteral("datetime");
        encoded = value.toDateTime().toString(Qt::ISODateWithMs);
        break;
    case QMetaType::QDate:
        type = QStringLiteral("date");
        encoded = value.toDate().toString(Qt::ISODate);
        break;
    default:
        return Error::badInput(QStringLiteral("a watermark of type %1 cannot be stored")
                                   .arg(QString::fromLatin1(value.typeName())));
    }
    const QJsonObject object { { QStringLiteral("t"), type }, { QStringLiteral("v"), encoded } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QVariant> decodeWatermark(const QString& text)
{
    const auto bad
        = [&]() { return Error::runtime(QStringLiteral("unreadable watermark %1").arg(text)); };
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = object.value(QStringLiteral("t")).toString();
    const QJsonValue v = object.value(QStringLiteral("v"));
    if (type == u"int") {
        if (v.isDouble())
            return QVariant(qlonglong(v.toDouble()));
        bool ok = false;
        const qlonglong n = v.toString().toLongLong(&ok);
        if (!ok)
            return bad();
        return QVariant(n);
    }
    if (type == u"real" && v.isDouble())
        return QVariant(v.toDouble());
    if (type == u"text" && v.isString())
        return QVariant(v.toString());
    if (type == u"blob-hex" && v.isString())
        return QVariant(QByteArray::fromHex(v.toString().toLatin1()));
    if (type == u"datetime" && v.isString()) {
        const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return QVariant(at);
    }
    if (type == u"date" && v.isString()) {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        if (date.isValid())
            return QVariant(date);
    }
    return bad();
}

} // namespace

std::unique_ptr<JournalStream> JournalRepository::stream(const QString& job, int chunkSize) const
{
    return std::make_unique<SqlJournalStream>(
        m_workspace, job, chunkSize > 0 ? chunkSize : s_defaultChunkSize);
}

Result<QHash<QByteArray, JournalEntry>> JournalRepository::lookup(
    const QString& job, const QList<QByteArray>& keys) const
{
    QHash<QByteArray, JournalEntry> found;
    found.reserve(keys.size());
    const QString what = QStringLiteral("job %1: journal lookup").arg(job);
    // Preparing a statement with hundreds of placeholders costs about as much as running it:
    // the full-size one is prepared once and reused, only a shorter last one is extra.
    const auto prepare = [&](qsizetype n) {
        QString placeholders = QStringLiteral("?");
        placeholders.reserve(2 * n);
        for (qsizetype i = 1; i < n; ++i)
            placeholders += QStringLiteral(",?");
        return StoreSql::prepareNative(m_workspace,
            QStringLiteral("SELECT key, hash, base FROM journal WHERE job = ? AND key IN (%1)")
                .arg(placeholders));
    };
    std::optional<SqliteStatement> full;
    for (qsizetype start = 0; start < keys.size(); start += s_lookupBatch) {
        const qsizetype n = std::min<qsizetype>(s_lookupBatch, keys.size() - start);
        std::optional<SqliteStatement> partial;
        if (n == s_lookupBatch && !full) {
            auto prepared = prepare(n);
            if (!prepared)
                return prepared.error();
            full = std::move(prepared).value();
        } else if (n < s_lookupBatch) {
            auto prepared = prepare(n);
            if (!prepared)
                return prepared.error();
            partial = std::move(prepared).value();
        }
        SqliteStatement& query = partial ? *partial : *full;
        query.bind(0, job);
        for (qsizetype i = 0; i < n; ++i)
            query.bindBlob(int(i) + 1, keys[start + i], false);
        const Status read
            = StoreSql::readNative(m_workspace, query, what, [&found](const SqliteStatement& row) {
                  JournalEntry entry = readEntry(row);
                  found.insert(entry.key, entry);
              });
        if (!read)
            return read.error();
    }
    return found;
}

Status JournalRepository::apply(
    const QString& job, const QList<JournalEntry>& entries, const QList<QByteArray>& removedKeys)
{
    if (entries.isEmpty() && removedKeys.isEmpty())
        return {};
    return m_workspace.transaction([&]() -> Status {
        const QString what = QStringLiteral("job %1: cannot write the journal").arg(job);
        if (!entries.isEmpty()) {
            auto upsert = StoreSql::prepareNative(m_workspace,
                QStringLiteral("INSERT INTO journal (job, key, hash, base) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (job, key) DO UPDATE SET hash = excluded.hash, "
                               "base = excluded.base"));
            if (!upsert)
                return upsert.error();
            upsert->bind(0, job);
            for (const JournalEntry& entry : entries) {
                upsert->bindBlob(1, entry.key, false);
                upsert->bindInt64(2, qint64(entry.hash));
                if (entry.base.isNull())
                    upsert->bind(3, QVariant());
                else
                    upsert->bindBlob(3, entry.base, false);
                if (auto s = StoreSql::execNative(m_workspace, *upsert, what); !s)
                    return s;
            }
        }
        if (!removedKeys.isEmpty()) {
            auto remove = StoreSql::prepareNative(
                m_workspace, QStringLiteral("DELETE FROM journal WHERE job = ? AND key = ?"));
            if (!remove)
                return remove.error();
            remove->bind(0, job);
            for (const QByteArray& key : removedKeys) {
                remove->bindBlob(1, key, false);
                if (auto s = StoreSql::execNative(m_workspace, *remove, what); !s)
                    return s;
            }
        }
        return {};
    });
}

Status JournalRepository::clear(const QString& job)
{
    return m_workspace.transaction([&]() -> Status {
        for (const QString& sql : { QStringLiteral("DELETE FROM journal WHERE job = ?"),
                 QStringLiteral("DELETE FROM job_state WHERE job = ?") }) {
            if (auto query = StoreSql::run(m_workspace, sql, { job }); !query)
                return query.error().within(QStringLiteral("job %1").arg(job));
        }
        qCInfo(lcStore) << "journal and watermark of job" << job << "cleared";
        return {};
    });
}

Result<qint64> JournalRepository::count(const QString& job) const
{
    auto query = StoreSql::run(
        m_workspace, QStringLiteral("SELECT COUNT(*) FROM journal WHERE job = ?"), { job });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QVariant> JournalRepository::watermark(const QString& job) const
{
    auto query = StoreSql::run(
        m_workspace, QStringLiteral("SELECT watermark FROM job_state WHERE job = ?"), { job });
    if (!query)
        return query.error();
    if (!query->next() || query->value(0).isNull())
        return QVariant();
    auto value = decodeWatermark(query->value(0).toString());
    if (!value)
        return value.error().within(
            QStringLiteral("workspace %1: job %2").arg(m_workspace.location(), job));
    return value;
}

Status JournalRepository::setWatermark(const QString& job, const QVariant& value)
{
    QVariant stored; // NULL: no watermark
    if (value.isValid() && !value.isNull()) {
        auto encoded = encodeWatermark(value);
        if (!encoded)
            return encoded.error().within(QStringLiteral("job %1").arg(job));
        stored = *encoded;
    } else {
        stored = QVariant(QMetaType::fromType<QString>());
    }
    auto query = StoreSql::run(m_workspace,
        QStringLiteral("INSERT INTO job_state (job, watermark, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (job) DO UPDATE SET watermark = excluded.watermark, "
                       "updated_at = excluded.updated_at"),
        { job, stored, StoreSql::nowText() });
    if (!query)
        return query.error().within(QStringLiteral("job %1: cannot store the watermark").arg(job));
    return {};
}

} // namespace Syncline
