// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlidentifier.h"

#include <QStringList>

namespace Syncline::SqlIdentifier {

namespace {

QString standardQuote(const QString& name)
{
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

QString quote(const QSqlDriver* driver, const QString& name, QSqlDriver::IdentifierType type)
{
    const bool driverQuotesIt = driver && !name.isEmpty() && !name.startsWith(u'"')
        && !name.endsWith(u'"') && !name.contains(u'.') && !name.contains(u'[')
        && !name.contains(u']');
    return driverQuotesIt ? driver->escapeIdentifier(name, type) : standardQuote(name);
}

QString quoteList(const QSqlDriver* driver, const QStringList& names, const QString& prefix)
{
    QString out;
    for (const QString& name : names) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += prefix + quote(driver, name);
    }
    return out;
}

} // namespace Syncline::SqlIdentifier
