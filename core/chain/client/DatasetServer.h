#pragma once

#include "core/chain/client/GeneratedDataset.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace salesdesk {

// A storage client's HTTP server for the datasets of its requests (generated data, see
// GeneratedDataset), from which hosts download their slots. Datasets are named by their CID in
// lowercase hex without "0x" (cidText):
//   GET /api/codex/v1/data/<cid>/network/stream   the whole dataset, as a Codex node's REST API
//                                                 names it (hosts take their slot by Range)
//   GET /salesdesk/v1/data/<cid>/slots/<i>        slot i's bytes alone
//   GET /salesdesk/v1/data/<cid>/slot-roots       {"contentRoot": "0x…", "slotRoots": ["0x…", …]}
// With setDatasetOnly(true) it answers as a Codex node's REST API does: the whole dataset only,
// 404 for the slot and slot-roots paths (hosts then take their slot by range and compute the
// roots themselves).
// Bodies honour one Range (206 with Content-Range; 416 past the end) and are read as the
// connection takes them (DatasetDevice), so a large slot is never held in memory. Everything else
// is 404; other methods than GET are 405.
class DatasetServer final : public QObject {
    Q_OBJECT
public:
    explicit DatasetServer(QObject* parent = nullptr);
    ~DatasetServer() override;

    // Serves `request`'s dataset; `slotRoots` are its slots' roots (GeneratedDataset::slotRoots,
    // kept by the caller so a restarted server does not hash the dataset again).
    void add(const StorageRequest& request, std::vector<Hash32> slotRoots);
    int datasetCount() const { return static_cast<int>(m_datasets.size()); }
    void setDatasetOnly(bool datasetOnly) { m_datasetOnly = datasetOnly; }

    // Listens on `address`:`port` (0: a free port); the port, or why not.
    Result<quint16> listen(const QHostAddress& address, quint16 port = 0);
    // http://address:port, once listening.
    QUrl baseUrl() const { return m_baseUrl; }

    static QString cidText(const QByteArray& cid);
    // Body bytes handed to connections so far (for tests and the command's report).
    quint64 bytesServed() const { return m_bytesServed; }

private:
    struct Served {
        std::shared_ptr<const GeneratedDataset> dataset;
        std::vector<Hash32> slotRoots;
    };

    // The dataset named `cidText`, or nullptr after answering 404 on `responder`.
    const Served* findOrAnswer(const QString& cidText, QHttpServerResponder& responder) const;
    // The same for the slot and slot-roots paths, which a dataset-only server answers with 404.
    const Served* findSlotEndpointOrAnswer(const QString& cidText,
                                           QHttpServerResponder& responder) const;
    void serveBytes(const Served& served, quint64 begin, quint64 end,
                    const QHttpServerRequest& request, QHttpServerResponder&& responder);

    std::unique_ptr<QHttpServer> m_server;
    QHash<QString, Served> m_datasets; // by cidText
    QUrl m_baseUrl;
    quint64 m_bytesServed = 0;
    bool m_datasetOnly = false;
};

} // namespace salesdesk
