#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cg::core {

// What went wrong, in words a user can act on. `field` names the field, column
// or line at fault (empty when the error is not about one input).
struct Error
{
    enum class Kind {
        Invalid,        // user input that breaks a rule; message names the field
        NotFound,
        Conflict,       // duplicate, stale version, concurrent edit
        PermissionDenied,
        Storage,        // database problem (CLI exit code 3)
        Key,            // key file missing or not matching (CLI exit code 3)
        Io,
        Internal,
    };
    Kind kind = Kind::Internal;
    QString message;    // already translated
    QString field;
    QString code;       // optional machine-readable detail, e.g. "database.newer"

    static Error invalid(QString field, QString message)
    {
        return {Kind::Invalid, std::move(message), std::move(field), {}};
    }
    static Error make(Kind kind, QString message, QString code = {})
    {
        return {kind, std::move(message), {}, std::move(code)};
    }
};

// A value or an Error. Errors a user can cause travel as values, never as
// exceptions across library boundaries.
template <typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace cg::core
