#pragma once

#include <QString>
#include <QtGlobal>

namespace salesdesk {

// What the market's amounts are counted in: an ERC-20 token. Amounts travel as whole numbers of
// the token's smallest unit ("base units"); one token is 10^decimals of them.
struct TokenInfo {
    QString name;
    QString symbol;
    quint8 decimals = 0;

    // The token of the simulated market and of test chains (contracts/TestToken.sol).
    static TokenInfo testStorageToken() {
        return {QStringLiteral("Test Storage Token"), QStringLiteral("TST"), 18};
    }

    friend bool operator==(const TokenInfo&, const TokenInfo&) = default;
};

} // namespace salesdesk
