#pragma once

#include "core/chain/retrieval/ChannelClaimer.h"
#include "core/chain/retrieval/ChannelFollower.h"
#include "core/chain/retrieval/RetrievalBook.h"
#include "core/chain/retrieval/RetrievalServer.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/domain/Result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace salesdesk {

class Clock;
class Database;
class JsonRpcClient;
class TransactionManager;

// The provider's paid retrieval assembled on one chain: the books (VoucherBook, RetrievalBook in
// the chain side's database), the channels followed (ChannelFollower) and claimed
// (ChannelClaimer) with the chain side's transaction manager, and the HTTP endpoint
// (RetrievalServer) over the host's slot data. Off until start(); docs/retrieval.md.
class RetrievalService final : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint64 chainId = 0;
        Address channels; // the RetrievalChannels contract
        Address payee;    // the host's account
        quint64 startBlock = 0;
        quint64 confirmations = 0;
        qint64 pollSeconds = 4;
        QHostAddress listenAddress = QHostAddress::LocalHost;
        quint16 port = 0; // 0: a free port
        RetrievalTerms terms;
        // Signs the published terms with the payee's account (RetrievalServer::Config::
        // signTerms).
        SignedRetrievalTerms::Signer signTerms;
        UInt256 claimThreshold; // 0: claim when a close is requested only
        int maxActivePerClient = 4;
        int requestsPerSecondPerAddress = 200;
    };

    // Everything given must outlive the service.
    RetrievalService(JsonRpcClient& rpc, Database& database, TransactionManager& transactions,
                     Clock& clock, std::shared_ptr<const RetrievableData> data, Options options,
                     QObject* parent = nullptr);
    ~RetrievalService() override;

    // Follows the channels, starts claiming and listens; the port, or why not (then nothing
    // runs).
    Result<quint16> start();
    void stop();

    const Options& options() const { return m_options; }
    VoucherBook& vouchers() const { return *m_vouchers; }
    RetrievalBook& retrievals() const { return *m_retrievals; }
    ChannelFollower& follower() const { return *m_follower; }
    ChannelClaimer& claimer() const { return *m_claimer; }
    RetrievalServer& server() const { return *m_server; }

Q_SIGNALS:
    // The channels or the retrievals changed (for views).
    void changed();

private:
    Options m_options;
    std::unique_ptr<VoucherBook> m_vouchers;
    std::unique_ptr<RetrievalBook> m_retrievals;
    std::unique_ptr<ChannelFollower> m_follower;
    std::unique_ptr<ChannelClaimer> m_claimer;
    std::unique_ptr<RetrievalServer> m_server;
};

} // namespace salesdesk
