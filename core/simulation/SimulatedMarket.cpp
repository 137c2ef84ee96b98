#include "core/simulation/SimulatedMarket.h"

#include "core/domain/AbiEncoder.h"
#include "core/domain/CrashPoint.h"
#include "core/domain/Slot.h"
#include "core/simulation/SimulatedMarketLoader.h"
#include "core/simulation/SimulatedMarketStore.h"
#include "core/simulation/SimulatedValidator.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSimMarket, "salesdesk.simulation.simulatedmarket")

namespace salesdesk {

namespace {

const QString kExtraPrefix = QStringLiteral("ext.");

MarketError transientError(const char* method) {
    return MarketError{MarketError::Kind::Transient,
                       QStringLiteral("%1: the market did not answer (injected transient fault)")
                           .arg(QLatin1String(method))};
}

} // namespace

// ---- Identity and opening (SimulatedMarketLoader) ---------------------------------------------

Address SimulatedMarket::addressFor(QByteArrayView label) {
    return Address::fromBytes(abi::keccak256(label).toByteArray().left(20));
}

Address SimulatedMarket::defaultSigner(quint64 seed) {
    const QByteArray label = QByteArray("salesdesk.simulated.host.") + QByteArray::number(seed);
    return addressFor(label);
}

SimulatedMarket::SimulatedMarket(Clock& clock, const MarketConfig& config, quint64 seed,
                                 const Address& signer)
    : m_clock(clock)
    , m_seed(seed)
    , m_signer(signer)
    , m_ledger(config, addressFor("salesdesk.simulated.marketplace"))
    , m_others(m_ledger, signer)
    , m_faults(seed) {
    m_validator = new SimulatedValidator(
        m_ledger, m_clock, m_signer,
        [this] {
            auto saved = save();
            if (!saved.ok())
                qCCritical(lcSimMarket).noquote()
                    << "the validator's changes could not be saved:" << saved.message();
            flushEvents();
        },
        this);
}

SimulatedMarket::~SimulatedMarket() {
    delete m_validator; // before the ledger it watches goes
}

Result<std::unique_ptr<SimulatedMarket>>
SimulatedMarket::open(Clock& clock, const SimulatedMarketOptions& options) {
    return SimulatedMarketLoader::open(clock, options);
}

Result<std::unique_ptr<SimulatedMarket>> SimulatedMarket::openReadOnly(Clock& clock,
                                                                       const QString& filePath) {
    return SimulatedMarketLoader::openReadOnly(clock, filePath);
}

void SimulatedMarket::restoreMeta(const QMap<QString, QVariant>& meta) {
    m_faults.restore(meta);
    for (auto it = meta.cbegin(); it != meta.cend(); ++it)
        if (it.key().startsWith(kExtraPrefix))
            m_extra.insert(it.key().mid(kExtraPrefix.size()), it.value());
}

// ---- Saving and events ------------------------------------------------------------------------

Result<void> SimulatedMarket::save(QMap<QString, QVariant> meta) {
    const LedgerChanges changes = m_ledger.takeChanges();
    if (changes.meta)
        meta.insert(SimulatedMarketStore::lastPeriodMeta(m_ledger.books().lastValidatedPeriod()));
    if (m_faultsChanged) {
        meta.insert(m_faults.state());
        m_faultsChanged = false;
    }
    if (!m_store)
        return {};
    auto saved = m_store->save(m_ledger.books(), changes, meta);
    if (saved.ok())
        return {};
    qCCritical(lcSimMarket).noquote()
        << "saving the market failed; reloading it from its file:" << saved.message();
    if (m_block) // its changes were in this save: they are lost with it
        m_block->failure = saved.message();
    m_ledger.takeEvents(); // nobody hears of a change that did not reach the disk
    auto snapshot = m_store->load();
    if (snapshot.ok()) {
        auto restored = SimulatedMarketLoader::restoreLedger(m_ledger, *snapshot);
        if (!restored.ok())
            qCCritical(lcSimMarket).noquote() << "reloading failed:" << restored.message();
    }
    return saved.error();
}

Result<void> SimulatedMarket::saveChanges(QMap<QString, QVariant> meta) {
    // The validator may need arming (or its progress moves), which is itself a change to save.
    m_validator->update();
    auto saved = save(std::move(meta));
    if (!saved.ok())
        m_validator->update();
    return saved;
}

void SimulatedMarket::flushEvents() {
    postEvents(m_ledger.takeEvents());
}

void SimulatedMarket::postEvents(std::vector<MarketEvent> events) {
    if (events.empty())
        return;
    QMetaObject::invokeMethod(
        this,
        [this, events = std::move(events)] {
            const QPointer<SimulatedMarket> self(this);
            for (const MarketEvent& event : events) {
                if (self.isNull())
                    return; // a handler destroyed the market
                emitEvent(event);
            }
        },
        Qt::QueuedConnection);
}

void SimulatedMarket::emitEvent(const MarketEvent& e) {
    switch (e.kind) {
    case MarketEvent::Kind::StorageRequested:
        Q_EMIT storageRequested(e.requestId, e.ask, e.expiresAt);
        return;
    case MarketEvent::Kind::RequestFulfilled:
        Q_EMIT requestFulfilled(e.requestId);
        return;
    case MarketEvent::Kind::RequestCancelled:
        Q_EMIT requestCancelled(e.requestId);
        return;
    case MarketEvent::Kind::RequestFailed:
        Q_EMIT requestFailed(e.requestId);
        return;
    case MarketEvent::Kind::SlotFilled:
        Q_EMIT slotFilled(e.requestId, e.slotIndex);
        return;
    case MarketEvent::Kind::SlotFreed:
        Q_EMIT slotFreed(e.requestId, e.slotIndex);
        return;
    case MarketEvent::Kind::SlotReservationsFull:
        Q_EMIT slotReservationsFull(e.requestId, e.slotIndex);
        return;
    case MarketEvent::Kind::ProofSubmitted:
        Q_EMIT proofSubmitted(e.slotId);
        return;
    }
}

bool SimulatedMarket::injectFault(const char* method) {
    const quint64 before = m_faults.draws();
    const bool fail = m_faults.shouldFail(QLatin1String(method), m_clock.now());
    if (m_faults.draws() != before)
        m_faultsChanged = true;
    return fail;
}

// ---- Answering host calls ---------------------------------------------------------------------

template <typename T>
void SimulatedMarket::reply(const QObject* context, MarketCallback<T> done,
                            MarketResult<T> result) {
    if (!done)
        return;
    // The context only receives the queued call; a destroyed one takes it with it.
    QObject* target = const_cast<QObject*>(context ? context : static_cast<const QObject*>(this));
    QMetaObject::invokeMethod(
        target, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

template <typename T, typename Read>
void SimulatedMarket::read(const char* method, const QObject* context, MarketCallback<T> done,
                           Read readValue) {
    if (injectFault(method)) {
        auto saved = save(); // the fault generator moved on
        if (!saved.ok())
            qCWarning(lcSimMarket).noquote() << saved.message();
        reply<T>(context, std::move(done), transientError(method));
        return;
    }
    if (m_faultsChanged)
        (void)save();
    reply<T>(context, std::move(done), MarketResult<T>(readValue()));
}

template <typename T, typename Op>
void SimulatedMarket::transact(const char* method, const QObject* context, MarketCallback<T> done,
                               Op op) {
    if (injectFault(method)) {
        auto saved = save();
        if (!saved.ok())
            qCWarning(lcSimMarket).noquote() << saved.message();
        reply<T>(context, std::move(done), transientError(method));
        return;
    }
    if (done) {
        // Counted until its answer has run, or was dropped with its context.
        ++*m_unanswered;
        const std::shared_ptr<void> answered(nullptr, [count = m_unanswered](void*) { --*count; });
        done = [answer = std::move(done), answered](const MarketResult<T>& result) {
            answer(result);
        };
    }
    MarketResult<T> result = op();
    // Answered, and its events sent, once the block it joins is saved.
    addToBlock([this, method, hasContext = context != nullptr,
                guard = QPointer<const QObject>(context), done = std::move(done),
                result = std::move(result),
                events = m_ledger.takeEvents()](const std::optional<QString>& failure) mutable {
        if (hasContext && guard.isNull())
            return; // the caller is gone: nobody to answer, as with any reply
        if (result.ok() && failure)
            result = MarketError{MarketError::Kind::Rejected,
                                 QStringLiteral("%1: the market could not save the change: %2")
                                     .arg(QLatin1String(method), *failure)};
        reply<T>(guard.data(), std::move(done), std::move(result));
        if (!failure)
            postEvents(std::move(events)); // after the answer
    });
}

void SimulatedMarket::addToBlock(std::function<void(const std::optional<QString>&)> deliver) {
    if (!m_block) {
        m_block = std::make_unique<PendingBlock>();
        QMetaObject::invokeMethod(
            this, [this] { sealBlock(); }, Qt::QueuedConnection);
    }
    m_block->deliveries.push_back(std::move(deliver));
}

void SimulatedMarket::sealBlock() {
    const std::unique_ptr<PendingBlock> block = std::move(m_block);
    if (!block)
        return;
    std::optional<QString> failure = block->failure;
    crashPoint("market.block.beforeSave");
    if (auto saved = saveChanges(); !saved.ok())
        failure = saved.message();
    crashPoint("market.block.afterSave");
    for (auto& deliver : block->deliveries)
        deliver(failure);
}

// ---- Reads ------------------------------------------------------------------------------------

void SimulatedMarket::getRequest(const RequestId& id, const QObject* context,
                                 MarketCallback<std::optional<StorageRequest>> done) {
    read("getRequest", context, std::move(done),
         [&] { return m_ledger.books().storageRequest(id); });
}

void SimulatedMarket::requestState(const RequestId& id, const QObject* context,
                                   MarketCallback<std::optional<RequestState>> done) {
    read("requestState", context, std::move(done),
         [&] { return m_ledger.books().requestState(id, m_clock.now()); });
}

void SimulatedMarket::slotState(const SlotId& id, const QObject* context,
                                MarketCallback<SlotState> done) {
    read("slotState", context, std::move(done),
         [&] { return m_ledger.books().slotState(id, m_clock.now()); });
}

void SimulatedMarket::requestEnd(const RequestId& id, const QObject* context,
                                 MarketCallback<Timestamp> done) {
    read("requestEnd", context, std::move(done),
         [&] { return m_ledger.books().requestEnd(id, m_clock.now()); });
}

void SimulatedMarket::requestExpiresAt(const RequestId& id, const QObject* context,
                                       MarketCallback<Timestamp> done) {
    read("requestExpiresAt", context, std::move(done),
         [&] { return m_ledger.books().requestExpiresAt(id); });
}

void SimulatedMarket::getHost(const SlotId& id, const QObject* context,
                              MarketCallback<std::optional<Address>> done) {
    read("getHost", context, std::move(done), [&] { return m_ledger.books().host(id); });
}

void SimulatedMarket::currentCollateral(const SlotId& id, const QObject* context,
                                        MarketCallback<UInt256> done) {
    read("currentCollateral", context, std::move(done),
         [&] { return m_ledger.books().currentCollateral(id); });
}

void SimulatedMarket::slotCollateral(const RequestId& id, quint64 slotIndex, const QObject* context,
                                     MarketCallback<UInt256> done) {
    read("slotCollateral", context, std::move(done),
         [&] { return m_ledger.books().slotCollateral(id, slotIndex, m_clock.now()); });
}

void SimulatedMarket::getActiveSlot(const SlotId& id, const QObject* context,
                                    MarketCallback<std::optional<Slot>> done) {
    read("getActiveSlot", context, std::move(done),
         [&] { return m_ledger.books().activeSlot(id); });
}

void SimulatedMarket::mySlots(const QObject* context, MarketCallback<QList<SlotId>> done) {
    read("mySlots", context, std::move(done), [&] { return m_ledger.books().mySlots(m_signer); });
}

void SimulatedMarket::slotSummaries(const QList<SlotId>& slots, const QObject* context,
                                    MarketCallback<QList<SlotSummary>> done) {
    // The contract's rule: a slot never filled is Free with nothing else; any other slot has its
    // request (which every filled slot's request is known to the books).
    read("slotSummaries", context, std::move(done), [&]() -> MarketResult<QList<SlotSummary>> {
        const Timestamp now = m_clock.now();
        const MarketBooks& books = m_ledger.books();
        QList<SlotSummary> summaries;
        summaries.reserve(slots.size());
        for (const SlotId& id : slots) {
            SlotSummary summary;
            summary.slotId = id;
            summary.slot = books.activeSlot(id);
            if (summary.slot) {
                const RequestId requestId = summary.slot->request.id();
                summary.state = books.slotState(id, now);
                summary.host = books.host(id);
                const auto end = books.requestEnd(requestId, now);
                if (!end.ok())
                    return end.error();
                summary.requestEnd = *end;
                const auto expiresAt = books.requestExpiresAt(requestId);
                if (!expiresAt.ok())
                    return expiresAt.error();
                summary.requestExpiresAt = *expiresAt;
            }
            summaries.append(summary);
        }
        return summaries;
    });
}

void SimulatedMarket::openRequests(const QObject* context,
                                   MarketCallback<QList<OpenRequest>> done) {
    read("openRequests", context, std::move(done),
         [&] { return m_ledger.books().openRequests(m_clock.now()); });
}

void SimulatedMarket::balance(const QObject* context, MarketCallback<UInt256> done) {
    read("balance", context, std::move(done),
         [&] { return m_ledger.books().tokens().balanceOf(m_signer); });
}

void SimulatedMarket::hostSettlement(const SlotId& id, const QObject* context,
                                     MarketCallback<HostSlotSettlement> done) {
    read("hostSettlement", context, std::move(done),
         [&] { return m_ledger.books().hostSettlement(id, m_signer); });
}

void SimulatedMarket::holdsReservation(const SlotId& id, const QObject* context,
                                       MarketCallback<bool> done) {
    read("holdsReservation", context, std::move(done),
         [&] { return m_ledger.books().reservations(id).contains(m_signer); });
}

void SimulatedMarket::isProofRequired(const SlotId& id, const QObject* context,
                                      MarketCallback<bool> done) {
    read("isProofRequired", context, std::move(done),
         [&] { return m_ledger.books().isProofRequired(id, m_clock.now()); });
}

void SimulatedMarket::willProofBeRequired(const SlotId& id, const QObject* context,
                                          MarketCallback<bool> done) {
    read("willProofBeRequired", context, std::move(done),
         [&] { return m_ledger.books().willProofBeRequired(id, m_clock.now()); });
}

void SimulatedMarket::getChallenge(const SlotId& id, const QObject* context,
                                   MarketCallback<Hash32> done) {
    read("getChallenge", context, std::move(done),
         [&] { return m_ledger.books().challenge(id, m_clock.now()); });
}

void SimulatedMarket::getPointer(const SlotId& id, const QObject* context,
                                 MarketCallback<quint8> done) {
    read("getPointer", context, std::move(done),
         [&] { return m_ledger.books().pointer(id, m_clock.now()); });
}

void SimulatedMarket::proofDuties(const QList<SlotId>& slots, const QObject* context,
                                  MarketCallback<QList<ProofDuty>> done) {
    read("proofDuties", context, std::move(done), [&] {
        const Timestamp now = m_clock.now();
        QList<ProofDuty> duties;
        duties.reserve(slots.size());
        for (const SlotId& id : slots) {
            ProofDuty duty;
            duty.slotId = id;
            duty.state = m_ledger.books().slotState(id, now);
            duty.required = m_ledger.books().isProofRequired(id, now);
            duty.willBeRequired = m_ledger.books().willProofBeRequired(id, now);
            if (duty.required || duty.willBeRequired)
                duty.challenge = m_ledger.books().challenge(id, now);
            duties.append(duty);
        }
        return duties;
    });
}

void SimulatedMarket::missingProofs(const SlotId& id, const QObject* context,
                                    MarketCallback<quint64> done) {
    read("missingProofs", context, std::move(done),
         [&] { return m_ledger.books().missingProofs(id); });
}

void SimulatedMarket::canReserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                                     MarketCallback<bool> done) {
    read("canReserveSlot", context, std::move(done),
         [&] { return m_ledger.books().canReserveSlot(m_signer, id, slotIndex, m_clock.now()); });
}

// ---- Host transactions ------------------------------------------------------------------------

void SimulatedMarket::reserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                                  MarketCallback<Done> done) {
    transact("reserveSlot", context, std::move(done),
             [&] { return m_ledger.reserveSlot(m_signer, id, slotIndex, m_clock.now()); });
}

void SimulatedMarket::fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                               const UInt256& collateral, const QObject* context,
                               MarketCallback<UInt256> done) {
    transact("fillSlot", context, std::move(done), [&] {
        return m_ledger.fillSlot(m_signer, id, slotIndex, proof, collateral, m_clock.now());
    });
}

void SimulatedMarket::freeSlot(const SlotId& id, const QObject* context,
                               MarketCallback<SlotPayout> done) {
    transact("freeSlot", context, std::move(done),
             [&] { return m_ledger.freeSlot(m_signer, id, m_clock.now()); });
}

void SimulatedMarket::submitProof(const SlotId& id, const StorageProof& proof,
                                  const QObject* context, MarketCallback<Done> done) {
    transact("submitProof", context, std::move(done),
             [&] { return m_ledger.submitProof(m_signer, id, proof, m_clock.now()); });
}

Result<void> SimulatedMarket::commit() {
    SD_TRY(saveChanges());
    flushEvents();
    return {};
}

Result<void> SimulatedMarket::mintAndStore(const Address& to, const UInt256& amount,
                                           const QString& key, const QVariant& value) {
    SD_TRY(m_ledger.mint(to, amount));
    const QVariant before = m_extra.value(key);
    m_extra.insert(key, value);
    if (auto saved = saveChanges({{kExtraPrefix + key, value}}); !saved.ok()) {
        if (before.isValid()) // save() reloaded the books; the extra values are ours to undo
            m_extra.insert(key, before);
        else
            m_extra.remove(key);
        return saved;
    }
    flushEvents();
    return {};
}

Result<void> SimulatedMarket::storeValue(const QString& key, const QVariant& value) {
    if (value.isValid())
        m_extra.insert(key, value);
    else
        m_extra.remove(key);
    return save({{kExtraPrefix + key, value}});
}

void SimulatedMarket::faultsChanged() {
    m_faultsChanged = true;
    (void)save();
}

} // namespace salesdesk
