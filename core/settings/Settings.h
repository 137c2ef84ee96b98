#pragma once

#include "core/settings/Setting.h"

#include <QStringList>

// Every key Sales Desk keeps in QSettings (~/.config/SalesDesk/salesdesk.conf on Linux), with its
// type, default and check: the only place a key is spelled. Read and write them through these
// objects (settings::demoSpeed.value(), settings::demoSpeed.set(600)), never with a raw string.
namespace salesdesk::settings {

// ---- Data and engine (read by the GUI's main at start; written by the Settings screen)
// The data directory chosen in Settings, used from the next start; empty: the default one (or
// --data-dir, which wins).
extern const Setting<QString> dataDirectory; // "data/directory"
extern const Setting<int> maxWorkers;        // "engine/maxWorkers", at least 1
extern const Setting<int> queueMaxSize;      // "engine/queueMaxSize", at least 1

// ---- Demo market
// Simulated seconds per real second (AcceleratedClock::kMinSpeed … kMaxSpeed).
extern const Setting<int> demoSpeed; // "demo/speed"
// Where the GUI sells: "demo" (the simulated marketplace), "local-chain" (a local test chain
// started with our contracts and demo clients) or "network" (the chain of the network profile
// below, with the data directory's wallet). Read at start.
extern const Setting<QString> market; // "market/kind"

// ---- Network profile (market "network"; core/settings/NetworkProfile.h reads and checks them)
// Kept as typed; a stored value that fails its field's check reads as empty.
extern const Setting<QString> networkName;          // "network/name"
extern const Setting<QString> networkRpcUrl;        // "network/rpcUrl", http(s)
extern const Setting<QString> networkChainId;       // "network/chainId", above 0
extern const Setting<QString> networkMarketplace;   // "network/marketplace", an address
extern const Setting<QString> networkStartBlock;    // "network/startBlock", 0 or more
extern const Setting<QString> networkConfirmations; // "network/confirmations", 0 or more
extern const Setting<QString> networkDataSourceUrl; // "network/dataSourceUrl", http(s) or empty

// ---- Appearance
// A language code ("de", "fr", "es", "en"); empty: follow the system locale.
extern const Setting<QString> language; // "ui/language"

// ---- Logs
// How much goes into the log file: "debug", "info" or "warning" (core/logging/Logging.h);
// QT_LOGGING_RULES overrides it.
extern const Setting<QString> logLevel; // "logs/level"

// ---- The main window
extern const Setting<QByteArray> windowGeometry; // "mainwindow/geometry"
extern const Setting<QByteArray> windowState;    // "mainwindow/state"
extern const Setting<int> currentScreen;         // "mainwindow/screen", at least 0
// What closing the window does without asking: "tray" or "quit"; empty: ask.
extern const Setting<QString> closeAction;       // "mainwindow/closeAction"
extern const Setting<bool> offerPromptDismissed; // "firstRun/offerPromptDismissed"

// ---- Paid retrieval (docs/retrieval.md), started by the GUI on a chain desk when enabled
extern const Setting<bool> retrievalEnabled;           // "retrieval/enabled", false
extern const Setting<QString> retrievalListenAddress;  // "retrieval/listenAddress", an IP
extern const Setting<int> retrievalPort;               // "retrieval/port", 1 … 65535
extern const Setting<QString> retrievalPricePerByte;   // "retrieval/pricePerByte", a whole amount
extern const Setting<int> retrievalFirstChunkKiB;      // "retrieval/firstChunkKiB", 1 … 2^30
extern const Setting<int> retrievalChunkGrowthKiB;     // "retrieval/chunkGrowthKiB", 0 … 2^30
extern const Setting<QString> retrievalClaimThreshold; // "retrieval/claimThreshold", a whole amount
extern const Setting<int> retrievalMaxActivePerClient; // "retrieval/maxActivePerClient", 1 … 100
// The largest first chunk and growth in KiB: RetrievalTerms::validate's 1 TiB.
constexpr int kRetrievalMaxChunkKiB = 1 << 30;
// The most retrievals of one client at once a provider may allow.
constexpr int kRetrievalMaxActivePerClient = 100;

// ---- Direct deals (docs/deals.md), started by the GUI on a chain desk when enabled. Amounts are
// whole numbers of the token's smallest unit; sizes whole numbers of bytes (kept as text: they
// pass 2^31); client lists hold addresses (0x and 40 hex digits) separated by commas, spaces or
// new lines.
extern const Setting<bool> dealsEnabled;                  // "deals/enabled", false
extern const Setting<QString> dealsListenAddress;         // "deals/listenAddress", an IP
extern const Setting<int> dealsPort;                      // "deals/port", 1 … 65535
extern const Setting<bool> dealsAcceptDeals;              // "deals/acceptDeals", false
extern const Setting<QString> dealsPricePerBytePerSecond; // "deals/pricePerBytePerSecond"
extern const Setting<QString> dealsMinCollateralPerByte;  // "deals/minCollateralPerByte"
extern const Setting<QString> dealsMaxCollateralPerByte;  // "deals/maxCollateralPerByte"
extern const Setting<QString> dealsMinSizeBytes;          // "deals/minSizeBytes", 1 … 2^64 − 1
extern const Setting<QString> dealsMaxSizeBytes;          // "deals/maxSizeBytes", 1 … 2^64 − 1
extern const Setting<int> dealsMinDurationHours;          // "deals/minDurationHours"
extern const Setting<int> dealsMaxDurationDays;           // "deals/maxDurationDays"
extern const Setting<int> dealsMinStartLeadMinutes;       // "deals/minStartLeadMinutes"
extern const Setting<int> dealsMaxStartLeadDays;          // "deals/maxStartLeadDays"
extern const Setting<QString> dealsAllowedClients;        // "deals/allowedClients", empty: all
extern const Setting<QString> dealsDeniedClients;         // "deals/deniedClients"
extern const Setting<int> dealsMaxTransfersPerClient;     // "deals/maxTransfersPerClient"
// The ranges of the deal settings' counts: a term of an hour to ten years, a start at most a
// month (its least lead) or a year (its furthest) ahead, at most 100 transfers of one client.
constexpr int kDealsMaxDurationHours = 10 * 365 * 24;
constexpr int kDealsMaxDurationDaysLimit = 10 * 365;
constexpr int kDealsMaxStartLeadMinutes = 30 * 24 * 60;
constexpr int kDealsMaxStartLeadDaysLimit = 365;
constexpr int kDealsMaxTransfersPerClient = 100;

// Every key above, in the order they are declared.
QStringList allKeys();

} // namespace salesdesk::settings
