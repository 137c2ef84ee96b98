#include "ui/mainwindow/ChainScreenshotRun.h"

#include "core/clock/SystemClock.h"
#include "core/desk/ChainBooks.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/Desk.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "ui/deals/DealsPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ScreenshotRun.h"
#include "ui/retrieval/RetrievalsPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace salesdesk::ui {

namespace {

constexpr quint32 kClientSeed = 11;
constexpr int kCheckIntervalMs = 500;
constexpr int kSettleMs = 1'500;
// The demo clients' terms, raised so that the figures read as whole tokens (a slot of 256 KiB to
// 1 MiB for hours pays a few TST and holds a few TST of collateral) rather than "< 0.000001 TST".
const UInt256 kClientPricePerBytePerSecond = 500'000'000;
const UInt256 kClientCollateralPerByte = 10'000'000'000'000ull;

// Whether a direct deal is active (or ran its course), so the Deals screen shows one at work.
bool anyDealActive(const Desk& desk) {
    if (!desk.deals())
        return false;
    const auto deals = desk.deals()->book().recent(50);
    if (!deals.ok())
        return false;
    return std::any_of(deals->cbegin(), deals->cend(), [](const Deal& deal) {
        return deal.state == Deal::State::Active || deal.state == Deal::State::Expired;
    });
}

bool anySaleProving(const Desk& desk) {
    for (const SalesAgent* agent : desk.engine().sales().agents())
        if (agent->state() == SaleStateKind::Proving)
            return true;
    return false;
}

// The books equal the chain and show at least one deposit followed on it.
bool booksMatchADeposit(const Desk& desk) {
    auto books = ChainBooks::read(*desk.chainHost(), desk.engine().ledger());
    return books.ok() && books->agree() && books->chainOut > 0;
}

QString saleStates(const Desk& desk) {
    QStringList states;
    for (const SalesAgent* agent : desk.engine().sales().agents())
        states << toString(agent->state());
    return states.isEmpty() ? QStringLiteral("no sale yet")
                            : QStringLiteral("sales: ") + states.join(QStringLiteral(", "));
}

// Runs the event loop until `done` holds (checked every kCheckIntervalMs) or `milliseconds` have
// passed; whether it holds.
bool waitUntil(const std::function<bool()>& done, qint64 milliseconds) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(kCheckIntervalMs);
    QTimer::singleShot(std::max<qint64>(0, milliseconds), &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

Error failure(const QString& message) {
    return Error{ErrorCode::NotFound, message};
}

} // namespace

Result<QStringList> ChainScreenshotRun::run(const QString& outputDirectory,
                                            const QString& dataDirectory, int waitSeconds) {
    if (!QDir().mkpath(outputDirectory))
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot create the folder %1").arg(outputDirectory)};
    SystemClock clock;
    LocalChainDeskOptions options =
        localChainDeskOptions(QDir(dataDirectory).filePath(QStringLiteral("local-chain")));
    options.chain.clients.seed = kClientSeed;
    options.chain.clients.meanIntervalSeconds = kClientIntervalSeconds;
    options.chain.clients.pricePerBytePerSecond = kClientPricePerBytePerSecond;
    options.chain.clients.collateralPerByte = kClientCollateralPerByte;
    // The chain's start has bounds of its own; its answer is waited for, whatever the wait.
    std::optional<Result<std::unique_ptr<Desk>>> opened;
    {
        QEventLoop loop;
        Desk::openLocalChain(clock, options, [&](Result<std::unique_ptr<Desk>> desk) {
            opened = std::move(desk);
            loop.quit();
        });
        if (!opened)
            loop.exec();
    }
    if (!opened->ok())
        return Error{
            opened->error().code,
            QStringLiteral("cannot start a local test chain in %1: %2")
                .arg(QDir::toNativeSeparators(options.engine.dataDirectory), opened->message())};
    Desk& desk = ***opened;
    NewAvailability offer = demoAvailability(kOfferBytes);
    offer.totalCollateral = UInt256(kOfferBytes) * kClientCollateralPerByte * 2;
    if (auto offered = desk.offerIfNothingOffered(offer); !offered.ok())
        return offered.error();
    const Timestamp deadline = clock.now() + waitSeconds;
    const auto left = [&] {
        return qint64(deadline - clock.now()) * 1000;
    };
    std::optional<Result<void>> started;
    desk.start([&](Result<void> result) { started = std::move(result); });
    if (!waitUntil([&] { return started.has_value(); }, left()))
        return failure(QStringLiteral("the desk did not start within %1 s").arg(waitSeconds));
    if (!started->ok())
        return started->error();
    // Paid retrieval on, as a provider who offers it would have it (its screen shows it running).
    RetrievalService::Options retrievalOffer;
    retrievalOffer.terms.pricePerByte = UInt256(1);
    const auto retrieval = desk.startRetrieval(retrievalOffer);
    RetrievalsPage::recordStart(desk, retrieval.ok() ? QString() : retrieval.message());
    // Direct deals too, at the offer's least price; the local chain's demo clients propose some.
    DealService::Options dealOffer;
    dealOffer.rules.acceptDeals = true;
    dealOffer.ask.pricePerBytePerSecond = offer.minPricePerBytePerSecond;
    dealOffer.ask.maxCollateralPerByte = UInt256(10);
    const auto deals = desk.startDeals(dealOffer);
    DealsPage::recordStart(desk, deals.ok() ? QString() : deals.message());

    MainWindow window(desk);
    window.resize(1280, 800);
    window.show();
    const bool proving = waitUntil([&] { return anySaleProving(desk); }, left());
    const bool booksMatch = proving && waitUntil([&] { return booksMatchADeposit(desk); }, left());
    if (!proving || !booksMatch) {
        window.closeWithoutAsking();
        desk.stop();
        return failure(
            !proving
                ? QStringLiteral("no sale was proving on the local test chain after %1 s (%2); "
                                 "wait longer with --screenshot-wait SECONDS")
                      .arg(waitSeconds)
                      .arg(saleStates(desk))
                : QStringLiteral("a sale is proving but the books did not equal the chain "
                                 "within %1 s")
                      .arg(waitSeconds));
    }
    // A deal at work for the Deals screen, when one gets there in the time left (its picture is
    // taken either way).
    waitUntil([&] { return anyDealActive(desk); }, std::min<qint64>(left(), 120'000));
    // The screens' batched refreshes and the chain watch's last reads.
    desk.chainWatch()->refresh();
    ScreenshotRun::settle(kSettleMs);
    auto written = ScreenshotRun::capture(window, outputDirectory);
    window.closeWithoutAsking();
    desk.stop();
    return written;
}

} // namespace salesdesk::ui
