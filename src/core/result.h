// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Syncline {

// Why an operation failed. BadInput means the user's config or data is wrong (exit 2 on the
// command line); Runtime means the environment failed (connection refused, disk full: exit 1).
enum class ErrorKind { BadInput, Runtime, Cancelled };

// An expected failure with a one-line message naming the file, JSON path, table, column or
// row key involved. Value type, crosses threads freely.
struct Error
{
    ErrorKind kind = ErrorKind::Runtime;
    QString message;

    static Error badInput(const QString& message) { return { ErrorKind::BadInput, message }; }
    static Error runtime(const QString& message) { return { ErrorKind::Runtime, message }; }
    static Error cancelled(const QString& message) { return { ErrorKind::Cancelled, message }; }

    // Prefixes the message with where it happened ("mapping customers: ...").
    Error within(const QString& context) const
    {
        return { kind, context + QStringLiteral(": ") + message };
    }
};

// A value or an Error, in the spirit of std::expected (not in the C++20 library we build with).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation that yields nothing but may fail.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace Syncline
