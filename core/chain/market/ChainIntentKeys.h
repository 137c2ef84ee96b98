#pragma once

#include "core/domain/FixedBytes.h"

#include <QString>

namespace salesdesk {

// The intent keys under which the TransactionManager stores a slot's transactions, so that a
// restart finds what was sent for which slot, round and period, and sends nothing twice. A
// reservation round is the slot's n-th time reserved by this host (after a forced free or a
// repair); round 0 keeps the keys the first rounds were always stored under.
class ChainIntentKeys {
public:
    static QString reserve(const SlotId& slot, quint64 round = 0);
    // A round's first fill is stored under fill(slot, round); a fill the contract refused for an
    // invalid proof (its challenge changed before it was mined: it waited for the node or in the
    // pool) may be sent again with a new proof, under the next attempt's key.
    static QString fill(const SlotId& slot, quint64 round = 0, int attempt = 0);
    // A period's first proof is stored under proof(slot, period); one the contract refused as
    // invalid once mined (its challenge changed before it was mined) may be made again for the
    // new challenge and sent under the next attempt's key.
    static QString proof(const SlotId& slot, quint64 period, int attempt = 0);
    static QString free(const SlotId& slot, quint64 round = 0);
};

} // namespace salesdesk
