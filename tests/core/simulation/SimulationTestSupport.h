#pragma once

// Shared helpers of the core/market tests: requests, proofs and a way to wait for the market's
// queued answers without sleeping.

#include "core/domain/FixedBytes.h"
#include "core/domain/Slot.h"
#include "core/domain/StorageRequest.h"
#include "core/market/MarketResult.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/simulation/MarketLedger.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QString>
#include <QTest>

#include <optional>

namespace salesdesk {
template <std::size_t N, typename Tag> char* toString(const FixedBytes<N, Tag>& id) {
    return qstrdup(qPrintable(id.toHex()));
}
} // namespace salesdesk

namespace salesdesk::test {

// States compare by name (salesdesk::toString is taken by the QString form, so QCOMPARE cannot
// print the enums themselves).
inline QString stateName(std::optional<RequestState> state) {
    return state ? salesdesk::toString(*state) : QStringLiteral("(unknown request)");
}
inline QString stateName(SlotState state) {
    return salesdesk::toString(state);
}

// The start of a period of 120 s (1'760'000'040 = 14'666'667 · 120).
constexpr Timestamp kStart = 1'760'000'040;
constexpr quint64 kSlotSize = 1000; // one block: proofs are cheap

inline Address address(quint8 tag) {
    return Address::fromBytes(QByteArray(20, static_cast<char>(tag)));
}

inline const Address& kClient() {
    static const Address a = address(0xC1);
    return a;
}
inline const Address& kHost() {
    static const Address a = address(0xA1);
    return a;
}
inline const Address& kOtherHost() {
    static const Address a = address(0xB1);
    return a;
}
inline const Address& kThirdHost() {
    static const Address a = address(0xB2);
    return a;
}
inline const Address& kMarketplace() {
    static const Address a = address(0xEE);
    return a;
}
inline const Address& kValidator() {
    static const Address a = address(0xDD);
    return a;
}

// 4 slots of 1000 bytes, 1 token per byte per second (1000 per slot per second), collateral 2 per
// byte (2000 per slot), 1 hour, expiry 10 minutes, proofs always due, maxSlotLoss 1.
inline StorageRequest makeRequest(quint8 nonce = 1, const Address& client = kClient()) {
    StorageRequest r;
    r.client = client;
    r.ask.proofProbability = 1;
    r.ask.pricePerBytePerSecond = 1;
    r.ask.collateralPerByte = 2;
    r.ask.slots = 4;
    r.ask.slotSize = kSlotSize;
    r.ask.duration = 3600;
    r.ask.maxSlotLoss = 1;
    r.content.cid = QByteArray::fromHex("01551220") + QByteArray(32, '\x11');
    r.content.merkleRoot = Hash32::fromBytes(QByteArray(32, '\x22'));
    r.expiry = 600;
    r.nonce = Nonce::fromBytes(QByteArray(32, static_cast<char>(nonce)));
    return r;
}

// A valid proof for the slot at `now`, from the generated data.
inline StorageProof validProof(const MarketBooks& books, const RequestId& id, quint64 slotIndex,
                               Timestamp now, quint64 slotSize = kSlotSize) {
    // The generated data is the request's dataset (keyed without its Merkle root).
    const SimRequest* known = books.request(id);
    const RequestId dataset = known ? proofs::SlotDataGenerator::datasetKey(known->request) : id;
    return proofs::proveFromGenerator(dataset, slotIndex, slotSize,
                                      books.challenge(slotIdOf(id, slotIndex), now));
}

// A proof that answers the right challenge but whose block hash is wrong.
inline StorageProof damagedProof(const MarketBooks& books, const RequestId& id, quint64 slotIndex,
                                 Timestamp now, quint64 slotSize = kSlotSize) {
    StorageProof proof = validProof(books, id, slotIndex, now, slotSize);
    if (!proof.openings.isEmpty())
        proof.openings[0].blockHash = Hash32::fromBytes(QByteArray(32, '\x5a'));
    return proof;
}

// Collects a market answer; wait() delivers posted events until it came.
template <typename T> struct Answer {
    std::optional<MarketResult<T>> result;
    int calls = 0;
    MarketCallback<T> callback() {
        return [this](const MarketResult<T>& r) {
            result = r;
            ++calls;
        };
    }
    bool wait(int passes = 50) {
        for (int i = 0; i < passes && !result; ++i)
            QCoreApplication::sendPostedEvents();
        return result.has_value();
    }
    bool ok() const { return result && result->ok(); }
    const T& value() const { return result->value(); }
    MarketError::Kind kind() const { return result->error().kind; }
};

// A ledger with the Codex defaults at kStart, and shortcuts that post, reserve and fill with
// funding minted on the way (so every test starts from known balances).
struct LedgerFixture {
    MarketLedger ledger{MarketConfig{}, kMarketplace()};
    Timestamp now = kStart;

    explicit LedgerFixture(const MarketConfig& config = MarketConfig{})
        : ledger(config, kMarketplace()) {}

    RequestId post(const StorageRequest& request = makeRequest()) {
        if (!ledger.mint(request.client, request.totalPrice()).ok())
            return RequestId();
        auto id = ledger.requestStorage(request.client, request, now);
        return id.ok() ? *id : RequestId();
    }
    MarketResult<UInt256> reserveAndFill(const RequestId& id, quint64 slotIndex,
                                         const Address& host = kHost()) {
        auto collateral = ledger.books().slotCollateral(id, slotIndex, now);
        if (!collateral.ok())
            return collateral.error();
        if (!ledger.mint(host, *collateral).ok())
            return MarketError{MarketError::Kind::Rejected, QStringLiteral("mint failed")};
        auto reserved = ledger.reserveSlot(host, id, slotIndex, now);
        if (!reserved.ok())
            return reserved.error();
        return ledger.fillSlot(host, id, slotIndex, validProof(ledger.books(), id, slotIndex, now),
                               *collateral, now);
    }
    // Fills every slot of the request with `host`.
    bool fillAll(const RequestId& id, const Address& host = kHost()) {
        const SimRequest* r = ledger.books().request(id);
        for (quint64 i = 0; r && i < r->request.ask.slots; ++i)
            if (!reserveAndFill(id, i, host).ok())
                return false;
        return r != nullptr;
    }
    QList<MarketEvent::Kind> eventKinds() {
        QList<MarketEvent::Kind> out;
        for (const MarketEvent& e : ledger.takeEvents())
            out.append(e.kind);
        return out;
    }
    bool conserved() const {
        return ledger.books().tokens().sumOfBalances() == ledger.books().tokens().totalSupply();
    }
};

inline void deliverPosted(int passes = 5) {
    for (int i = 0; i < passes; ++i)
        QCoreApplication::sendPostedEvents();
}

} // namespace salesdesk::test

#define SD_COMPARE_STATE(actual, expected)                                                         \
    QCOMPARE(salesdesk::test::stateName(actual), salesdesk::test::stateName(expected))

// Fails the test when a MarketResult is an error, with its message.
#define SD_VERIFY_MARKET_OK(result)                                                                \
    do {                                                                                           \
        const auto& sdMarketResult_ = (result);                                                    \
        if (!sdMarketResult_.ok())                                                                 \
            QFAIL(qPrintable(QStringLiteral("unexpected market error: ") +                         \
                             sdMarketResult_.error().message));                                    \
    } while (false)

// Verifies that a MarketResult failed with `expectedKind`.
#define SD_VERIFY_MARKET_ERROR(result, expectedKind)                                               \
    do {                                                                                           \
        const auto& sdMarketResult_ = (result);                                                    \
        QVERIFY2(!sdMarketResult_.ok(), "expected a market error, got success");                   \
        QCOMPARE(sdMarketResult_.error().kind, expectedKind);                                      \
    } while (false)
