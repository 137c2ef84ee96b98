#include "core/chain/tx/TransactionManager.h"

#include "core/domain/CrashPoint.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTransactionManager, "salesdesk.chain.transactionmanager")

namespace salesdesk {

namespace {

bool sameTransaction(const OutgoingTransaction& a, const TransactionRecord& b) {
    return a.to == b.to && a.data == b.data && a.value == b.value;
}

bool sameTransaction(const OutgoingTransaction& a, const OutgoingTransaction& b) {
    return a.to == b.to && a.data == b.data && a.value == b.value;
}

OutgoingTransaction transactionOf(const TransactionRecord& record) {
    return OutgoingTransaction{record.to, record.data, record.value, record.label};
}

QString keyConflict(const QString& key) {
    return QStringLiteral("the intent key \"%1\" is already used for another transaction (other "
                          "recipient, call data or value); nothing was sent")
        .arg(key);
}

} // namespace

TransactionManager::TransactionManager(JsonRpcClient& rpc, Database& database, Clock& clock,
                                       Address account, Signer signer, Options options,
                                       QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_clock(clock)
    , m_poller(rpc, clock, options.pollSeconds)
    , m_database(database)
    , m_store(database)
    , m_account(account)
    , m_signer(std::move(signer))
    , m_options(std::move(options))
    , m_random(m_options.randomSeed ? *m_options.randomSeed
                                    : QRandomGenerator::global()->generate()) {}

TransactionManager::~TransactionManager() = default;

void TransactionManager::log(const QString& key, const QString& label, const QString& what) const {
    qCInfo(lcTransactionManager).noquote()
        << QStringLiteral("intent=%1 label=\"%2\": %3").arg(key, label, what);
}

void TransactionManager::answerLater(const TransactionOutcome& outcome, const QObject* context,
                                     OutcomeCallback done) {
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [outcome, guard, hasContext, done = std::move(done)] {
        if (!hasContext || !guard.isNull())
            done(outcome);
    });
}

void TransactionManager::submit(const OutgoingTransaction& transaction, const QObject* context,
                                ReceiptCallback done) {
    const QString key =
        QStringLiteral("unkeyed:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    send(key, transaction, context, [done = std::move(done)](const TransactionOutcome& outcome) {
        if (outcome.receipt)
            return done(*outcome.receipt);
        done(outcome.error ? *outcome.error : makeError(ErrorCode::Io, outcome.describe()));
    });
}

void TransactionManager::send(const QString& intentKey, const OutgoingTransaction& transaction,
                              const QObject* context, OutcomeCallback done) {
    TransactionOutcome refused;
    refused.intentKey = intentKey;
    refused.label = transaction.label;
    if (intentKey.isEmpty()) {
        refused.error =
            makeError(ErrorCode::InvalidArgument,
                      QStringLiteral("%1: an intent needs a key").arg(transaction.label));
        return answerLater(refused, context, std::move(done));
    }
    if (const IntentPtr active = m_intents.value(intentKey)) {
        if (!sameTransaction(transaction, active->transaction)) {
            refused.error = makeError(ErrorCode::Conflict, keyConflict(intentKey));
            return answerLater(refused, context, std::move(done));
        }
        active->waiters.append(
            {QPointer<const QObject>(context), context != nullptr, std::move(done)});
        return;
    }
    auto stored = m_store.find(intentKey);
    if (!stored.ok()) {
        refused.error = stored.error();
        return answerLater(refused, context, std::move(done));
    }
    if (*stored) {
        if (!sameTransaction(transaction, **stored)) {
            refused.error = makeError(ErrorCode::Conflict, keyConflict(intentKey));
            return answerLater(refused, context, std::move(done));
        }
        if (transaction_state::isFinal((*stored)->state))
            return answerLater(outcomeOf(**stored), context, std::move(done));
        auto intent = std::make_shared<Intent>();
        intent->key = intentKey;
        intent->transaction = transactionOf(**stored);
        intent->waiters.append(
            {QPointer<const QObject>(context), context != nullptr, std::move(done)});
        log(intentKey, transaction.label,
            QStringLiteral("stored in state %1, not settled: taking it up")
                .arg(transaction_state::toText((*stored)->state)));
        track(intent, std::move(**stored));
        return;
    }
    auto intent = std::make_shared<Intent>();
    intent->key = intentKey;
    intent->transaction = transaction;
    intent->waiters.append({QPointer<const QObject>(context), context != nullptr, std::move(done)});
    m_intents.insert(intentKey, intent);
    // Urgent intents go ahead of the others waiting, in the order they came among themselves.
    auto place = m_queue.end();
    if (transaction.urgent)
        place = std::find_if(m_queue.begin(), m_queue.end(),
                             [](const IntentPtr& queued) { return !queued->transaction.urgent; });
    m_queue.insert(place, intent);
    log(intentKey, transaction.label, QStringLiteral("queued"));
    // Planned on the next turn of the event loop, with every intent queued in this one.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

Result<int> TransactionManager::resume() {
    QList<TransactionRecord> records;
    SD_TRY_ASSIGN(records, m_store.unsettled(m_account, m_options.chainId));
    int resumed = 0;
    for (TransactionRecord& record : records) {
        if (m_intents.contains(record.intentKey))
            continue;
        auto intent = std::make_shared<Intent>();
        intent->key = record.intentKey;
        intent->transaction = transactionOf(record);
        log(intent->key, record.label,
            QStringLiteral("resumed: nonce %1 in state %2 with %3 attempt(s), sending the latest "
                           "(%4) again")
                .arg(record.nonce)
                .arg(transaction_state::toText(record.state))
                .arg(record.attempts.size())
                .arg(record.latestAttempt().hash.toHex()));
        track(intent, std::move(record));
        ++resumed;
    }
    return resumed;
}

Result<std::optional<TransactionOutcome>> TransactionManager::outcome(const QString& intentKey) {
    std::optional<TransactionRecord> record;
    SD_TRY_ASSIGN(record, m_store.find(intentKey));
    if (!record)
        return std::optional<TransactionOutcome>();
    return std::optional<TransactionOutcome>(outcomeOf(*record));
}

TransactionOutcome TransactionManager::outcomeOf(const TransactionRecord& record) const {
    TransactionOutcome outcome;
    outcome.intentKey = record.intentKey;
    outcome.label = record.label;
    outcome.state = record.state;
    outcome.nonce = record.nonce;
    outcome.attempts = static_cast<int>(record.attempts.size());
    outcome.receipt = record.receipt;
    outcome.hash = record.receipt ? record.receipt->transactionHash : record.latestAttempt().hash;
    if (record.revertData)
        outcome.revert = m_options.errors.decode(*record.revertData);
    if (record.state == TransactionState::Failed || record.state == TransactionState::Dropped)
        outcome.error = makeError(ErrorCode::Conflict,
                                  QStringLiteral("%1: %2").arg(record.label, record.error));
    return outcome;
}

// Planning: the intents queued, urgent ones first and otherwise in the order they came, as many
// as fit under maxInFlight unsettled ones (urgent ones always fit), in one batch (one pending
// nonce and fee quote for all, an estimate each); one such batch at a time.
void TransactionManager::pump() {
    if (m_planning || m_queue.empty())
        return;
    const int room = std::max(1, m_options.maxInFlight) - m_unsettled;
    QList<IntentPtr> group;
    while (!m_queue.empty() && (group.size() < room || m_queue.front()->transaction.urgent)) {
        group.append(m_queue.front());
        m_queue.pop_front();
    }
    if (!group.isEmpty())
        plan(group);
}

void TransactionManager::plan(const QList<IntentPtr>& group) {
    m_planning = true;
    QList<OutgoingTransaction> transactions;
    transactions.reserve(group.size());
    for (const IntentPtr& intent : group)
        transactions.append(intent->transaction);
    TransactionRpc::planMany(m_rpc, m_account, transactions, m_options.fees, m_options.errors, this,
                             [this, group](const QList<TransactionRpc::PlanAnswer>& plans) {
                                 storeGroup(group, plans, 0);
                             });
}

// The intents of a planned group from `from` on, kStoredPerTurn of them in this turn: each signed
// and stored (Signed) in one database transaction, committed before any of them is broadcast (the
// broadcasts leave on the next turn of the event loop, together). One commit for many, not one
// per intent, and a period's hundred proofs spread over a few turns, so that no turn holds the
// window long; the next group is planned once the whole group is stored.
void TransactionManager::storeGroup(const QList<IntentPtr>& group,
                                    const QList<TransactionRpc::PlanAnswer>& plans,
                                    qsizetype from) {
    const qsizetype to = std::min(group.size(), from + kStoredPerTurn);
    // Those not sent are answered after the commit, so that no answer runs inside it.
    struct Refusal {
        IntentPtr intent;
        Error error;
        std::optional<DecodedRevert> revert;
    };
    QList<Refusal> refused;
    QList<std::pair<IntentPtr, TransactionRecord>> stored;
    {
        auto unit = m_database.begin();
        for (qsizetype i = from; i < to; ++i) {
            const IntentPtr& intent = group.at(i);
            if (!plans.at(i).plan.ok()) {
                refused.append({intent, plans.at(i).plan.error(), plans.at(i).revert});
                continue;
            }
            if (!unit.ok()) {
                refused.append({intent, unit.error(), std::nullopt});
                continue;
            }
            auto record = signAndStore(*intent, *plans.at(i).plan);
            if (!record.ok())
                refused.append({intent, record.error(), std::nullopt});
            else
                stored.append({intent, std::move(*record)});
        }
        if (unit.ok() && !stored.isEmpty()) {
            if (auto committed = unit->commit(); !committed.ok()) {
                for (const auto& [intent, record] : std::as_const(stored))
                    refused.append({intent, committed.error(), std::nullopt});
                stored.clear();
            }
        }
    } // the transaction ends here, committed or rolled back
    for (const Refusal& refusal : std::as_const(refused))
        notSent(refusal.intent, refusal.error, refusal.revert);
    if (!stored.isEmpty()) {
        for (const auto& [intent, record] : std::as_const(stored))
            Q_EMIT stateChanged(intent->key, TransactionState::Signed, 1);
        crashPoint("tx.send.beforeBroadcast");
        for (auto& [intent, record] : stored)
            track(intent, std::move(record));
    }
    if (to < group.size()) {
        QMetaObject::invokeMethod(
            this, [this, group, plans, to] { storeGroup(group, plans, to); }, Qt::QueuedConnection);
        return;
    }
    m_planning = false;
    pump();
}

Result<TransactionRecord> TransactionManager::signAndStore(const Intent& intent,
                                                           const TransactionRpc::Plan& plan) {
    // The lowest nonce from the node's pending count on that no stored intent holds: past the
    // intents stored and not yet known to the node, and into the hole an intent the node refused
    // left (later nonces wait for it).
    QList<quint64> free;
    SD_TRY_ASSIGN(free, m_store.freeNonces(m_account, m_options.chainId, plan.pendingNonce, 1));
    if (plan.gasEstimate > kMaxGasEstimate)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("eth_estimateGas answered %1 gas, more than %2")
                             .arg(plan.gasEstimate)
                             .arg(kMaxGasEstimate));
    TransactionFees fees;
    SD_TRY_ASSIGN(fees, TransactionFees::initial(plan.fees, m_options.maxFeePerGasCap));

    TransactionRecord record;
    record.intentKey = intent.key;
    record.account = m_account;
    record.chainId = m_options.chainId;
    record.nonce = free.at(0);
    record.label = intent.transaction.label;
    record.to = intent.transaction.to;
    record.data = intent.transaction.data;
    record.value = intent.transaction.value;
    const auto margin = static_cast<quint64>(std::max(0, m_options.gasMarginPercent));
    record.gasLimit =
        plan.gasEstimate + (plan.gasEstimate * margin + 99) / 100 + m_options.gasHeadroom;
    record.state = TransactionState::Signed;
    record.createdAt = record.updatedAt = m_clock.now();
    SignedTransaction signedTx;
    SD_TRY_ASSIGN(signedTx, PendingTransaction::sign(m_signer, record, fees.maxFeePerGas,
                                                     fees.maxPriorityFeePerGas));
    record.attempts.append({0, signedTx.hash, signedTx.raw, fees.maxFeePerGas,
                            fees.maxPriorityFeePerGas, record.createdAt, std::nullopt});
    SD_TRY(m_store.insert(record));
    qCInfo(lcTransactionManager).noquote()
        << QStringLiteral("intent=%1 nonce=%2 hash=%3 label=\"%4\": signed and stored (gas limit "
                          "%5 for an estimate of %6; max fee %7 wei per gas, priority fee %8)")
               .arg(record.intentKey)
               .arg(record.nonce)
               .arg(signedTx.hash.toHex(), record.label)
               .arg(record.gasLimit)
               .arg(plan.gasEstimate)
               .arg(uint256::toDecimal(fees.maxFeePerGas),
                    uint256::toDecimal(fees.maxPriorityFeePerGas));
    return record;
}

void TransactionManager::notSent(const IntentPtr& intent, const Error& error,
                                 const std::optional<DecodedRevert>& revert) {
    TransactionOutcome outcome;
    outcome.intentKey = intent->key;
    outcome.label = intent->transaction.label;
    outcome.error =
        makeError(error.code, QStringLiteral("%1: %2").arg(outcome.label, error.message));
    outcome.revert = revert;
    log(intent->key, outcome.label, QStringLiteral("not sent: ") + error.message);
    m_intents.remove(intent->key);
    for (const Waiter& waiter : std::as_const(intent->waiters))
        if (!waiter.hasContext || !waiter.context.isNull())
            waiter.done(outcome);
}

void TransactionManager::track(const IntentPtr& intent, TransactionRecord record) {
    m_intents.insert(intent->key, intent);
    ++m_unsettled;
    PendingTransaction::Settings settings;
    settings.confirmations = std::max<quint64>(1, m_options.confirmations);
    settings.pollSeconds = std::max<qint64>(1, m_options.pollSeconds);
    settings.bumpAfterSeconds = m_options.bumpAfterSeconds;
    settings.bumpAfterBlocks = m_options.bumpAfterBlocks;
    settings.maxFeePerGasCap = m_options.maxFeePerGasCap;
    settings.fees = m_options.fees;
    settings.backoff = &m_options.backoff;
    settings.errors = &m_options.errors;
    intent->pending = std::make_unique<PendingTransaction>(
        PendingTransaction::Parts{m_rpc, m_poller, m_clock, m_store, m_random, m_signer}, settings,
        std::move(record));
    PendingTransaction* pending = intent->pending.get();
    connect(pending, &PendingTransaction::stateChanged, this, &TransactionManager::stateChanged);
    connect(pending, &PendingTransaction::problem, this, &TransactionManager::problem);
    connect(pending, &PendingTransaction::settled, this,
            [this, key = intent->key](const TransactionRecord& final) { finish(key, final); });
    pending->start();
}

void TransactionManager::finish(const QString& key, const TransactionRecord& record) {
    const IntentPtr intent = m_intents.take(key);
    if (!intent)
        return;
    --m_unsettled;
    const TransactionOutcome outcome = outcomeOf(record);
    // The PendingTransaction that reports this goes once its signal has returned.
    intent->pending.release()->deleteLater();
    for (const Waiter& waiter : std::as_const(intent->waiters))
        if (!waiter.hasContext || !waiter.context.isNull())
            waiter.done(outcome);
    Q_EMIT settled(outcome);
    pump();
}

} // namespace salesdesk
