#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QUrl>

#include <utility>
#include <vector>

namespace salesdesk {

// What the host asks a data source for (NetworkSlotStore): the addresses of one slot's bytes, of
// the whole dataset and of the request's slot roots under the source's base URL, and the slot
// roots' JSON document. The client's server (DatasetServer) answers the same paths.
class SlotDataProtocol {
public:
    SlotDataProtocol() = delete;

    static QUrl slotUrl(const QUrl& base, const QByteArray& cid, quint64 slotIndex);
    static QUrl slotRootsUrl(const QUrl& base, const QByteArray& cid);
    // The whole dataset, as a Codex node's REST API serves it.
    static QUrl datasetUrl(const QUrl& base, const QByteArray& cid);
    // {"contentRoot": "0x…", "slotRoots": ["0x…", …]}; InvalidArgument when it is not that.
    static Result<std::pair<Hash32, std::vector<Hash32>>> parseSlotRoots(const QByteArray& json);
};

} // namespace salesdesk
