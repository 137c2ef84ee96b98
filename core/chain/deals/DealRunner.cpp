#include "core/chain/deals/DealRunner.h"

#include "core/chain/tx/TransactionManager.h"
#include "core/domain/CrashPoint.h"
#include "core/proofs/Prover.h"
#include "core/proofs/SlotDataSource.h"
#include "core/reservations/Reservations.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QLoggingCategory>

#include <algorithm>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcDealRunner, "salesdesk.deals.runner", QtInfoMsg)

namespace {

QString describe(const Deal& deal) {
    return QStringLiteral("deal %1 (client %2, reservation %3)")
        .arg(deal.id.toHex(), deal.proposal.client.toHex(),
             deal.reservation ? deal.reservation->toHex() : QStringLiteral("none"));
}

QString failureOf(const TransactionOutcome& outcome) {
    if (outcome.revert && !outcome.revert->name().isEmpty())
        return outcome.revert->name();
    return outcome.describe();
}

} // namespace

DealRunner::DealRunner(JsonRpcClient& rpc, Database& database, DealBook& book,
                       Reservations& reservations, Repo& repo, TransactionManager& transactions,
                       proofs::Prover& prover, Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_db(database)
    , m_book(book)
    , m_reservations(reservations)
    , m_repo(repo)
    , m_transactions(transactions)
    , m_prover(prover)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_contract(rpc, m_options.contract) {}

DealRunner::~DealRunner() {
    stop();
}

void DealRunner::start() {
    m_running = true;
    if (m_period != 0)
        return check();
    m_contract.configuration(this, [this](const Result<DirectDealsContract::Config>& config) {
        if (!config.ok() || config->period == 0) {
            qCWarning(lcDealRunner).noquote()
                << "the DirectDeals contract's configuration cannot be read:"
                << (config.ok() ? QStringLiteral("a period of 0") : config.message());
            return scheduleCheck(); // tried again at the next check
        }
        m_period = config->period;
        m_timeout = config->timeout;
        check();
    });
}

void DealRunner::stop() {
    m_running = false;
    if (m_timer)
        m_clock.cancel(*m_timer);
    m_timer.reset();
}

void DealRunner::scheduleCheck() {
    if (m_timer || !m_running)
        return;
    // Six checks a proof period are enough for a proof each period and the activation's window;
    // no more, so a fast clock (the local chain's) does not flood the node.
    const qint64 every = std::max<qint64>(m_options.checkSeconds, qint64(m_period / 6));
    m_timer = m_clock.callAfter(every, this, [this] {
        m_timer.reset();
        if (m_period == 0)
            return start();
        check();
    });
}

void DealRunner::dataComplete(const Hash32& dealId) {
    auto deal = m_book.find(dealId);
    if (deal.ok() && m_period != 0)
        advance(*deal);
}

void DealRunner::check() {
    if (!m_running)
        return;
    scheduleCheck();
    auto deals = m_book.unfinished();
    if (!deals.ok()) {
        qCWarning(lcDealRunner).noquote() << "the deals cannot be read:" << deals.message();
        return;
    }
    for (const Deal& deal : *deals)
        if (deal.chainId == m_options.chainId && deal.contract == m_options.contract)
            advance(deal);
}

bool DealRunner::begin(const Hash32& id) {
    if (m_busy.contains(id))
        return false;
    m_busy.insert(id);
    return true;
}

void DealRunner::advance(const Deal& deal) {
    const Timestamp now = m_clock.now();
    const DealProposal& p = deal.proposal;
    switch (deal.state) {
    case Deal::State::AwaitingData:
    case Deal::State::Transferring:
        if (now + m_options.publishLeadSeconds >= static_cast<Timestamp>(p.start))
            return finish(deal, Deal::State::Failed,
                          QStringLiteral("the data was not all there %1 s before the start, too "
                                         "late to publish the deal")
                              .arg(m_options.publishLeadSeconds));
        if (!m_fundsChecked.contains(deal.id))
            checkFunds(deal);
        return;
    case Deal::State::Verifying:
        return verify(deal);
    case Deal::State::Publishing:
        if (now >= static_cast<Timestamp>(p.start))
            return finish(deal, Deal::State::Failed,
                          QStringLiteral("not published before the start"));
        return publish(deal);
    case Deal::State::AwaitingActivation:
        if (now < static_cast<Timestamp>(p.start)) {
            // The activation's window is one period from the start: be there at the start.
            if (!m_wakingAtStart.contains(deal.id)) {
                m_wakingAtStart.insert(deal.id);
                const Hash32 id = deal.id;
                m_clock.callAt(static_cast<Timestamp>(p.start), this, [this, id] {
                    m_wakingAtStart.remove(id);
                    if (auto due = m_book.find(id); due.ok() && m_running)
                        advance(*due);
                });
            }
            return;
        }
        if (now >= static_cast<Timestamp>(p.start + m_period))
            return follow(deal); // the chain says whether the activation made it in time
        return prove(deal);
    case Deal::State::Active:
        return follow(deal);
    case Deal::State::Expired:
    case Deal::State::Slashed:
    case Deal::State::Failed:
        return;
    }
}

void DealRunner::checkFunds(const Deal& deal) {
    if (!begin(deal.id))
        return;
    const Hash32 id = deal.id;
    m_contract.balanceOf(deal.proposal.client, this, [this, id](const Result<UInt256>& balance) {
        end(id);
        if (!balance.ok()) {
            qCWarning(lcDealRunner).noquote()
                << "the escrow of deal" << id.toHex() << "cannot be read:" << balance.message();
            return;
        }
        auto current = m_book.find(id);
        if (!current.ok() || !current->transferring())
            return;
        m_fundsChecked.insert(id);
        const auto payment = current->proposal.payment();
        if (!payment.ok() || *balance < *payment)
            return finish(*current, Deal::State::Failed,
                          QStringLiteral("the client's free escrow of %1 does not cover the "
                                         "payment of %2")
                              .arg(uint256::toDecimal(*balance), payment.ok()
                                                                     ? uint256::toDecimal(*payment)
                                                                     : payment.message()));
    });
}

void DealRunner::verify(const Deal& deal) {
    if (!begin(deal.id))
        return;
    const Hash32 id = deal.id;
    const SlotId slot = dataSlot(id);
    const auto source =
        proofs::SlotDataSource::onDisk(slot, m_repo.slotDataPath(slot), deal.proposal.size);
    m_prover.buildTree(source, this, [this, id](const Result<Hash32>& root) {
        end(id);
        auto current = m_book.find(id);
        if (!current.ok() || current->state != Deal::State::Verifying)
            return;
        if (!root.ok())
            return finish(*current, Deal::State::Failed,
                          QStringLiteral("the data cannot be read: %1").arg(root.message()));
        if (*root != current->proposal.dataRoot)
            return finish(*current, Deal::State::Failed,
                          QStringLiteral("the data's root %1 is not the proposal's %2: nothing "
                                         "was published")
                              .arg(root->toHex(), current->proposal.dataRoot.toHex()));
        if (moveTo(id, Deal::State::Publishing))
            advance(*m_book.find(id));
    });
}

void DealRunner::publish(const Deal& deal) {
    if (!begin(deal.id))
        return;
    const Hash32 id = deal.id;
    OutgoingTransaction transaction;
    transaction.to = m_options.contract;
    transaction.data = DirectDealsContract::publishDeal(deal.proposal, deal.clientSignature);
    transaction.label = QStringLiteral("publish deal %1").arg(id.toHex());
    m_transactions.send(
        QStringLiteral("deal-publish:%1").arg(id.toHex()), transaction, this,
        [this, id](const TransactionOutcome& outcome) {
            end(id);
            auto current = m_book.find(id);
            if (!current.ok() || current->state != Deal::State::Publishing)
                return;
            if (outcome.succeeded()) {
                crashPoint("deal.publish.afterMarket");
                // Published: the collateral is locked from now on.
                if (auto locked = m_book.recordProgress(
                        id, 0, 0, UInt256(0), current->proposal.providerCollateral, m_clock.now());
                    !locked.ok())
                    qCWarning(lcDealRunner).noquote() << locked.message();
                moveTo(id, Deal::State::AwaitingActivation);
                return;
            }
            if (!outcome.stored() && !outcome.revert) {
                // Not sent (the node could not be asked): the next check tries
                // again under the same key.
                qCWarning(lcDealRunner).noquote()
                    << "publishing deal" << id.toHex() << "waits:" << outcome.describe();
                return;
            }
            finish(*current, Deal::State::Failed,
                   QStringLiteral("publishing was refused: %1").arg(failureOf(outcome)));
        });
}

void DealRunner::prove(const Deal& deal) {
    if (!begin(deal.id))
        return;
    const Hash32 id = deal.id;
    const quint64 size = deal.proposal.size;
    m_contract.challenge(
        id, this, [this, id, size](const Result<DirectDealsContract::Challenge>& challenge) {
            if (!challenge.ok()) {
                end(id);
                qCWarning(lcDealRunner).noquote() << "the challenge of deal" << id.toHex()
                                                  << "cannot be read:" << challenge.message();
                return;
            }
            if (challenge->pointer > 255 - m_options.pointerWrapMargin) {
                end(id); // the challenge changes in a few blocks: prove after it did
                return;
            }
            const SlotId slot = dataSlot(id);
            const auto source =
                proofs::SlotDataSource::onDisk(slot, m_repo.slotDataPath(slot), size);
            m_prover.prove(
                source, challenge->challenge, this, [this, id](const Result<StorageProof>& proof) {
                    if (!proof.ok()) {
                        end(id);
                        qCWarning(lcDealRunner).noquote()
                            << "deal" << id.toHex() << "cannot be proven:" << proof.message();
                        return;
                    }
                    const quint64 period = m_clock.now() / m_period;
                    OutgoingTransaction transaction;
                    transaction.to = m_options.contract;
                    transaction.data = DirectDealsContract::submitProof(id, *proof);
                    transaction.label =
                        QStringLiteral("prove deal %1 in period %2").arg(id.toHex()).arg(period);
                    // A failed proof is tried again in the same period under the next
                    // attempt's key (a stored key is never sent twice).
                    const int attempt = m_proofAttempts.value(id);
                    m_transactions.send(QStringLiteral("deal-proof:%1:%2:%3")
                                            .arg(id.toHex())
                                            .arg(period)
                                            .arg(attempt),
                                        transaction, this,
                                        [this, id](const TransactionOutcome& outcome) {
                                            end(id);
                                            if (!outcome.succeeded()) {
                                                qCWarning(lcDealRunner).noquote()
                                                    << "the proof of deal" << id.toHex()
                                                    << "failed:" << outcome.describe();
                                                if (outcome.stored())
                                                    m_proofAttempts[id] += 1;
                                            } else {
                                                crashPoint("deal.proof.afterSubmit");
                                                countProof(id);
                                            }
                                            auto current = m_book.find(id);
                                            if (current.ok() && !current->final())
                                                follow(*current);
                                        });
                });
        });
}

void DealRunner::follow(const Deal& deal) {
    if (!begin(deal.id))
        return;
    const Hash32 id = deal.id;
    m_contract.deal(id, this, [this, id](const Result<DirectDealsContract::DealView>& view) {
        end(id);
        auto current = m_book.find(id);
        if (!current.ok() || current->final())
            return;
        if (!view.ok()) {
            qCWarning(lcDealRunner).noquote()
                << "deal" << id.toHex() << "cannot be read from the chain:" << view.message();
            return;
        }
        using ChainState = DirectDealsContract::State;
        const Timestamp now = m_clock.now();
        const DealProposal& p = current->proposal;
        auto recorded = m_book.recordProgress(id, current->proofsSubmitted, view->missedProofs,
                                              view->paid, view->collateralLeft, now);
        if (!recorded.ok())
            qCWarning(lcDealRunner).noquote() << recorded.message();
        else if (recorded->missedProofs != current->missedProofs ||
                 recorded->paid != current->paid ||
                 recorded->collateralLeft != current->collateralLeft)
            Q_EMIT dealChanged(id); // only news: the views re-read the books on each

        if (current->state == Deal::State::AwaitingActivation) {
            if (view->state == ChainState::Active) {
                moveTo(id, Deal::State::Active);
                return;
            }
            if (view->state == ChainState::Failed ||
                now >= static_cast<Timestamp>(p.start + m_period)) {
                // The collateral is the client's from here: no proof can activate the deal any
                // more, and its one way on, expireUnactivated (anyone's to call), pays it to the
                // client. The books count it lost now, as the chain does once the deal is ended.
                if (auto lost =
                        m_book.recordProgress(id, current->proofsSubmitted, view->missedProofs,
                                              view->paid, UInt256(0), now);
                    !lost.ok())
                    qCWarning(lcDealRunner).noquote() << lost.message();
                return finish(*current, Deal::State::Failed,
                              QStringLiteral("not activated within one period of the start: the "
                                             "collateral goes to the client"));
            }
            return;
        }
        switch (view->state) {
        case ChainState::Slashed:
            return finish(
                *current, Deal::State::Slashed,
                QStringLiteral("%1 proofs were reported missing").arg(view->missedProofs));
        case ChainState::Expired:
            return finish(*current, Deal::State::Expired, QString());
        case ChainState::Failed:
        case ChainState::Published:
            return;
        case ChainState::Active:
            break;
        }
        if (now >= static_cast<Timestamp>(p.end))
            return close(*current);
        // Payment for the proven time, once enough of it is unpaid.
        const quint64 until = settleableUntil(view->lastProvenPeriod, m_period, p.end,
                                              static_cast<quint64>(std::max<Timestamp>(now, 0)));
        if (until > view->paidUntil && m_settleRefused.value(id) != until &&
            until - view->paidUntil >=
                settleInterval(p.end - p.start, m_period, m_options.settleEverySeconds))
            return settle(*current, until);
        proveIfDue(id);
    });
}

void DealRunner::proveIfDue(const Hash32& id) {
    // A proof per period: is this period's due?
    if (!begin(id))
        return;
    m_contract.isProofDue(id, this, [this, id](const Result<bool>& due) {
        end(id);
        if (!due.ok() || !*due)
            return;
        auto latest = m_book.find(id);
        if (latest.ok() && latest->state == Deal::State::Active)
            prove(*latest);
    });
}

void DealRunner::settle(const Deal& deal, quint64 until) {
    if (!begin(deal.id))
        return;
    const Hash32 id = deal.id;
    OutgoingTransaction transaction;
    transaction.to = m_options.contract;
    transaction.data = DirectDealsContract::settle(id);
    transaction.label = QStringLiteral("collect the payment of deal %1").arg(id.toHex());
    // Keyed by the end of the time it pays: a settlement taken again after a crash sends nothing
    // twice, and the next proven period is a new one.
    m_transactions.send(QStringLiteral("deal-settle:%1:%2").arg(id.toHex()).arg(until), transaction,
                        this, [this, id, until](const TransactionOutcome& outcome) {
                            end(id);
                            auto current = m_book.find(id);
                            if (!current.ok() || current->final())
                                return;
                            if (outcome.succeeded()) {
                                crashPoint("deal.settle.afterMarket");
                                return follow(
                                    *current); // reads and books the payment, then proves if due
                            }
                            // Not paid now (another caller settled first, or the node refused): the
                            // close pays it at the latest. The proof of the period goes on.
                            qCWarning(lcDealRunner).noquote()
                                << describe(*current) << "collecting the payment up to" << until
                                << "failed:" << failureOf(outcome);
                            m_settleRefused.insert(id, until);
                            proveIfDue(id);
                        });
}

quint64 DealRunner::settleInterval(quint64 duration, quint64 period, qint64 settleEverySeconds) {
    const quint64 every = static_cast<quint64>(std::max<qint64>(settleEverySeconds, 1));
    return std::max(std::min(every, duration / 4), period);
}

quint64 DealRunner::settleableUntil(quint64 lastProvenPeriod, quint64 period, quint64 end,
                                    quint64 now) {
    const quint64 proven = (lastProvenPeriod + 1) * period;
    return std::min({proven, end, now});
}

void DealRunner::close(const Deal& deal) {
    if (!begin(deal.id))
        return;
    const Hash32 id = deal.id;
    m_contract.closableAt(id, this, [this, id](const Result<quint64>& closable) {
        if (!closable.ok() || m_clock.now() < static_cast<Timestamp>(*closable)) {
            end(id);
            return; // the last period's report window is still open
        }
        OutgoingTransaction transaction;
        transaction.to = m_options.contract;
        transaction.data = DirectDealsContract::closeExpired(id);
        transaction.label = QStringLiteral("close deal %1").arg(id.toHex());
        m_transactions.send(QStringLiteral("deal-close:%1").arg(id.toHex()), transaction, this,
                            [this, id](const TransactionOutcome& outcome) {
                                end(id);
                                if (outcome.succeeded())
                                    crashPoint("deal.close.afterMarket");
                                else
                                    qCWarning(lcDealRunner).noquote()
                                        << "closing deal" << id.toHex()
                                        << "failed:" << outcome.describe();
                                auto current = m_book.find(id);
                                if (current.ok() && !current->final())
                                    follow(*current); // reads the chain's Expired, then finishes
                            });
    });
}

void DealRunner::countProof(const Hash32& id) {
    auto current = m_book.find(id);
    if (!current.ok())
        return;
    if (auto recorded =
            m_book.recordProgress(id, current->proofsSubmitted + 1, current->missedProofs,
                                  current->paid, current->collateralLeft, m_clock.now());
        !recorded.ok())
        qCWarning(lcDealRunner).noquote() << recorded.message();
}

bool DealRunner::moveTo(const Hash32& id, Deal::State state, const QString& reason) {
    auto moved = m_book.moveTo(id, state, m_clock.now(), reason);
    if (!moved.ok()) {
        qCWarning(lcDealRunner).noquote() << moved.message();
        return false;
    }
    Q_EMIT dealChanged(id);
    return true;
}

void DealRunner::finish(const Deal& deal, Deal::State state, const QString& reason) {
    // The books first: the deal's end, its data and its reservation in one transaction, so a
    // crash leaves either all of it or none.
    auto tx = m_db.begin();
    if (!tx.ok()) {
        qCWarning(lcDealRunner).noquote() << tx.message();
        return;
    }
    auto moved = m_book.moveTo(deal.id, state, m_clock.now(), reason);
    if (!moved.ok()) {
        qCWarning(lcDealRunner).noquote() << describe(deal) << moved.message();
        return;
    }
    if (auto deleted = m_repo.deleteSlotData(dataSlot(deal.id)); !deleted.ok()) {
        qCWarning(lcDealRunner).noquote() << describe(deal) << deleted.message();
        return;
    }
    if (deal.reservation)
        if (auto released = m_reservations.deleteReservation(*deal.reservation); !released.ok()) {
            qCWarning(lcDealRunner).noquote() << describe(deal) << released.message();
            return;
        }
    if (auto committed = tx->commit(); !committed.ok()) {
        qCWarning(lcDealRunner).noquote() << describe(deal) << committed.message();
        return;
    }
    m_fundsChecked.remove(deal.id);
    m_proofAttempts.remove(deal.id);
    m_settleRefused.remove(deal.id);
    m_prover.forget(dataSlot(deal.id));
    Q_EMIT dealChanged(deal.id);
}

} // namespace salesdesk
