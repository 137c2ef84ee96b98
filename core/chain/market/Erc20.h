#pragma once

#include "core/chain/events/ChainLog.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace salesdesk::erc20 {

// The few ERC-20 calls and the Transfer event the chain market needs of the token the Marketplace
// pays and takes collateral in (contracts/TestToken.sol, OpenZeppelin's ERC20).

QByteArray balanceOf(const Address& holder);
QByteArray allowance(const Address& owner, const Address& spender);
QByteArray approve(const Address& spender, const UInt256& amount);

// keccak256("Transfer(address,address,uint256)"): topic 0 of every Transfer log.
Hash32 transferTopic();

// One Transfer log of the token.
struct Transfer {
    Address from;
    Address to;
    UInt256 amount;
    friend bool operator==(const Transfer&, const Transfer&) = default;
};

// The Transfer of `log` when it is one of `token`'s (nullopt for any other log); a Transfer log
// that does not have three topics and one word of data is an error.
Result<std::optional<Transfer>> transferOf(const ChainLog& log, const Address& token);
// Every Transfer of `token` in `logs` from `from` to `to`, in log order.
Result<QList<UInt256>> amountsMoved(const QList<ChainLog>& logs, const Address& token,
                                    const Address& from, const Address& to);

} // namespace salesdesk::erc20
