#include "core/chain/deals/DealService.h"

#include "core/chain/deals/DealProposal.h"
#include "core/chain/deals/DealRunner.h"
#include "core/chain/deals/DealServer.h"

namespace salesdesk {

DealService::DealService(JsonRpcClient& rpc, Database& database, Reservations& reservations,
                         Repo& repo, TransactionManager& transactions, proofs::Prover& prover,
                         Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_book(std::make_unique<DealBook>(database)) {
    DealRunner::Options runnerOptions;
    runnerOptions.chainId = m_options.chainId;
    runnerOptions.contract = m_options.contract;
    runnerOptions.provider = m_options.provider;
    m_runner = std::make_unique<DealRunner>(rpc, database, *m_book, reservations, repo,
                                            transactions, prover, clock, runnerOptions);
    DealServer::Config config;
    config.domain = DealProposal::domain(m_options.chainId, m_options.contract);
    config.provider = m_options.provider;
    config.ask = m_options.ask;
    config.signAsk = m_options.signAsk;
    config.rules = m_options.rules;
    config.maxBodyBytes = m_options.maxBodyBytes;
    config.requestsPerSecondPerAddress = m_options.requestsPerSecondPerAddress;
    m_server = std::make_unique<DealServer>(config, database, *m_book, reservations, repo, clock);
    m_server->onDataComplete([this](const Hash32& id) { m_runner->dataComplete(id); });
    connect(m_server.get(), &DealServer::dealChanged, this, &DealService::changed);
    connect(m_runner.get(), &DealRunner::dealChanged, this, &DealService::changed);
}

DealService::~DealService() {
    stop();
}

Result<quint16> DealService::start() {
    SD_TRY_DECLARE(port, m_server->listen(m_options.listenAddress, m_options.port));
    m_runner->start();
    return port;
}

void DealService::stop() {
    m_runner->stop();
}

void DealService::setAsk(const DealAsk& ask) {
    m_options.ask = ask;
    m_server->setAsk(ask);
}

void DealService::setRules(const DealRules& rules) {
    m_options.rules = rules;
    m_server->setRules(rules);
}

QUrl DealService::baseUrl() const {
    return m_server->baseUrl();
}

} // namespace salesdesk
