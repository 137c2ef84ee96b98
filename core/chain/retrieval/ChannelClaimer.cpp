#include "core/chain/retrieval/ChannelClaimer.h"

#include "core/chain/retrieval/RetrievalChannelsAbi.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/domain/CrashPoint.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcChannelClaimer, "salesdesk.retrieval.claims", QtInfoMsg)

ChannelClaimer::ChannelClaimer(VoucherBook& book, TransactionManager& transactions, Clock& clock,
                               Options options, QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_transactions(transactions)
    , m_clock(clock)
    , m_options(options)
    , m_abi(retrievalChannelsAbi()) {}

ChannelClaimer::~ChannelClaimer() {
    stop();
}

QString ChannelClaimer::intentKey(const Hash32& channelId, const UInt256& amount) {
    return QStringLiteral("retrieval-claim:%1:%2")
        .arg(channelId.toHex(), uint256::toDecimal(amount));
}

void ChannelClaimer::start() {
    m_running = true;
    check();
}

void ChannelClaimer::stop() {
    m_running = false;
    if (m_timer)
        m_clock.cancel(*m_timer);
    m_timer.reset();
}

void ChannelClaimer::scheduleCheck() {
    if (m_timer || !m_running)
        return;
    m_timer = m_clock.callAfter(m_options.checkSeconds, this, [this] {
        m_timer.reset();
        check();
    });
}

void ChannelClaimer::check() {
    if (!m_running)
        return;
    scheduleCheck();
    auto unclaimed = m_book.unclaimed();
    if (!unclaimed) {
        qCWarning(lcChannelClaimer).noquote()
            << "the channels owed cannot be read:" << unclaimed.message();
        return;
    }
    const Timestamp now = m_clock.now();
    for (const VoucherBook::Key& key : *unclaimed) {
        if (key.chainId != m_options.chainId || key.contract != m_options.channels)
            continue;
        auto channel = m_book.channel(key);
        auto best = m_book.best(key);
        if (!channel || !*channel || !best || !*best)
            continue;
        const UInt256 owed = (*best)->cumulativeAmount - (*channel)->claimed;
        const bool closing = (*channel)->closesAt != 0;
        const bool enough = m_options.claimThreshold != 0 && owed >= m_options.claimThreshold;
        if (!closing && !enough)
            continue;
        if (closing) {
            const qint64 left = (*channel)->closesAt - now;
            if (left < m_options.lateMarginSeconds)
                Q_EMIT claimLate(key.channelId, left);
        }
        claim(key, **best);
    }
}

void ChannelClaimer::claim(const VoucherBook::Key& key, const Voucher& voucher) {
    const QString intent = intentKey(key.channelId, voucher.cumulativeAmount);
    if (m_inFlight.contains(intent) || !m_abi)
        return;
    auto data = m_abi->encodeCall(QStringLiteral("claim"),
                                  {abi::AbiValue::bytes(voucher.channelId.toByteArray()),
                                   abi::AbiValue::uint(voucher.cumulativeAmount),
                                   abi::AbiValue::bytes(voucher.signatureBytes())});
    if (!data) {
        qCWarning(lcChannelClaimer).noquote() << "a claim cannot be encoded:" << data.message();
        return;
    }
    m_inFlight.insert(intent);
    qCInfo(lcChannelClaimer).noquote() << "claiming" << uint256::toDecimal(voucher.cumulativeAmount)
                                       << "on channel" << key.channelId.toHex();
    OutgoingTransaction transaction;
    transaction.to = key.contract;
    transaction.data = *data;
    transaction.label = QStringLiteral("claim retrieval channel %1").arg(key.channelId.toHex());
    const Hash32 channelId = key.channelId;
    const UInt256 amount = voucher.cumulativeAmount;
    m_transactions.send(intent, transaction, this,
                        [this, intent, channelId, amount](const TransactionOutcome& outcome) {
                            const bool claimed = outcome.succeeded();
                            // Mined and its outcome stored under the intent: after a restart the
                            // same claim is answered from the store, not sent again.
                            if (claimed)
                                crashPoint("retrieval.claim.afterSubmit");
                            m_inFlight.remove(intent);
                            if (claimed)
                                qCInfo(lcChannelClaimer).noquote()
                                    << "claim of" << uint256::toDecimal(amount) << "on channel"
                                    << channelId.toHex() << outcome.describe();
                            else
                                qCWarning(lcChannelClaimer).noquote()
                                    << "claim of" << uint256::toDecimal(amount) << "on channel"
                                    << channelId.toHex() << outcome.describe();
                            Q_EMIT claimSettled(channelId, amount, claimed, outcome.describe());
                        });
}

} // namespace salesdesk
