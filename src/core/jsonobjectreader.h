// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <utility>

namespace Syncline {

// Reads typed members of one JSON object of the config document and remembers which keys
// were read, so that leftovers (typos) are errors. It exists so that ConfigParser and
// AlertConfigParser read config items with one strictness and one set of error texts, each
// starting with the JSON path ("$.jobs[2].schedule.every: ..."). A short-lived value on the
// parsing thread.
class JsonObjectReader final
{
public:
    // Whether a string given as "" (or blanks) is an error even where the key is optional.
    enum class EmptyText { AllowedIfOptional, Rejected };

    JsonObjectReader(const QJsonObject& object, QString path,
        EmptyText emptyText = EmptyText::AllowedIfOptional);

    QString path(const QString& key) const;
    bool has(const QString& key) const { return m_object.contains(key); }

    Result<QString> string(const QString& key, bool required, const QString& fallback = {});
    // Any JSON value; undefined when absent.
    Result<QJsonValue> value(const QString& key);
    Result<QJsonObject> object(const QString& key, bool required);
    Result<QJsonArray> array(const QString& key, bool required);
    Result<bool> boolean(const QString& key, bool fallback);
    Result<int> integer(const QString& key, int fallback, int min, int max);
    // A finite number not below min.
    Result<double> number(const QString& key, bool required, double fallback, double min);
    // An array of distinct non-empty strings; a single string is accepted as a list of one.
    Result<QStringList> strings(const QString& key, bool required);

    // One of the names in options; the error lists them all.
    template <typename E>
    Result<E> choice(const QString& key, const QList<std::pair<QString, E>>& options, E fallback,
        bool required = false)
    {
        auto text = string(key, required);
        if (!text)
            return text.error();
        if (!has(key))
            return fallback;
        QStringList names;
        for (const auto& [name, value] : options) {
            if (name == *text)
                return value;
            names.append(name);
        }
        return pathError(path(key),
            QStringLiteral("unknown value '%1' (expected one of: %2)")
                .arg(*text, names.join(QStringLiteral(", "))));
    }

    // Keys only some kinds use, given for another kind, are errors too: they would be ignored.
    Status notFor(const QStringList& keys, const QString& what);
    Status noUnknownKeys() const;

    // "<path>: <what>" as a BadInput error.
    static Error pathError(const QString& path, const QString& what);
    // "a string", "an array", "null" ...: what an error says was found instead.
    static QString typeName(const QJsonValue& value);

    // The name of value in a choice() table, for writing the document back.
    template <typename E>
    static QString nameOf(const QList<std::pair<QString, E>>& options, E value)
    {
        for (const auto& [name, v] : options) {
            if (v == value)
                return name;
        }
        return QString();
    }

private:
    // The member, undefined when absent; an error when absent and required.
    Result<QJsonValue> present(const QString& key, bool required);
    // The member if it is of type; an empty one of type when absent and not required.
    Result<QJsonValue> container(const QString& key, bool required, QJsonValue::Type type);

    QJsonObject m_object;
    QString m_path;
    EmptyText m_emptyText;
    QSet<QString> m_seen;
};

} // namespace Syncline

// Declares var from a Result-returning expr, or returns its error from the enclosing function.
#define SYNCLINE_TRY(var, expr)                                                                    \
    auto var##_r = (expr);                                                                         \
    if (!var##_r)                                                                                  \
        return var##_r.error();                                                                    \
    auto var = std::move(var##_r).value();
