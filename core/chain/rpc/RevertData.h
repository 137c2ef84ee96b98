#pragma once

#include "core/chain/rpc/RpcError.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace salesdesk::rpc {

// The revert data (an ABI-encoded error: 4-byte selector and arguments; empty for a bare
// revert) in a node's JSON-RPC error, wherever the node put it. Searched depth first: an object
// is a revert context when its "message" (or "error") mentions "revert", case-insensitively, or
// when an enclosing object is one; in a revert context a "data" (or "return") member that is a
// 0x-hex string is the revert data. That covers
//   anvil and geth:  {"code": 3, "message": "execution reverted…", "data": "0x…"}
//   hardhat:         {"message": "…reverted…", "data": {"message": "…", "data": "0x…"}}
//   ganache 6:       {"message": "…revert…", "data": {"0x<tx>": {"error": "revert", "return":
//   "0x…"}}}
// and a string "data" of the form "Reverted 0x…" (OpenEthereum) anywhere. Nothing found (no
// revert, or an error that is not about one): nullopt.
std::optional<QByteArray> revertData(const QJsonValue& error);
// The same for a JSON-RPC error answer; nullopt for any other kind of error.
std::optional<QByteArray> revertData(const RpcError& error);

} // namespace salesdesk::rpc
