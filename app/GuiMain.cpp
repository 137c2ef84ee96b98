#include "app/AppOptions.h"
#include "app/LogRouter.h"
#include "app/TerminationSignals.h"
#include "app/Translations.h"
#include "core/chain/crypto/Eip55.h"
#include "core/chain/wallet/ChainAccount.h"
#include "core/chain/wallet/PassphraseKeyring.h"
#include "core/chain/wallet/Wallet.h"
#include "core/clock/AcceleratedClock.h"
#include "core/clock/SystemClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/DemoTimeKeeper.h"
#include "core/desk/Desk.h"
#include "core/logging/Logging.h"
#include "core/logging/RotatingLogFile.h"
#include "core/settings/NetworkProfile.h"
#include "core/settings/Settings.h"
#include "salesdesk/Version.h"
#include "ui/deals/DealsPage.h"
#include "ui/mainwindow/ChainScreenshotRun.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ScreenshotRun.h"
#include "ui/retrieval/RetrievalsPage.h"
#include "ui/settings/DealSettings.h"
#include "ui/settings/MarketSettingsBox.h"
#include "ui/settings/RetrievalSettings.h"
#include "ui/startup/StartFailureDialog.h"
#include "ui/startup/StartProgressDialog.h"
#include "ui/wallet/CreateWalletDialog.h"
#include "ui/wallet/UnlockWalletDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

const QCommandLineOption& screenshotsOption() {
    static const QCommandLineOption option(
        QStringLiteral("screenshots"),
        QStringLiteral("Run a short scripted simulation, render every screen to PNG in <dir> and "
                       "exit. With --market local-chain: start a local test chain in "
                       "<data-dir>/local-chain, offer storage, wait until a sale is proving on "
                       "it (see --screenshot-wait), then render every screen."),
        QStringLiteral("dir"));
    return option;
}

const QCommandLineOption& screenshotWaitOption() {
    static const QCommandLineOption option(
        QStringLiteral("screenshot-wait"),
        QStringLiteral("With --market local-chain --screenshots: how long to wait for a sale "
                       "proving on the chain before giving up with an error (default %1).")
            .arg(salesdesk::ui::ChainScreenshotRun::kDefaultWaitSeconds),
        QStringLiteral("seconds"));
    return option;
}

const QCommandLineOption& quitAfterStartOption() {
    static const QCommandLineOption option(
        QStringLiteral("quit-after-start"),
        QStringLiteral("Start, show the window and quit as soon as the event loop runs (checks of "
                       "an installation)."));
    return option;
}

const QCommandLineOption& marketOption() {
    static const QCommandLineOption option(
        QStringLiteral("market"),
        QStringLiteral("Where to sell: demo (the simulated marketplace, the default), "
                       "local-chain (a local test chain with our contracts and demo clients, "
                       "started empty in <data-dir>/local-chain; needs anvil from make deps) or "
                       "network (the network of Settings → Market, signing with the wallet of "
                       "<data-dir>; its books in <data-dir>/network-<chain id>-<marketplace>). "
                       "Overrides Settings → Market."),
        QStringLiteral("kind"));
    return option;
}

QIcon applicationIcon() {
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/salesdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

// The options of the command line. Parsed before the QApplication exists, so that a bad option
// is reported (exit 2) also where no display can be opened; Qt's own GUI options are accepted.
void describe(QCommandLineParser& parser, const salesdesk::app::CommonOptions& options) {
    parser.setApplicationDescription(
        QStringLiteral("Sales Desk: sell disk space on the Codex storage marketplace. Without "
                       "options it opens on the demo market (simulated, accelerated time)."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    options.addTo(parser);
    parser.addOption(screenshotsOption());
    parser.addOption(screenshotWaitOption());
    parser.addOption(quitAfterStartOption());
    parser.addOption(marketOption());
    salesdesk::app::addQtGuiOptions(parser);
}

// What a market's run answers when the user chose to try again after a failure to open.
constexpr int kTryAgain = -1;

void fail(const QString& message) {
    std::fprintf(stderr, "salesdesk: %s\n", qPrintable(message));
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, QString::fromLatin1(salesdesk::kApplicationName), message);
}

// The demo market's screens, or with `chainDataDir` those of a sale on a local test chain.
int renderScreenshots(const QString& directory, const QString& chainDataDir = {},
                      int waitSeconds = 0) {
    auto written =
        chainDataDir.isEmpty()
            ? salesdesk::ui::ScreenshotRun::run(directory)
            : salesdesk::ui::ChainScreenshotRun::run(directory, chainDataDir, waitSeconds);
    if (!written.ok()) {
        std::fprintf(stderr, "salesdesk: %s\n", qPrintable(written.message()));
        return 1;
    }
    QTextStream out(stdout);
    for (const QString& file : *written)
        out << file << '\n';
    return 0;
}

// The whole log to the rotating file of `dataDir`, once a desk has shown the directory is usable.
void attachLogFile(salesdesk::app::LogRouter& logRouter, const QString& dataDir) {
    using namespace salesdesk;
    if (auto logFile = RotatingLogFile::open(
            {logging::logFilePath(dataDir), logging::kLogFileMaxBytes, logging::kLogFilesKept});
        logFile.ok())
        logRouter.attachFile(std::move(*logFile));
    else
        app::printError(logFile.message() + QStringLiteral("; messages go to stderr only"));
}

// Paid retrieval (Settings → Paid retrieval), on a chain desk that has started, when it is on.
// How it went is recorded on the desk for the Retrievals screen (RetrievalsPage::recordStart);
// a failure is a warning, and the desk sells on without it.
void startRetrievalIfOn(salesdesk::Desk& desk) {
    using namespace salesdesk;
    const QSettings settings;
    if (!desk.chainHost() || !ui::RetrievalSettings::enabled.value(settings))
        return;
    const auto offer = ui::RetrievalSettings::storedOffer(settings);
    const Result<quint16> started =
        offer.ok() ? desk.startRetrieval(*offer) : Result<quint16>(offer.error());
    if (started.ok()) {
        qInfo().noquote() << "paid retrieval listening at"
                          << desk.retrieval()->server().baseUrl().toString();
        ui::RetrievalsPage::recordStart(desk, QString());
    } else {
        qWarning().noquote() << "paid retrieval not started:" << started.message();
        ui::RetrievalsPage::recordStart(desk, started.message());
    }
}

// Direct deals (Settings → Direct deals), on a chain desk that has started, when they are on.
// How it went is recorded on the desk for the Deals screen (DealsPage::recordStart); a failure
// is a warning, and the desk sells on without them.
void startDealsIfOn(salesdesk::Desk& desk) {
    using namespace salesdesk;
    const QSettings settings;
    if (!desk.chainHost() || !ui::DealSettings::enabled.value(settings))
        return;
    const auto offer = ui::DealSettings::storedOffer(settings);
    const Result<quint16> started =
        offer.ok() ? desk.startDeals(*offer) : Result<quint16>(offer.error());
    if (started.ok()) {
        qInfo().noquote() << "direct deals listening at" << desk.deals()->baseUrl().toString()
                          << (offer->rules.acceptDeals ? "(accepting new deals)"
                                                       : "(not accepting new deals)");
        ui::DealsPage::recordStart(desk, QString());
    } else {
        qWarning().noquote() << "direct deals not started:" << started.message();
        ui::DealsPage::recordStart(desk, started.message());
    }
}

// The main window over `desk` until the user quits; the exit code.
int runWindow(salesdesk::Desk& desk, const QCommandLineParser& parser) {
    using namespace salesdesk;
    ui::MainWindow window(desk);
    // The window decides when the program ends (it may keep selling in the tray); SIGINT and
    // SIGTERM quit as File → Quit does, so the engine stops cleanly below.
    QApplication::setQuitOnLastWindowClosed(false);
    app::TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &app::TerminationSignals::received, &window,
                     &ui::MainWindow::quit);
    window.show();
    desk.start([&window, &desk](Result<void> started) {
        if (!started.ok()) {
            fail(QObject::tr("Sales Desk cannot start selling.\n\n%1").arg(started.message()));
            return;
        }
        startRetrievalIfOn(desk);
        startDealsIfOn(desk);
        QTimer::singleShot(0, &window, &ui::MainWindow::promptToOfferStorageIfNew);
    });
    // Through the window's Quit: an application quit would close the window, which asks.
    if (parser.isSet(quitAfterStartOption()))
        QTimer::singleShot(0, &window, &ui::MainWindow::quit);
    const int code = QApplication::exec();
    desk.stop();
    return code;
}

// The demo market: the simulated marketplace with its demo clients, on the accelerated clock.
int runOnDemoMarket(const QString& dataDir, QSettings& settings,
                    salesdesk::app::LogRouter& logRouter, const QCommandLineParser& parser) {
    using namespace salesdesk;
    AcceleratedClock clock(QDateTime::currentSecsSinceEpoch(), settings::demoSpeed.value(settings));
    SimulatedDeskOptions deskOptions = demoDeskOptions(dataDir);
    deskOptions.engine.maxWorkers = settings::maxWorkers.value(settings);
    deskOptions.engine.queueMaxSize = settings::queueMaxSize.value(settings);
    auto desk = Desk::openSimulated(clock, deskOptions);
    if (!desk.ok()) {
        fail(QObject::tr("Sales Desk cannot open its data in %1.\n\n%2")
                 .arg(QDir::toNativeSeparators(dataDir), desk.message()));
        return 1;
    }
    attachLogFile(logRouter, dataDir);
    // The simulated market must never see its time go back, across restarts too.
    DemoTimeKeeper timeKeeper(clock, *(*desk)->simulatedMarket());
    return runWindow(**desk, parser);
}

// Says why a market could not be opened; the user may change the market settings and try again
// (kTryAgain) or quit (1).
int failedToOpen(const QString& message) {
    std::fprintf(stderr, "salesdesk: %s\n", qPrintable(message));
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return 1;
    salesdesk::ui::StartFailureDialog dialog(message);
    return dialog.exec() == QDialog::Accepted ? kTryAgain : 1;
}

using OpenedDesk = salesdesk::Result<std::unique_ptr<salesdesk::Desk>>;
using OpenDone = std::function<void(OpenedDesk)>;

// Runs `open` (which answers once, on the event loop) while a small window says `text`, with
// Cancel. Nothing when the user cancelled: the open is still waited for, so that what it started
// (a local chain's anvil) is stopped before Sales Desk quits.
std::optional<OpenedDesk> openWithProgress(const QString& text,
                                           const std::function<void(OpenDone)>& open) {
    struct State {
        std::optional<OpenedDesk> opened;
        bool cancelled = false;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    salesdesk::ui::StartProgressDialog progress(text);
    QObject::connect(&progress, &salesdesk::ui::StartProgressDialog::cancelled,
                     [state] { state->cancelled = true; });
    open([state](OpenedDesk desk) {
        state->opened = std::move(desk);
        state->loop.quit();
    });
    if (!state->opened) {
        progress.show();
        state->loop.exec();
    }
    if (state->cancelled) {
        state->opened.reset(); // a desk that opened anyway is closed here, before its clock
        return std::nullopt;
    }
    return std::move(state->opened);
}

// A local test chain: anvil with our contracts and demo clients, started empty in
// <dataDir>/local-chain, on an accelerated clock at the demo's speed (the chain's time follows it:
// ChainClockKeeper). The host downloads each slot it sells from the clients' server, checks it
// against the request's content root, writes it to disk and proves from there
// (localChainDeskOptions: small slots).
int runOnLocalChain(const QString& dataDir, QSettings& settings,
                    salesdesk::app::LogRouter& logRouter, const QCommandLineParser& parser) {
    using namespace salesdesk;
    AcceleratedClock clock(QDateTime::currentSecsSinceEpoch(), settings::demoSpeed.value(settings));
    LocalChainDeskOptions options =
        localChainDeskOptions(QDir(dataDir).filePath(QStringLiteral("local-chain")));
    options.engine.maxWorkers = settings::maxWorkers.value(settings);
    options.engine.queueMaxSize = settings::queueMaxSize.value(settings);
    auto opened = openWithProgress(QObject::tr("Starting the local test chain…"), [&](auto done) {
        Desk::openLocalChain(clock, options, std::move(done));
    });
    if (!opened)
        return 0; // cancelled
    if (!opened->ok())
        return failedToOpen(
            QObject::tr("Sales Desk cannot start a local test chain in %1.\n\n%2")
                .arg(QDir::toNativeSeparators(options.engine.dataDirectory), opened->message()));
    attachLogFile(logRouter, options.engine.dataDirectory);
    return runWindow(***opened, parser);
}

// The data directory's wallet, unlocked: created or imported first when there is none. Null when
// the user gave up.
std::shared_ptr<salesdesk::Wallet> unlockedWallet(const QString& directory) {
    using namespace salesdesk;
    auto wallet = std::make_shared<Wallet>(directory);
    if (!wallet->exists()) {
        ui::CreateWalletDialog dialog(wallet);
        return dialog.exec() == QDialog::Accepted ? wallet : nullptr;
    }
    PassphraseKeyring keyring;
    ui::UnlockWalletDialog dialog(wallet, &keyring);
    return dialog.exec() == QDialog::Accepted ? wallet : nullptr;
}

// A network by RPC URL (Settings → Market): the profile is checked, the data directory's wallet
// unlocked (or created), then the desk opens in <dataDir>/network-<chain id>-<marketplace>, its
// own books. Slot data is generated as on the local test chain (storeData off) until downloads
// from the profile's data source are wired.
int runOnNetwork(const QString& dataDir, QSettings& settings, salesdesk::app::LogRouter& logRouter,
                 const QCommandLineParser& parser) {
    using namespace salesdesk;
    const NetworkProfile profile = NetworkProfile::stored(settings);
    auto checked = profile.check();
    if (!checked.ok())
        return failedToOpen(
            QObject::tr("The network chosen in Settings → Market cannot be used: %1")
                .arg(checked.message()));
    if (!QDir().mkpath(dataDir))
        return failedToOpen(QObject::tr("Sales Desk cannot create its data directory %1.")
                                .arg(QDir::toNativeSeparators(dataDir)));
    std::shared_ptr<Wallet> wallet = unlockedWallet(dataDir);
    if (!wallet)
        return 0;
    auto account = ChainAccount::ofWallet(wallet);
    if (!account.ok())
        return failedToOpen(account.message());
    SystemClock clock;
    NetworkDeskOptions options;
    options.engine.dataDirectory = QDir(dataDir).filePath(checked->dataSubdirectory());
    options.engine.maxWorkers = settings::maxWorkers.value(settings);
    options.engine.queueMaxSize = settings::queueMaxSize.value(settings);
    // With a data source the host downloads, checks and stores each slot's bytes; without one it
    // proves over the generated data that Sales Desk's own demo clients sell.
    options.engine.hooks.dataSource = checked->dataSourceUrl;
    options.engine.hooks.storeData = !checked->dataSourceUrl.isEmpty();
    options.chain.dataDirectory = options.engine.dataDirectory;
    options.chain.rpcUrl = checked->rpcUrl;
    options.chain.chainId = checked->chainId;
    options.chain.marketplace = checked->marketplace;
    options.chain.startBlock = checked->startBlock;
    options.chain.confirmations = checked->confirmations;
    if (!QDir().mkpath(options.engine.dataDirectory))
        return failedToOpen(QObject::tr("Sales Desk cannot create %1.")
                                .arg(QDir::toNativeSeparators(options.engine.dataDirectory)));
    qInfo().noquote() << "opening the network" << checked->name << "at"
                      << checked->rpcUrl.toString() << "chain" << checked->chainId << "marketplace"
                      << eip55::toChecksumHex(checked->marketplace) << "data source"
                      << checked->dataSourceUrl.toString();
    auto opened =
        openWithProgress(QObject::tr("Connecting to %1…").arg(checked->name), [&](OpenDone done) {
            Desk::openNetwork(clock, options, std::move(*account), std::move(done));
        });
    if (!opened)
        return 0; // cancelled
    if (!opened->ok())
        return failedToOpen(QObject::tr("Sales Desk cannot open the network %1 (%2).\n\n%3")
                                .arg(checked->name, checked->rpcUrl.toString(), opened->message()));
    attachLogFile(logRouter, options.engine.dataDirectory);
    return runWindow(***opened, parser);
}

// Starts Sales Desk again (Settings → Market → Restart now) with the same options, less --market
// (the choice just saved is the one to use).
void restartIfAsked() {
    if (!qApp->property(salesdesk::ui::MarketSettingsBox::kRestartProperty).toBool())
        return;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--market") || argument == QLatin1String("-market")) {
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        } else if (argument.startsWith(QLatin1String("--market=")) ||
                   argument.startsWith(QLatin1String("-market="))) {
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        salesdesk::app::printError(QStringLiteral("could not start Sales Desk again"));
}

} // namespace

int main(int argc, char* argv[]) {
    using namespace salesdesk;
    QCoreApplication::setApplicationName(QStringLiteral("salesdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("SalesDesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    const app::CommonOptions options;
    QCommandLineParser parser;
    describe(parser, options);
    if (!parser.parse(app::argumentList(argc, argv))) {
        app::printError(parser.errorText() + QStringLiteral("; see salesdesk --help"));
        return app::kExitBadInput;
    }
    if (parser.isSet(marketOption()) && !settings::market.accepts(parser.value(marketOption()))) {
        app::printError(QStringLiteral("--market must be demo, local-chain or network, not \"%1\"")
                            .arg(parser.value(marketOption())));
        return app::kExitBadInput;
    }
    if (!parser.positionalArguments().isEmpty()) {
        app::printError(QStringLiteral("unexpected argument %1; see salesdesk --help")
                            .arg(parser.positionalArguments().constFirst()));
        return app::kExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        // They print and exit; they must work without a display.
        QCoreApplication info(argc, argv);
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        parser.showVersion();
    }

    // Warnings to stderr, the whole log to a file in the data directory once it is known to be
    // usable; it outlives everything that logs.
    app::LogRouter logRouter;
    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(QString::fromLatin1(kApplicationName));
    QGuiApplication::setDesktopFileName(QStringLiteral("storage.codex.salesdesk"));
    QApplication::setWindowIcon(applicationIcon());
    QSettings settings;
    logging::applyLevel(
        logging::parseLevel(settings::logLevel.value(settings)).value_or(LogLevel::Info));
    app::installTranslations(application, settings);
    // Without a desktop theme, look for freedesktop icons in Adwaita; QStyle icons stand in for
    // any that is missing.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    const QString chosen = settings::dataDirectory.value(settings);
    const QString dataDir = parser.isSet(options.dataDir) || chosen.isEmpty()
                                ? options.dataDirectory(parser)
                                : QDir::cleanPath(chosen);
    if (parser.isSet(screenshotsOption())) {
        if (parser.value(marketOption()) != QLatin1String("local-chain"))
            return renderScreenshots(parser.value(screenshotsOption()));
        bool ok = true;
        const int wait = parser.isSet(screenshotWaitOption())
                             ? parser.value(screenshotWaitOption()).toInt(&ok)
                             : ui::ChainScreenshotRun::kDefaultWaitSeconds;
        if (!ok || wait <= 0) {
            app::printError(QStringLiteral("--screenshot-wait must be a whole number of seconds "
                                           "above 0, not \"%1\"")
                                .arg(parser.value(screenshotWaitOption())));
            return app::kExitBadInput;
        }
        return renderScreenshots(parser.value(screenshotsOption()), dataDir, wait);
    }
    // The start-up windows (wallet, progress, failure) come and go before the main window: only
    // the main window's Quit ends the program.
    QApplication::setQuitOnLastWindowClosed(false);
    bool fromCommandLine = parser.isSet(marketOption());
    for (;;) {
        settings.sync();
        const QString market =
            fromCommandLine ? parser.value(marketOption()) : settings::market.value(settings);
        int code = 0;
        if (market == QLatin1String("network"))
            code = runOnNetwork(dataDir, settings, logRouter, parser);
        else if (market == QLatin1String("local-chain"))
            code = runOnLocalChain(dataDir, settings, logRouter, parser);
        else
            code = runOnDemoMarket(dataDir, settings, logRouter, parser);
        if (code != kTryAgain) {
            restartIfAsked();
            return code;
        }
        // Tried again with the market settings as they are now.
        fromCommandLine = false;
    }
}
