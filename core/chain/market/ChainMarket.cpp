#include "core/chain/market/ChainMarket.h"

#include "core/chain/market/ChainMarketEvents.h"
#include "core/chain/market/ChainMarketTransactions.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/market/MarketReply.h"
#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/MarketplaceCheck.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/proofs/SlotDataGenerator.h"

#include <QLoggingCategory>
#include <QPointer>

#include <limits>

Q_LOGGING_CATEGORY(lcChainMarket, "salesdesk.chain.chainmarket")

namespace salesdesk {

namespace {

MarketError notLoaded() {
    return MarketError{MarketError::Kind::Transient,
                       QStringLiteral("the chain market is not loaded yet")};
}

// The slot roots of the data the simulated clients generate.
Result<std::vector<Hash32>> generatedSlotRoots(const StorageRequest& request) {
    return proofs::SlotDataGenerator::slotRoots(proofs::SlotDataGenerator::datasetKey(request),
                                                request.ask.slots, request.ask.slotSize);
}

// A time the contract keeps in a uint40 or uint64, as a Timestamp.
Result<Timestamp> timestampOf(const Result<quint64>& seconds) {
    if (!seconds.ok())
        return seconds.error();
    if (*seconds > quint64(std::numeric_limits<Timestamp>::max()))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a time of %1 s is past any date").arg(*seconds));
    return static_cast<Timestamp>(*seconds);
}

bool isRevert(const MarketError& error, MarketError::Kind kind) {
    return error.kind == kind;
}

} // namespace

ChainMarket::ChainMarket(JsonRpcClient& rpc, TransactionManager& transactions, Database& database,
                         Clock& clock, Options options, QObject* parent)
    : Market(parent)
    , m_rpcClient(rpc)
    , m_transactionManager(transactions)
    , m_database(database)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_rpc(rpc, m_options.marketplace, transactions.account()) {
    if (!m_options.slotRoots)
        m_options.slotRoots = generatedSlotRoots;
}

ChainMarket::~ChainMarket() = default;

Address ChainMarket::signer() const {
    return m_transactionManager.account();
}

const EventCursor* ChainMarket::eventCursor() const {
    return m_events ? &m_events->cursor() : nullptr;
}

void ChainMarket::load(const QObject* context, std::function<void(const Result<void>&)> done) {
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answer = [guard, hasContext, done](const Result<void>& result) {
        if (!hasContext || !guard.isNull())
            done(result);
    };
    auto answers = MarketplaceAnswers::shared();
    if (!answers.ok()) {
        const Error error = answers.error();
        QMetaObject::invokeMethod(
            this, [answer, error] { answer(error); }, Qt::QueuedConnection);
        return;
    }
    m_answers = *answers;
    MarketplaceCheck::run(m_rpcClient, m_options.marketplace, this,
                          [this, answer](const Result<MarketplaceCheck::Found>& found) {
                              if (!found.ok())
                                  return answer(found.error());
                              if (m_loaded)
                                  return answer({});
                              const Address token = found->token;
                              const MarketConfig config = found->config;
                              m_rpc.tokenInfo(
                                  token, this,
                                  [this, answer, token, config](const Result<TokenInfo>& info) {
                                      if (!info.ok())
                                          return answer(info.error());
                                      if (m_loaded)
                                          return answer({});
                                      m_config = config;
                                      m_config.token = *info;
                                      m_token = token;
                                      answer(start());
                                  });
                          });
}

Result<void> ChainMarket::start() {
    m_events = new ChainMarketEvents(*this, m_rpc, *m_answers, m_database, m_clock,
                                     m_options.events, m_options.startBlock, this);
    ChainMarketEvents* events = m_events;
    m_transactions = new ChainMarketTransactions(
        m_rpc, m_transactionManager, *m_answers, m_token, m_config.token, m_config.periodSeconds,
        m_options.slotRoots,
        [events](const SlotId& slot, ChainMarketTransactions::RoundCallback done) {
            events->slotRound(slot, std::move(done));
        },
        this);
    const auto started = m_events->start();
    if (!started.ok())
        return started.error();
    m_loaded = true;
    qCInfo(lcChainMarket).noquote()
        << QStringLiteral("marketplace=%1 token=%2 (%3, %4 decimals) signer=%5: loaded "
                          "(period %6 s, events from block %7)")
               .arg(m_options.marketplace.toHex(), m_token.toHex(), m_config.token.symbol)
               .arg(m_config.token.decimals)
               .arg(signer().toHex())
               .arg(m_config.periodSeconds)
               .arg(m_options.startBlock);
    return {};
}

template <typename T>
bool ChainMarket::refuseUnloaded(const QObject* context, MarketCallback<T>& done) {
    if (m_loaded)
        return false;
    MarketReply<T>(context, std::move(done)).later(this, notLoaded());
    return true;
}

template <typename T>
void ChainMarket::read(const char* method, const ChainMarketRpc::View& view, const QObject* context,
                       MarketCallback<T> done, Decoder<T> decode,
                       std::function<std::optional<MarketResult<T>>(const MarketError&)> onRevert) {
    if (refuseUnloaded(context, done))
        return;
    const MarketReply<T> reply(context, std::move(done));
    m_rpc.view(view, this,
               [this, method, reply, decode = std::move(decode),
                onRevert = std::move(onRevert)](const MarketResult<QByteArray>& answer) {
                   if (!answer.ok()) {
                       if (onRevert)
                           if (auto instead = onRevert(answer.error()))
                               return reply(*instead);
                       qCDebug(lcChainMarket).noquote()
                           << QStringLiteral("%1 failed: %2")
                                  .arg(QLatin1String(method), answer.error().message);
                       return reply(answer.error());
                   }
                   reply(ChainMarketRpc::decoded(decode(*m_answers, *answer)));
               });
}

// ---- Reads

void ChainMarket::getRequest(const RequestId& id, const QObject* context,
                             MarketCallback<std::optional<StorageRequest>> done) {
    read<std::optional<StorageRequest>>(
        "getRequest", marketView(marketplace::getRequest(id)), context, std::move(done),
        [](const MarketplaceAnswers& a,
           QByteArrayView data) -> Result<std::optional<StorageRequest>> {
            auto request = a.request(data);
            if (!request.ok())
                return request.error();
            return std::optional<StorageRequest>(*request);
        },
        [](const MarketError& error) -> std::optional<MarketResult<std::optional<StorageRequest>>> {
            if (isRevert(error, MarketError::Kind::UnknownRequest))
                return MarketResult<std::optional<StorageRequest>>(std::nullopt);
            return std::nullopt;
        });
}

void ChainMarket::requestState(const RequestId& id, const QObject* context,
                               MarketCallback<std::optional<RequestState>> done) {
    using Answer = std::optional<RequestState>;
    read<Answer>(
        "requestState", marketView(marketplace::requestState(id)), context, std::move(done),
        [](const MarketplaceAnswers& a, QByteArrayView data) -> Result<Answer> {
            auto state = a.requestState(data);
            if (!state.ok())
                return state.error();
            return Answer(*state);
        },
        [](const MarketError& error) -> std::optional<MarketResult<Answer>> {
            if (isRevert(error, MarketError::Kind::UnknownRequest))
                return MarketResult<Answer>(Answer());
            return std::nullopt;
        });
}

void ChainMarket::slotState(const SlotId& id, const QObject* context,
                            MarketCallback<SlotState> done) {
    read<SlotState>(
        "slotState", marketView(marketplace::slotState(id)), context, std::move(done),
        [](const MarketplaceAnswers& a, QByteArrayView data) { return a.slotState(data); });
}

void ChainMarket::requestEnd(const RequestId& id, const QObject* context,
                             MarketCallback<Timestamp> done) {
    read<Timestamp>("requestEnd", marketView(marketplace::requestEnd(id)), context, std::move(done),
                    [](const MarketplaceAnswers& a, QByteArrayView data) -> Result<Timestamp> {
                        return timestampOf(a.number64(u"requestEnd", data));
                    });
}

void ChainMarket::requestExpiresAt(const RequestId& id, const QObject* context,
                                   MarketCallback<Timestamp> done) {
    read<Timestamp>("requestExpiry", marketView(marketplace::requestExpiry(id)), context,
                    std::move(done),
                    [](const MarketplaceAnswers& a, QByteArrayView data) -> Result<Timestamp> {
                        return timestampOf(a.number64(u"requestExpiry", data));
                    });
}

void ChainMarket::getHost(const SlotId& id, const QObject* context,
                          MarketCallback<std::optional<Address>> done) {
    using Answer = std::optional<Address>;
    read<Answer>("getHost", marketView(marketplace::getHost(id)), context, std::move(done),
                 [](const MarketplaceAnswers& a, QByteArrayView data) -> Result<Answer> {
                     auto host = a.address(u"getHost", data);
                     if (!host.ok())
                         return host.error();
                     return host->isZero() ? Answer() : Answer(*host);
                 });
}

void ChainMarket::currentCollateral(const SlotId& id, const QObject* context,
                                    MarketCallback<UInt256> done) {
    read<UInt256>("currentCollateral", marketView(marketplace::currentCollateral(id)), context,
                  std::move(done), [](const MarketplaceAnswers& a, QByteArrayView data) {
                      return a.number(u"currentCollateral", data);
                  });
}

void ChainMarket::slotCollateral(const RequestId& id, quint64 slotIndex, const QObject* context,
                                 MarketCallback<UInt256> done) {
    if (refuseUnloaded(context, done))
        return;
    const MarketReply<UInt256> reply(context, std::move(done));
    const QList<ChainMarketRpc::View> views{
        {m_options.marketplace, marketplace::getRequest(id)},
        {m_options.marketplace, marketplace::slotState(slotIdOf(id, slotIndex))}};
    m_rpc.views(views, this, [this, reply](const QList<MarketResult<QByteArray>>& answers) {
        for (const auto& answer : answers)
            if (!answer.ok())
                return reply(answer.error());
        const auto request = m_answers->request(*answers.at(0));
        if (!request.ok())
            return reply(ChainMarketRpc::rejected(request.message()));
        const auto state = m_answers->slotState(*answers.at(1));
        if (!state.ok())
            return reply(ChainMarketRpc::rejected(state.message()));
        // The contract's rule (fillSlot): a slot in Repair takes the collateral less the repair
        // reward, which its host gets back in full at the end.
        UInt256 collateral = request->collateralPerSlot();
        if (*state == SlotState::Repair)
            collateral -= collateral * UInt256(m_config.repairRewardPercentage) / UInt256(100);
        reply(collateral);
    });
}

void ChainMarket::getActiveSlot(const SlotId& id, const QObject* context,
                                MarketCallback<std::optional<Slot>> done) {
    using Answer = std::optional<Slot>;
    read<Answer>(
        "getActiveSlot", marketView(marketplace::getActiveSlot(id)), context, std::move(done),
        [](const MarketplaceAnswers& a, QByteArrayView data) -> Result<Answer> {
            auto slot = a.activeSlot(data);
            if (!slot.ok())
                return slot.error();
            return Answer(*slot);
        },
        [](const MarketError& error) -> std::optional<MarketResult<Answer>> {
            // A slot never filled has no active slot.
            if (isRevert(error, MarketError::Kind::SlotStateMismatch))
                return MarketResult<Answer>(Answer());
            return std::nullopt;
        });
}

void ChainMarket::mySlots(const QObject* context, MarketCallback<QList<SlotId>> done) {
    read<QList<SlotId>>(
        "mySlots", marketView(marketplace::mySlots()), context, std::move(done),
        [](const MarketplaceAnswers& a, QByteArrayView data) { return a.slotIds(data); });
}

void ChainMarket::slotSummaries(const QList<SlotId>& slots, const QObject* context,
                                MarketCallback<QList<SlotSummary>> done) {
    if (refuseUnloaded(context, done))
        return;
    const MarketReply<QList<SlotSummary>> reply(context, std::move(done));
    // The Marketplace's slotSummaries view, kSummariesPerCall slots a call, every call in one
    // batch, at the latest block (as the single reads it stands for).
    QList<ChainMarketRpc::View> views;
    QList<QList<SlotId>> chunks;
    for (qsizetype from = 0; from < slots.size(); from += kSummariesPerCall) {
        chunks.append(slots.mid(from, kSummariesPerCall));
        views.append(marketView(marketplace::slotSummaries(chunks.last())));
    }
    if (views.isEmpty()) {
        reply.later(this, QList<SlotSummary>{});
        return;
    }
    m_rpc.views(views, this, [this, chunks, reply](const QList<MarketResult<QByteArray>>& answers) {
        QList<SlotSummary> summaries;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            if (!answers.at(i).ok())
                return reply(answers.at(i).error());
            auto chunk = m_answers->slotSummaries(*answers.at(i), chunks.at(i));
            if (!chunk.ok())
                return reply(ChainMarketRpc::rejected(chunk.message()));
            summaries.append(*chunk);
        }
        reply(summaries);
    });
}

void ChainMarket::openRequests(const QObject* context, MarketCallback<QList<OpenRequest>> done) {
    if (refuseUnloaded(context, done))
        return;
    m_events->openRequests(MarketReply<QList<OpenRequest>>(context, std::move(done)));
}

void ChainMarket::balance(const QObject* context, MarketCallback<UInt256> done) {
    if (refuseUnloaded(context, done))
        return;
    const MarketReply<UInt256> reply(context, std::move(done));
    m_rpc.view({m_token, erc20::balanceOf(signer())}, this,
               [reply](const MarketResult<QByteArray>& answer) {
                   if (!answer.ok())
                       return reply(answer.error());
                   reply(ChainMarketRpc::decoded(uint256::fromBigEndian(*answer)));
               });
}

void ChainMarket::hostSettlement(const SlotId& id, const QObject* context,
                                 MarketCallback<HostSlotSettlement> done) {
    if (refuseUnloaded(context, done))
        return;
    m_transactions->hostSettlement(id, MarketReply<HostSlotSettlement>(context, std::move(done)));
}

void ChainMarket::holdsReservation(const SlotId& id, const QObject* context,
                                   MarketCallback<bool> done) {
    if (refuseUnloaded(context, done))
        return;
    m_transactions->holdsReservation(id, MarketReply<bool>(context, std::move(done)));
}

// ---- Proofs

void ChainMarket::isProofRequired(const SlotId& id, const QObject* context,
                                  MarketCallback<bool> done) {
    read<bool>("isProofRequired", marketView(marketplace::isProofRequired(id), true), context,
               std::move(done), [](const MarketplaceAnswers& a, QByteArrayView data) {
                   return a.boolean(u"isProofRequired", data);
               });
}

void ChainMarket::willProofBeRequired(const SlotId& id, const QObject* context,
                                      MarketCallback<bool> done) {
    read<bool>("willProofBeRequired", marketView(marketplace::willProofBeRequired(id), true),
               context, std::move(done), [](const MarketplaceAnswers& a, QByteArrayView data) {
                   return a.boolean(u"willProofBeRequired", data);
               });
}

void ChainMarket::getChallenge(const SlotId& id, const QObject* context,
                               MarketCallback<Hash32> done) {
    read<Hash32>("getChallenge", marketView(marketplace::getChallenge(id), true), context,
                 std::move(done), [](const MarketplaceAnswers& a, QByteArrayView data) {
                     return a.word(u"getChallenge", data);
                 });
}

void ChainMarket::getPointer(const SlotId& id, const QObject* context,
                             MarketCallback<quint8> done) {
    read<quint8>(
        "getPointer", marketView(marketplace::getPointer(id), true), context, std::move(done),
        [](const MarketplaceAnswers& a, QByteArrayView data) -> Result<quint8> {
            auto pointer = a.number64(u"getPointer", data);
            if (!pointer.ok())
                return pointer.error();
            if (*pointer > 255)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("getPointer answered %1, past 255").arg(*pointer));
            return static_cast<quint8>(*pointer);
        });
}

void ChainMarket::missingProofs(const SlotId& id, const QObject* context,
                                MarketCallback<quint64> done) {
    read<quint64>("missingProofs", marketView(marketplace::missingProofs(id)), context,
                  std::move(done), [](const MarketplaceAnswers& a, QByteArrayView data) {
                      return a.number64(u"missingProofs", data);
                  });
}

void ChainMarket::proofDuties(const QList<SlotId>& slots, const QObject* context,
                              MarketCallback<QList<ProofDuty>> done) {
    if (refuseUnloaded(context, done))
        return;
    const MarketReply<QList<ProofDuty>> reply(context, std::move(done));
    // The Marketplace's proofDuties view, kDutiesPerCall slots a call, every call in one batch, at
    // the block a proof would be mined in at the earliest.
    QList<ChainMarketRpc::View> views;
    QList<QList<SlotId>> chunks;
    for (qsizetype from = 0; from < slots.size(); from += kDutiesPerCall) {
        chunks.append(slots.mid(from, kDutiesPerCall));
        views.append(marketView(marketplace::proofDuties(chunks.last()), true));
    }
    m_rpc.views(views, this, [this, chunks, reply](const QList<MarketResult<QByteArray>>& answers) {
        QList<ProofDuty> duties;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            if (!answers.at(i).ok())
                return reply(answers.at(i).error());
            auto chunk = m_answers->proofDuties(*answers.at(i), chunks.at(i));
            if (!chunk.ok())
                return reply(ChainMarketRpc::rejected(chunk.message()));
            duties.append(*chunk);
        }
        reply(duties);
    });
}

// ---- Transactions

void ChainMarket::canReserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                                 MarketCallback<bool> done) {
    read<bool>("canReserveSlot", marketView(marketplace::canReserveSlot(id, slotIndex)), context,
               std::move(done), [](const MarketplaceAnswers& a, QByteArrayView data) {
                   return a.boolean(u"canReserveSlot", data);
               });
}

void ChainMarket::reserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                              MarketCallback<Done> done) {
    if (refuseUnloaded(context, done))
        return;
    m_transactions->reserveSlot(id, slotIndex, MarketReply<Done>(context, std::move(done)));
}

void ChainMarket::fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                           const UInt256& collateral, const QObject* context,
                           MarketCallback<UInt256> done) {
    if (refuseUnloaded(context, done))
        return;
    m_transactions->fillSlot(id, slotIndex, proof, collateral,
                             MarketReply<UInt256>(context, std::move(done)));
}

void ChainMarket::freeSlot(const SlotId& id, const QObject* context,
                           MarketCallback<SlotPayout> done) {
    if (refuseUnloaded(context, done))
        return;
    m_transactions->freeSlot(id, MarketReply<SlotPayout>(context, std::move(done)));
}

void ChainMarket::submitProof(const SlotId& id, const StorageProof& proof, const QObject* context,
                              MarketCallback<Done> done) {
    if (refuseUnloaded(context, done))
        return;
    m_transactions->submitProof(id, proof, MarketReply<Done>(context, std::move(done)));
}

} // namespace salesdesk
