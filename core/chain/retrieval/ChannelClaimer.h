#pragma once

#include "core/chain/abi/ContractAbi.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/clock/Clock.h"
#include "core/domain/UInt256.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace salesdesk {

class TransactionManager;
struct TransactionOutcome;

// Turns the best vouchers of the provider's retrieval channels into tokens: claims a channel's
// best voucher on the channels contract when its payer has requested the close (the claim must be
// mined before the close window ends, or the payer is refunded what the voucher promised), and,
// when `claimThreshold` is set, as soon as a channel's unclaimed amount reaches it. Claims are
// intents of the TransactionManager named by channel and amount ("retrieval-claim:<id>:<amount>"),
// so a claim sent before a crash is not sent again after it, and its outcome is heard. Checks on
// every change of the channels (ChannelFollower::channelsChanged) and every checkSeconds.
class ChannelClaimer final : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint64 chainId = 0;
        Address channels;
        UInt256 claimThreshold; // 0: claim only channels whose close was requested
        qint64 checkSeconds = 60;
        // A claim not mined this long before the channel closes is warned about.
        qint64 lateMarginSeconds = 600;
    };

    ChannelClaimer(VoucherBook& book, TransactionManager& transactions, Clock& clock,
                   Options options, QObject* parent = nullptr);
    ~ChannelClaimer() override;

    void start();
    void stop();
    // Looks for claims to send now.
    void check();
    // Claims sent and not settled.
    int claimsInFlight() const { return m_inFlight.size(); }
    static QString intentKey(const Hash32& channelId, const UInt256& amount);

Q_SIGNALS:
    // A claim settled: `claimed` tells whether it was mined without a revert.
    void claimSettled(const salesdesk::Hash32& channelId, const salesdesk::UInt256& amount,
                      bool claimed, const QString& outcome);
    // A channel's close nears and its best voucher is not claimed yet.
    void claimLate(const salesdesk::Hash32& channelId, qint64 secondsLeft);

private:
    void claim(const VoucherBook::Key& key, const Voucher& voucher);
    void scheduleCheck();

    VoucherBook& m_book;
    TransactionManager& m_transactions;
    Clock& m_clock;
    Options m_options;
    const abi::ContractAbi* m_abi = nullptr; // null when not built in
    QSet<QString> m_inFlight;                // intent keys sent and not settled
    std::optional<Clock::TimerId> m_timer;
    bool m_running = false;
};

} // namespace salesdesk
