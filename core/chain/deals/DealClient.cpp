#include "core/chain/deals/DealClient.h"

#include "core/proofs/MerkleTree.h"
#include "core/proofs/Sha256.h"
#include "core/proofs/SlotBlocks.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <vector>

namespace salesdesk {

DealClient::DealClient(Options options, ChainAccount client, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_account(client.address)
    , m_sign(std::move(client.signDigest))
    , m_network(new QNetworkAccessManager(this)) {}

DealClient::DealClient(Options options, PrivateKey client, QObject* parent)
    : DealClient(std::move(options), ChainAccount::ofKey(std::move(client)), parent) {}

DealClient::~DealClient() = default;

QByteArray DealClient::randomData(QRandomGenerator& random, quint64 size) {
    QByteArray data(qsizetype((size + 3) / 4 * 4), Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    data.resize(qsizetype(size));
    return data;
}

Hash32 DealClient::dataRoot(QByteArrayView data) {
    const quint64 size = quint64(data.size());
    std::vector<Hash32> leaves;
    leaves.reserve(proofs::blockCount(size));
    for (quint64 i = 0; i < proofs::blockCount(size); ++i)
        leaves.push_back(proofs::Sha256::hash(data.sliced(
            qsizetype(i * proofs::kBlockSize), qsizetype(proofs::blockLength(size, i)))));
    return proofs::MerkleTree::rootOf(std::move(leaves));
}

DealProposal DealClient::proposalFor(const Address& provider, QByteArrayView data, quint64 start,
                                     quint64 end, const UInt256& pricePerSecond,
                                     const UInt256& providerCollateral, const UInt256& salt) const {
    DealProposal p;
    p.client = m_account;
    p.provider = provider;
    p.dataRoot = dataRoot(data);
    p.size = quint64(data.size());
    p.chunkCount = DealProposal::chunkCountOf(p.size);
    p.start = start;
    p.end = end;
    p.pricePerSecond = pricePerSecond;
    p.providerCollateral = providerCollateral;
    p.salt = salt;
    return p;
}

QNetworkReply* DealClient::request(const QByteArray& verb, const QString& path,
                                   const QByteArray& body) {
    QNetworkRequest request(m_options.endpoint.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      verb == "PUT" ? QByteArray("application/octet-stream")
                                    : QByteArray("application/json"));
    request.setTransferTimeout(m_options.timeoutMs);
    return m_network->sendCustomRequest(request, verb, body);
}

void DealClient::fail(const QString& error) {
    Q_EMIT finished(error.isEmpty() ? QStringLiteral("the provider refused") : error);
}

void DealClient::fetchAsk(const Address& provider,
                          std::function<void(const Result<SignedDealAsk>&)> done) {
    QNetworkReply* reply = request("GET", QStringLiteral("/salesdesk/v1/deals/ask"), {});
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider, done = std::move(done)] {
        reply->deleteLater();
        done(checkedAsk(reply, provider));
    });
}

Result<SignedDealAsk> DealClient::checkedAsk(QNetworkReply* reply, const Address& provider) const {
    const auto refused = [](const QString& why) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the provider's ask: %1").arg(why));
    };
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status != 200)
        return makeError(
            ErrorCode::Io,
            QStringLiteral("the provider's ask: %1")
                .arg(status == 0 ? reply->errorString()
                                 : QStringLiteral("HTTP %1: %2")
                                       .arg(status)
                                       .arg(answer.value(QStringLiteral("error")).toString())));
    if (!answer.contains(QStringLiteral("signature")))
        return refused(QStringLiteral("it carries no signature, so nothing shows it comes from "
                                      "the provider %1")
                           .arg(provider.toHex()));
    const QString chainId = answer.value(QStringLiteral("chainId")).toString();
    const QString contract = answer.value(QStringLiteral("contract")).toString();
    if (chainId != QString::number(m_options.domain.chainId) ||
        contract.compare(m_options.domain.verifyingContract.toHex(), Qt::CaseInsensitive) != 0)
        return refused(QStringLiteral("it is for chain %1 and contract %2, not chain %3 and "
                                      "contract %4")
                           .arg(chainId, contract, QString::number(m_options.domain.chainId),
                                m_options.domain.verifyingContract.toHex()));
    SD_TRY_DECLARE(signedAsk, SignedDealAsk::fromJson(answer));
    if (signedAsk.provider != provider)
        return refused(QStringLiteral("it is signed by %1, not by the provider %2")
                           .arg(signedAsk.provider.toHex(), provider.toHex()));
    SD_TRY(signedAsk.verify(m_options.domain));
    return signedAsk;
}

void DealClient::send(const DealProposal& proposal, QByteArray data) {
    m_data = std::move(data);
    m_id = proposal.digest(m_options.domain);
    const Result<Signature> signature = m_sign(*m_id);
    if (!signature.ok())
        return fail(QStringLiteral("the proposal cannot be signed: %1").arg(signature.message()));
    const QJsonObject body{{QStringLiteral("proposal"), proposal.toJson()},
                           {QStringLiteral("signature"), signatureHex(*signature)}};
    QNetworkReply* reply = request("POST", QStringLiteral("/salesdesk/v1/deals"),
                                   QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 201 && status != 200)
            return fail(status == 0 ? reply->errorString()
                                    : answer.value(QStringLiteral("error")).toString());
        m_status = answer;
        Q_EMIT accepted(*m_id);
        // 200: the provider took this proposal before; the data goes on from where it stands.
        pushFrom(answer.value(QStringLiteral("bytesReceived")).toString().toULongLong());
    });
}

void DealClient::pushFrom(quint64 offset) {
    const quint64 size = quint64(m_data.size());
    if (offset >= size)
        return Q_EMIT finished(QString());
    const qsizetype length =
        qsizetype(std::min<quint64>(size - offset, quint64(m_options.partBytes)));
    QNetworkReply* reply = request(
        "PUT",
        QStringLiteral("/salesdesk/v1/deals/%1/data?offset=%2").arg(m_id->toHex()).arg(offset),
        m_data.mid(qsizetype(offset), length));
    connect(reply, &QNetworkReply::finished, this, [this, reply, offset, length] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 409 && answer.contains(QStringLiteral("expected"))) {
            bool ok = false;
            const quint64 expected =
                answer.value(QStringLiteral("expected")).toString().toULongLong(&ok);
            if (ok && expected != offset)
                return pushFrom(expected); // the provider's books say where the data stands
        }
        if (status != 200)
            return fail(status == 0 ? reply->errorString()
                                    : answer.value(QStringLiteral("error")).toString());
        m_status = answer;
        pushFrom(offset + quint64(length));
    });
}

} // namespace salesdesk
