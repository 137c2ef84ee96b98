#pragma once

#include "core/chain/events/ChainLog.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/TokenInfo.h"
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
// Moves `amount` base units from the sender to `to` (what a withdrawal from the wallet sends).
QByteArray transfer(const Address& to, const UInt256& amount);

// The token's metadata views (optional in ERC-20, present in OpenZeppelin's ERC20).
QByteArray name();
QByteArray symbol();
QByteArray decimals();
// What name() or symbol() answered: an ABI string, or the 32 bytes (zero-padded text) some older
// tokens answer instead; `what` names the view in errors.
Result<QString> decodeText(QStringView what, QByteArrayView data);
// What decimals() answered: one word holding at most 255.
Result<quint8> decodeDecimals(QByteArrayView data);
// The TokenInfo of name(), symbol() and decimals()'s answers.
Result<TokenInfo> tokenInfo(QByteArrayView name, QByteArrayView symbol, QByteArrayView decimals);

// keccak256("Transfer(address,address,uint256)"): topic 0 of every Transfer log.
Hash32 transferTopic();
// An address as an indexed topic (Transfer's topics 1 and 2): left-padded to 32 bytes.
Hash32 addressTopic(const Address& address);

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
