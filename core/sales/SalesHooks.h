#pragma once

#include "core/clock/Clock.h"
#include "core/domain/Result.h"
#include "core/domain/Slot.h"
#include "core/domain/StorageProof.h"
#include "core/domain/StorageRequest.h"

#include <QObject>

#include <functional>

namespace salesdesk {

// The replaceable host callbacks of a sale. Asynchronous hooks take a context:
// when it is destroyed before they finish, `done` must not be called.
struct SalesHooks {
    // Called for each batch of bytes stored; an error aborts the download.
    using OnBatch = std::function<Result<void>(quint64 bytes)>;
    using OnStore = std::function<void(
        const StorageRequest& request, quint64 slotIndex, Timestamp expiry, bool isRepairing,
        OnBatch onBatch, const QObject* context, std::function<void(Result<void>)> done)>;
    using OnProve =
        std::function<void(const Slot& slot, const Hash32& challenge, const QObject* context,
                           std::function<void(Result<StorageProof>)> done)>;
    // `expiry` (onStore, onExpiryUpdate) is the last second the data is needed: the request's
    // expiry while it is downloaded and filled, its end once filled.
    using OnExpiryUpdate = std::function<Result<void>(const Slot& slot, Timestamp expiry)>;
    using OnSlot = std::function<void(const StorageRequest& request, quint64 slotIndex)>;

    OnStore onStore;
    OnProve onProve;
    OnExpiryUpdate onExpiryUpdate;
    OnSlot onClear; // the sale is over: delete the slot's data
    OnSlot onSale;  // the slot is ours
};

} // namespace salesdesk
