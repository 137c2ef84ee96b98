#include "bench/AbiBench.h"
#include "bench/BenchApplication.h"
#include "bench/BenchReport.h"
#include "bench/ChainEventsBench.h"
#include "bench/ChainGasBench.h"
#include "bench/ChainGuiBench.h"
#include "bench/ChainRpcBench.h"
#include "bench/ChainSellBench.h"
#include "bench/DealsBench.h"
#include "bench/GuiBench.h"
#include "bench/ProofsBench.h"
#include "bench/QueueBench.h"
#include "bench/RecoveryBench.h"
#include "bench/ReservationsBench.h"
#include "bench/RetrievalBench.h"
#include "bench/ScaleBench.h"
#include "salesdesk/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstring>
#include <functional>
#include <map>
#include <memory>

using namespace salesdesk::bench;

namespace {

// Whether the command line names a benchmark that needs widgets (gui, or all) or the
// BenchApplication's record of slow deliveries (chain-sell, or chain), or both (chain-gui).
bool wantsWidgets(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "gui") == 0 || std::strcmp(argv[i], "all") == 0 ||
            std::strcmp(argv[i], "chain-sell") == 0 || std::strcmp(argv[i], "chain") == 0 ||
            std::strcmp(argv[i], "chain-gui") == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    // The gui benchmark needs a QApplication (and a display, or the offscreen platform, which CI
    // gets); the others keep the lighter QCoreApplication and their figures (peak RSS) as they
    // were.
    std::unique_ptr<QCoreApplication> application;
    if (wantsWidgets(argc, argv)) {
        BenchApplication::chooseHeadlessPlatform();
        application = std::make_unique<BenchApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("salesdesk-bench"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(salesdesk::kVersion));
    QLoggingCategory::setFilterRules(
        QStringLiteral("salesdesk.*.debug=false\nsalesdesk.*.info=false"));

    const std::map<QString, std::function<bool(const BenchOptions&, BenchReport&)>> benchmarks = {
        {QStringLiteral("reservations"), runReservationsBench},
        {QStringLiteral("queue"), runQueueBench},
        {QStringLiteral("proofs"), runProofsBench},
        {QStringLiteral("scale"), runScaleBench},
        {QStringLiteral("recovery"), runRecoveryBench},
        {QStringLiteral("gui"), runGuiBench},
        {QStringLiteral("chain-rpc"), runChainRpcBench},
        {QStringLiteral("abi"), runAbiBench},
        {QStringLiteral("retrieval"), runRetrievalBench},
        {QStringLiteral("deals"), runDealsBench},
        {QStringLiteral("chain-events"), runChainEventsBench},
        {QStringLiteral("chain-gas"), runChainGasBench},
        {QStringLiteral("chain-sell"), runChainSellBench},
        {QStringLiteral("chain-gui"), runChainGuiBench},
    };
    QStringList names;
    for (const auto& [name, run] : benchmarks)
        names << name;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sales Desk benchmarks. Prints figures as it measures them and, as the "
                       "last line, one JSON object with every figure.\nBenchmarks: %1, all.")
            .arg(names.join(QStringLiteral(", ")) +
                 QStringLiteral(", chain (chain-rpc, "
                                "chain-events, chain-gas and chain-sell)")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Tiny smoke run (what CI does)."));
    parser.addOption(quick);
    const QCommandLineOption storeData(
        QStringLiteral("store-data"),
        QStringLiteral("scale: write and prove real slot data (default: the generator's)."));
    parser.addOption(storeData);
    const QCommandLineOption slots(
        QStringLiteral("slots"),
        QStringLiteral("chain-sell: sell this many slots (requests of 10, 40 at once, a proof "
                       "due about one period of four) and stop after the restart (default: 40 "
                       "slots, the whole sale). chain-gui: post this many slots (default 1,000; "
                       "--quick: 20)."),
        QStringLiteral("count"));
    parser.addOption(slots);
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        QStringLiteral("chain-gui: the clock's speed, chain seconds a second (default 5; "
                       "--quick: 10)."),
        QStringLiteral("factor"));
    parser.addOption(speed);
    parser.addPositionalArgument(QStringLiteral("benchmark"),
                                 QStringLiteral("Which benchmark to run, or all."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        QTextStream(stderr) << "salesdesk-bench: name one benchmark (" << names.join(u", ")
                            << ", all)\n";
        return 2;
    }
    QStringList toRun;
    if (args.front() == QStringLiteral("all")) {
        // gui and chain-gui last: peak RSS is the process's so far, and the window's would mask the
        // others'.
        toRun = names;
        toRun.removeAll(QStringLiteral("retrieval")); // deals runs it
        toRun.removeAll(QStringLiteral("gui"));
        toRun.removeAll(QStringLiteral("chain-gui"));
        toRun << QStringLiteral("gui") << QStringLiteral("chain-gui");
    } else if (args.front() == QStringLiteral("chain")) {
        toRun << QStringLiteral("chain-rpc") << QStringLiteral("chain-events")
              << QStringLiteral("chain-gas") << QStringLiteral("chain-sell");
    } else if (benchmarks.count(args.front()))
        toRun << args.front();
    else {
        QTextStream(stderr) << "salesdesk-bench: unknown benchmark \"" << args.front()
                            << "\" (known: " << names.join(u", ") << ", all)\n";
        return 2;
    }

    BenchOptions options;
    options.quick = parser.isSet(quick);
    options.storeData = parser.isSet(storeData);
    if (parser.isSet(slots)) {
        bool ok = false;
        options.slots = parser.value(slots).toULongLong(&ok);
        if (!ok || options.slots == 0) {
            QTextStream(stderr) << "salesdesk-bench: --slots takes a positive count, not \""
                                << parser.value(slots) << "\"\n";
            return 2;
        }
    }
    if (parser.isSet(speed)) {
        bool ok = false;
        options.speed = parser.value(speed).toInt(&ok);
        if (!ok || options.speed <= 0) {
            QTextStream(stderr) << "salesdesk-bench: --speed takes a positive whole factor, not \""
                                << parser.value(speed) << "\"\n";
            return 2;
        }
    }
    BenchReport report;
    bool ok = true;
    for (const QString& name : toRun)
        ok = benchmarks.at(name)(options, report) && ok;
    QTextStream(stdout) << QJsonDocument(report.json()).toJson(QJsonDocument::Compact) << Qt::endl;
    return ok ? 0 : 1;
}
