#pragma once

// A desk for testing one sale: a VirtualClock, a MockMarket, real books (Database, Repo,
// Reservations, Ledger) in a temporary folder, a real SlotQueue, the SalesContext over them and
// one SalesAgent for slot 1 of a fixed request. Shared by tst_salesagent and tst_salestates.

#include "core/clock/VirtualClock.h"
#include "core/domain/Slot.h"
#include "core/domain/StorageRequest.h"
#include "core/reservations/Reservations.h"
#include "core/sales/ProofRounds.h"
#include "core/sales/SaleOutcome.h"
#include "core/sales/SaleState.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/SlotQueue.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/support/MockMarket.h"
#include "tests/support/TestSupport.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// Lets QCOMPARE print ids when they differ (found by argument-dependent lookup).
namespace salesdesk {
template <std::size_t N, typename Tag> char* toString(const FixedBytes<N, Tag>& id) {
    return qstrdup(qPrintable(id.toHex()));
}
} // namespace salesdesk

namespace salesdesk::test {

// Not on a period boundary (the market's period is 120 s): 1'700'000'010 = 14'166'666 * 120 + 90.
constexpr Timestamp kStart = 1'700'000'010;
constexpr Timestamp kExpiresAt = kStart + 600;
constexpr Timestamp kRequestEnd = kStart + 600 + 3600;
constexpr quint64 kSlotSize = 1024;
constexpr quint64 kCollateralPerByte = 2;
constexpr quint64 kSlotIndex = 1;

inline Address addressOf(char fill) {
    return Address::fromBytes(QByteArray(20, fill));
}

inline Hash32 hashOf(char fill) {
    return Hash32::fromBytes(QByteArray(32, fill));
}

inline StorageRequest makeRequest() {
    StorageRequest r;
    r.client = addressOf('\x22');
    r.ask.proofProbability = 1;
    r.ask.pricePerBytePerSecond = 1;
    r.ask.collateralPerByte = kCollateralPerByte;
    r.ask.slots = 4;
    r.ask.slotSize = kSlotSize;
    r.ask.duration = 3600;
    r.ask.maxSlotLoss = 1;
    r.content.cid = QByteArrayLiteral("test-cid");
    r.content.merkleRoot = hashOf('\x33');
    r.expiry = 600;
    r.nonce = Nonce::fromBytes(QByteArray(32, '\x44'));
    return r;
}

inline StorageProof makeProof(char fill) {
    StorageProof proof;
    proof.challenge = hashOf(fill);
    proof.openings.append(BlockOpening{3, hashOf(static_cast<char>(fill + 1)), {hashOf(fill)}});
    return proof;
}

// SaleStateKind and LedgerKind have QString toString() overloads, which QCOMPARE cannot use:
// compare their names instead.
inline QString name(SaleStateKind kind) {
    return salesdesk::toString(kind);
}
inline QString name(LedgerKind kind) {
    return salesdesk::toString(kind);
}
inline QStringList names(const QList<SaleStateKind>& kinds) {
    QStringList out;
    for (SaleStateKind kind : kinds)
        out.append(salesdesk::toString(kind));
    return out;
}

struct SaleTestDesk {
    QTemporaryDir dir;
    VirtualClock clock{kStart};
    MockMarket market;
    QRandomGenerator ids{20240611};
    std::unique_ptr<Database> database;
    std::unique_ptr<Repo> repo;
    std::unique_ptr<Reservations> reservations;
    std::unique_ptr<Ledger> ledger;
    SlotQueue queue;
    ProofRounds proofRounds{market, clock};
    std::unique_ptr<SalesContext> context;
    std::unique_ptr<SalesAgent> agent; // destroyed first

    StorageRequest request = makeRequest();
    RequestId requestId = request.id();
    SlotId slotId = slotIdOf(requestId, kSlotIndex);
    Address me = addressOf('\x11');
    Address someoneElse = addressOf('\x55');
    QList<SaleOutcome> outcomes; // what agent->finished reported

    // Opens the books and programs the market with a New request whose slots are free.
    Result<void> open() {
        if (!dir.isValid())
            return makeError(ErrorCode::Io, QStringLiteral("no temporary folder"));
        auto db =
            Database::open(dir.filePath(QStringLiteral("desk.db")), Database::kHostApplicationId);
        if (!db.ok())
            return db.error();
        database = std::move(*db);
        repo = std::make_unique<Repo>(*database, dir.filePath(QStringLiteral("slots")));
        SD_TRY(repo->open());
        reservations = std::make_unique<Reservations>(*database, *repo, &ids);
        ledger = std::make_unique<Ledger>(*database);
        makeContext();

        market.signerAddress = me;
        market.requests.insert(requestId, request);
        market.requestStates.insert(requestId, RequestState::New);
        market.requestEndAnswer = kRequestEnd;
        market.expiresAtAnswer = kExpiresAt;
        market.slotCollateralAnswer = request.collateralPerSlot();
        market.currentCollateralAnswer = request.collateralPerSlot();
        market.challengeAnswer = hashOf('\xC4');
        return {};
    }

    // Puts `replacement` (a test double over the same database and repo) in place of the books'
    // Reservations. The agent is dropped with the context it held: make a new one.
    void useReservations(std::unique_ptr<Reservations> replacement) {
        agent.reset();
        context.reset();
        reservations = std::move(replacement);
        makeContext();
    }

    void makeContext() {
        context = std::unique_ptr<SalesContext>(new SalesContext{
            *database, market, clock, *reservations, *repo, queue, *ledger, proofRounds, {}, 0});
    }

    // The agent for slot kSlotIndex; `knowsRequest` fills data.request (as a restart does).
    SalesAgent& makeAgent(bool knowsRequest = true) {
        SalesData data;
        data.requestId = requestId;
        data.slotIndex = kSlotIndex;
        data.slotId = slotId;
        if (knowsRequest)
            data.request = request;
        agent = std::make_unique<SalesAgent>(*context, std::move(data));
        QObject::connect(agent.get(), &SalesAgent::finished, agent.get(),
                         [this](const SaleOutcome& outcome) { outcomes.append(outcome); });
        return *agent;
    }

    // Stops the agent as soon as it enters `kind`, before that state runs.
    void stopAt(SaleStateKind kind) {
        QObject::connect(agent.get(), &SalesAgent::stateChanged, agent.get(),
                         [this, kind](SaleStateKind, SaleStateKind to) {
                             if (to == kind)
                                 agent->stop();
                         });
    }

    // Delivers everything posted (market answers, queued runs, deferred deletes) without moving
    // time.
    void settle() { clock.advanceTo(clock.now()); }

    Result<Availability> addAvailability(bool enabled = true) {
        NewAvailability params;
        params.totalSize = 1024 * 1024;
        params.duration = 10 * 3600;
        params.minPricePerBytePerSecond = 1;
        params.totalCollateral = 1024 * 1024 * kCollateralPerByte;
        params.enabled = enabled;
        return reservations->createAvailability(params);
    }

    // A reservation for the agent's slot, as SalePreparing makes it; stored in the agent's data.
    Result<Reservation> reserveSlot() {
        auto availability = addAvailability();
        if (!availability.ok())
            return availability.error();
        auto r = reservations->createReservation(availability->id, requestId, kSlotIndex, kSlotSize,
                                                 kCollateralPerByte, kRequestEnd);
        if (r.ok() && agent)
            agent->data().reservation = *r;
        return r;
    }

    QList<LedgerEntry> ledgerEntries() const {
        auto entries = ledger->entriesOf(requestId, kSlotIndex);
        return entries.ok() ? *entries : QList<LedgerEntry>{};
    }
};

} // namespace salesdesk::test
