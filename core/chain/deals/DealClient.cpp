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

DealClient::DealClient(Options options, PrivateKey client, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_key(std::move(client))
    , m_network(new QNetworkAccessManager(this)) {}

DealClient::~DealClient() = default;

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
    p.client = m_key.address();
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

void DealClient::send(const DealProposal& proposal, QByteArray data) {
    m_data = std::move(data);
    m_id = proposal.digest(m_options.domain);
    const QJsonObject body{
        {QStringLiteral("proposal"), proposal.toJson()},
        {QStringLiteral("signature"),
         QString(
             QStringLiteral("0x") +
             QString::fromLatin1(signatureBytes(proposal.sign(m_key, m_options.domain)).toHex()))}};
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
