// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

namespace Syncline {

namespace {

Error unsupported(const Connection& connection, const QString& what)
{
    return Error::badInput(
        QStringLiteral("%1 endpoints do not support %2").arg(connection.kind(), what));
}

} // namespace

Result<std::unique_ptr<RowStream>> Connection::readKeys(
    const ReadRequest&, const QList<QVariantList>&)
{
    return unsupported(*this, QStringLiteral("reading rows by key"));
}

Status Connection::enableCapture(const QString&, const QStringList&)
{
    return unsupported(*this, QStringLiteral("change-log capture"));
}

Status Connection::disableCapture(const QString&)
{
    return unsupported(*this, QStringLiteral("change-log capture"));
}

Result<bool> Connection::captureEnabled(const QString&)
{
    return false;
}

Result<std::unique_ptr<ChangeStream>> Connection::readChanges(const QString&, qint64)
{
    return unsupported(*this, QStringLiteral("change-log capture"));
}

Result<qint64> Connection::latestChange(const QString&)
{
    return unsupported(*this, QStringLiteral("change-log capture"));
}

} // namespace Syncline
