#pragma once

#include "core/chain/rpc/RpcResult.h"
#include "core/clock/Clock.h"
#include "core/domain/UInt256.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace salesdesk {

class ChainHostSide;

// What the wallet screen and the status bar show of the chain a desk sells on, asked of the node
// in the background: its head block, the host's gas balance (eth_getBalance) and token balance
// (the token's balanceOf) and its fee per gas (eth_gasPrice), in one JSON-RPC batch every pollMs;
// with the market's event cursor (how far the engine has read the chain), the transaction manager's
// pending intents and the token transfers the host's side follows (ChainBooks).
//
// Never blocks: a question is asked only when the last one was answered, and a node that has not
// answered for slowSeconds (on the Clock), or answered with an error, is "not answering" since its
// last answer (since the first question when it never answered); the figures it gave last are
// kept.
class ChainWatch final : public QObject {
    Q_OBJECT
public:
    struct Options {
        int pollMs = 2000;
        qint64 slowSeconds = 6;
    };

    ChainWatch(ChainHostSide& side, Clock& clock, QObject* parent = nullptr);
    ChainWatch(ChainHostSide& side, Clock& clock, Options options, QObject* parent = nullptr);
    ~ChainWatch() override;

    ChainHostSide& side() const { return m_side; }

    // Asks the node now, unless a question is out already.
    void refresh();

    // Whether the node answered the last question (and is not late with the next one). False
    // before the first answer.
    bool isAnswering() const { return m_answeredOnce && !m_notAnsweringSince; }
    // Since when the node has not answered: its last answer, or the first question.
    std::optional<Timestamp> notAnsweringSince() const { return m_notAnsweringSince; }
    // The last failure (none when it was slow only, or answered since).
    const std::optional<RpcError>& lastError() const { return m_lastError; }
    std::optional<Timestamp> answeredAt() const { return m_answeredAt; }

    std::optional<quint64> headBlock() const { return m_head; }
    std::optional<UInt256> gasBalance() const { return m_gasBalance; }     // wei
    std::optional<UInt256> tokenBalance() const { return m_tokenBalance; } // base units
    // The node's current fee per gas (wei); nullopt until it told one.
    std::optional<UInt256> gasPrice() const { return m_gasPrice; }
    // The last block whose market events the engine has read; nullopt before the first.
    std::optional<quint64> processedBlock() const;
    // headBlock − processedBlock (nullopt while either is unknown).
    std::optional<quint64> blocksBehind() const;
    // Intents of the transaction manager not settled yet (queued, signed or sent).
    int pendingTransactions() const;

Q_SIGNALS:
    // Something above changed (an answer, a failure, a transaction's state). The changes of the
    // other parts (intents, event cursors, transfers) made in one event-loop turn are one
    // `changed`, on the next turn: a hundred proofs signed together repaint the status bar once.
    void changed();
    // The node's head moved to `block`.
    void headChanged(quint64 block);

private:
    void noteChange();
    void checkSlow();
    void answered(const QList<RpcResult<QJsonValue>>& answers, Timestamp asked);
    void failed(const RpcError& error, Timestamp asked);

    ChainHostSide& m_side;
    Clock& m_clock;
    Options m_options;
    QTimer m_poll;
    QTimer m_slowCheck;
    std::optional<Timestamp> m_askedAt; // a question is out
    bool m_changePosted = false;        // a `changed` is posted for the next turn
    bool m_answeredOnce = false;
    std::optional<Timestamp> m_notAnsweringSince;
    std::optional<RpcError> m_lastError;
    std::optional<Timestamp> m_answeredAt;
    std::optional<quint64> m_head;
    std::optional<UInt256> m_gasBalance;
    std::optional<UInt256> m_tokenBalance;
    std::optional<UInt256> m_gasPrice;
};

} // namespace salesdesk
