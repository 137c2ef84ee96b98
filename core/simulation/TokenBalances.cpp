#include "core/simulation/TokenBalances.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTokenBalances, "salesdesk.simulation.tokenbalances")

namespace salesdesk {

UInt256 TokenBalances::sumOfBalances() const {
    UInt256 sum;
    for (auto it = m_balances.cbegin(); it != m_balances.cend(); ++it) {
        auto next = uint256::checkedAdd(sum, it.value());
        // Cannot happen while the supply fits (every balance is part of it); saturate if it did.
        if (!next.ok())
            return uint256::max();
        sum = *next;
    }
    return sum;
}

Result<void> TokenBalances::mint(const Address& to, const UInt256& amount) {
    auto supply = uint256::checkedAdd(m_totalSupply, amount);
    if (!supply.ok())
        return makeError(ErrorCode::Overflow,
                         QStringLiteral("cannot mint %1 tokens: the token supply would pass 2^256")
                             .arg(uint256::toDecimal(amount)));
    // balance <= supply, so this cannot overflow once the supply does not.
    m_balances[to] = m_balances.value(to) + amount;
    m_totalSupply = *supply;
    m_changed.insert(to);
    qCDebug(lcTokenBalances).noquote() << QStringLiteral("mint address=%1 amount=%2 balance=%3")
                                              .arg(to.toHex(), uint256::toDecimal(amount),
                                                   uint256::toDecimal(m_balances.value(to)));
    return {};
}

Result<void> TokenBalances::transfer(const Address& from, const Address& to,
                                     const UInt256& amount) {
    const UInt256 fromBalance = m_balances.value(from);
    if (fromBalance < amount)
        return makeError(
            ErrorCode::OutOfBounds,
            QStringLiteral("%1 holds %2 tokens, %3 are needed "
                           "(ERC20InsufficientBalance)")
                .arg(from.toHex(), uint256::toDecimal(fromBalance), uint256::toDecimal(amount)));
    if (amount == 0 || from == to)
        return {};
    m_balances[from] = fromBalance - amount;
    // The receiver's balance plus the amount is part of the supply, so it fits.
    m_balances[to] = m_balances.value(to) + amount;
    m_changed.insert(from);
    m_changed.insert(to);
    qCDebug(lcTokenBalances).noquote()
        << QStringLiteral("transfer from=%1 to=%2 amount=%3")
               .arg(from.toHex(), to.toHex(), uint256::toDecimal(amount));
    return {};
}

QList<Address> TokenBalances::addresses() const {
    QList<Address> out = m_balances.keys();
    std::sort(out.begin(), out.end());
    return out;
}

Result<void> TokenBalances::restore(const QHash<Address, UInt256>& balances) {
    UInt256 supply;
    for (auto it = balances.cbegin(); it != balances.cend(); ++it) {
        auto next = uint256::checkedAdd(supply, it.value());
        if (!next.ok())
            return makeError(ErrorCode::Overflow,
                             QStringLiteral("the stored token balances add up to more than 2^256"));
        supply = *next;
    }
    m_balances = balances;
    m_totalSupply = supply;
    m_changed.clear();
    return {};
}

QSet<Address> TokenBalances::takeChanged() {
    QSet<Address> out;
    out.swap(m_changed);
    return out;
}

} // namespace salesdesk
