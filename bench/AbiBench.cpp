#include "bench/AbiBench.h"

#include "core/chain/abi/ContractAbi.h"

#include <QElapsedTimer>
#include <QFile>

namespace salesdesk::bench {

using abi::AbiValue;

namespace {

AbiValue hashes(int count, char seed) {
    std::vector<AbiValue> items;
    for (int i = 0; i < count; ++i)
        items.push_back(AbiValue::bytes(QByteArray(32, char(seed + i))));
    return AbiValue::list(std::move(items));
}

} // namespace

bool runAbiBench(const BenchOptions& options, BenchReport& report) {
    const QString section = QStringLiteral("abi");
    report.note(QStringLiteral("abi: fillSlot call data encoded and decoded (ContractAbi)"));
    QFile artifact(QStringLiteral(":/salesdesk/contracts/Marketplace.json"));
    if (!artifact.open(QIODevice::ReadOnly))
        return false;
    const auto marketplace = abi::ContractAbi::fromArtifact(artifact.readAll());
    if (!marketplace.ok()) {
        report.note(QStringLiteral("  ") + marketplace.message());
        return false;
    }
    const std::vector<AbiValue> arguments = {
        AbiValue::bytes(QByteArray(32, 'r')), AbiValue::uint(7),
        AbiValue::list({AbiValue::bytes(QByteArray(32, 's')), hashes(10, 'a'),
                        AbiValue::list({hashes(5, 'k'), hashes(50, 'p')})})};
    const int rounds = options.quick ? 1000 : 100000;
    qsizetype callBytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        const auto call = marketplace->encodeCall(u"fillSlot", arguments);
        if (!call.ok()) {
            report.note(QStringLiteral("  ") + call.message());
            return false;
        }
        const auto decoded = marketplace->decodeCall(*call);
        if (!decoded.ok() || !(decoded->values[2].value == arguments[2])) {
            report.note(QStringLiteral("  the call does not decode to its arguments: ") +
                        (decoded.ok() ? QStringLiteral("other values") : decoded.message()));
            return false;
        }
        callBytes = call->size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    report.figure(section, QStringLiteral("fillSlotCallBytes"), double(callBytes),
                  QStringLiteral("bytes"), QStringLiteral("fillSlot call data"));
    report.figure(section, QStringLiteral("fillSlotRoundTripsPerSecond"),
                  seconds > 0 ? rounds / seconds : 0, QStringLiteral("/s"),
                  QStringLiteral("fillSlot encode + decode"));
    return true;
}

} // namespace salesdesk::bench
