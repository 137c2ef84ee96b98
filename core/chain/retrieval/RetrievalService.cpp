#include "core/chain/retrieval/RetrievalService.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"

namespace salesdesk {

RetrievalService::RetrievalService(JsonRpcClient& rpc, Database& database,
                                   TransactionManager& transactions, Clock& clock,
                                   std::shared_ptr<const RetrievableData> data, Options options,
                                   QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_vouchers(std::make_unique<VoucherBook>(database))
    , m_retrievals(std::make_unique<RetrievalBook>(database, *m_vouchers)) {
    ChannelFollower::Options followerOptions;
    followerOptions.chainId = m_options.chainId;
    followerOptions.channels = m_options.channels;
    followerOptions.payee = m_options.payee;
    followerOptions.startBlock = m_options.startBlock;
    followerOptions.confirmations = m_options.confirmations;
    followerOptions.pollSeconds = m_options.pollSeconds;
    m_follower =
        std::make_unique<ChannelFollower>(rpc, database, *m_vouchers, clock, followerOptions);
    ChannelClaimer::Options claimerOptions;
    claimerOptions.chainId = m_options.chainId;
    claimerOptions.channels = m_options.channels;
    claimerOptions.claimThreshold = m_options.claimThreshold;
    m_claimer = std::make_unique<ChannelClaimer>(*m_vouchers, transactions, clock, claimerOptions);
    RetrievalServer::Config serverConfig;
    serverConfig.domain = Voucher::domain(m_options.chainId, m_options.channels);
    serverConfig.payee = m_options.payee;
    serverConfig.terms = m_options.terms;
    serverConfig.signTerms = m_options.signTerms;
    serverConfig.maxActivePerClient = m_options.maxActivePerClient;
    serverConfig.requestsPerSecondPerAddress = m_options.requestsPerSecondPerAddress;
    m_server = std::make_unique<RetrievalServer>(serverConfig, *m_retrievals, *m_vouchers,
                                                 std::move(data), clock);
    connect(m_follower.get(), &ChannelFollower::channelsChanged, m_claimer.get(),
            &ChannelClaimer::check);
    connect(m_follower.get(), &ChannelFollower::channelsChanged, this, &RetrievalService::changed);
    connect(m_claimer.get(), &ChannelClaimer::claimSettled, this, &RetrievalService::changed);
    connect(m_server.get(), &RetrievalServer::retrievalChanged, this, &RetrievalService::changed);
}

RetrievalService::~RetrievalService() {
    stop();
}

Result<quint16> RetrievalService::start() {
    SD_TRY(m_options.terms.validate());
    SD_TRY(m_follower->start());
    auto port = m_server->listen(m_options.listenAddress, m_options.port);
    if (!port) {
        m_follower->stop();
        return port.error();
    }
    m_claimer->start();
    return port;
}

void RetrievalService::stop() {
    if (m_claimer)
        m_claimer->stop();
    if (m_follower)
        m_follower->stop();
}

} // namespace salesdesk
