#include "core/chain/retrieval/VoucherCheck.h"

#include "core/chain/crypto/Secp256k1.h"

#include <algorithm>

namespace salesdesk {

namespace {

VoucherCheck::Verdict refuse(VoucherCheck::Refusal refusal, QString reason) {
    return VoucherCheck::Verdict{refusal, std::move(reason), UInt256(0)};
}

} // namespace

VoucherCheck::Verdict VoucherCheck::check(const Eip712Domain& domain, const Channel& channel,
                                          const Voucher& voucher, Timestamp now,
                                          qint64 closeMarginSeconds) {
    using uint256::toDecimal;
    if (voucher.channelId != channel.id)
        return refuse(Refusal::WrongChannel,
                      QStringLiteral("the voucher is for channel %1, not %2")
                          .arg(voucher.channelId.toHex(), channel.id.toHex()));
    if (channel.finalized)
        return refuse(Refusal::Finalized,
                      QStringLiteral("channel %1 is closed").arg(channel.id.toHex()));
    if (channel.closesAt != 0 && now + closeMarginSeconds >= channel.closesAt)
        return refuse(Refusal::Closing,
                      QStringLiteral("channel %1 closes at %2, too soon to claim a voucher "
                                     "(%3 s needed)")
                          .arg(channel.id.toHex())
                          .arg(channel.closesAt)
                          .arg(closeMarginSeconds));
    const UInt256 paid = std::max(channel.bestAccepted, channel.claimed);
    if (voucher.cumulativeAmount <= paid)
        return refuse(Refusal::Stale,
                      QStringLiteral("the voucher for %1 pays nothing: %2 is already paid")
                          .arg(toDecimal(voucher.cumulativeAmount), toDecimal(paid)));
    if (voucher.cumulativeAmount > channel.deposit)
        return refuse(Refusal::AboveDeposit,
                      QStringLiteral("the voucher for %1 is above the channel's deposit of %2")
                          .arg(toDecimal(voucher.cumulativeAmount), toDecimal(channel.deposit)));
    if (voucher.signature.r.size() != 32 || voucher.signature.s.size() != 32)
        return refuse(Refusal::Malformed,
                      QStringLiteral("the voucher's signature is malformed: r and s have 32 "
                                     "bytes each"));
    if (!Secp256k1::hasLowS(voucher.signature))
        return refuse(Refusal::HighS,
                      QStringLiteral("the voucher's signature has a high s (its malleable form)"));
    const Hash32 digest = Voucher::digest(domain, voucher.channelId, voucher.cumulativeAmount);
    const Result<Address> signer = Secp256k1::recoverAddress(digest, voucher.signature);
    if (!signer.ok())
        return refuse(
            Refusal::Malformed,
            QStringLiteral("the voucher's signature is malformed: %1").arg(signer.message()));
    if (*signer != channel.payer)
        return refuse(Refusal::WrongSigner,
                      QStringLiteral("the voucher is signed by %1, not by the payer %2 (or for "
                                     "another chain or contract)")
                          .arg(signer->toHex(), channel.payer.toHex()));
    return Verdict{Refusal::None, QString(), voucher.cumulativeAmount - paid};
}

} // namespace salesdesk
