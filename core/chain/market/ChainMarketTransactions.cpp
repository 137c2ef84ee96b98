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
#include "core/domain/TokenAmount.h"
#include "core/proofs/HashingPool.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <memory>
#include <utility>

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
                                                 TokenInfo tokenInfo, quint64 periodSeconds,
                                                 SlotRootsSource slotRoots, RoundSource rounds,
                                                 QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_manager(manager)
    , m_answers(answers)
    , m_token(token)
    , m_tokenInfo(std::move(tokenInfo))
    , m_periodSeconds(periodSeconds)
    , m_slotRoots(std::move(slotRoots))
    , m_rounds(std::move(rounds)) {
    connect(&m_manager, &TransactionManager::settled, this, &ChainMarketTransactions::onSettled);
}

Result<ChainMarketTransactions::StoredAttempt>
ChainMarketTransactions::currentAttempt(const std::function<QString(int)>& keyOf) {
    for (int attempt = 0;; ++attempt) {
        const QString key = keyOf(attempt);
        auto stored = m_manager.outcome(key);
        if (!stored.ok())
            return stored.error();
        if (!stored->has_value())
            return StoredAttempt{key, std::nullopt};
        const TransactionOutcome& outcome = **stored;
        if (!outcome.isFinal() || outcome.succeeded() ||
            errorOf(outcome).kind != MarketError::Kind::InvalidProof)
            return StoredAttempt{key, std::move(*stored)};
    }
}

Result<ChainMarketTransactions::StoredAttempt>
ChainMarketTransactions::currentFill(const SlotId& slot, quint64 round) {
    return currentAttempt([&](int attempt) { return fillKey(slot, round, attempt); });
}

void ChainMarketTransactions::latestTimestamp(ChainMarketRpc::NumberCallback done) {
    m_timestampWaiters.append(std::move(done));
    if (m_timestampWaiters.size() > 1)
        return;
    m_rpc.latestTimestamp(this, [this](const MarketResult<quint64>& now) {
        const QList<ChainMarketRpc::NumberCallback> waiters = std::exchange(m_timestampWaiters, {});
        for (const ChainMarketRpc::NumberCallback& waiter : waiters)
            waiter(now);
    });
}

template <typename T>
void ChainMarketTransactions::withRound(const SlotId& slot, MarketReply<T> reply,
                                        std::function<void(quint64)> then) {
    m_rounds(slot, [reply, then = std::move(then)](const MarketResult<quint64>& round) {
        if (!round.ok())
            return reply(round.error());
        then(*round);
    });
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
    withRound<Done>(slot, reply, [this, reply, id, slotIndex, slot, transaction](quint64 round) {
        run(reserveKey(slot, round), transaction,
            [reply, id, slotIndex, slot, round](const TransactionOutcome& o) {
                qCInfo(lcChainMarketTransactions).noquote()
                    << QStringLiteral(
                           "requestId=%1 slotIndex=%2 slotId=%3 round=%4: reserveSlot %5")
                           .arg(id.toHex())
                           .arg(slotIndex)
                           .arg(slot.toHex())
                           .arg(round)
                           .arg(o.describe());
                if (!o.succeeded())
                    return reply(errorOf(o));
                reply(Done{});
            });
    });
}

void ChainMarketTransactions::submitProof(const SlotId& slot, const StorageProof& proof,
                                          MarketReply<Done> reply) {
    // The key names the period the chain is in now: one proof per slot and period (and another
    // attempt only after one refused as invalid once mined, for a challenge that moved on).
    latestTimestamp([this, slot, proof, reply](const MarketResult<quint64>& now) {
        if (!now.ok())
            return reply(now.error());
        const quint64 period = m_periodSeconds ? *now / m_periodSeconds : 0;
        const auto current =
            currentAttempt([&](int attempt) { return proofKey(slot, period, attempt); });
        if (!current.ok())
            return reply(rejected(current.message()));
        const OutgoingTransaction transaction{
            m_rpc.marketplace(), marketplace::submitProof(slot, proof), UInt256(0),
            QStringLiteral("submitProof %1 period %2").arg(slot.toShortHex()).arg(period)};
        run(current->key, transaction, [reply, slot, period](const TransactionOutcome& o) {
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
    withRound<SlotPayout>(slot, reply, [this, reply, slot, transaction](quint64 round) {
        run(freeKey(slot, round), transaction,
            [this, reply, slot, round](const TransactionOutcome& o) {
                qCInfo(lcChainMarketTransactions).noquote()
                    << QStringLiteral("slotId=%1 round=%2: freeSlot %3")
                           .arg(slot.toHex())
                           .arg(round)
                           .arg(o.describe());
                if (!o.succeeded())
                    return reply(errorOf(o));
                transfersOf(
                    o, m_rpc.marketplace(), m_rpc.signer(),
                    [reply](const MarketResult<QList<UInt256>>& moved) {
                        if (!moved.ok())
                            return reply(moved.error());
                        // Paid: the reward, then the collateral. Failed or forced free:
                        // nothing.
                        if (moved->isEmpty())
                            return reply(SlotPayout{});
                        if (moved->size() != 2)
                            return reply(rejected(
                                QStringLiteral("freeSlot's receipt holds %1 token transfers "
                                               "to the host, expected 0 or 2")
                                    .arg(moved->size())));
                        reply(SlotPayout{moved->at(0), moved->at(1)});
                    });
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
    // Only the current round's reservation counts: a forced free dropped the earlier ones.
    withRound<bool>(slot, reply, [this, slot, reply](quint64 round) {
        const auto stored = m_manager.outcome(reserveKey(slot, round));
        if (!stored.ok())
            return reply(rejected(stored.message()));
        reply(stored->has_value() && (*stored)->succeeded());
    });
}

void ChainMarketTransactions::hostSettlement(const SlotId& slot,
                                             MarketReply<HostSlotSettlement> reply) {
    withRound<HostSlotSettlement>(slot, reply, [this, slot, reply](quint64 round) {
        settleRounds(slot, 0, round, std::make_shared<HostSlotSettlement>(), reply);
    });
}

// Adds round `round`'s fill and free to the settlement, then the next round's, up to `last`.
void ChainMarketTransactions::settleRounds(const SlotId& slot, quint64 round, quint64 last,
                                           std::shared_ptr<HostSlotSettlement> settlement,
                                           MarketReply<HostSlotSettlement> reply) {
    if (round > last)
        return readHolding(slot, settlement, reply);
    const auto fill = currentFill(slot, round);
    const auto free = m_manager.outcome(freeKey(slot, round));
    if (!fill.ok())
        return reply(rejected(fill.message()));
    if (!free.ok())
        return reply(rejected(free.message()));
    const std::optional<TransactionOutcome> filled =
        fill->outcome && fill->outcome->succeeded() ? fill->outcome : std::nullopt;
    const std::optional<TransactionOutcome> freed =
        free->has_value() && (*free)->succeeded() ? *free : std::nullopt;

    auto add = [](UInt256& total, const QList<UInt256>& amounts) -> Result<void> {
        for (const UInt256& amount : amounts)
            SD_TRY_ASSIGN(total, uint256::checkedAdd(total, amount));
        return {};
    };
    auto nextRound = [this, slot, round, last, settlement, reply] {
        settleRounds(slot, round + 1, last, settlement, reply);
    };
    auto readPayout = [this, freed, settlement, reply, nextRound, add]() {
        if (!freed)
            return nextRound();
        transfersOf(*freed, m_rpc.marketplace(), m_rpc.signer(),
                    [settlement, reply, nextRound, add](const MarketResult<QList<UInt256>>& moved) {
                        if (!moved.ok())
                            return reply(moved.error());
                        // Paid: the reward, then the collateral. A forced free pays nothing.
                        if (moved->size() == 2) {
                            const auto reward = add(settlement->reward, {moved->at(0)});
                            const auto back = add(settlement->collateralReturned, {moved->at(1)});
                            if (!reward.ok() || !back.ok())
                                return reply(
                                    rejected(reward.ok() ? back.message() : reward.message()));
                        }
                        nextRound();
                    });
    };
    if (!filled)
        return readPayout();
    transfersOf(*filled, m_rpc.signer(), m_rpc.marketplace(),
                [settlement, reply, readPayout, add](const MarketResult<QList<UInt256>>& moved) {
                    if (!moved.ok())
                        return reply(moved.error());
                    const auto added = add(settlement->collateralDeposited, *moved);
                    if (!added.ok())
                        return reply(rejected(added.message()));
                    readPayout();
                });
}

// Whether the slot is still ours, then the answer. "Holding" is being among mySlots: the contract
// keeps a paid slot's host, but the slot leaves mySlots at the payout.
void ChainMarketTransactions::readHolding(const SlotId& slot,
                                          std::shared_ptr<HostSlotSettlement> settlement,
                                          MarketReply<HostSlotSettlement> reply) {
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
}

// ---- fillSlot

void ChainMarketTransactions::fillSlot(const RequestId& id, quint64 slotIndex,
                                       const StorageProof& proof, const UInt256& collateral,
                                       MarketReply<UInt256> reply) {
    auto fill = std::make_shared<Fill>(Fill{id, slotIndex, 0, {}, proof, collateral, reply, {}});
    m_unsentFills.append(fill);
    const SlotId slot = slotIdOf(id, slotIndex);
    m_rounds(slot, [this, fill, slot](const MarketResult<quint64>& round) {
        if (!round.ok())
            return answerUnsent(fill, round.error());
        fill->round = *round;
        const auto current = currentFill(slot, fill->round);
        if (!current.ok())
            return answerUnsent(fill, rejected(current.message()));
        fill->key = current->key;
        if (awaitStored(fill->key,
                        [this, fill](const TransactionOutcome& o) { finishFill(fill, o); }))
            m_unsentFills.removeOne(fill); // sent before: it needs no allowance of ours now
        else
            prepareFill(fill);
    });
}

void ChainMarketTransactions::answerUnsent(const std::shared_ptr<Fill>& fill,
                                           const MarketResult<UInt256>& result) {
    m_unsentFills.removeOne(fill);
    fill->reply(result);
}

void ChainMarketTransactions::prepareFill(const std::shared_ptr<Fill>& fill) {
    m_rpc.views({{m_rpc.marketplace(), marketplace::getRequest(fill->id)}}, this,
                [this, fill](const QList<MarketResult<QByteArray>>& answers) {
                    if (!answers.at(0).ok())
                        return answerUnsent(fill, answers.at(0).error());
                    const auto request = m_answers.request(answers.at(0).value());
                    if (!request.ok())
                        return answerUnsent(fill, rejected(request.message()));
                    // The slot roots cost hashing the data of every slot unless cached: off the
                    // event loop, on the HashingPool (proofs keep the global pool).
                    auto* watcher = new QFutureWatcher<Result<std::vector<Hash32>>>(this);
                    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fill] {
                        watcher->deleteLater();
                        const Result<std::vector<Hash32>> roots = watcher->result();
                        if (!roots.ok())
                            return answerUnsent(fill, rejected(roots.message()));
                        const auto proof = makeFillProof(*roots, fill->slotIndex, fill->proof);
                        if (!proof.ok())
                            return answerUnsent(fill, rejected(proof.message()));
                        fill->data = marketplace::fillSlot(fill->id, fill->slotIndex, *proof);
                        m_readyFills.push_back(fill);
                        nextFills();
                    });
                    watcher->setFuture(
                        QtConcurrent::run(&proofs::HashingPool::instance(), m_slotRoots, *request));
                });
}

void ChainMarketTransactions::nextFills() {
    if (m_fillsUnsettled > 0 || m_approving || m_readyFills.empty())
        return;
    QList<std::shared_ptr<Fill>> batch;
    UInt256 needed = 0;
    for (const auto& fill : std::exchange(m_readyFills, {})) {
        if (fill->reply.contextGone()) {
            m_unsentFills.removeOne(fill); // the sale stopped waiting: nothing is sent for it
            continue;
        }
        batch.append(fill);
        needed += fill->collateral;
    }
    if (batch.isEmpty())
        return;
    m_approving = true;
    // Every fill sent before has settled: the allowance read now is what this batch may spend.
    m_rpc.views({{m_token, erc20::allowance(m_rpc.signer(), m_rpc.marketplace())}}, this,
                [this, batch, needed](const QList<MarketResult<QByteArray>>& answers) {
                    if (!answers.at(0).ok())
                        return endBatch(batch, answers.at(0).error());
                    const auto allowance = uint256::fromBigEndian(answers.at(0).value());
                    if (!allowance.ok())
                        return endBatch(batch, rejected(allowance.message()));
                    if (*allowance >= needed)
                        return sendFills(batch);
                    tryFills(batch);
                });
}

void ChainMarketTransactions::tryFills(const QList<std::shared_ptr<Fill>>& batch) {
    // Each fill as a call first: with the allowance short it can only fail for that, unless the
    // Marketplace refuses it for another reason, which is that fill's answer (nothing is sent for
    // it). One approval then covers the collateral of every fill left.
    QList<RpcCall> trials;
    for (const auto& fill : batch)
        trials.append(m_rpc.viewCall({m_rpc.marketplace(), fill->data}));
    m_rpc.client().batch(trials, this, [this, batch](const QList<RpcResult<QJsonValue>>& tried) {
        QList<std::shared_ptr<Fill>> left;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (!tried.at(i).ok()) {
                const auto revert = rpc::revertData(tried.at(i).error());
                if (!revert || ourContractErrors().decode(*revert).name() !=
                                   QLatin1String("ERC20InsufficientAllowance")) {
                    answerUnsent(batch.at(i),
                                 marketErrorOf(tried.at(i).error(), ourContractErrors()));
                    continue;
                }
            }
            left.append(batch.at(i));
        }
        if (left.isEmpty())
            return endBatch({}, {});
        // The approval covers the fills still being prepared too: they are sent in the next
        // batches without an approval each (the allowance is set, not added to: a fill that
        // is not sent after all leaves a surplus the next fills spend).
        UInt256 collateral = 0;
        for (const auto& unsent : std::as_const(m_unsentFills))
            collateral += unsent->collateral;
        const OutgoingTransaction approval{m_token, erc20::approve(m_rpc.marketplace(), collateral),
                                           UInt256(0), approvalLabel(collateral), true};
        m_manager.submit(approval, this, [this, left](const Result<TransactionReceipt>& receipt) {
            if (!receipt.ok())
                return endBatch(left, MarketError{MarketError::Kind::Transient, receipt.message()});
            if (!receipt->succeeded)
                return endBatch(left, rejected(QStringLiteral("the token refused the approval")));
            sendFills(left);
        });
    });
}

QString ChainMarketTransactions::approvalLabel(const UInt256& collateral) const {
    // "approve 1.5 TST for fillSlot 0x12…ab/3", or "… for fillSlot 0x12…ab/3 and 4 more".
    const QString amount = tokens::formatExact(collateral, m_tokenInfo, QLocale::c());
    const Fill& first = *m_unsentFills.constFirst();
    QString label = QStringLiteral("approve %1 for fillSlot %2")
                        .arg(amount, slotLabel(first.id, first.slotIndex));
    if (m_unsentFills.size() > 1)
        label += QStringLiteral(" and %1 more").arg(m_unsentFills.size() - 1);
    return label;
}

void ChainMarketTransactions::sendFills(const QList<std::shared_ptr<Fill>>& batch) {
    m_approving = false;
    m_fillsUnsettled = int(batch.size());
    for (const auto& fill : batch) {
        m_unsentFills.removeOne(fill);
        const OutgoingTransaction transaction{
            m_rpc.marketplace(), fill->data, UInt256(0),
            QStringLiteral("fillSlot ") + slotLabel(fill->id, fill->slotIndex), true};
        m_manager.send(fill->key, transaction, this, [this, fill](const TransactionOutcome& o) {
            // Settled: what it spent of the allowance is spent; the next batch may read it.
            if (--m_fillsUnsettled == 0)
                QMetaObject::invokeMethod(this, &ChainMarketTransactions::nextFills,
                                          Qt::QueuedConnection);
            finishFill(fill, o);
        });
    }
}

void ChainMarketTransactions::endBatch(const QList<std::shared_ptr<Fill>>& failed,
                                       const MarketError& why) {
    for (const auto& fill : failed)
        answerUnsent(fill, why);
    m_approving = false;
    QMetaObject::invokeMethod(this, &ChainMarketTransactions::nextFills, Qt::QueuedConnection);
}

void ChainMarketTransactions::finishFill(const std::shared_ptr<Fill>& fill,
                                         const TransactionOutcome& outcome) {
    qCInfo(lcChainMarketTransactions).noquote()
        << QStringLiteral("requestId=%1 slotIndex=%2 slotId=%3 round=%4: fillSlot %5")
               .arg(fill->id.toHex())
               .arg(fill->slotIndex)
               .arg(slotIdOf(fill->id, fill->slotIndex).toHex())
               .arg(fill->round)
               .arg(outcome.describe());
    if (!outcome.succeeded())
        return fill->reply(errorOf(outcome));
    transfersOf(outcome, m_rpc.signer(), m_rpc.marketplace(),
                [this, fill](const MarketResult<QList<UInt256>>& moved) {
                    if (!moved.ok())
                        return fill->reply(moved.error());
                    if (moved->size() != 1)
                        return fill->reply(
                            rejected(QStringLiteral("fillSlot's receipt holds %1 token transfers "
                                                    "from the host, expected 1")
                                         .arg(moved->size())));
                    fill->reply(moved->first());
                });
}

} // namespace salesdesk
