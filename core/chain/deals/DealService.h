#pragma once

#include "core/chain/deals/DealAsk.h"
#include "core/chain/deals/DealBook.h"
#include "core/chain/deals/SignedDealAsk.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace salesdesk {

class Clock;
class Database;
class DealRunner;
class DealServer;
class JsonRpcClient;
class Reservations;
class Repo;
class TransactionManager;
namespace proofs {
class Prover;
}

// The provider's direct deals assembled on one chain (docs/deals.md): the books (DealBook, in the
// host database, with the deal's bytes reserved from an availability of the same pool the Codex
// market sells from), the HTTP endpoint that takes proposals and data (DealServer) and the runner
// that publishes, proves and closes each deal on the DirectDeals contract (DealRunner). Off until
// start().
class DealService final : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint64 chainId = 0;
        Address contract; // the DirectDeals contract
        Address provider; // the host's account
        QHostAddress listenAddress = QHostAddress::LocalHost;
        quint16 port = 0; // 0: a free port
        DealAsk ask;
        // Signs the published ask with the provider's account (DealServer::Config::signAsk).
        SignedDealAsk::Signer signAsk;
        DealRules rules;
        qint64 maxBodyBytes = 64ll * 1024 * 1024; // the largest data push in one request
        int requestsPerSecondPerAddress = 50;
    };

    // Everything given must outlive the service.
    DealService(JsonRpcClient& rpc, Database& database, Reservations& reservations, Repo& repo,
                TransactionManager& transactions, proofs::Prover& prover, Clock& clock,
                Options options, QObject* parent = nullptr);
    ~DealService() override;

    // Resumes the unfinished deals and listens; the port, or why not (then nothing runs).
    Result<quint16> start();
    void stop();

    const Options& options() const { return m_options; }
    // New proposals are judged by these; deals already accepted keep their terms. The ask is
    // signed again for the endpoint.
    void setAsk(const DealAsk& ask);
    void setRules(const DealRules& rules);
    DealBook& book() const { return *m_book; }
    DealServer& server() const { return *m_server; }
    DealRunner& runner() const { return *m_runner; }
    QUrl baseUrl() const;

Q_SIGNALS:
    // A deal was accepted, received data or moved on (after the commit; for views).
    void changed();

private:
    Options m_options;
    std::unique_ptr<DealBook> m_book;
    std::unique_ptr<DealRunner> m_runner;
    std::unique_ptr<DealServer> m_server;
};

} // namespace salesdesk
