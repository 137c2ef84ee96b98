#include "app/AppOptions.h"
#include "app/LogRouter.h"
#include "app/TerminationSignals.h"
#include "app/Translations.h"
#include "core/clock/AcceleratedClock.h"
#include "core/clock/SystemClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/DemoTimeKeeper.h"
#include "core/desk/Desk.h"
#include "core/logging/Logging.h"
#include "core/logging/RotatingLogFile.h"
#include "core/settings/Settings.h"
#include "salesdesk/Version.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ScreenshotRun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

const QCommandLineOption& screenshotsOption() {
    static const QCommandLineOption option(
        QStringLiteral("screenshots"),
        QStringLiteral("Run a short scripted simulation, render every screen to PNG in <dir> and "
                       "exit."),
        QStringLiteral("dir"));
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
        QStringLiteral("Where to sell: demo (the simulated marketplace, the default) or "
                       "local-chain (a local test chain with our contracts and demo clients, "
                       "started empty in <data-dir>/local-chain; needs anvil from make deps). "
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
    parser.addOption(quitAfterStartOption());
    parser.addOption(marketOption());
    salesdesk::app::addQtGuiOptions(parser);
}

void fail(const QString& message) {
    std::fprintf(stderr, "salesdesk: %s\n", qPrintable(message));
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, QString::fromLatin1(salesdesk::kApplicationName), message);
}

int renderScreenshots(const QString& directory) {
    auto written = salesdesk::ui::ScreenshotRun::run(directory);
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
    desk.start([&window](Result<void> started) {
        if (!started.ok()) {
            fail(QObject::tr("Sales Desk cannot start selling.\n\n%1").arg(started.message()));
            return;
        }
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

// A local test chain: anvil with our contracts and demo clients, in real time, started empty in
// <dataDir>/local-chain. Slot data is generated, not downloaded (proofs stay real).
int runOnLocalChain(const QString& dataDir, QSettings& settings,
                    salesdesk::app::LogRouter& logRouter, const QCommandLineParser& parser) {
    using namespace salesdesk;
    SystemClock clock;
    LocalChainDeskOptions options;
    options.engine.dataDirectory = QDir(dataDir).filePath(QStringLiteral("local-chain"));
    options.engine.maxWorkers = settings::maxWorkers.value(settings);
    options.engine.queueMaxSize = settings::queueMaxSize.value(settings);
    options.engine.hooks.storeData = false;
    std::optional<Result<std::unique_ptr<Desk>>> opened;
    QEventLoop starting;
    Desk::openLocalChain(clock, options, [&](Result<std::unique_ptr<Desk>> desk) {
        opened = std::move(desk);
        starting.quit();
    });
    if (!opened)
        starting.exec();
    if (!opened->ok()) {
        fail(QObject::tr("Sales Desk cannot start a local test chain in %1.\n\n%2")
                 .arg(QDir::toNativeSeparators(options.engine.dataDirectory), opened->message()));
        return 1;
    }
    attachLogFile(logRouter, options.engine.dataDirectory);
    return runWindow(***opened, parser);
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
        app::printError(QStringLiteral("--market must be demo or local-chain, not \"%1\"")
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
    if (parser.isSet(screenshotsOption()))
        return renderScreenshots(parser.value(screenshotsOption()));

    const QString chosen = settings::dataDirectory.value(settings);
    const QString dataDir = parser.isSet(options.dataDir) || chosen.isEmpty()
                                ? options.dataDirectory(parser)
                                : QDir::cleanPath(chosen);
    const QString market = parser.isSet(marketOption()) ? parser.value(marketOption())
                                                        : settings::market.value(settings);
    if (market == QLatin1String("local-chain"))
        return runOnLocalChain(dataDir, settings, logRouter, parser);
    return runOnDemoMarket(dataDir, settings, logRouter, parser);
}
