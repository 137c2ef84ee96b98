#include "core/chain/market/MarketplaceAnswers.h"

#include "core/chain/deploy/ContractArtifact.h"

#include <limits>

namespace salesdesk {

namespace {

using abi::AbiValue;

Error malformed(QStringView function, const QString& what) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("Marketplace.%1 returned %2").arg(function, what));
}

// A uint that the ABI type bounds to 64 bits (the codec checked the width).
quint64 toU64(const AbiValue& value) {
    return value.word().convert_to<quint64>();
}

Result<quint8> toU8(QStringView function, const AbiValue& value) {
    if (value.word() > std::numeric_limits<quint8>::max())
        return malformed(function,
                         QStringLiteral("%1 where a uint8 was expected").arg(value.describe()));
    return value.word().convert_to<quint8>();
}

// A time the ABI bounds to 64 bits, as a Timestamp (which is signed).
Result<Timestamp> toTimestamp(QStringView function, const AbiValue& value) {
    const quint64 seconds = toU64(value);
    if (seconds > quint64(std::numeric_limits<Timestamp>::max()))
        return malformed(function, QStringLiteral("a time of %1 s, past any date").arg(seconds));
    return static_cast<Timestamp>(seconds);
}

template <typename Id> QList<Id> idsOf(const AbiValue& list) {
    QList<Id> ids;
    ids.reserve(static_cast<qsizetype>(list.items().size()));
    for (const AbiValue& item : list.items())
        ids.append(Id::fromBytes(item.bytes()));
    return ids;
}

// Request{client, Ask{…}, Content{cid, merkleRoot}, expiry, nonce}, shaped by the ABI already.
StorageRequest requestOf(const AbiValue& value) {
    const auto& fields = value.items();
    const auto& content = fields[2].items();
    StorageRequest request;
    request.client = fields[0].toAddress();
    request.ask = MarketplaceAnswers::askOf(fields[1]);
    request.content.cid = content[0].bytes();
    request.content.merkleRoot = Hash32::fromBytes(content[1].bytes());
    request.expiry = toU64(fields[3]);
    request.nonce = Nonce::fromBytes(fields[4].bytes());
    return request;
}

} // namespace

StorageAsk MarketplaceAnswers::askOf(const AbiValue& value) {
    const auto& ask = value.items();
    StorageAsk decoded;
    decoded.proofProbability = ask[0].word();
    decoded.pricePerBytePerSecond = ask[1].word();
    decoded.collateralPerByte = ask[2].word();
    decoded.slots = toU64(ask[3]);
    decoded.slotSize = toU64(ask[4]);
    decoded.duration = toU64(ask[5]);
    decoded.maxSlotLoss = toU64(ask[6]);
    return decoded;
}

Result<const MarketplaceAnswers*> MarketplaceAnswers::shared() {
    static const Result<MarketplaceAnswers> loaded = []() -> Result<MarketplaceAnswers> {
        auto artifact = ContractArtifact::embedded(QStringLiteral("Marketplace"));
        if (!artifact.ok())
            return artifact.error();
        auto contract = abi::ContractAbi::fromJson(artifact->abi);
        if (!contract.ok())
            return contract.error();
        return MarketplaceAnswers(std::move(*contract));
    }();
    if (!loaded.ok())
        return loaded.error();
    return &*loaded;
}

MarketplaceAnswers::MarketplaceAnswers(abi::ContractAbi abi)
    : m_abi(std::move(abi)) {}

Result<AbiValue> MarketplaceAnswers::single(QStringView function, QByteArrayView result) const {
    auto values = m_abi.decodeOutput(function, result);
    if (!values.ok())
        return values.error();
    if (values->size() != 1)
        return malformed(function,
                         QStringLiteral("%1 values where one was expected").arg(values->size()));
    return std::move(values->front());
}

Result<StorageRequest> MarketplaceAnswers::request(QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"getRequest", result));
    return requestOf(value);
}

Result<Slot> MarketplaceAnswers::activeSlot(QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"getActiveSlot", result));
    Slot slot;
    slot.request = requestOf(value.items()[0]);
    slot.slotIndex = toU64(value.items()[1]);
    return slot;
}

Result<RequestState> MarketplaceAnswers::requestState(QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"requestState", result));
    return requestStateFromOrdinal(value.word().convert_to<qint64>());
}

Result<SlotState> MarketplaceAnswers::slotState(QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"slotState", result));
    return slotStateFromOrdinal(value.word().convert_to<qint64>());
}

Result<QList<RequestId>> MarketplaceAnswers::requestIds(QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"myRequests", result));
    return idsOf<RequestId>(value);
}

Result<QList<SlotId>> MarketplaceAnswers::slotIds(QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"mySlots", result));
    return idsOf<SlotId>(value);
}

Result<QList<ProofDuty>> MarketplaceAnswers::proofDuties(QByteArrayView result,
                                                         const QList<SlotId>& slots) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"proofDuties", result));
    const auto& items = value.items();
    if (static_cast<qsizetype>(items.size()) != slots.size())
        return malformed(
            u"proofDuties",
            QStringLiteral("%1 duties for %2 slots").arg(items.size()).arg(slots.size()));
    QList<ProofDuty> duties;
    duties.reserve(slots.size());
    for (qsizetype i = 0; i < slots.size(); ++i) {
        // ProofDuty{state, required, willBeRequired, challenge}, shaped by the ABI already.
        const auto& fields = items[static_cast<std::size_t>(i)].items();
        ProofDuty duty;
        duty.slotId = slots.at(i);
        SD_TRY_ASSIGN(duty.state, slotStateFromOrdinal(fields[0].word().convert_to<qint64>()));
        duty.required = fields[1].toBool();
        duty.willBeRequired = fields[2].toBool();
        if (duty.required || duty.willBeRequired)
            duty.challenge = Hash32::fromBytes(fields[3].bytes());
        duties.append(duty);
    }
    return duties;
}

Result<QList<SlotSummary>> MarketplaceAnswers::slotSummaries(QByteArrayView result,
                                                             const QList<SlotId>& slots) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"slotSummaries", result));
    const auto& items = value.items();
    if (static_cast<qsizetype>(items.size()) != slots.size())
        return malformed(
            u"slotSummaries",
            QStringLiteral("%1 summaries for %2 slots").arg(items.size()).arg(slots.size()));
    QList<SlotSummary> summaries;
    summaries.reserve(slots.size());
    for (qsizetype i = 0; i < slots.size(); ++i) {
        // SlotSummary{state, host, requestEnd, requestExpiry, ActiveSlot{request, slotIndex}},
        // shaped by the ABI already.
        const auto& fields = items[static_cast<std::size_t>(i)].items();
        SlotSummary summary;
        summary.slotId = slots.at(i);
        SD_TRY_ASSIGN(summary.state, slotStateFromOrdinal(fields[0].word().convert_to<qint64>()));
        if (summary.state != SlotState::Free) {
            const Address host = fields[1].toAddress();
            if (!host.isZero())
                summary.host = host;
            SD_TRY_ASSIGN(summary.requestEnd, toTimestamp(u"slotSummaries", fields[2]));
            SD_TRY_ASSIGN(summary.requestExpiresAt, toTimestamp(u"slotSummaries", fields[3]));
            const auto& active = fields[4].items();
            summary.slot = Slot{requestOf(active[0]), toU64(active[1])};
        }
        summaries.append(summary);
    }
    return summaries;
}

Result<MarketConfig> MarketplaceAnswers::configuration(QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(u"configuration", result));
    // MarketplaceConfig{collateral{repairReward, maxSlashes, slashPercentage, validatorReward},
    // proofs{period, timeout, downtime, downtimeProduct, zkeyHash}, reservations{max},
    // requestDurationLimit}
    const auto& fields = value.items();
    const auto& collateral = fields[0].items();
    const auto& proofs = fields[1].items();
    const auto& reservations = fields[2].items();
    const QStringView what = u"configuration";
    MarketConfig config;
    SD_TRY_ASSIGN(config.repairRewardPercentage, toU8(what, collateral[0]));
    SD_TRY_ASSIGN(config.maxNumberOfSlashes, toU8(what, collateral[1]));
    SD_TRY_ASSIGN(config.slashPercentage, toU8(what, collateral[2]));
    SD_TRY_ASSIGN(config.validatorRewardPercentage, toU8(what, collateral[3]));
    config.periodSeconds = toU64(proofs[0]);
    config.proofTimeout = toU64(proofs[1]);
    SD_TRY_ASSIGN(config.downtime, toU8(what, proofs[2]));
    SD_TRY_ASSIGN(config.downtimeProduct, toU8(what, proofs[3]));
    SD_TRY_ASSIGN(config.maxReservations, toU8(what, reservations[0]));
    config.requestDurationLimit = toU64(fields[3]);
    return config;
}

Result<bool> MarketplaceAnswers::boolean(QStringView function, QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(function, result));
    if (value.kind() != AbiValue::Kind::Bool)
        return malformed(function, QStringLiteral("%1, not a bool").arg(value.describe()));
    return value.toBool();
}

Result<UInt256> MarketplaceAnswers::number(QStringView function, QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(function, result));
    if (value.kind() != AbiValue::Kind::UInt)
        return malformed(function, QStringLiteral("%1, not a uint").arg(value.describe()));
    return value.word();
}

Result<quint64> MarketplaceAnswers::number64(QStringView function, QByteArrayView result) const {
    UInt256 value;
    SD_TRY_ASSIGN(value, number(function, result));
    if (value > std::numeric_limits<quint64>::max())
        return malformed(function,
                         QStringLiteral("%1, past 64 bits").arg(uint256::toDecimal(value)));
    return value.convert_to<quint64>();
}

Result<Hash32> MarketplaceAnswers::word(QStringView function, QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(function, result));
    if (value.kind() != AbiValue::Kind::Bytes || value.bytes().size() != 32)
        return malformed(function, QStringLiteral("%1, not a bytes32").arg(value.describe()));
    return Hash32::fromBytes(value.bytes());
}

Result<Address> MarketplaceAnswers::address(QStringView function, QByteArrayView result) const {
    AbiValue value;
    SD_TRY_ASSIGN(value, single(function, result));
    if (value.kind() != AbiValue::Kind::Address)
        return malformed(function, QStringLiteral("%1, not an address").arg(value.describe()));
    return value.toAddress();
}

} // namespace salesdesk
