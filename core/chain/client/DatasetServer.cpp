#include "core/chain/client/DatasetServer.h"

#include "core/chain/client/ByteRange.h"
#include "core/chain/client/DatasetDevice.h"
#include "core/chain/client/LowDelayTcpServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcDatasetServer, "salesdesk.chain.datasetserver", QtInfoMsg)

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

void answerPlain(QHttpServerResponder&& responder, StatusCode status, const QByteArray& text) {
    responder.write(text + '\n', "text/plain; charset=utf-8", status);
}

constexpr char kDatasetOnly[] = "this server serves whole datasets only "
                                "(/api/codex/v1/data/<cid>/network/stream)";

} // namespace

DatasetServer::DatasetServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>()) {
    m_server->route(QStringLiteral("/api/codex/v1/data/<arg>/network/stream"),
                    [this](const QString& cid, const QHttpServerRequest& request,
                           QHttpServerResponder&& responder) {
                        const Served* served = findOrAnswer(cid, responder);
                        if (!served)
                            return;
                        serveBytes(*served, 0, served->dataset->size(), request,
                                   std::move(responder));
                    });
    m_server->route(QStringLiteral("/salesdesk/v1/data/<arg>/slots/<arg>"),
                    [this](const QString& cid, quint64 slot, const QHttpServerRequest& request,
                           QHttpServerResponder&& responder) {
                        const Served* served = findSlotEndpointOrAnswer(cid, responder);
                        if (!served)
                            return;
                        if (slot >= served->dataset->slots())
                            return answerPlain(std::move(responder), StatusCode::NotFound,
                                               "the dataset has no slot " +
                                                   QByteArray::number(slot));
                        const quint64 begin = slot * served->dataset->slotSize();
                        serveBytes(*served, begin, begin + served->dataset->slotSize(), request,
                                   std::move(responder));
                    });
    m_server->route(
        QStringLiteral("/salesdesk/v1/data/<arg>/slot-roots"),
        [this](const QString& cid, const QHttpServerRequest& request,
               QHttpServerResponder&& responder) {
            const Served* served = findSlotEndpointOrAnswer(cid, responder);
            if (!served)
                return;
            if (request.method() != QHttpServerRequest::Method::Get)
                return answerPlain(std::move(responder), StatusCode::MethodNotAllowed, "only GET");
            QJsonArray roots;
            for (const Hash32& root : served->slotRoots)
                roots.append(root.toHex());
            const QJsonObject answer{{QStringLiteral("contentRoot"),
                                      served->dataset->request().content.merkleRoot.toHex()},
                                     {QStringLiteral("slotRoots"), roots}};
            responder.write(QJsonDocument(answer));
        });
}

DatasetServer::~DatasetServer() = default;

const DatasetServer::Served*
DatasetServer::findSlotEndpointOrAnswer(const QString& cidText,
                                        QHttpServerResponder& responder) const {
    if (m_datasetOnly) {
        answerPlain(std::move(responder), StatusCode::NotFound, kDatasetOnly);
        return nullptr;
    }
    return findOrAnswer(cidText, responder);
}

QString DatasetServer::cidText(const QByteArray& cid) {
    return QString::fromLatin1(cid.toHex());
}

void DatasetServer::add(const StorageRequest& request, std::vector<Hash32> slotRoots) {
    Served served{std::make_shared<const GeneratedDataset>(request), std::move(slotRoots)};
    m_datasets.insert(cidText(request.content.cid), std::move(served));
}

Result<quint16> DatasetServer::listen(const QHostAddress& address, quint16 port) {
    SD_TRY_ASSIGN(m_baseUrl, LowDelayTcpServer::serve(*m_server, address, port));
    qCInfo(lcDatasetServer).noquote()
        << "serving" << m_datasets.size() << "datasets at" << m_baseUrl.toString();
    return static_cast<quint16>(m_baseUrl.port());
}

const DatasetServer::Served* DatasetServer::findOrAnswer(const QString& cidText,
                                                         QHttpServerResponder& responder) const {
    const auto it = m_datasets.constFind(cidText.toLower());
    if (it != m_datasets.cend())
        return &it.value();
    answerPlain(std::move(responder), StatusCode::NotFound, "no dataset with this CID here");
    return nullptr;
}

void DatasetServer::serveBytes(const Served& served, quint64 begin, quint64 end,
                               const QHttpServerRequest& request,
                               QHttpServerResponder&& responder) {
    if (request.method() != QHttpServerRequest::Method::Get)
        return answerPlain(std::move(responder), StatusCode::MethodNotAllowed, "only GET");
    const quint64 size = end - begin;
    const ByteRange range = ByteRange::parse(request.value("Range"), size);
    switch (range.kind) {
    case ByteRange::Kind::Unsatisfiable:
        responder.write({{"Content-Range", "bytes */" + QByteArray::number(size)},
                         {"Content-Type", "text/plain; charset=utf-8"}},
                        StatusCode::RequestRangeNotSatisfiable);
        return;
    case ByteRange::Kind::Whole:
        m_bytesServed += size;
        responder.write(new DatasetDevice(served.dataset, begin, end),
                        {{"Content-Type", "application/octet-stream"}, {"Accept-Ranges", "bytes"}},
                        StatusCode::Ok);
        return;
    case ByteRange::Kind::Part:
        m_bytesServed += range.end - range.begin;
        responder.write(new DatasetDevice(served.dataset, begin + range.begin, begin + range.end),
                        {{"Content-Type", "application/octet-stream"},
                         {"Accept-Ranges", "bytes"},
                         {"Content-Range", "bytes " + QByteArray::number(range.begin) + '-' +
                                               QByteArray::number(range.end - 1) + '/' +
                                               QByteArray::number(size)}},
                        StatusCode::PartialContent);
        return;
    }
}

} // namespace salesdesk
