#pragma once

#include "core/chain/deals/DealService.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/settings/Setting.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace salesdesk::ui {

// Settings → Direct deals: whether the desk takes direct storage deals on a chain (docs/deals.md),
// where it listens for proposals and data, what it asks of a deal (DealAsk) and its own rules on
// top (DealRules). Read by the GUI's main once a chain desk has started (storedOffer,
// Desk::startDeals); written by DealSettingsBox. A stored value that fails its check reads as the
// default (settings::Setting).
//
// The keys, all in the group "deals/":
//   deals/enabled                bool, false: the service runs (serves and proves its deals)
//   deals/listenAddress          an IP address, "127.0.0.1"
//   deals/port                   1 … 65535, 8091
//   deals/acceptDeals            bool, false: new proposals are taken (apart from `enabled`, so
//                                a provider can stop taking deals and keep serving its own)
//   deals/pricePerBytePerSecond  a whole number of the token's smallest unit, "1"
//   deals/minCollateralPerByte   the same, "0"
//   deals/maxCollateralPerByte   the same, "1000"
//   deals/minSizeBytes           a whole number of bytes, "1"
//   deals/maxSizeBytes           a whole number of bytes, "68719476736" (64 GiB)
//   deals/minDurationHours       1 … 87,600, 1
//   deals/maxDurationDays        1 … 3,650, 365
//   deals/minStartLeadMinutes    0 … 43,200, 10
//   deals/maxStartLeadDays       1 … 365, 7
//   deals/allowedClients         addresses separated by commas, spaces or new lines; empty: any
//   deals/deniedClients          the same, empty
//   deals/maxTransfersPerClient  1 … 100, 2
// The keys are declared with the application's others in core/settings/Settings.h; these are
// their names here.
class DealSettings {
    Q_DECLARE_TR_FUNCTIONS(DealSettings)
public:
    static constexpr int kMaxDurationHours = settings::kDealsMaxDurationHours;
    static constexpr int kMaxDurationDays = settings::kDealsMaxDurationDaysLimit;
    static constexpr int kMaxStartLeadMinutes = settings::kDealsMaxStartLeadMinutes;
    static constexpr int kMaxStartLeadDays = settings::kDealsMaxStartLeadDaysLimit;
    static constexpr int kMaxTransfersPerClient = settings::kDealsMaxTransfersPerClient;

    static inline const settings::Setting<bool>& enabled = settings::dealsEnabled;
    static inline const settings::Setting<QString>& listenAddress = settings::dealsListenAddress;
    static inline const settings::Setting<int>& port = settings::dealsPort;
    static inline const settings::Setting<bool>& acceptDeals = settings::dealsAcceptDeals;
    static inline const settings::Setting<QString>& pricePerBytePerSecond =
        settings::dealsPricePerBytePerSecond;
    static inline const settings::Setting<QString>& minCollateralPerByte =
        settings::dealsMinCollateralPerByte;
    static inline const settings::Setting<QString>& maxCollateralPerByte =
        settings::dealsMaxCollateralPerByte;
    static inline const settings::Setting<QString>& minSizeBytes = settings::dealsMinSizeBytes;
    static inline const settings::Setting<QString>& maxSizeBytes = settings::dealsMaxSizeBytes;
    static inline const settings::Setting<int>& minDurationHours = settings::dealsMinDurationHours;
    static inline const settings::Setting<int>& maxDurationDays = settings::dealsMaxDurationDays;
    static inline const settings::Setting<int>& minStartLeadMinutes =
        settings::dealsMinStartLeadMinutes;
    static inline const settings::Setting<int>& maxStartLeadDays = settings::dealsMaxStartLeadDays;
    static inline const settings::Setting<QString>& allowedClients = settings::dealsAllowedClients;
    static inline const settings::Setting<QString>& deniedClients = settings::dealsDeniedClients;
    static inline const settings::Setting<int>& maxTransfersPerClient =
        settings::dealsMaxTransfersPerClient;

    // What is wrong with a field as typed, in the user's language; empty when it is acceptable.
    static QString listenAddressError(const QString& text);
    // A price or collateral: a whole number of the token's smallest unit, 0 or more.
    static QString amountError(const QString& text);
    // A size: a whole number of bytes, at least 1.
    static QString sizeError(const QString& text);
    // A list of client addresses: each entry 0x and 40 hex digits; the message names the first
    // entry that is not.
    static QString addressListError(const QString& text);

    // The bounds the wrong way round, each pair named; empty when every least value is at most its
    // largest. Fields that do not parse are left to their own checks.
    static QString collateralRangeError(const QString& minimum, const QString& maximum);
    static QString sizeRangeError(const QString& minimum, const QString& maximum);
    static QString durationRangeError(int minimumHours, int maximumDays);
    static QString startLeadRangeError(int minimumMinutes, int maximumDays);

    // The entries of an address list as typed (split at commas, semicolons, spaces and new
    // lines), and the addresses they name (the first bad entry is the error).
    static QStringList addressEntries(const QString& text);
    static Result<QSet<Address>> parseAddresses(const QString& text);

    // The offer the settings describe (where to listen, the ask, the rules): what
    // Desk::startDeals takes; the chain's part (chain id, contract, provider) is left for the
    // chain side to fill. Bounds the wrong way round are its error, naming them.
    static Result<DealService::Options> storedOffer(const QSettings& settings);
};

} // namespace salesdesk::ui
