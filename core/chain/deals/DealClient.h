#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealProposal.h"
#include "core/chain/deals/SignedDealAsk.h"
#include "core/chain/wallet/ChainAccount.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace salesdesk {

// A direct deal's client side over the provider's endpoint (DealServer, docs/deals.md): fetches
// the provider's ask and checks its signature, signs a proposal, sends it and pushes the data in
// parts, each from where the provider's books say the data stands (a part refused with 409 is sent
// again from the offset the answer names, so a provider that restarted mid-transfer gets the rest,
// not everything again). The escrow in the DirectDeals contract is the caller's business.
class DealClient final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl endpoint;       // the provider's base URL
        Eip712Domain domain; // DealProposal::domain(chain id, the DirectDeals contract)
        qint64 partBytes = 4 * 1024 * 1024;
        int timeoutMs = 30'000; // per request
    };

    // Proposals are signed by `client`'s digest signer: an unlocked wallet (ChainAccount::ofWallet,
    // salesdesk-cli client deal) or a key.
    DealClient(Options options, ChainAccount client, QObject* parent = nullptr);
    DealClient(Options options, PrivateKey client, QObject* parent = nullptr);
    ~DealClient() override;

    // `size` bytes drawn from `random`: the data of a demo deal or of `client deal
    // --generated-size`.
    static QByteArray randomData(QRandomGenerator& random, quint64 size);
    // The slot root of `data` as the contract proves it: SHA-256 of each 64 KiB block (the last
    // one shorter), then the Merkle tree over them.
    static Hash32 dataRoot(QByteArrayView data);
    // A proposal of `data` to `provider`: the client is this client's account, the block count
    // and root follow from the data.
    DealProposal proposalFor(const Address& provider, QByteArrayView data, quint64 start,
                             quint64 end, const UInt256& pricePerSecond,
                             const UInt256& providerCollateral, const UInt256& salt) const;

    // Fetches the provider's ask and hands it to `done` only when it is signed by `provider` in
    // this client's domain (its chain and DirectDeals contract); otherwise an error naming what
    // is wrong: no signature, another chain or contract, another signer, or a signature that does
    // not match the ask (altered on the way).
    void fetchAsk(const Address& provider, std::function<void(const Result<SignedDealAsk>&)> done);

    // Sends `proposal` signed, then `data` from where the provider's books stand (all of it for
    // a new deal; the rest when the provider took the same proposal before, as after a client
    // that stopped); finished() once every byte is taken (with an empty error) or the provider
    // refused (its message); also when the proposal cannot be signed (a locked wallet). One deal
    // at a time.
    void send(const DealProposal& proposal, QByteArray data);
    // The deal's id once sent (the proposal's digest).
    std::optional<Hash32> dealId() const { return m_id; }
    // The provider's last status of the deal (DealServer::status).
    const QJsonObject& lastStatus() const { return m_status; }

Q_SIGNALS:
    void accepted(const salesdesk::Hash32& dealId);
    void finished(const QString& error);

private:
    void pushFrom(quint64 offset);
    // The checked ask from the answer to GET /deals/ask.
    Result<SignedDealAsk> checkedAsk(QNetworkReply* reply, const Address& provider) const;
    QNetworkReply* request(const QByteArray& verb, const QString& path, const QByteArray& body);
    void fail(const QString& error);

    Options m_options;
    Address m_account;
    ChainAccount::DigestSigner m_sign;
    QNetworkAccessManager* m_network;
    std::optional<Hash32> m_id;
    QByteArray m_data;
    QJsonObject m_status;
};

} // namespace salesdesk
