#pragma once

#include "core/chain/events/LogRangeReader.h"
#include "core/domain/FixedBytes.h"

#include <QList>
#include <QString>

namespace salesdesk {

// What a stored event cursor remembers of its filter: the sorted addresses and event topics,
// and the indexed topics when there are some ("addresses=…;topic0=…[;indexed=…]"). A cursor
// stored for another key is refused, so that a changed filter never skips logs silently.
QString eventFilterKey(const QList<Address>& addresses, const QList<Hash32>& topic0s,
                       const QList<LogRangeReader::IndexedTopicFilter>& indexedTopics = {});

} // namespace salesdesk
