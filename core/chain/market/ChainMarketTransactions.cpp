#include "core/chain/market/ChainMarketTransactions.h"

#include "core/chain/market/Erc20.h"
#include "core/chain/market/FillProof.h"
#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RevertData.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/domain/Slot.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <memory>

Q_LOGGING_CATEGORY(lcChainMarketTransactions, "salesdesk.chain.chainmarkettransactions")

namespace salesdesk {

namespace {

MarketError rejected(const QString& message) {
    return ChainMarketRpc::rejected(message);
}

QString slotLabel(const RequestId& id, quint64 slotIndex) {
    return QStringLiteral("%1/%2").arg(id.toShortHex()).arg(slotIndex);
}

} // namespace

ChainMarketTransactions::ChainMarketTransactions(const ChainMarketRpc& rpc,
                                                 TransactionManager& manager,
                                                 const MarketplaceAnswers& answers, Address token,
                                                 quint64 periodSeconds, SlotRootsSource slotRoots,
                                                 QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_manager(manager)
    , m_answers(answers)
    , m_token(token)
    , m_periodSeconds(periodSeconds)
    , m_slotRoots(std::move(slotRoots)) {
    connect(&m_manager, &TransactionManager::settled, this, &ChainMarketTransactions::onSettled);
}

QString ChainMarketTransactions::reserveKey(const SlotId& slot) {
    return QStringLiteral("reserveSlot/") + slot.toHex();
}

QString ChainMarketTransactions::fillKey(const SlotId& slot) {
    return QStringLiteral("fillSlot/") + slot.toHex();
}

QString ChainMarketTransactions::proofKey(const SlotId& slot, quint64 period) {
    return QStringLiteral("submitProof/%1/%2").arg(slot.toHex()).arg(period);
}

QString ChainMarketTransactions::freeKey(const SlotId& slot) {
    return QStringLiteral("freeSlot/") + slot.toHex();
}

MarketError ChainMarketTransactions::errorOf(const TransactionOutcome& outcome) {
    if (outcome.revert) {
        if (outcome.revert->kind != DecodedRevert::Kind::Unknown)
            return marketErrorOf(*outcome.revert);
        // The manager's table did not know it: name it with our contracts' errors.
        QByteArray data(4, '\0');
        qToBigEndian(outcome.revert->selector, data.data());
        data.append(outcome.revert->arguments);
        return marketErrorOf(ourContractErrors().decode(data));
    }
    const QString message = outcome.error ? outcome.error->message : outcome.describe();
    // Not stored because the node could not be asked: worth another try (under the same key).
    if (!outcome.stored() && outcome.error && outcome.error->code == ErrorCode::Io)
        return MarketError{MarketError::Kind::Transient, message};
    return rejected(message);
}

bool ChainMarketTransactions::awaitStored(const QString& key, const OutcomeCallback& done) {
    const auto stored = m_manager.outcome(key);
    if (!stored.ok() || stored->has_value()) {
        TransactionOutcome outcome;
        if (!stored.ok()) {
            outcome.intentKey = key;
            outcome.error = stored.error();
        } else {
            outcome = **stored;
        }
        if (outcome.isFinal()) {
            QMetaObject::invokeMethod(
                this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        } else {
            qCInfo(lcChainMarketTransactions).noquote()
                << QStringLiteral("intent=%1: stored and not settled yet, waiting for it").arg(key);
            m_waiting[key].append(done);
        }
        return true;
    }
    return false;
}

void ChainMarketTransactions::run(const QString& key, const OutgoingTransaction& transaction,
                                  OutcomeCallback done) {
    if (awaitStored(key, done))
        return;
    m_manager.send(key, transaction, this, std::move(done));
}

void ChainMarketTransactions::onSettled(const TransactionOutcome& outcome) {
    const QList<OutcomeCallback> waiting = m_waiting.take(outcome.intentKey);
    for (const OutcomeCallback& done : waiting)
        done(outcome);
}

void ChainMarketTransactions::reserveSlot(const RequestId& id, quint64 slotIndex,
                                          MarketReply<Done> reply) {
    const SlotId slot = slotIdOf(id, slotIndex);
    const OutgoingTransaction transaction{
        m_rpc.marketplace(), marketplace::reserveSlot(id, slotIndex), UInt256(0),
        QStringLiteral("reserveSlot ") + slotLabel(id, slotIndex)};
    run(reserveKey(slot), transaction, [reply, id, slotIndex, slot](const TransactionOutcome& o) {
        qCInfo(lcChainMarketTransactions).noquote()
            << QStringLiteral("requestId=%1 slotIndex=%2 slotId=%3: reserveSlot %4")
                   .arg(id.toHex())
                   .arg(slotIndex)
                   .arg(slot.toHex(), o.describe());
        if (!o.succeeded())
            return reply(errorOf(o));
        reply(Done{});
    });
}

void ChainMarketTransactions::submitProof(const SlotId& slot, const StorageProof& proof,
                                          MarketReply<Done> reply) {
    // The key names the period the chain is in now: one proof per slot and period.
    m_rpc.latestTimestamp(this, [this, slot, proof, reply](const MarketResult<quint64>& now) {
        if (!now.ok())
            return reply(now.error());
        const quint64 period = m_periodSeconds ? *now / m_periodSeconds : 0;
        const OutgoingTransaction transaction{
            m_rpc.marketplace(), marketplace::submitProof(slot, proof), UInt256(0),
            QStringLiteral("submitProof %1 period %2").arg(slot.toShortHex()).arg(period)};
        run(proofKey(slot, period), transaction,
            [reply, slot, period](const TransactionOutcome& o) {
                qCInfo(lcChainMarketTransactions).noquote()
                    << QStringLiteral("slotId=%1 period=%2: submitProof %3")
                           .arg(slot.toHex())
                           .arg(period)
                           .arg(o.describe());
                if (!o.succeeded())
                    return reply(errorOf(o));
                reply(Done{});
            });
    });
}

void ChainMarketTransactions::freeSlot(const SlotId& slot, MarketReply<SlotPayout> reply) {
    const OutgoingTransaction transaction{m_rpc.marketplace(), marketplace::freeSlot(slot),
                                          UInt256(0),
                                          QStringLiteral("freeSlot ") + slot.toShortHex()};
    run(freeKey(slot), transaction, [this, reply, slot](const TransactionOutcome& o) {
        qCInfo(lcChainMarketTransactions).noquote()
            << QStringLiteral("slotId=%1: freeSlot %2").arg(slot.toHex(), o.describe());
        if (!o.succeeded())
            return reply(errorOf(o));
        transfersOf(o, m_rpc.marketplace(), m_rpc.signer(),
                    [reply](const MarketResult<QList<UInt256>>& moved) {
                        if (!moved.ok())
                            return reply(moved.error());
                        // Paid: the reward, then the collateral. Failed or forced free: nothing.
                        if (moved->isEmpty())
                            return reply(SlotPayout{});
                        if (moved->size() != 2)
                            return reply(rejected(
                                QStringLiteral("freeSlot's receipt holds %1 token transfers to "
                                               "the host, expected 0 or 2")
                                    .arg(moved->size())));
                        reply(SlotPayout{moved->at(0), moved->at(1)});
                    });
    });
}

void ChainMarketTransactions::transfersOf(
    const TransactionOutcome& outcome, const Address& from, const Address& to,
    std::function<void(const MarketResult<QList<UInt256>>&)> done) {
    if (!outcome.receipt) {
        QMetaObject::invokeMethod(
            this,
            [done, key = outcome.intentKey] {
                done(rejected(QStringLiteral("intent %1 has no receipt").arg(key)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_rpc.receiptLogs(
        outcome.receipt->transactionHash, this,
        [this, from, to, done](const MarketResult<QList<ChainLog>>& logs) {
            if (!logs.ok())
                return done(logs.error());
            done(ChainMarketRpc::decoded(erc20::amountsMoved(*logs, m_token, from, to)));
        });
}

void ChainMarketTransactions::holdsReservation(const SlotId& slot, MarketReply<bool> reply) {
    const auto stored = m_manager.outcome(reserveKey(slot));
    if (!stored.ok())
        return reply.later(this, rejected(stored.message()));
    reply.later(this, stored->has_value() && (*stored)->succeeded());
}

void ChainMarketTransactions::hostSettlement(const SlotId& slot,
                                             MarketReply<HostSlotSettlement> reply) {
    const auto fill = m_manager.outcome(fillKey(slot));
    const auto free = m_manager.outcome(freeKey(slot));
    if (!fill.ok())
        return reply.later(this, rejected(fill.message()));
    if (!free.ok())
        return reply.later(this, rejected(free.message()));
    auto settlement = std::make_shared<HostSlotSettlement>();
    const std::optional<TransactionOutcome> filled =
        fill->has_value() && (*fill)->succeeded() ? *fill : std::nullopt;
    const std::optional<TransactionOutcome> freed =
        free->has_value() && (*free)->succeeded() ? *free : std::nullopt;

    auto sum = [](const QList<UInt256>& amounts) -> MarketResult<UInt256> {
        UInt256 total = 0;
        for (const UInt256& amount : amounts) {
            const auto next = uint256::checkedAdd(total, amount);
            if (!next.ok())
                return rejected(next.message());
            total = *next;
        }
        return total;
    };
    // The payout, then whether the slot is still ours, then answer. "Holding" is being among
    // mySlots: the contract keeps a paid slot's host, but the slot leaves mySlots at the payout.
    auto readHost = [this, slot, settlement, reply]() {
        m_rpc.view(marketplace::mySlots(), this,
                   [this, slot, settlement, reply](const MarketResult<QByteArray>& data) {
                       if (!data.ok())
                           return reply(data.error());
                       const auto mine = m_answers.slotIds(*data);
                       if (!mine.ok())
                           return reply(rejected(mine.message()));
                       settlement->holding = mine->contains(slot);
                       reply(*settlement);
                   });
    };
    auto readPayout = [this, freed, settlement, reply, readHost]() {
        if (!freed)
            return readHost();
        transfersOf(*freed, m_rpc.marketplace(), m_rpc.signer(),
                    [settlement, reply, readHost](const MarketResult<QList<UInt256>>& moved) {
                        if (!moved.ok())
                            return reply(moved.error());
                        if (moved->size() == 2) {
                            settlement->reward = moved->at(0);
                            settlement->collateralReturned = moved->at(1);
                        }
                        readHost();
                    });
    };
    if (!filled) {
        QMetaObject::invokeMethod(this, readPayout, Qt::QueuedConnection);
        return;
    }
    transfersOf(*filled, m_rpc.signer(), m_rpc.marketplace(),
                [settlement, reply, readPayout, sum](const MarketResult<QList<UInt256>>& moved) {
                    if (!moved.ok())
                        return reply(moved.error());
                    const auto total = sum(*moved);
                    if (!total.ok())
                        return reply(total.error());
                    settlement->collateralDeposited = *total;
                    readPayout();
                });
}

// ---- fillSlot

void ChainMarketTransactions::fillSlot(const RequestId& id, quint64 slotIndex,
                                       const StorageProof& proof, const UInt256& collateral,
                                       MarketReply<UInt256> reply) {
    m_fills.push_back(std::make_shared<Fill>(Fill{id, slotIndex, proof, collateral, reply}));
    if (m_fills.size() == 1)
        QMetaObject::invokeMethod(this, &ChainMarketTransactions::nextFill, Qt::QueuedConnection);
}

void ChainMarketTransactions::nextFill() {
    while (!m_fills.empty()) {
        const std::shared_ptr<Fill> fill = m_fills.front();
        if (fill->reply.contextGone()) {
            m_fills.pop_front();
            continue;
        }
        const QString key = fillKey(slotIdOf(fill->id, fill->slotIndex));
        if (!awaitStored(key, [this, fill](const TransactionOutcome& o) { finishFill(fill, o); }))
            prepareFill(fill);
        return;
    }
}

void ChainMarketTransactions::fillDone(const std::shared_ptr<Fill>& fill,
                                       const MarketResult<UInt256>& result) {
    fill->reply(result);
    if (!m_fills.empty() && m_fills.front() == fill) {
        m_fills.pop_front();
        QMetaObject::invokeMethod(this, &ChainMarketTransactions::nextFill, Qt::QueuedConnection);
    }
}

void ChainMarketTransactions::prepareFill(const std::shared_ptr<Fill>& fill) {
    const QList<ChainMarketRpc::View> views{
        {m_rpc.marketplace(), marketplace::getRequest(fill->id)},
        {m_token, erc20::allowance(m_rpc.signer(), m_rpc.marketplace())}};
    m_rpc.views(views, this, [this, fill](const QList<MarketResult<QByteArray>>& answers) {
        for (const auto& answer : answers)
            if (!answer.ok())
                return fillDone(fill, answer.error());
        const auto request = m_answers.request(answers.at(0).value());
        if (!request.ok())
            return fillDone(fill, rejected(request.message()));
        const auto allowance = uint256::fromBigEndian(answers.at(1).value());
        if (!allowance.ok())
            return fillDone(fill, rejected(allowance.message()));
        const bool approve = *allowance < fill->collateral;

        // The slot roots cost hashing the data of every slot unless cached: off the event loop.
        auto* watcher = new QFutureWatcher<Result<std::vector<Hash32>>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fill, approve] {
            watcher->deleteLater();
            const Result<std::vector<Hash32>> roots = watcher->result();
            if (!roots.ok())
                return fillDone(fill, rejected(roots.message()));
            const auto proof = makeFillProof(*roots, fill->slotIndex, fill->proof);
            if (!proof.ok())
                return fillDone(fill, rejected(proof.message()));
            sendFill(fill, marketplace::fillSlot(fill->id, fill->slotIndex, *proof), approve);
        });
        watcher->setFuture(QtConcurrent::run(m_slotRoots, *request));
    });
}

void ChainMarketTransactions::sendFill(const std::shared_ptr<Fill>& fill, const QByteArray& data,
                                       bool approve) {
    const SlotId slot = slotIdOf(fill->id, fill->slotIndex);
    const OutgoingTransaction transaction{m_rpc.marketplace(), data, UInt256(0),
                                          QStringLiteral("fillSlot ") +
                                              slotLabel(fill->id, fill->slotIndex)};
    auto send = [this, fill, slot, transaction] {
        m_manager.send(fillKey(slot), transaction, this,
                       [this, fill](const TransactionOutcome& o) { finishFill(fill, o); });
    };
    if (!approve)
        return send();
    // The fill as a call first: with the allowance short it can only fail for that, unless the
    // Marketplace refuses it for another reason, which is the answer (and nothing is sent).
    const RpcCall trial = m_rpc.viewCall({m_rpc.marketplace(), data});
    m_rpc.client().call(trial, this, [this, fill, send](const RpcResult<QJsonValue>& tried) {
        if (!tried.ok()) {
            const auto revert = rpc::revertData(tried.error());
            if (!revert || ourContractErrors().decode(*revert).name() !=
                               QLatin1String("ERC20InsufficientAllowance"))
                return fillDone(fill, marketErrorOf(tried.error(), ourContractErrors()));
        }
        const OutgoingTransaction approval{
            m_token, erc20::approve(m_rpc.marketplace(), fill->collateral), UInt256(0),
            QStringLiteral("approve %1 for fillSlot %2")
                .arg(uint256::toDecimal(fill->collateral), slotLabel(fill->id, fill->slotIndex))};
        m_manager.submit(
            approval, this, [this, fill, send](const Result<TransactionReceipt>& receipt) {
                if (!receipt.ok())
                    return fillDone(fill,
                                    MarketError{MarketError::Kind::Transient, receipt.message()});
                if (!receipt->succeeded)
                    return fillDone(fill,
                                    rejected(QStringLiteral("the token refused the approval")));
                send();
            });
    });
}

void ChainMarketTransactions::finishFill(const std::shared_ptr<Fill>& fill,
                                         const TransactionOutcome& outcome) {
    qCInfo(lcChainMarketTransactions).noquote()
        << QStringLiteral("requestId=%1 slotIndex=%2 slotId=%3: fillSlot %4")
               .arg(fill->id.toHex())
               .arg(fill->slotIndex)
               .arg(slotIdOf(fill->id, fill->slotIndex).toHex(), outcome.describe());
    if (!outcome.succeeded())
        return fillDone(fill, errorOf(outcome));
    transfersOf(outcome, m_rpc.signer(), m_rpc.marketplace(),
                [this, fill](const MarketResult<QList<UInt256>>& moved) {
                    if (!moved.ok())
                        return fillDone(fill, moved.error());
                    if (moved->size() != 1)
                        return fillDone(
                            fill,
                            rejected(QStringLiteral("fillSlot's receipt holds %1 token transfers "
                                                    "from the host, expected 1")
                                         .arg(moved->size())));
                    fillDone(fill, moved->first());
                });
}

} // namespace salesdesk
