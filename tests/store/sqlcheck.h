// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <atomic>

namespace Syncline::Test {

// Reads a workspace file with a plain SQLite connection of its own, so tests check what is
// really stored rather than what the repositories say. Lives on the test's thread.
class SqlCheck final
{
public:
    explicit SqlCheck(const QString& file)
    {
        static std::atomic<int> s_counter { 0 };
        m_name = QStringLiteral("sqlcheck-%1").arg(++s_counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        if (!db.open())
            qWarning() << "SqlCheck: cannot open" << file << db.lastError().text();
    }
    ~SqlCheck()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(SqlCheck)

    // Every row of the result, each as a list of column values; fails the test on error.
    QList<QVariantList> rows(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        QList<QVariantList> out;
        if (!query.exec()) {
            qWarning() << "SqlCheck:" << sql << query.lastError().text();
            return out;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            out.append(row);
        }
        return out;
    }

    QVariant value(const QString& sql, const QVariantList& values = {}) const
    {
        const auto all = rows(sql, values);
        return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
    }

    bool exec(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << "SqlCheck:" << sql << query.lastError().text();
        return ok;
    }

    // The whole content of every table (rows sorted), to compare before and after.
    QString dump() const
    {
        QStringList out;
        const auto tables = rows(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        for (const QVariantList& table : tables) {
            const QString name = table.first().toString();
            QStringList lines;
            for (const QVariantList& row : rows(QStringLiteral("SELECT * FROM %1").arg(name))) {
                QStringList cells;
                for (const QVariant& cell : row) {
                    cells.append(cell.isNull() ? QStringLiteral("NULL")
                            : cell.typeId() == QMetaType::QByteArray
                            ? QString::fromLatin1(cell.toByteArray().toHex())
                            : cell.toString());
                }
                lines.append(cells.join(QLatin1Char('|')));
            }
            lines.sort();
            out.append(QStringLiteral("== %1 (%2 rows)").arg(name).arg(lines.size()));
            out.append(lines);
        }
        return out.join(QLatin1Char('\n'));
    }

private:
    QString m_name;
};

} // namespace Syncline::Test
