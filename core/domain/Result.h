#pragma once

#include "core/domain/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace salesdesk {

// Result<T>: a value or an Error. The core's error convention (see CONTRIBUTING.md): functions
// that can fail on input, state or I/O return Result; they do not throw. std::expected is C++23,
// so this is the small subset of it we need.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_state(std::move(value)) {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    ErrorCode code() const { return error().code; }
    const QString& message() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    ErrorCode code() const { return m_error->code; }
    const QString& message() const { return m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message)};
}

} // namespace salesdesk

// Propagates the error of a Result-returning expression: SD_TRY(db.exec(q));
#define SD_TRY(expr)                                                                               \
    do {                                                                                           \
        auto sdTryResult_ = (expr);                                                                \
        if (!sdTryResult_.ok())                                                                    \
            return sdTryResult_.error();                                                           \
    } while (false)

// Propagates the error of a Result<T>-returning expression, or moves its value into `target`:
//   QByteArray code;
//   SD_TRY_ASSIGN(code, rpc::parseData(text));
#define SD_TRY_ASSIGN(target, expr)                                                                \
    do {                                                                                           \
        auto sdTryResult_ = (expr);                                                                \
        if (!sdTryResult_.ok())                                                                    \
            return sdTryResult_.error();                                                           \
        target = std::move(sdTryResult_).value();                                                  \
    } while (false)

// Declares `name` holding the value of a Result<T>-returning expression, or propagates its error:
//   SD_TRY_DECLARE(tx, m_db.begin());
//   ...
//   SD_TRY(tx.commit());
// For values that cannot be default-constructed and assigned (SD_TRY_ASSIGN), such as a
// Transaction.
#define SD_TRY_DECLARE(name, expr)                                                                 \
    auto name##SdTryResult_ = (expr);                                                              \
    if (!name##SdTryResult_.ok())                                                                  \
        return name##SdTryResult_.error();                                                         \
    auto name = std::move(name##SdTryResult_).value()
