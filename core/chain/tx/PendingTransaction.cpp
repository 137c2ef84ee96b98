#include "core/chain/tx/PendingTransaction.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcBackoff.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/BroadcastAnswer.h"
#include "core/chain/tx/ReceiptPoller.h"
#include "core/chain/tx/TransactionFees.h"
#include "core/chain/tx/TransactionStore.h"
#include "core/domain/CrashPoint.h"

#include <QLoggingCategory>

// The manager's category: a pending transaction is the manager's work on one intent.
Q_DECLARE_LOGGING_CATEGORY(lcTransactionManager)

namespace salesdesk {

PendingTransaction::PendingTransaction(Parts parts, Settings settings, TransactionRecord record,
                                       QObject* parent)
    : QObject(parent)
    , m_parts(std::move(parts))
    , m_settings(std::move(settings))
    , m_record(std::move(record)) {}

PendingTransaction::~PendingTransaction() {
    if (m_timer != 0)
        m_parts.clock.cancel(m_timer);
}

void PendingTransaction::log(const QString& what) const {
    qCInfo(lcTransactionManager).noquote()
        << QStringLiteral("intent=%1 nonce=%2 hash=%3 label=\"%4\": %5")
               .arg(m_record.intentKey)
               .arg(m_record.nonce)
               .arg(m_record.latestAttempt().hash.toHex(), m_record.label, what);
}

QList<Hash32> PendingTransaction::hashes() const {
    QList<Hash32> all;
    for (const TransactionAttempt& attempt : m_record.attempts)
        all.append(attempt.hash);
    return all;
}

Result<SignedTransaction> PendingTransaction::sign(const Signer& signer,
                                                   const TransactionRecord& record,
                                                   const UInt256& maxFeePerGas,
                                                   const UInt256& maxPriorityFeePerGas) {
    Eip1559Transaction transaction;
    transaction.chainId = record.chainId;
    transaction.nonce = record.nonce;
    transaction.maxPriorityFeePerGas = maxPriorityFeePerGas;
    transaction.maxFeePerGas = maxFeePerGas;
    transaction.gasLimit = record.gasLimit;
    transaction.to = record.to;
    transaction.value = record.value;
    transaction.data = record.data;
    auto signedTx = signer(transaction);
    if (!signedTx.ok())
        return makeError(
            signedTx.code(),
            QStringLiteral("could not sign the transaction: %1").arg(signedTx.message()));
    if (signedTx->sender != record.account)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the signer signed as %1, not as the account %2")
                             .arg(signedTx->sender.toHex(), record.account.toHex()));
    return signedTx;
}

void PendingTransaction::start() {
    m_needsBroadcast = true;
    broadcast();
}

void PendingTransaction::schedule(qint64 seconds) {
    if (m_timer != 0)
        m_parts.clock.cancel(m_timer);
    m_timer = m_parts.clock.callAfter(seconds, this, [this] {
        m_timer = 0;
        step();
    });
}

void PendingTransaction::retryLater(const QString& message) {
    ++m_failures;
    const qint64 delay = m_settings.backoff->delay(m_failures, m_parts.random);
    qCWarning(lcTransactionManager).noquote()
        << QStringLiteral("intent=%1 nonce=%2 label=\"%3\": %4 (trying again in %5 s)")
               .arg(m_record.intentKey)
               .arg(m_record.nonce)
               .arg(m_record.label, message)
               .arg(delay);
    Q_EMIT problem(m_record.intentKey, message);
    schedule(delay);
}

void PendingTransaction::step() {
    if (m_settled)
        return;
    if (m_needsBroadcast)
        broadcast();
    else
        poll();
}

// Broadcasting: the latest attempt. The node's answer decides what comes next (BroadcastAnswer).
void PendingTransaction::broadcast() {
    m_needsBroadcast = true;
    const TransactionAttempt& attempt = m_record.latestAttempt();
    const int index = attempt.index;
    const Hash32 hash = attempt.hash;
    m_parts.rpc.call(QStringLiteral("eth_sendRawTransaction"), {rpc::toData(attempt.raw)}, this,
                     [this, index, hash](const RpcResult<QJsonValue>& answer) {
                         if (!m_settled)
                             onBroadcast(index, BroadcastAnswer::classify(answer, hash));
                     });
}

void PendingTransaction::onBroadcast(int index, const BroadcastAnswer& answer) {
    using Kind = BroadcastAnswer::Kind;
    if (answer.kind == Kind::Unknown)
        return retryLater(QStringLiteral("sending attempt %1: %2").arg(index).arg(answer.message));
    m_needsBroadcast = false;
    m_failures = 0;
    m_lastBroadcastAt = m_parts.clock.now();
    m_lastBroadcastHead.reset();
    switch (answer.kind) {
    case Kind::Accepted:
    case Kind::AlreadyKnown:
        markSent(index);
        return poll();
    case Kind::NonceTooLow:
        log(QStringLiteral("the node says the nonce is used (%1): looking for a receipt of our %2 "
                           "attempt(s)")
                .arg(answer.message)
                .arg(m_record.attempts.size()));
        return checkNonceUsed();
    case Kind::ReplacementUnderpriced:
        log(QStringLiteral("attempt %1 not taken: another transaction with this nonce waits with "
                           "fees the node will not replace (%2)")
                .arg(index)
                .arg(answer.message));
        return pollLater();
    case Kind::Refused:
        if (m_record.state == TransactionState::Signed && m_record.attempts.size() == 1)
            return settle(
                TransactionState::Failed, std::nullopt, std::nullopt,
                QStringLiteral("the node refused the transaction: %1").arg(answer.message));
        log(QStringLiteral("attempt %1 refused by the node: %2").arg(index).arg(answer.message));
        Q_EMIT problem(m_record.intentKey, answer.message);
        return pollLater();
    case Kind::Unknown:
        break;
    }
}

void PendingTransaction::markSent(int index) {
    TransactionAttempt& attempt = m_record.attempts[index];
    const bool firstSend = m_record.state == TransactionState::Signed;
    if (!firstSend && attempt.sentAt)
        return;
    const Timestamp now = m_parts.clock.now();
    if (auto stored = m_parts.store.markSent(m_record.id, index, now); !stored.ok()) {
        // The node has it; the row says Signed still, which a restart handles the same way.
        qCCritical(lcTransactionManager).noquote()
            << QStringLiteral("intent=%1: could not record that attempt %2 was sent: %3")
                   .arg(m_record.intentKey)
                   .arg(index)
                   .arg(stored.message());
        Q_EMIT problem(m_record.intentKey, stored.message());
        return;
    }
    m_record.state = TransactionState::Sent;
    if (!attempt.sentAt)
        attempt.sentAt = now;
    log(QStringLiteral("sent (attempt %1)").arg(index));
    Q_EMIT stateChanged(m_record.intentKey, m_record.state,
                        static_cast<int>(m_record.attempts.size()));
    if (firstSend)
        crashPoint("tx.send.afterBroadcast");
}

// Waiting: the receipts of every attempt, then the receipt's depth and its block on the chain.
void PendingTransaction::poll() {
    m_parts.poller.pollNow(
        hashes(), this,
        [this](const Result<TransactionRpc::ReceiptPoll>& answer) { onPollAnswer(answer); });
}

void PendingTransaction::pollLater() {
    if (m_needsBroadcast)
        return schedule(m_settings.pollSeconds);
    m_parts.poller.pollNext(
        hashes(), this,
        [this](const Result<TransactionRpc::ReceiptPoll>& answer) { onPollAnswer(answer); });
}

void PendingTransaction::onPollAnswer(const Result<TransactionRpc::ReceiptPoll>& answer) {
    if (m_settled)
        return;
    if (!answer.ok())
        return retryLater(QStringLiteral("waiting for a receipt: ") + answer.message());
    m_failures = 0;
    onPoll(*answer);
}

void PendingTransaction::onPoll(const TransactionRpc::ReceiptPoll& polled) {
    if (!m_lastBroadcastHead)
        m_lastBroadcastHead = polled.head;
    if (polled.receipt) {
        const TransactionReceipt& receipt = *polled.receipt;
        if (polled.head + 1 < receipt.blockNumber + m_settings.confirmations) {
            if (!m_seen || m_seen->blockHash != receipt.blockHash)
                log(QStringLiteral("mined in block %1 as %2; waiting for %3 confirmation(s)")
                        .arg(receipt.blockNumber)
                        .arg(receipt.transactionHash.toHex())
                        .arg(m_settings.confirmations));
            m_seen = receipt;
            return pollLater();
        }
        return checkCanonical(receipt);
    }
    if (m_seen) {
        log(QStringLiteral("the receipt in block %1 is gone (a reorg): sending again")
                .arg(m_seen->blockNumber));
        return resendAfterReorg();
    }
    if (bumpDue(polled.head))
        return bump();
    pollLater();
}

// Sent again one poll period later, so a node that keeps answering an orphaned receipt is not
// flooded.
void PendingTransaction::resendAfterReorg() {
    m_seen.reset();
    m_needsBroadcast = true;
    schedule(m_settings.pollSeconds);
}

void PendingTransaction::checkCanonical(const TransactionReceipt& receipt) {
    m_parts.poller.blockHash(
        receipt.blockNumber, this, [this, receipt](const Result<std::optional<Hash32>>& canonical) {
            if (m_settled)
                return;
            if (!canonical.ok())
                return retryLater(QStringLiteral("checking the receipt's block: ") +
                                  canonical.message());
            if (!*canonical || **canonical != receipt.blockHash) {
                log(QStringLiteral("block %1 of the receipt (%2) is no longer on the chain: "
                                   "sending again")
                        .arg(receipt.blockNumber)
                        .arg(receipt.blockHash.toHex()));
                return resendAfterReorg();
            }
            if (receipt.succeeded)
                return recordReceipt(receipt, {});
            if (receipt.gasUsed >= m_record.gasLimit) {
                // Out of gas: a replay with the same limit at the block's end state would say
                // nothing useful (the state it ran in is gone).
                TransactionRpc::Replay outOfGas;
                outOfGas.message = QStringLiteral("it ran out of gas in block %1: it used all the "
                                                  "%2 gas its limit allowed")
                                       .arg(receipt.blockNumber)
                                       .arg(m_record.gasLimit);
                return recordReceipt(receipt, outOfGas);
            }
            const OutgoingTransaction transaction{m_record.to, m_record.data, m_record.value,
                                                  m_record.label};
            TransactionRpc::replayFailure(
                m_parts.rpc, m_record.account, transaction, m_record.gasLimit, receipt.blockNumber,
                *m_settings.errors, this, [this, receipt](const TransactionRpc::Replay& replay) {
                    if (!m_settled)
                        recordReceipt(receipt, replay);
                });
        });
}

void PendingTransaction::recordReceipt(const TransactionReceipt& receipt,
                                       const TransactionRpc::Replay& replay) {
    crashPoint("tx.receipt.beforeRecord");
    if (receipt.succeeded)
        settle(TransactionState::Mined, receipt, std::nullopt, QString());
    else
        settle(TransactionState::Failed, receipt, replay.revertData, replay.message);
}

// "nonce too low": one of our attempts was mined, or another transaction used the nonce. Checked
// twice around the account's mined nonce, so an attempt mined in between is not missed.
void PendingTransaction::checkNonceUsed() {
    TransactionRpc::pollReceipts(
        m_parts.rpc, hashes(), this, [this](const Result<TransactionRpc::ReceiptPoll>& first) {
            if (m_settled)
                return;
            if (!first.ok())
                return retryLater(QStringLiteral("looking for our receipts: ") + first.message());
            if (first->receipt)
                return onPoll(*first);
            TransactionRpc::minedNonce(
                m_parts.rpc, m_record.account, this, [this](const Result<quint64>& mined) {
                    if (m_settled)
                        return;
                    if (!mined.ok())
                        return retryLater(QStringLiteral("reading the account's nonce: ") +
                                          mined.message());
                    if (*mined <= m_record.nonce) {
                        log(QStringLiteral("the account's mined nonce is %1: ours is not used yet")
                                .arg(*mined));
                        return pollLater();
                    }
                    TransactionRpc::pollReceipts(
                        m_parts.rpc, hashes(), this,
                        [this,
                         minedNonce = *mined](const Result<TransactionRpc::ReceiptPoll>& second) {
                            if (m_settled)
                                return;
                            if (!second.ok())
                                return retryLater(QStringLiteral("looking for our receipts: ") +
                                                  second.message());
                            if (second->receipt)
                                return onPoll(*second);
                            QStringList ours;
                            for (const Hash32& hash : hashes())
                                ours.append(hash.toHex());
                            settle(TransactionState::Dropped, std::nullopt, std::nullopt,
                                   QStringLiteral("nonce %1 of %2 was used by another transaction "
                                                  "(the account's nonce is %3 now); none of our "
                                                  "%4 attempt(s) was mined (%5)")
                                       .arg(m_record.nonce)
                                       .arg(m_record.account.toHex())
                                       .arg(minedNonce)
                                       .arg(ours.size())
                                       .arg(ours.join(QStringLiteral(", "))));
                        });
                });
        });
}

// Fee bumps: the same nonce, fees raised by at least an eighth, stored before it is broadcast.
bool PendingTransaction::bumpDue(quint64 head) const {
    if (m_settings.bumpAfterSeconds > 0 &&
        m_parts.clock.now() - m_lastBroadcastAt >= m_settings.bumpAfterSeconds)
        return true;
    return m_settings.bumpAfterBlocks > 0 && m_lastBroadcastHead &&
           head >= *m_lastBroadcastHead + m_settings.bumpAfterBlocks;
}

void PendingTransaction::bump() {
    TransactionRpc::quoteFees(
        m_parts.rpc, m_settings.fees, this, [this](const Result<FeeQuote>& quote) {
            if (m_settled)
                return;
            if (!quote.ok())
                return retryLater(QStringLiteral("quoting fees for a bump: ") + quote.message());
            addAttempt(*quote);
        });
}

void PendingTransaction::addAttempt(const FeeQuote& quote) {
    const TransactionAttempt latest = m_record.latestAttempt(); // a copy: attempts grows below
    const auto fees = TransactionFees::bumped({latest.maxFeePerGas, latest.maxPriorityFeePerGas},
                                              quote, m_settings.maxFeePerGasCap);
    // A bump that cannot be made waits a whole period again, with the attempts it has.
    const auto refuse = [this](const QString& message) {
        m_lastBroadcastAt = m_parts.clock.now();
        m_lastBroadcastHead.reset();
        log(QStringLiteral("no fee bump: ") + message);
        Q_EMIT problem(m_record.intentKey, message);
        pollLater();
    };
    if (!fees.ok())
        return refuse(fees.message());
    auto signedTx = sign(m_parts.signer, m_record, fees->maxFeePerGas, fees->maxPriorityFeePerGas);
    if (!signedTx.ok())
        return refuse(signedTx.message());
    TransactionAttempt attempt{static_cast<int>(m_record.attempts.size()),
                               signedTx->hash,
                               signedTx->raw,
                               fees->maxFeePerGas,
                               fees->maxPriorityFeePerGas,
                               m_parts.clock.now(),
                               std::nullopt};
    if (auto stored = m_parts.store.addAttempt(m_record.id, attempt, attempt.createdAt);
        !stored.ok())
        return retryLater(QStringLiteral("storing a fee bump: ") + stored.message());
    m_record.attempts.append(attempt);
    log(QStringLiteral("fee bump: attempt %1, max fee %2 wei per gas (was %3), priority fee %4 "
                       "(was %5)")
            .arg(attempt.index)
            .arg(uint256::toDecimal(attempt.maxFeePerGas), uint256::toDecimal(latest.maxFeePerGas),
                 uint256::toDecimal(attempt.maxPriorityFeePerGas),
                 uint256::toDecimal(latest.maxPriorityFeePerGas)));
    Q_EMIT stateChanged(m_record.intentKey, m_record.state,
                        static_cast<int>(m_record.attempts.size()));
    crashPoint("tx.bump.beforeBroadcast");
    broadcast();
}

void PendingTransaction::settle(TransactionState state,
                                const std::optional<TransactionReceipt>& receipt,
                                const std::optional<QByteArray>& revertData, const QString& error) {
    const Timestamp now = m_parts.clock.now();
    if (auto stored = m_parts.store.settle(m_record.id, state, receipt, revertData, error, now);
        !stored.ok())
        return retryLater(QStringLiteral("recording the outcome: ") + stored.message());
    m_settled = true;
    if (m_timer != 0)
        m_parts.clock.cancel(m_timer);
    m_timer = 0;
    m_record.state = state;
    m_record.receipt = receipt;
    m_record.revertData = revertData;
    m_record.error = error;
    m_record.updatedAt = now;
    log(QStringLiteral("%1%2%3").arg(transaction_state::toText(state),
                                     receipt ? QStringLiteral(" in block %1 as %2")
                                                   .arg(receipt->blockNumber)
                                                   .arg(receipt->transactionHash.toHex())
                                             : QString(),
                                     error.isEmpty() ? QString() : QStringLiteral(": ") + error));
    Q_EMIT settled(m_record);
}

} // namespace salesdesk
