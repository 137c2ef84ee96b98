#include "core/chain/market/MarketplaceEvent.h"

#include "core/chain/market/MarketplaceAnswers.h"

#include <QHash>

#include <vector>

namespace salesdesk {

namespace {

using Kind = MarketplaceEvent::Kind;

const QHash<QString, Kind>& kindsByName() {
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("StorageRequested"), Kind::StorageRequested},
        {QStringLiteral("RequestFulfilled"), Kind::RequestFulfilled},
        {QStringLiteral("RequestCancelled"), Kind::RequestCancelled},
        {QStringLiteral("RequestFailed"), Kind::RequestFailed},
        {QStringLiteral("SlotFilled"), Kind::SlotFilled},
        {QStringLiteral("SlotFreed"), Kind::SlotFreed},
        {QStringLiteral("SlotReservationsFull"), Kind::SlotReservationsFull},
        {QStringLiteral("ProofSubmitted"), Kind::ProofSubmitted},
    };
    return kinds;
}

Error bad(const ChainLog& log, const QString& what) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("Marketplace log at %1: %2").arg(log.describe(), what));
}

quint64 u64(const abi::AbiValue& value) {
    return value.word().convert_to<quint64>();
}

} // namespace

Result<MarketplaceEvent> MarketplaceEvent::fromLog(const ChainLog& log) {
    const MarketplaceAnswers* answers = nullptr;
    SD_TRY_ASSIGN(answers, MarketplaceAnswers::shared());
    const std::vector<Hash32> topics(log.topics.begin(), log.topics.end());
    auto decoded = answers->abi().decodeEvent(topics, log.data);
    if (!decoded.ok())
        return bad(log, decoded.message());
    const auto kind = kindsByName().constFind(decoded->name);
    if (kind == kindsByName().constEnd())
        return bad(log, QStringLiteral("%1 is not an event Sales Desk reads").arg(decoded->name));

    MarketplaceEvent event;
    event.kind = *kind;
    event.log = log;
    // The ABI decoder checked every parameter's type; only presence is left to check.
    auto value = [&](const char* name) {
        return decoded->value(QString::fromLatin1(name));
    };
    if (event.kind == Kind::ProofSubmitted) {
        const abi::AbiValue* id = value("id");
        if (id == nullptr)
            return bad(log, QStringLiteral("ProofSubmitted without an id"));
        event.slotId = SlotId::fromBytes(id->bytes());
        return event;
    }
    const abi::AbiValue* requestId = value("requestId");
    if (requestId == nullptr)
        return bad(log, QStringLiteral("%1 without a requestId").arg(decoded->name));
    event.requestId = RequestId::fromBytes(requestId->bytes());
    if (const abi::AbiValue* slotIndex = value("slotIndex"))
        event.slotIndex = u64(*slotIndex);
    if (event.kind == Kind::StorageRequested) {
        const abi::AbiValue* ask = value("ask");
        const abi::AbiValue* expiry = value("expiry");
        if (ask == nullptr || expiry == nullptr)
            return bad(log, QStringLiteral("StorageRequested without its ask or expiry"));
        event.ask = MarketplaceAnswers::askOf(*ask);
        event.expiry = u64(*expiry);
    }
    return event;
}

QString MarketplaceEvent::describe() const {
    const QString name = kindsByName().key(kind);
    switch (kind) {
    case Kind::ProofSubmitted:
        return QStringLiteral("%1 %2").arg(name, slotId.toHex());
    case Kind::SlotFilled:
    case Kind::SlotFreed:
    case Kind::SlotReservationsFull:
        return QStringLiteral("%1 %2 slot %3").arg(name, requestId.toHex()).arg(slotIndex);
    default:
        return QStringLiteral("%1 %2").arg(name, requestId.toHex());
    }
}

} // namespace salesdesk
