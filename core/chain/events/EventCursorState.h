#pragma once

#include "core/domain/FixedBytes.h"

#include <QList>
#include <QString>

namespace salesdesk {

// A block the cursor has processed, by number and hash.
struct BlockRef {
    quint64 number = 0;
    Hash32 hash;
    friend bool operator==(const BlockRef&, const BlockRef&) = default;
};

// Where an event cursor stands: every log of blocks up to `block` has been handed over and
// committed; `recentBlocks` holds the hashes of the last processed blocks (oldest first, the last
// one is `block`), the window within which a reorg can be undone.
struct EventCursorState {
    BlockRef block;
    QList<BlockRef> recentBlocks;
    // What the cursor reads (addresses and topics, EventCursor::filterKey): a stored cursor is
    // only resumed with the same filter.
    QString filterKey;
};

} // namespace salesdesk
