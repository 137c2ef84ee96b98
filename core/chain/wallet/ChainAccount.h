#pragma once

#include "core/chain/crypto/Eip1559Transaction.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <functional>
#include <memory>

namespace salesdesk {

class PrivateKey;
class Wallet;

// An account that signs: its address and how its transactions are signed. What a chain side
// needs of the host's wallet, whether the key is an unlocked Wallet (a network) or a test
// account's key (a local test chain). The signer owns what it signs with.
struct ChainAccount {
    using Signer = std::function<Result<SignedTransaction>(const Eip1559Transaction&)>;

    Address address;
    Signer sign;

    static ChainAccount ofKey(PrivateKey key);
    // The wallet must be unlocked (an error otherwise); locking it later makes signing fail.
    static Result<ChainAccount> ofWallet(std::shared_ptr<Wallet> wallet);
};

} // namespace salesdesk
