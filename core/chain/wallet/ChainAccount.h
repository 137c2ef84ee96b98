#pragma once

#include "core/chain/crypto/Eip1559Transaction.h"
#include "core/chain/crypto/Signature.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <functional>
#include <memory>

namespace salesdesk {

class PrivateKey;
class Wallet;

// An account that signs: its address, how its transactions are signed and how a 32-byte digest
// is (an EIP-712 message, such as the asks the provider's endpoints publish). What a chain side
// needs of the host's wallet, whether the key is an unlocked Wallet (a network) or a test
// account's key (a local test chain). The signer owns what it signs with.
struct ChainAccount {
    using Signer = std::function<Result<SignedTransaction>(const Eip1559Transaction&)>;
    using DigestSigner = std::function<Result<Signature>(const Hash32& digest)>;

    Address address;
    Signer sign;
    DigestSigner signDigest;

    static ChainAccount ofKey(PrivateKey key);
    // The wallet must be unlocked (an error otherwise); locking it later makes signing fail.
    static Result<ChainAccount> ofWallet(std::shared_ptr<Wallet> wallet);
};

} // namespace salesdesk
