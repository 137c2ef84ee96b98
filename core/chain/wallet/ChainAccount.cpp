#include "core/chain/wallet/ChainAccount.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/wallet/Wallet.h"

namespace salesdesk {

ChainAccount ChainAccount::ofKey(PrivateKey key) {
    auto owned = std::make_shared<PrivateKey>(std::move(key));
    return ChainAccount{
        owned->address(),
        [owned](const Eip1559Transaction& transaction) -> Result<SignedTransaction> {
            return transaction.sign(*owned);
        },
        [owned](const Hash32& digest) -> Result<Signature> {
            return owned->sign(digest);
        }};
}

Result<ChainAccount> ChainAccount::ofWallet(std::shared_ptr<Wallet> wallet) {
    if (!wallet || !wallet->isUnlocked())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the wallet is locked: unlock it with its passphrase"));
    auto address = wallet->address();
    if (!address.ok())
        return address.error();
    return ChainAccount{
        *address,
        [wallet](const Eip1559Transaction& transaction) { return wallet->sign(transaction); },
        [wallet](const Hash32& digest) {
            return wallet->signDigest(digest);
        }};
}

} // namespace salesdesk
