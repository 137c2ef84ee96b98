#pragma once

#include "core/chain/client/RequestAdmission.h"
#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/retrieval/RetrievableData.h"
#include "core/chain/retrieval/RetrievalBook.h"
#include "core/chain/retrieval/RetrievalTerms.h"
#include "core/chain/retrieval/SignedRetrievalTerms.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QJsonObject;

namespace salesdesk {

// The provider's paid-retrieval endpoint: slot data handed out in chunks of growing size, each
// beyond the first only once the bytes before it are paid with a voucher of the client's payment
// channel (RetrievalTerms, RetrievalBook). All bodies and answers are JSON, amounts in decimal
// strings of the token's smallest unit:
//   GET    /salesdesk/v1/retrieval/ask              the terms signed by the payee
//                                                   (SignedRetrievalTerms: "signer", "signature"),
//                                                   the chain and channels contract they were
//                                                   signed for, and the payee
//   POST   /salesdesk/v1/retrievals                 {"slotId", "channelId"} → 201 and the status
//   GET    /salesdesk/v1/retrievals/<id>            the status
//   GET    /salesdesk/v1/retrievals/<id>/chunks/<k> chunk k's bytes (one Range within it honoured;
//                                                   a larger chunk goes out in 206 parts of at most
//                                                   maxResponseBytes, the rest asked for by Range)
//   POST   /salesdesk/v1/retrievals/<id>/vouchers   {"cumulativeAmount", "signature"} → status
//   DELETE /salesdesk/v1/retrievals/<id>            cancels it
// A chunk request may carry a voucher in a header, "Payment-Voucher: <cumulativeAmount>
// <signature hex>", credited before the chunk is judged: one round trip per chunk. A chunk not yet
// paid for is 402 with what the retrieval owes and the least cumulative voucher that pays it; a
// refused voucher is 402 with the reason. Requests over the body limit are 413, over the rate
// limit of their address 429, a new retrieval beyond its client's limit (over all the payer's
// channels) 429.
class RetrievalServer final : public QObject {
    Q_OBJECT
public:
    struct Config {
        Eip712Domain domain; // the channels contract's (Voucher::domain)
        Address payee;       // the provider's account, paid on the channels
        RetrievalTerms terms;
        // Signs the terms with the payee's account, once each time they are set. Without one
        // (or when it fails) they go out unsigned, and clients that check refuse them.
        SignedRetrievalTerms::Signer signTerms;
        qint64 closeMarginSeconds = 600; // see VoucherCheck::check
        qint64 maxBodyBytes = 16 * 1024;
        int maxActivePerClient = 4; // retrievals under way on all channels of one payer
        int requestsPerSecondPerAddress = 200;
        // The most bytes of a chunk one answer holds: they are read while the request is
        // handled, on the event loop's thread, and held until the connection takes them.
        qint64 maxResponseBytes = 1024 * 1024;
    };

    RetrievalServer(Config config, RetrievalBook& book, VoucherBook& vouchers,
                    std::shared_ptr<const RetrievableData> data, const Clock& clock,
                    QObject* parent = nullptr);
    ~RetrievalServer() override;

    // New retrievals start on these terms; running ones keep theirs. They are signed for the
    // endpoint at once.
    void setTerms(const RetrievalTerms& terms);
    const Config& config() const { return m_config; }
    // The terms as published with their signature; empty when they could not be signed.
    const std::optional<SignedRetrievalTerms>& signedTerms() const { return m_signedTerms; }

    // Listens on `address`:`port` (0: a free port); the port, or why not.
    Result<quint16> listen(const QHostAddress& address, quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }

    // Chunk bytes handed to connections so far.
    quint64 bytesServed() const { return m_bytesServed; }

    // The header a chunk request may carry its voucher in, and its value for `voucher`.
    static constexpr char kVoucherHeader[] = "Payment-Voucher";
    static QByteArray voucherHeaderValue(const Voucher& voucher);

Q_SIGNALS:
    // A retrieval started, was paid, sent more bytes, waits for funds or was cancelled (after
    // the commit).
    void retrievalChanged();

private:
    // False after answering 413 or 429.
    bool admit(const QHttpServerRequest& request, QHttpServerResponder& responder);
    // Signs m_config.terms into m_signedTerms (emptied when that fails, so that no signature of
    // older terms goes out).
    void publishTerms();
    void answerAsk(QHttpServerResponder&& responder) const;
    void start(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void answerRetrieval(const QString& id, const QHttpServerRequest& request,
                         QHttpServerResponder&& responder);
    void serveChunk(const QString& id, quint64 index, const QHttpServerRequest& request,
                    QHttpServerResponder&& responder);
    void payFromBody(const QString& id, const QHttpServerRequest& request,
                     QHttpServerResponder&& responder);
    // Credits `voucher` to `retrieval`; false after answering 402 (refused) or 500.
    bool pay(Retrieval& retrieval, const Voucher& voucher, QHttpServerResponder& responder);
    // 402 for a chunk asked for before the bytes ahead of it were paid.
    void answerPaymentRequired(const Retrieval& retrieval, const UInt256& required,
                               QHttpServerResponder&& responder);
    QJsonObject status(const Retrieval& retrieval) const;
    // Bytes [begin, end) of the slot, read in blocks.
    Result<QByteArray> readPart(const SlotId& slot, quint64 begin, quint64 end) const;

    Config m_config;
    std::optional<SignedRetrievalTerms> m_signedTerms;
    RetrievalBook& m_book;
    VoucherBook& m_vouchers;
    std::shared_ptr<const RetrievableData> m_data;
    const Clock& m_clock;
    std::unique_ptr<QHttpServer> m_server;
    QUrl m_baseUrl;
    quint64 m_bytesServed = 0;
    RequestAdmission m_admission;
};

} // namespace salesdesk
