#include "app/DemoCommand.h"

#include "app/AppOptions.h"
#include "app/TerminationSignals.h"
#include "core/clock/AcceleratedClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/DemoTimeKeeper.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "core/storage/Repo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

namespace salesdesk::app {

namespace {

constexpr int kExitFailed = 1;
constexpr quint64 kDefaultOfferBytes = 1ull << 40;        // 1 TiB: counted, never written
constexpr quint64 kDefaultSmallOfferBytes = 256ull << 20; // written, with --small
constexpr qint64 kMaxRunForSeconds = 7 * 24 * 3600;

} // namespace

int runDemoCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "demo: runs the demo desk without a window: the simulated market with its demo clients "
        "and the sales engine, on accelerated time, over a data directory (created when new, "
        "with storage offered). Stops after --run-for real seconds, or on SIGINT/SIGTERM.\n"
        "Exit 0: stopped as asked; 1: the desk could not start; 2: bad options or a data "
        "directory that cannot be opened."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The desk's data directory."),
                                     QStringLiteral("dir"));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        QStringLiteral("Simulated seconds per real second, %1 to %2 (default: 60).")
            .arg(AcceleratedClock::kMinSpeed)
            .arg(AcceleratedClock::kMaxSpeed),
        QStringLiteral("factor"), QStringLiteral("60"));
    const QCommandLineOption runFor(
        QStringLiteral("run-for"),
        QStringLiteral("Stop after <seconds> of real time (default: run until interrupted)."),
        QStringLiteral("seconds"));
    const QCommandLineOption offer(
        QStringLiteral("offer"),
        QStringLiteral("Bytes to offer when the desk has no availability (default: %1).")
            .arg(kDefaultOfferBytes),
        QStringLiteral("bytes"), QString::number(kDefaultOfferBytes));
    const QCommandLineOption small(
        QStringLiteral("small"),
        QStringLiteral("Small, short requests (about 256 KiB slots for about 2 hours) whose data "
                       "is written to disk, so every sale runs its whole life within a few "
                       "simulated hours: for crash tests (default offer with it: %1).")
            .arg(kDefaultSmallOfferBytes));
    parser.addOptions({dataDir, speed, runFor, offer, small});
    parser.addPositionalArgument(QStringLiteral("demo"), QStringLiteral("The command."),
                                 QStringLiteral("demo"));
    if (!parseCommand(parser, arguments, help))
        return kExitBadInput;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dataDir)) {
        printError(QStringLiteral("usage: salesdesk-cli demo --data-dir DIR [--speed FACTOR] "
                                  "[--run-for SECONDS] [--offer BYTES] [--small]"));
        return kExitBadInput;
    }
    bool ok = false;
    const int factor = parser.value(speed).toInt(&ok);
    if (!ok || factor < AcceleratedClock::kMinSpeed || factor > AcceleratedClock::kMaxSpeed) {
        printError(QStringLiteral("--speed must be a whole number from %1 to %2, not \"%3\"")
                       .arg(AcceleratedClock::kMinSpeed)
                       .arg(AcceleratedClock::kMaxSpeed)
                       .arg(parser.value(speed)));
        return kExitBadInput;
    }
    double seconds = 0;
    if (parser.isSet(runFor)) {
        seconds = parser.value(runFor).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > kMaxRunForSeconds) {
            printError(QStringLiteral("--run-for must be a number of seconds above 0 and up to "
                                      "%1, not \"%2\"")
                           .arg(kMaxRunForSeconds)
                           .arg(parser.value(runFor)));
            return kExitBadInput;
        }
    }
    const quint64 offerBytes = parser.isSet(small) && !parser.isSet(offer)
                                   ? kDefaultSmallOfferBytes
                                   : parser.value(offer).toULongLong(&ok);
    if (!ok || offerBytes == 0) {
        printError(QStringLiteral("--offer must be a number of bytes above 0, not \"%1\"")
                       .arg(parser.value(offer)));
        return kExitBadInput;
    }

    QLoggingCategory::setFilterRules(QStringLiteral("salesdesk.*.debug=false\n"
                                                    "salesdesk.*.info=false"));
    const QString directory = QDir::cleanPath(parser.value(dataDir));
    AcceleratedClock clock(QDateTime::currentSecsSinceEpoch(), factor);
    auto desk = Desk::openSimulated(clock, parser.isSet(small) ? smallDemoDeskOptions(directory)
                                                               : demoDeskOptions(directory));
    if (!desk.ok()) {
        printError(desk.message());
        return kExitBadInput;
    }
    // The simulated market must never see its time go back, across restarts too.
    DemoTimeKeeper timeKeeper(clock, *(*desk)->simulatedMarket());
    if (auto offered = (*desk)->offerIfNothingOffered(demoAvailability(offerBytes));
        !offered.ok()) {
        printError(offered.message());
        return kExitFailed;
    }

    // A clean stop lets the market's answers land first, so the books on disk reconcile.
    auto stopCleanly = [desk = desk->get()] {
        desk->stopWhenSettled([] { QCoreApplication::exit(0); });
    };
    TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &terminationSignals,
                     stopCleanly);
    (*desk)->start([](Result<void> started) {
        if (!started.ok()) {
            printError(QStringLiteral("the desk cannot start selling: ") + started.message());
            QCoreApplication::exit(kExitFailed);
        }
    });
    if (seconds > 0)
        QTimer::singleShot(static_cast<int>(seconds * 1000), desk->get(), stopCleanly);
    const int code = QCoreApplication::exec();
    (*desk)->stop();
    return code;
}

} // namespace salesdesk::app
