#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace salesdesk {

// The simulated ERC-20 token: a balance per address (clients, hosts, the validator and the
// marketplace's escrow), moved with checked arithmetic. Tokens are only created by mint(), so the
// sum of all balances always equals totalSupply(): that is the conservation the tests check.
class TokenBalances {
public:
    UInt256 balanceOf(const Address& address) const { return m_balances.value(address); }
    const UInt256& totalSupply() const { return m_totalSupply; }
    // The sum of every balance, recomputed (for checks; equals totalSupply()).
    UInt256 sumOfBalances() const;

    // Creates `amount` tokens on `to`. Fails (changing nothing) if the supply would pass 2^256.
    Result<void> mint(const Address& to, const UInt256& amount);
    // Moves `amount` from `from` to `to`. OutOfBounds, changing nothing, when `from` holds less
    // (the ERC-20's ERC20InsufficientBalance).
    Result<void> transfer(const Address& from, const Address& to, const UInt256& amount);

    // Every address with a balance record, sorted (for the store and reports).
    QList<Address> addresses() const;

    // Replaces everything (loading from the store). The supply is recomputed from the balances.
    Result<void> restore(const QHash<Address, UInt256>& balances);

    // Addresses whose balance changed since the last call.
    QSet<Address> takeChanged();

private:
    QHash<Address, UInt256> m_balances;
    UInt256 m_totalSupply;
    QSet<Address> m_changed;
};

} // namespace salesdesk
