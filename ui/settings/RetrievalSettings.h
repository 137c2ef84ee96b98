#pragma once

#include "core/chain/retrieval/RetrievalService.h"
#include "core/domain/Result.h"
#include "core/settings/Setting.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

namespace salesdesk::ui {

// Settings → Paid retrieval: whether the desk serves paid retrievals of its slot data on a chain
// (docs/retrieval.md), where it listens and on which terms. Read by the GUI's main once a chain
// desk has started (storedOffer, Desk::startRetrieval); written by RetrievalSettingsBox. A stored
// value that fails its check reads as the default (settings::Setting).
//
// The keys, all in the group "retrieval/":
//   retrieval/enabled         bool, false
//   retrieval/listenAddress   an IP address, "127.0.0.1"
//   retrieval/port            1 … 65535, 8090
//   retrieval/pricePerByte    a whole number of the token's smallest unit (decimal), "0"
//   retrieval/firstChunkKiB   1 … 1 TiB in KiB, 1024
//   retrieval/chunkGrowthKiB  0 … 1 TiB in KiB, 1024
//   retrieval/claimThreshold  a whole number of the token's smallest unit, "0" (0: claim only
//                             when a client asks to close its channel)
//   retrieval/maxActivePerClient  1 … 100, 4: retrievals under way at once over all the
//                             channels of one client
// The keys are declared with the application's others in core/settings/Settings.h; these are
// their names here.
class RetrievalSettings {
    Q_DECLARE_TR_FUNCTIONS(RetrievalSettings)
public:
    // RetrievalTerms::validate's limit for the first chunk and the growth: 1 TiB, in KiB.
    static constexpr int kMaxChunkKiB = settings::kRetrievalMaxChunkKiB;

    static inline const settings::Setting<bool>& enabled = settings::retrievalEnabled;
    static inline const settings::Setting<QString>& listenAddress =
        settings::retrievalListenAddress;
    static inline const settings::Setting<int>& port = settings::retrievalPort;
    static inline const settings::Setting<QString>& pricePerByte = settings::retrievalPricePerByte;
    static inline const settings::Setting<int>& firstChunkKiB = settings::retrievalFirstChunkKiB;
    static inline const settings::Setting<int>& chunkGrowthKiB = settings::retrievalChunkGrowthKiB;
    static inline const settings::Setting<QString>& claimThreshold =
        settings::retrievalClaimThreshold;
    static inline const settings::Setting<int>& maxActivePerClient =
        settings::retrievalMaxActivePerClient;
    static constexpr int kMaxActivePerClient = settings::kRetrievalMaxActivePerClient;

    // What is wrong with a field as typed, in the user's language; empty when it is acceptable.
    static QString listenAddressError(const QString& text);
    // A price or threshold: a whole number of the token's smallest unit, 0 or more.
    static QString amountError(const QString& text);

    // The offer the settings describe (where to listen, the terms, the claim threshold, the
    // retrievals at once per client): what
    // Desk::startRetrieval takes. Terms that RetrievalTerms::validate refuses are its error.
    static Result<RetrievalService::Options> storedOffer(const QSettings& settings);
};

} // namespace salesdesk::ui
