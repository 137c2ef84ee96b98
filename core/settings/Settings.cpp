#include "core/settings/Settings.h"

#include "core/clock/AcceleratedClock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"
#include "core/logging/Logging.h"
#include "core/sales/SlotQueue.h"
#include "core/settings/NetworkProfile.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace salesdesk::settings {

namespace {

bool positive(const int& value) {
    return value >= 1;
}

bool notNegative(const int& value) {
    return value >= 0;
}

bool demoSpeedInRange(const int& value) {
    return value >= AcceleratedClock::kMinSpeed && value <= AcceleratedClock::kMaxSpeed;
}

bool knownLogLevel(const QString& value) {
    return logging::parseLevel(value).has_value();
}

bool knownMarket(const QString& value) {
    return value == QLatin1String("demo") || value == QLatin1String("local-chain") ||
           value == QLatin1String("network");
}

// The network profile's fields as NetworkProfile checks them.
bool networkNameOk(const QString& value) {
    return NetworkProfile::nameError(value).isEmpty();
}
bool rpcUrlOk(const QString& value) {
    return NetworkProfile::rpcUrlError(value).isEmpty();
}
bool chainIdOk(const QString& value) {
    return NetworkProfile::chainIdError(value).isEmpty();
}
bool marketplaceOk(const QString& value) {
    return NetworkProfile::marketplaceError(value).isEmpty();
}
bool startBlockOk(const QString& value) {
    return NetworkProfile::startBlockError(value).isEmpty();
}
bool confirmationsOk(const QString& value) {
    return NetworkProfile::confirmationsError(value).isEmpty();
}
bool dataSourceUrlOk(const QString& value) {
    return NetworkProfile::dataSourceUrlError(value).isEmpty();
}

bool ipAddress(const QString& value) {
    return !QHostAddress(value.trimmed()).isNull();
}
bool portNumber(const int& value) {
    return value >= 1 && value <= 65535;
}
bool wholeAmount(const QString& value) {
    return uint256::parse(value.trimmed()).ok();
}
bool firstChunk(const int& value) {
    return value >= 1 && value <= kRetrievalMaxChunkKiB;
}
bool chunkGrowth(const int& value) {
    return value >= 0 && value <= kRetrievalMaxChunkKiB;
}

// A whole number of bytes, 1 … 2^64 − 1, in decimal digits.
bool byteCount(const QString& value) {
    const QString digits = value.trimmed();
    if (digits.isEmpty() || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return false;
    bool ok = false;
    const qulonglong count = digits.toULongLong(&ok);
    return ok && count >= 1;
}
bool durationHours(const int& value) {
    return value >= 1 && value <= kDealsMaxDurationHours;
}
bool durationDays(const int& value) {
    return value >= 1 && value <= kDealsMaxDurationDaysLimit;
}
bool startLeadMinutes(const int& value) {
    return value >= 0 && value <= kDealsMaxStartLeadMinutes;
}
bool startLeadDays(const int& value) {
    return value >= 1 && value <= kDealsMaxStartLeadDaysLimit;
}
bool retrievalsPerClient(const int& value) {
    return value >= 1 && value <= kRetrievalMaxActivePerClient;
}

bool transfersPerClient(const int& value) {
    return value >= 1 && value <= kDealsMaxTransfersPerClient;
}
// Addresses separated by commas, spaces or new lines; none at all is a list too.
bool addressList(const QString& value) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList entries = value.split(separators, Qt::SkipEmptyParts);
    return std::all_of(entries.cbegin(), entries.cend(),
                       [](const QString& entry) { return Address::fromHex(entry).ok(); });
}

bool knownCloseAction(const QString& value) {
    return value.isEmpty() || value == QLatin1String("tray") || value == QLatin1String("quit");
}

// A new user's demo runs 60× faster than real time: requests every few seconds, a sale within a
// minute.
constexpr int kDefaultDemoSpeed = 60;

} // namespace

const Setting<QString> dataDirectory("data/directory", QString());
const Setting<int> maxWorkers("engine/maxWorkers", SlotQueue::kDefaultMaxWorkers, positive);
const Setting<int> queueMaxSize("engine/queueMaxSize", SlotQueue::kDefaultMaxSize, positive);
const Setting<int> demoSpeed("demo/speed", kDefaultDemoSpeed, demoSpeedInRange);
const Setting<QString> market("market/kind", QStringLiteral("demo"), knownMarket);
const Setting<QString> networkName("network/name", QString(), networkNameOk);
const Setting<QString> networkRpcUrl("network/rpcUrl", QString(), rpcUrlOk);
const Setting<QString> networkChainId("network/chainId", QString(), chainIdOk);
const Setting<QString> networkMarketplace("network/marketplace", QString(), marketplaceOk);
const Setting<QString> networkStartBlock("network/startBlock", QStringLiteral("0"), startBlockOk);
const Setting<QString>
    networkConfirmations("network/confirmations",
                         QString::fromLatin1(NetworkProfile::kDefaultConfirmations),
                         confirmationsOk);
const Setting<QString> networkDataSourceUrl("network/dataSourceUrl", QString(), dataSourceUrlOk);
const Setting<QString> language("ui/language", QString());
const Setting<QString> logLevel("logs/level", logging::levelName(LogLevel::Info), knownLogLevel);
const Setting<QByteArray> windowGeometry("mainwindow/geometry", QByteArray());
const Setting<QByteArray> windowState("mainwindow/state", QByteArray());
const Setting<int> currentScreen("mainwindow/screen", 0, notNegative);
const Setting<QString> closeAction("mainwindow/closeAction", QString(), knownCloseAction);
const Setting<bool> offerPromptDismissed("firstRun/offerPromptDismissed", false);

const Setting<bool> retrievalEnabled("retrieval/enabled", false);
const Setting<QString> retrievalListenAddress("retrieval/listenAddress",
                                              QStringLiteral("127.0.0.1"), ipAddress);
const Setting<int> retrievalPort("retrieval/port", 8090, portNumber);
const Setting<QString> retrievalPricePerByte("retrieval/pricePerByte", QStringLiteral("0"),
                                             wholeAmount);
const Setting<int> retrievalFirstChunkKiB("retrieval/firstChunkKiB", 1024, firstChunk);
const Setting<int> retrievalChunkGrowthKiB("retrieval/chunkGrowthKiB", 1024, chunkGrowth);
const Setting<QString> retrievalClaimThreshold("retrieval/claimThreshold", QStringLiteral("0"),
                                               wholeAmount);
const Setting<int> retrievalMaxActivePerClient("retrieval/maxActivePerClient", 4,
                                               retrievalsPerClient);

const Setting<bool> dealsEnabled("deals/enabled", false);
const Setting<QString> dealsListenAddress("deals/listenAddress", QStringLiteral("127.0.0.1"),
                                          ipAddress);
const Setting<int> dealsPort("deals/port", 8091, portNumber);
const Setting<bool> dealsAcceptDeals("deals/acceptDeals", false);
const Setting<QString> dealsPricePerBytePerSecond("deals/pricePerBytePerSecond",
                                                  QStringLiteral("1"), wholeAmount);
const Setting<QString> dealsMinCollateralPerByte("deals/minCollateralPerByte", QStringLiteral("0"),
                                                 wholeAmount);
const Setting<QString> dealsMaxCollateralPerByte("deals/maxCollateralPerByte",
                                                 QStringLiteral("1000"), wholeAmount);
const Setting<QString> dealsMinSizeBytes("deals/minSizeBytes", QStringLiteral("1"), byteCount);
const Setting<QString> dealsMaxSizeBytes("deals/maxSizeBytes", QStringLiteral("68719476736"),
                                         byteCount);
const Setting<int> dealsMinDurationHours("deals/minDurationHours", 1, durationHours);
const Setting<int> dealsMaxDurationDays("deals/maxDurationDays", 365, durationDays);
const Setting<int> dealsMinStartLeadMinutes("deals/minStartLeadMinutes", 10, startLeadMinutes);
const Setting<int> dealsMaxStartLeadDays("deals/maxStartLeadDays", 7, startLeadDays);
const Setting<QString> dealsAllowedClients("deals/allowedClients", QString(), addressList);
const Setting<QString> dealsDeniedClients("deals/deniedClients", QString(), addressList);
const Setting<int> dealsMaxTransfersPerClient("deals/maxTransfersPerClient", 2, transfersPerClient);

QStringList allKeys() {
    return {dataDirectory.key(),
            maxWorkers.key(),
            queueMaxSize.key(),
            demoSpeed.key(),
            market.key(),
            networkName.key(),
            networkRpcUrl.key(),
            networkChainId.key(),
            networkMarketplace.key(),
            networkStartBlock.key(),
            networkConfirmations.key(),
            networkDataSourceUrl.key(),
            language.key(),
            logLevel.key(),
            windowGeometry.key(),
            windowState.key(),
            currentScreen.key(),
            closeAction.key(),
            offerPromptDismissed.key(),
            retrievalEnabled.key(),
            retrievalListenAddress.key(),
            retrievalPort.key(),
            retrievalPricePerByte.key(),
            retrievalFirstChunkKiB.key(),
            retrievalChunkGrowthKiB.key(),
            retrievalClaimThreshold.key(),
            retrievalMaxActivePerClient.key(),
            dealsEnabled.key(),
            dealsListenAddress.key(),
            dealsPort.key(),
            dealsAcceptDeals.key(),
            dealsPricePerBytePerSecond.key(),
            dealsMinCollateralPerByte.key(),
            dealsMaxCollateralPerByte.key(),
            dealsMinSizeBytes.key(),
            dealsMaxSizeBytes.key(),
            dealsMinDurationHours.key(),
            dealsMaxDurationDays.key(),
            dealsMinStartLeadMinutes.key(),
            dealsMaxStartLeadDays.key(),
            dealsAllowedClients.key(),
            dealsDeniedClients.key(),
            dealsMaxTransfersPerClient.key()};
}

} // namespace salesdesk::settings
