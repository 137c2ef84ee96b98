#include "core/chain/deals/DealAcceptance.h"

#include "core/chain/crypto/Secp256k1.h"

#include <algorithm>
#include <limits>

namespace salesdesk {

namespace {

using Refusal = DealAcceptance::Refusal;
using uint256::toDecimal;

// The contract keeps times in 40 bits and amounts in 128.
constexpr quint64 kLatestEnd = (quint64(1) << 40) - 1;

const UInt256& amountLimit() {
    static const UInt256 limit = UInt256(1) << 128;
    return limit;
}

DealAcceptance::Verdict refuse(Refusal refusal, QString reason) {
    return DealAcceptance::Verdict{refusal, std::move(reason)};
}

// a + b, or the largest quint64 when that does not fit.
quint64 saturatingAdd(quint64 a, quint64 b) {
    const quint64 largest = std::numeric_limits<quint64>::max();
    return b > largest - a ? largest : a + b;
}

// ceil(size / 65536) without the overflow of size + 65535 near 2^64.
quint64 chunksOf(quint64 size) {
    return size / DealProposal::kChunkSize + (size % DealProposal::kChunkSize != 0 ? 1 : 0);
}

// "N" for a product that fits in 256 bits, "more than 2^256" for one that does not.
QString productText(const Result<UInt256>& product) {
    return product.ok() ? toDecimal(*product) : QStringLiteral("more than 2^256");
}

} // namespace

DealAcceptance::Verdict DealAcceptance::check(const DealProposal& proposal,
                                              const Signature& clientSignature, const DealAsk& ask,
                                              const DealRules& rules, const Context& context) {
    const DealProposal& p = proposal;
    if (!rules.acceptDeals)
        return refuse(Refusal::NotAccepting,
                      QStringLiteral("this provider does not take direct deals at the moment"));
    if (rules.deniedClients.contains(p.client))
        return refuse(Refusal::ClientDenied,
                      QStringLiteral("the client %1 is denied").arg(p.client.toHex()));
    if (!rules.allowedClients.isEmpty() && !rules.allowedClients.contains(p.client))
        return refuse(Refusal::ClientNotAllowed,
                      QStringLiteral("the client %1 is not on the provider's list of allowed "
                                     "clients")
                          .arg(p.client.toHex()));
    if (p.provider != context.provider)
        return refuse(Refusal::WrongProvider,
                      QStringLiteral("the proposal is for the provider %1, not for %2")
                          .arg(p.provider.toHex(), context.provider.toHex()));
    const Hash32 id = p.digest(context.domain);
    if (context.known)
        return refuse(Refusal::AlreadyKnown,
                      QStringLiteral("a deal with the id %1 exists already").arg(id.toHex()));

    // The signature: well formed, low s, by the client for this chain and contract.
    if (clientSignature.r.size() != 32 || clientSignature.s.size() != 32)
        return refuse(Refusal::MalformedSignature,
                      QStringLiteral("the client's signature is malformed: r and s have 32 "
                                     "bytes each, not %1 and %2")
                          .arg(clientSignature.r.size())
                          .arg(clientSignature.s.size()));
    if (!Secp256k1::hasLowS(clientSignature))
        return refuse(Refusal::HighS,
                      QStringLiteral("the client's signature has a high s (its malleable form)"));
    const Result<Address> signer = Secp256k1::recoverAddress(id, clientSignature);
    if (!signer.ok())
        return refuse(
            Refusal::MalformedSignature,
            QStringLiteral("the client's signature is malformed: %1").arg(signer.message()));
    if (*signer != p.client)
        return refuse(Refusal::WrongSigner,
                      QStringLiteral("the proposal is signed by %1, not by the client %2 (or "
                                     "for another chain or contract)")
                          .arg(signer->toHex(), p.client.toHex()));

    // The data.
    if (p.size == 0 || p.size < ask.minSize || p.size > ask.maxSize)
        return refuse(Refusal::SizeOutOfBounds,
                      QStringLiteral("a size of %1 bytes is outside the ask's bounds: %2 to %3 "
                                     "bytes")
                          .arg(p.size)
                          .arg(std::max<quint64>(ask.minSize, 1))
                          .arg(ask.maxSize));
    const quint64 chunks = chunksOf(p.size);
    if (p.chunkCount != chunks)
        return refuse(Refusal::WrongChunkCount,
                      QStringLiteral("%1 bytes make %2 blocks of 64 KiB, not %3")
                          .arg(p.size)
                          .arg(chunks)
                          .arg(p.chunkCount));
    if (p.pricePerSecond >= amountLimit() || p.providerCollateral >= amountLimit())
        return refuse(Refusal::AmountTooLarge,
                      QStringLiteral("the price per second (%1) and the collateral (%2) must be "
                                     "below 2^128")
                          .arg(toDecimal(p.pricePerSecond), toDecimal(p.providerCollateral)));

    // The times.
    const quint64 now = context.now > 0 ? static_cast<quint64>(context.now) : 0;
    const quint64 earliestStart = saturatingAdd(now, ask.minStartLead);
    const quint64 latestStart = saturatingAdd(now, ask.maxStartLead);
    if (p.start < earliestStart)
        return refuse(Refusal::StartTooSoon,
                      QStringLiteral("the start at %1 is too soon: it must be at %2 or later "
                                     "(%3 s after now, %4)")
                          .arg(p.start)
                          .arg(earliestStart)
                          .arg(ask.minStartLead)
                          .arg(now));
    if (p.start > latestStart)
        return refuse(Refusal::StartTooLate,
                      QStringLiteral("the start at %1 is too late: it must be at %2 or earlier "
                                     "(%3 s after now, %4)")
                          .arg(p.start)
                          .arg(latestStart)
                          .arg(ask.maxStartLead)
                          .arg(now));
    if (p.end <= p.start)
        return refuse(
            Refusal::DurationOutOfBounds,
            QStringLiteral("the end at %1 is not after the start at %2").arg(p.end).arg(p.start));
    if (p.duration() < ask.minDuration || p.duration() > ask.maxDuration)
        return refuse(Refusal::DurationOutOfBounds,
                      QStringLiteral("a duration of %1 s is outside the ask's bounds: %2 to %3 s")
                          .arg(p.duration())
                          .arg(ask.minDuration)
                          .arg(ask.maxDuration));
    if (p.end > kLatestEnd)
        return refuse(Refusal::EndTooFar,
                      QStringLiteral("the end at %1 is past %2, the latest time the contract "
                                     "keeps")
                          .arg(p.end)
                          .arg(kLatestEnd));
    if (ask.validUntil != 0 && context.now > ask.validUntil)
        return refuse(
            Refusal::AskExpired,
            QStringLiteral("the ask expired at %1 (now %2)").arg(ask.validUntil).arg(context.now));

    // The amounts against the ask. A product past 2^256 is above any price or collateral.
    const Result<UInt256> leastPrice =
        uint256::checkedMul(ask.pricePerBytePerSecond, UInt256(p.size));
    if (!leastPrice.ok() || p.pricePerSecond < *leastPrice)
        return refuse(Refusal::PriceBelowAsk,
                      QStringLiteral("the price of %1 per second is below the ask: %2 per second "
                                     "for %3 bytes at %4 per byte per second")
                          .arg(toDecimal(p.pricePerSecond), productText(leastPrice))
                          .arg(p.size)
                          .arg(toDecimal(ask.pricePerBytePerSecond)));
    const Result<UInt256> leastCollateral =
        uint256::checkedMul(ask.minCollateralPerByte, UInt256(p.size));
    const Result<UInt256> mostCollateral =
        uint256::checkedMul(ask.maxCollateralPerByte, UInt256(p.size));
    if (!leastCollateral.ok() || p.providerCollateral < *leastCollateral ||
        (mostCollateral.ok() && p.providerCollateral > *mostCollateral))
        return refuse(
            Refusal::CollateralOutOfBounds,
            QStringLiteral("a collateral of %1 is outside the ask's bounds: %2 to %3 "
                           "for %4 bytes at %5 to %6 per byte")
                .arg(toDecimal(p.providerCollateral), productText(leastCollateral),
                     productText(mostCollateral))
                .arg(p.size)
                .arg(toDecimal(ask.minCollateralPerByte), toDecimal(ask.maxCollateralPerByte)));

    // The escrow balances, as publishDeal debits them: the client's payment first, then the
    // provider's collateral from its balance as it is after that debit.
    const Result<UInt256> payment = p.payment();
    if (!payment.ok())
        return refuse(Refusal::AmountTooLarge,
                      QStringLiteral("the payment (%1 per second for %2 s) does not fit in 256 "
                                     "bits")
                          .arg(toDecimal(p.pricePerSecond))
                          .arg(p.duration()));
    if (context.clientEscrow && *context.clientEscrow < *payment)
        return refuse(Refusal::ClientFundsShort,
                      QStringLiteral("the client's free escrow of %1 is below the payment of %2 "
                                     "(%3 per second for %4 s)")
                          .arg(toDecimal(*context.clientEscrow), toDecimal(*payment),
                               toDecimal(p.pricePerSecond))
                          .arg(p.duration()));
    const bool selfDeal = p.client == p.provider;
    const Result<UInt256> providerNeeds = selfDeal
                                              ? uint256::checkedAdd(*payment, p.providerCollateral)
                                              : Result<UInt256>(p.providerCollateral);
    if (!providerNeeds.ok() ||
        (context.providerEscrow && *context.providerEscrow < *providerNeeds)) {
        const QString escrow =
            context.providerEscrow ? toDecimal(*context.providerEscrow) : QStringLiteral("unknown");
        if (!selfDeal)
            return refuse(Refusal::ProviderFundsShort,
                          QStringLiteral("the provider's free escrow of %1 is below the "
                                         "collateral of %2")
                              .arg(escrow, toDecimal(p.providerCollateral)));
        return refuse(Refusal::ProviderFundsShort,
                      QStringLiteral("the provider's free escrow of %1 is below %2: the payment "
                                     "of %3 and the collateral of %4, as it is its own client")
                          .arg(escrow, productText(providerNeeds), toDecimal(*payment),
                               toDecimal(p.providerCollateral)));
    }

    // The provider's own limits.
    if (context.clientTransfers >= rules.maxTransfersPerClient)
        return refuse(Refusal::TooManyTransfers,
                      QStringLiteral("the client already has %1 deals receiving data, the most "
                                     "this provider takes at once is %2")
                          .arg(context.clientTransfers)
                          .arg(rules.maxTransfersPerClient));
    if (!context.storageAvailable)
        return refuse(Refusal::NoStorage,
                      QStringLiteral("no availability has room for %1 bytes until %2")
                          .arg(p.size)
                          .arg(p.end));
    return Verdict{};
}

QString DealAcceptance::refusalName(Refusal refusal) {
    switch (refusal) {
    case Refusal::None:
        return QString();
    case Refusal::NotAccepting:
        return QStringLiteral("not-accepting");
    case Refusal::ClientDenied:
        return QStringLiteral("client-denied");
    case Refusal::ClientNotAllowed:
        return QStringLiteral("client-not-allowed");
    case Refusal::WrongProvider:
        return QStringLiteral("wrong-provider");
    case Refusal::MalformedSignature:
        return QStringLiteral("malformed-signature");
    case Refusal::HighS:
        return QStringLiteral("high-s");
    case Refusal::WrongSigner:
        return QStringLiteral("wrong-signer");
    case Refusal::SizeOutOfBounds:
        return QStringLiteral("size-out-of-bounds");
    case Refusal::WrongChunkCount:
        return QStringLiteral("wrong-chunk-count");
    case Refusal::StartTooSoon:
        return QStringLiteral("start-too-soon");
    case Refusal::StartTooLate:
        return QStringLiteral("start-too-late");
    case Refusal::DurationOutOfBounds:
        return QStringLiteral("duration-out-of-bounds");
    case Refusal::EndTooFar:
        return QStringLiteral("end-too-far");
    case Refusal::AmountTooLarge:
        return QStringLiteral("amount-too-large");
    case Refusal::PriceBelowAsk:
        return QStringLiteral("price-below-ask");
    case Refusal::CollateralOutOfBounds:
        return QStringLiteral("collateral-out-of-bounds");
    case Refusal::AskExpired:
        return QStringLiteral("ask-expired");
    case Refusal::ClientFundsShort:
        return QStringLiteral("client-funds-short");
    case Refusal::ProviderFundsShort:
        return QStringLiteral("provider-funds-short");
    case Refusal::TooManyTransfers:
        return QStringLiteral("too-many-transfers");
    case Refusal::NoStorage:
        return QStringLiteral("no-storage");
    case Refusal::AlreadyKnown:
        return QStringLiteral("already-known");
    }
    return QString();
}

} // namespace salesdesk
