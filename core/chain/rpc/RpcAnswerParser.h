#pragma once

#include "core/chain/rpc/RpcResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace salesdesk {

// What an HTTP body says about the calls of one request.
struct RpcAnswers {
    // Set when the body answers nothing call by call: it is not JSON or not shaped like JSON-RPC
    // (Malformed), or it is one error object without an id, a node's refusal of the whole
    // request (JsonRpc: an oversized batch, a rate limit, a parse error).
    std::optional<RpcError> whole;
    // The answers whose id matched one of the calls, by id.
    QHash<quint64, RpcResult<QJsonValue>> byId;

    // Whether the body is a JSON-RPC answer at all (a whole-request error or any matched answer):
    // what a non-2xx HTTP reply is checked for before it is taken as a bare HTTP error.
    bool isJsonRpc() const;
};

// Reads the body of the answer to a request with the calls `ids` (one id: the request was a
// single object; more: a batch). Every rule of JSON-RPC 2.0 that an answer can break is checked,
// and an answer that breaks one becomes a Malformed error of its call naming the rule.
class RpcAnswerParser {
public:
    static RpcAnswers parse(const QByteArray& body, const QList<quint64>& ids);

private:
    static RpcResult<QJsonValue> parseOne(const QJsonObject& object, quint64 id);
};

} // namespace salesdesk
