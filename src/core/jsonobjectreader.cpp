// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonobjectreader.h"

#include <cmath>

namespace Syncline {

JsonObjectReader::JsonObjectReader(const QJsonObject& object, QString path, EmptyText emptyText)
    : m_object(object)
    , m_path(std::move(path))
    , m_emptyText(emptyText)
{ }

QString JsonObjectReader::path(const QString& key) const
{
    return m_path + QLatin1Char('.') + key;
}

Result<QString> JsonObjectReader::string(const QString& key, bool required, const QString& fallback)
{
    SYNCLINE_TRY(v, present(key, required));
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        return pathError(path(key), QStringLiteral("expected a string, found %1").arg(typeName(v)));
    if ((required || m_emptyText == EmptyText::Rejected) && v.toString().trimmed().isEmpty())
        return pathError(path(key), QStringLiteral("must not be empty"));
    return v.toString();
}

Result<QJsonValue> JsonObjectReader::value(const QString& key)
{
    return present(key, false);
}

Result<QJsonObject> JsonObjectReader::object(const QString& key, bool required)
{
    SYNCLINE_TRY(v, container(key, required, QJsonValue::Object));
    return v.toObject();
}

Result<QJsonArray> JsonObjectReader::array(const QString& key, bool required)
{
    SYNCLINE_TRY(v, container(key, required, QJsonValue::Array));
    return v.toArray();
}

Result<bool> JsonObjectReader::boolean(const QString& key, bool fallback)
{
    SYNCLINE_TRY(v, present(key, false));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        return pathError(
            path(key), QStringLiteral("expected true or false, found %1").arg(typeName(v)));
    return v.toBool();
}

Result<int> JsonObjectReader::integer(const QString& key, int fallback, int min, int max)
{
    SYNCLINE_TRY(v, present(key, false));
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return pathError(
            path(key), QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
    return int(d);
}

Result<double> JsonObjectReader::number(
    const QString& key, bool required, double fallback, double min)
{
    SYNCLINE_TRY(v, present(key, required));
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min)
        return pathError(path(key), QStringLiteral("expected a number from %1 up").arg(min));
    return v.toDouble();
}

Result<QStringList> JsonObjectReader::strings(const QString& key, bool required)
{
    SYNCLINE_TRY(v, present(key, required));
    if (v.isUndefined())
        return QStringList();
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return QStringList { v.toString() };
    if (!v.isArray())
        return pathError(
            path(key), QStringLiteral("expected an array of strings, found %1").arg(typeName(v)));
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString() || array[i].toString().trimmed().isEmpty())
            return pathError(path(key) + QStringLiteral("[%1]").arg(i),
                QStringLiteral("expected a non-empty string, found %1").arg(typeName(array[i])));
        if (out.contains(array[i].toString()))
            return pathError(path(key) + QStringLiteral("[%1]").arg(i),
                QStringLiteral("'%1' is listed twice").arg(array[i].toString()));
        out.append(array[i].toString());
    }
    if (required && out.isEmpty())
        return pathError(path(key), QStringLiteral("needs at least one entry"));
    return out;
}

Status JsonObjectReader::notFor(const QStringList& keys, const QString& what)
{
    for (const QString& key : keys) {
        if (has(key))
            return pathError(path(key), QStringLiteral("does not apply to %1").arg(what));
        m_seen.insert(key);
    }
    return {};
}

Status JsonObjectReader::noUnknownKeys() const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_seen.contains(it.key()))
            return pathError(path(it.key()), QStringLiteral("unknown key"));
    }
    return {};
}

Result<QJsonValue> JsonObjectReader::present(const QString& key, bool required)
{
    m_seen.insert(key);
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && required)
        return pathError(path(key), QStringLiteral("is required"));
    return v;
}

Result<QJsonValue> JsonObjectReader::container(
    const QString& key, bool required, QJsonValue::Type type)
{
    SYNCLINE_TRY(v, present(key, false));
    if (v.isUndefined() && !required)
        return QJsonValue(type);
    if (v.type() != type)
        return pathError(path(key),
            QStringLiteral("expected %1, found %2").arg(typeName(QJsonValue(type)), typeName(v)));
    return v;
}

Error JsonObjectReader::pathError(const QString& path, const QString& what)
{
    return Error::badInput(path + QStringLiteral(": ") + what);
}

QString JsonObjectReader::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

} // namespace Syncline
