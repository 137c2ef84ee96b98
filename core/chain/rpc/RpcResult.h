#pragma once

#include "core/chain/rpc/RpcError.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace salesdesk {

// The outcome of one JSON-RPC call: its result or an RpcError.
template <typename T> class RpcResult {
public:
    RpcResult(T value) // NOLINT(google-explicit-constructor): implicit, like Result
        : m_state(std::move(value)) {}
    RpcResult(RpcError error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const RpcError& error() const { return std::get<RpcError>(m_state); }

private:
    std::variant<T, RpcError> m_state;
};

// One call: method and positional parameters. `timeoutSeconds` overrides the client's default
// for this call (an HTTP request carrying several calls waits for the longest of theirs).
struct RpcCall {
    QString method;
    QJsonArray params;
    std::optional<qint64> timeoutSeconds;
};

using RpcCallback = std::function<void(const RpcResult<QJsonValue>&)>;
// Answers of a batch, in the order of its calls; each call succeeds or fails on its own.
using RpcBatchCallback = std::function<void(const QList<RpcResult<QJsonValue>>&)>;

} // namespace salesdesk
