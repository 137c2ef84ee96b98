#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/retrieval/RetrievalTerms.h"
#include "core/chain/retrieval/SignedRetrievalTerms.h"
#include "core/chain/wallet/ChainAccount.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QIODevice;
class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;

namespace salesdesk {

// A client of a provider's paid retrieval (RetrievalServer): starts a retrieval of a slot on its
// payment channel, fetches the chunks in order and pays each with a cumulative voucher signed by
// the channel's payer as the terms ask, then pays the last chunk. What the demo clients, the tests
// and the retrieval benchmark fetch with. One retrieval per object; finished() ends it.
//
// Given the payee (the provider's account the channel pays), a new retrieval first fetches the
// provider's terms and goes on only when they are signed by the payee for this chain and
// channels contract, and then only when the retrieval started on exactly those terms.
class RetrievalClient final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl server;         // the provider's base URL
        Eip712Domain domain; // the channels contract's (Voucher::domain)
        // The provider's account the channel pays: the terms must be signed by it. Zero: the
        // terms are taken as the retrieval's status gives them, unchecked.
        Address payee;
        Hash32 channelId;
        SlotId slot;
        // What the payer signed on the channel before this retrieval: its vouchers go on from it.
        UInt256 channelCumulative;
        // Continue this retrieval (its id) from `fromChunk` instead of starting one.
        QString resumeId;
        quint64 fromChunk = 0;
        // Stop paying after this many vouchers (a client that stops paying); -1: pay as asked.
        int maxVouchers = -1;
    };

    // Vouchers are signed with `payer` (the channel's: an unlocked wallet, salesdesk-cli client
    // retrieve, or a key); the bytes received go to `sink` (open for writing), in order. A voucher
    // that cannot be signed (a locked wallet) ends the retrieval.
    RetrievalClient(Options options, ChainAccount payer, QIODevice* sink,
                    QObject* parent = nullptr);
    RetrievalClient(Options options, PrivateKey payer, QIODevice* sink, QObject* parent = nullptr);
    ~RetrievalClient() override;

    void start();

    QString retrievalId() const { return m_id; }
    const RetrievalTerms& terms() const { return m_terms; }
    quint64 size() const { return m_size; }
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 nextChunk() const { return m_chunk; }
    int vouchersSent() const { return m_vouchersSent; }
    // The cumulative amount of the newest voucher sent on the channel.
    const UInt256& channelCumulative() const { return m_options.channelCumulative; }
    // The HTTP status of the answer that ended the retrieval (200 when it completed).
    int lastStatus() const { return m_lastStatus; }

Q_SIGNALS:
    // A voucher of `cumulative` on the channel was signed and is about to be sent: a client that
    // keeps what it signed (salesdesk-cli client retrieve) writes it down here, before the
    // provider can hold it.
    void voucherSigned(const salesdesk::UInt256& cumulative);
    // `error` empty: every chunk arrived and was paid.
    void finished(const QString& error);

private:
    void get(const QString& path);
    void post(const QString& path, const QJsonObject& body);
    void startRetrieval();
    void onAsk(QNetworkReply* reply);
    // The terms of the answer to GET retrieval/ask when signed by the payee in this domain;
    // otherwise an error naming what is wrong.
    Result<RetrievalTerms> checkedTerms(QNetworkReply* reply) const;
    void onStatus(QNetworkReply* reply, bool started);
    void fetchChunk();
    void onChunk(QNetworkReply* reply);
    void payTheRest();
    // A voucher raising what the retrieval paid to `paid`, or nothing when the client stopped
    // paying or it already has; an error when the payer cannot sign.
    Result<QByteArray> voucherFor(const UInt256& paid);
    // Reads a failed answer's error text and ends with it.
    void fail(QNetworkReply* reply);
    void finish(const QString& error);
    QUrl url(const QString& path) const;

    Options m_options;
    ChainAccount::DigestSigner m_sign;
    QIODevice* m_sink = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_id;
    RetrievalTerms m_terms;
    std::optional<RetrievalTerms> m_signedTerms; // as checked before a new retrieval started
    quint64 m_size = 0;
    quint64 m_chunk = 0;
    UInt256 m_paid; // what the retrieval was paid, as the client counts it
    quint64 m_bytesReceived = 0;
    quint64 m_inChunk = 0;      // bytes of the current chunk received in earlier parts
    quint64 m_partReceived = 0; // bytes of the answer under way
    int m_vouchersSent = 0;
    int m_lastStatus = 0;
    bool m_done = false;
};

} // namespace salesdesk
