#pragma once

#include "core/chain/client/RequestAdmission.h"
#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/deals/DealAcceptance.h"
#include "core/chain/deals/DealAsk.h"
#include "core/chain/deals/DealBook.h"
#include "core/chain/deals/SignedDealAsk.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QJsonObject;

namespace salesdesk {

class Database;
class Repo;
class Reservations;

// The provider's direct-deal endpoint (docs/deals.md). Bodies and answers are JSON, amounts in
// decimal strings of the token's smallest unit, except the data itself:
//   GET  /salesdesk/v1/deals/ask             the ask signed by the provider (SignedDealAsk:
//   "signer"
//                                           and "signature"), the provider, the contract and
//                                           chain it was signed for, and whether new deals are
//                                           taken
//   POST /salesdesk/v1/deals                 {"proposal": {…}, "signature": "0x<65 bytes>"} →
//                                           201 and the deal's status (200 when the same signed
//                                           proposal was taken before), or 422 with "refusal"
//                                           (DealAcceptance::refusalName) and "error"
//   GET  /salesdesk/v1/deals/<id>            the status
//   PUT  /salesdesk/v1/deals/<id>/data?offset=N  the next bytes of the data (offset: the bytes
//                                           received so far, else 409 with "expected")
// An accepted proposal takes its bytes from an availability at once (the same pool the Codex
// market sells from), in the transaction that records the deal; pushed bytes are written, counted
// and recorded as received in one transaction. The client's escrow and the contract's own checks
// follow on chain (DealRunner): a deal refused there fails with the reason in its status.
class DealServer final : public QObject {
    Q_OBJECT
public:
    struct Config {
        Eip712Domain domain; // DealProposal::domain(chain id, the DirectDeals contract)
        Address provider;
        DealAsk ask;
        // Signs the ask with the provider's account, once each time it is set. Without one (or
        // when it fails) the ask goes out unsigned, and clients that check refuse it.
        SignedDealAsk::Signer signAsk;
        DealRules rules;
        qint64 maxBodyBytes = 8ll * 1024 * 1024;
        int requestsPerSecondPerAddress = 50;
    };

    DealServer(Config config, Database& database, DealBook& book, Reservations& reservations,
               Repo& repo, const Clock& clock, QObject* parent = nullptr);
    ~DealServer() override;

    // Takes the ask for new proposals at once and signs it for the endpoint.
    void setAsk(const DealAsk& ask);
    void setRules(const DealRules& rules) { m_config.rules = rules; }
    const Config& config() const { return m_config; }
    // The ask as published with its signature; empty when it could not be signed.
    const std::optional<SignedDealAsk>& signedAsk() const { return m_signedAsk; }

    // Called with a deal's id once its last byte is recorded.
    void onDataComplete(std::function<void(const Hash32&)> callback) {
        m_dataComplete = std::move(callback);
    }

    // Listens on `address`:`port` (0: a free port); the port, or why not.
    Result<quint16> listen(const QHostAddress& address, quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }

    // Judges and, when accepted, records a signed proposal (what POST /deals does).
    // The same signed proposal sent again is the deal as it stands (`existing`), so a client
    // that lost the answer goes on from where the books are; another signature for a known
    // deal is refused as already known.
    struct Submission {
        DealAcceptance::Verdict verdict;
        std::optional<Deal> deal; // accepted: as recorded
        bool existing = false;
    };
    Result<Submission> submit(const DealProposal& proposal, const Signature& signature);
    // Stores the next bytes of a deal's data (what PUT /deals/<id>/data does).
    Result<Deal> receive(const Hash32& id, quint64 offset, QByteArrayView bytes);

    static QJsonObject status(const Deal& deal);

Q_SIGNALS:
    // A deal was accepted or received data (after the commit).
    void dealChanged(const salesdesk::Hash32& dealId);

private:
    // Inside the transaction that counts `count` pushed bytes at `offset`: they leave the
    // reservation and are recorded as received (the last ones move the deal to Verifying).
    Result<void> recordBytes(const Deal& deal, quint64 offset, quint64 count, Timestamp now,
                             Deal& updated);
    // Signs m_config.ask into m_signedAsk (emptied when that fails, so that no signature of an
    // older ask goes out).
    void publishAsk();
    void answerAsk(QHttpServerResponder& responder) const;
    void propose(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void answerDeal(const QString& id, QHttpServerResponder& responder);
    void push(const QString& id, const QHttpServerRequest& request,
              QHttpServerResponder& responder);

    Config m_config;
    std::optional<SignedDealAsk> m_signedAsk;
    Database& m_db;
    DealBook& m_book;
    Reservations& m_reservations;
    Repo& m_repo;
    const Clock& m_clock;
    std::unique_ptr<QHttpServer> m_server;
    RequestAdmission m_admission;
    QUrl m_baseUrl;
    std::function<void(const Hash32&)> m_dataComplete;
};

} // namespace salesdesk
