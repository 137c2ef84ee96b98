#include "bench/ChainGasBench.h"

#include "core/chain/market/MarketplaceCalls.h"
#include "core/domain/Slot.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QElapsedTimer>

#include <map>

namespace salesdesk::bench {

namespace {

using test::MarketplaceSession;

constexpr quint64 kGoalFillSlot = 200'000;
constexpr quint64 kGoalSubmitProof = 80'000;

// The gas of each host call for one request of two slots of `slotSize` bytes: both reserved and
// filled, one proof submitted, the other slot's missed proof reported, the first slot paid out at
// the end. Empty when a step failed (the note says which).
std::map<QString, quint64> measure(MarketplaceSession& market, test::AnvilFixture& chain,
                                   quint64 slotSize, BenchReport& report) {
    std::map<QString, quint64> gas;
    const Address client = chain.account(1);
    const Address hosts[2] = {chain.account(2), chain.account(3)};
    const Address validator = chain.account(4);
    const StorageRequest request =
        MarketplaceSession::makeRequest(client, 2, slotSize, 24 * 3600, 1200);
    auto failed = [&](const QString& step, const QString& why) {
        report.note(QStringLiteral("  %1 failed: %2").arg(step, why));
        return std::map<QString, quint64>{};
    };
    const auto posted = market.post(request);
    if (!posted.ok())
        return failed(QStringLiteral("requestStorage"), posted.error().message);
    for (quint64 i = 0; i < 2; ++i) {
        const auto reserved = market.send(hosts[i], marketplace::reserveSlot(request.id(), i));
        if (!reserved.ok())
            return failed(QStringLiteral("reserveSlot"), reserved.error().message);
        gas[QStringLiteral("reserveSlot")] = reserved->receipt.gasUsed;
        const auto filled = market.fill(hosts[i], request, i, request.collateralPerSlot());
        if (!filled.ok())
            return failed(QStringLiteral("fillSlot"), filled.error().message);
        // The first fill is the common one; the last also starts the request.
        if (i == 0)
            gas[QStringLiteral("fillSlot")] = filled->receipt.gasUsed;
    }
    if (!market.advanceToNextPeriod())
        return failed(QStringLiteral("advance"), market.error());
    const auto proved = market.prove(hosts[0], request, 0);
    if (!proved.ok())
        return failed(QStringLiteral("submitProof"), proved.error().message);
    gas[QStringLiteral("submitProof")] = proved->receipt.gasUsed;

    const quint64 missed = market.period();
    const SlotId other = slotIdOf(request.id(), 1);
    const int downtime = chain.chain().options().market.downtime;
    if (!market.advanceToNextPeriod(1) || !market.alignPointer(other, downtime + 2, 240, 1))
        return failed(QStringLiteral("advance"), market.error());
    const auto marked = market.send(validator, marketplace::markProofAsMissing(other, missed));
    if (!marked.ok())
        return failed(QStringLiteral("markProofAsMissing"), marked.error().message);
    gas[QStringLiteral("markProofAsMissing")] = marked->receipt.gasUsed;

    if (!market.mineAt(market.now() + request.ask.duration + 1))
        return failed(QStringLiteral("advance to the end"), market.error());
    const auto paid = market.send(hosts[0], marketplace::freeSlot(slotIdOf(request.id(), 0)));
    if (!paid.ok())
        return failed(QStringLiteral("freeSlot"), paid.error().message);
    gas[QStringLiteral("freeSlot")] = paid->receipt.gasUsed;
    return gas;
}

} // namespace

bool runChainGasBench(const BenchOptions& options, BenchReport& report) {
    const QString section = QStringLiteral("chain-gas");
    report.note(QStringLiteral("chain-gas: gas of the host's Marketplace calls on a local anvil"));
    test::AnvilFixture chain;
    if (!chain.start()) {
        report.note(QStringLiteral("  cannot run: ") + chain.error());
        return false;
    }
    MarketplaceSession market(chain);
    if (!market.start()) {
        report.note(QStringLiteral("  cannot run: ") + market.error());
        return false;
    }
    struct Size {
        QString name;
        quint64 bytes;
    };
    QList<Size> sizes{{QStringLiteral("small"), 5 * 64 * 1024 + 1000}};
    if (!options.quick)
        sizes.append({QStringLiteral("1GiB"), 1ULL << 30});

    bool ok = true;
    for (const Size& size : sizes) {
        QElapsedTimer timer;
        timer.start();
        const auto gas = measure(market, chain, size.bytes, report);
        if (gas.empty()) {
            ok = false;
            continue;
        }
        for (const auto& [call, used] : gas)
            report.figure(section, QStringLiteral("%1.%2").arg(size.name, call), double(used),
                          QStringLiteral("gas"),
                          QStringLiteral("%1 (%2-byte slots)").arg(call).arg(size.bytes));
        const quint64 fill = gas.at(QStringLiteral("fillSlot"));
        const quint64 proof = gas.at(QStringLiteral("submitProof"));
        report.note(QStringLiteral("  %1 slots: fillSlot %2 the goal of %3, submitProof %4 the "
                                   "goal of %5 (%6 s with data generation)")
                        .arg(size.name, fill <= kGoalFillSlot ? u"within" : u"OVER")
                        .arg(kGoalFillSlot)
                        .arg(proof <= kGoalSubmitProof ? u"within" : u"OVER")
                        .arg(kGoalSubmitProof)
                        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return ok;
}

} // namespace salesdesk::bench
