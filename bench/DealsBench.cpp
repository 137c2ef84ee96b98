#include "bench/DealsBench.h"

#include "bench/RetrievalBench.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealProposal.h"
#include "core/chain/deals/DirectDealsContract.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "core/proofs/ProofBuilder.h"
#include "core/proofs/SlotFileReader.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>
#include <optional>

namespace salesdesk::bench {

namespace {

using test::MarketplaceSession;

const UInt256 kEscrow(1'000'000'000'000ULL);

// An eth_call of `data` on `to`; empty when it failed.
QByteArray view(test::AnvilFixture& chain, const Address& to, const QByteArray& data) {
    const QJsonObject call{{QStringLiteral("to"), to.toHex()},
                           {QStringLiteral("data"), rpc::toData(data)}};
    const auto answer = chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
    return answer.ok() ? QByteArray::fromHex(answer->toString().mid(2).toLatin1()) : QByteArray();
}

// The gas of each call for one deal over `size` bytes and one claimed channel. Empty when a step
// failed (the note says which).
std::map<QString, quint64> measure(MarketplaceSession& market, test::AnvilFixture& chain,
                                   quint64 size, BenchReport& report) {
    std::map<QString, quint64> gas;
    auto failed = [&](const QString& step, const QString& why) {
        report.note(QStringLiteral("  %1 failed: %2").arg(step, why));
        return std::map<QString, quint64>{};
    };
    const ChainDeployment& deployment = *chain.chain().deployment();
    const Address deals = deployment.directDeals;
    const Address client = chain.account(1);
    const Address provider = chain.account(2);
    const auto clientKey = PrivateKey::fromBytes(chain.chain().accounts().at(1).privateKey);
    if (!clientKey.ok())
        return failed(QStringLiteral("client key"), clientKey.message());
    auto send = [&](const QString& name, const Address& from, const Address& to,
                    const QByteArray& data) {
        const auto sent = market.sendTo(from, to, data);
        if (!sent.ok()) {
            report.note(QStringLiteral("  %1 failed: %2").arg(name, sent.error().message));
            return false;
        }
        gas[name] = sent->receipt.gasUsed;
        return true;
    };
    for (const Address& account : {client, provider}) {
        if (!send(QStringLiteral("approve"), account, market.token(),
                  abi::encodeCall("approve(address,uint256)",
                                  {abi::address(deals), abi::uint(kEscrow)})) ||
            !send(QStringLiteral("deposit"), account, deals, DirectDealsContract::deposit(kEscrow)))
            return {};
    }

    // The data, and its tree for the proofs.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return failed(QStringLiteral("data"), file.errorString());
        QByteArray block(64 * 1024, '\0');
        for (quint64 written = 0; written < size;) {
            for (qsizetype i = 0; i < block.size(); ++i)
                block[i] = char((written + quint64(i)) * 2654435761ULL >> 13);
            const quint64 part = std::min<quint64>(size - written, quint64(block.size()));
            file.write(block.constData(), qint64(part));
            written += part;
        }
    }
    const auto tree = proofs::SlotFileReader::buildTree(path, size);
    if (!tree.ok())
        return failed(QStringLiteral("tree"), tree.message());

    DealProposal p;
    p.client = client;
    p.provider = provider;
    p.dataRoot = tree->root();
    p.size = size;
    p.chunkCount = DealProposal::chunkCountOf(size);
    p.start = market.now() + 120;
    p.end = p.start + 3600;
    p.pricePerSecond = UInt256(size);
    p.providerCollateral = UInt256(size) * UInt256(10);
    p.salt = UInt256(market.now());
    const Eip712Domain domain = DealProposal::domain(chain.chain().chainId(), deals);
    const Hash32 id = p.digest(domain);
    if (!send(QStringLiteral("publishDeal"), provider, deals,
              DirectDealsContract::publishDeal(p, p.sign(*clientKey, domain))))
        return {};

    // A proof for the deal's challenge now (the pointer kept away from its wrap, when the
    // challenge changes).
    auto prove = [&](const QString& name) {
        for (int tries = 0; tries < 300; ++tries) {
            const QByteArray pointer =
                view(chain, deals, abi::encodeCall("getPointer(bytes32)", {abi::bytes32(id)}));
            if (pointer.size() == 32 && quint8(pointer.at(31)) < 240)
                break;
            if (!chain.mine())
                return false;
        }
        const QByteArray challenge =
            view(chain, deals, abi::encodeCall("currentChallenge(bytes32)", {abi::bytes32(id)}));
        if (challenge.size() != 32) {
            report.note(QStringLiteral("  currentChallenge failed"));
            return false;
        }
        const auto proof =
            proofs::ProofBuilder::fromFile(*tree, path, size, Hash32::fromBytes(challenge));
        if (!proof.ok()) {
            report.note(QStringLiteral("  the proof failed: %1").arg(proof.message()));
            return false;
        }
        return send(name, provider, deals, DirectDealsContract::submitProof(id, *proof));
    };
    const quint64 period = chain.chain().options().market.periodSeconds;
    if (!market.mineAt(p.start) || !prove(QStringLiteral("submitProof.activation")))
        return failed(QStringLiteral("activation"), market.error());
    if (!market.mineAt((p.start / period + 1) * period + 1) ||
        !prove(QStringLiteral("submitProof")))
        return failed(QStringLiteral("proof"), market.error());
    if (!send(QStringLiteral("settle"), provider, deals, DirectDealsContract::settle(id)))
        return {};
    // Every later period proven, so the close pays the rest (a missed one would only be
    // reportable).
    for (quint64 at = (p.start / period + 2) * period + 1; at < p.end; at += period)
        if (!market.mineAt(at) || !prove(QStringLiteral("submitProof.later")))
            return failed(QStringLiteral("proofs"), market.error());
    gas.erase(QStringLiteral("submitProof.later"));
    const QByteArray closable =
        view(chain, deals, abi::encodeCall("closableAt(bytes32)", {abi::bytes32(id)}));
    const quint64 closeAt = uint256::fromBigEndian(closable).value().convert_to<quint64>();
    if (!market.mineAt(std::max(closeAt, market.now() + 1)) ||
        !send(QStringLiteral("closeExpired"), provider, deals,
              DirectDealsContract::closeExpired(id)))
        return failed(QStringLiteral("close"), market.error());

    // A retrieval channel from the client to the provider, and a claim of one voucher.
    const Address channels = deployment.retrievalChannels;
    const UInt256 deposit(1'000'000);
    if (!send(QStringLiteral("approve"), client, market.token(),
              abi::encodeCall("approve(address,uint256)",
                              {abi::address(channels), abi::uint(deposit)})))
        return {};
    const QByteArray open =
        abi::encodeCall("open(address,uint256)", {abi::address(provider), abi::uint(deposit)});
    const QJsonObject openCall{{QStringLiteral("from"), client.toHex()},
                               {QStringLiteral("to"), channels.toHex()},
                               {QStringLiteral("data"), rpc::toData(open)}};
    const auto channelAnswer =
        chain.call(QStringLiteral("eth_call"), {openCall, QStringLiteral("latest")});
    if (!channelAnswer.ok())
        return failed(QStringLiteral("open"), channelAnswer.error().describe());
    const Hash32 channel = Hash32::fromBytes(
        QByteArray::fromHex(channelAnswer->toString().mid(2).toLatin1()).left(32));
    if (!send(QStringLiteral("channel.open"), client, channels, open))
        return {};
    const Voucher voucher = Voucher::sign(
        *clientKey, Voucher::domain(chain.chain().chainId(), channels), channel, UInt256(400'000));
    if (!send(QStringLiteral("channel.claim"), provider, channels,
              abi::encodeCall("claim(bytes32,uint256,bytes)",
                              {abi::bytes32(channel), abi::uint(voucher.cumulativeAmount),
                               abi::bytes(voucher.signatureBytes())})))
        return {};
    gas.erase(QStringLiteral("approve"));
    return gas;
}

} // namespace

bool runDealsBench(const BenchOptions& options, BenchReport& report) {
    const QString section = QStringLiteral("deals");
    report.note(QStringLiteral("deals: gas of the provider's direct-deal and channel calls on a "
                               "local anvil"));
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
        sizes.append({QStringLiteral("64MiB"), 64ULL << 20});
    bool ok = true;
    for (const Size& size : sizes) {
        const auto gas = measure(market, chain, size.bytes, report);
        if (gas.empty()) {
            ok = false;
            continue;
        }
        QStringList line;
        for (const auto& [call, used] : gas) {
            report.figure(section, QStringLiteral("%1.%2").arg(size.name, call), double(used),
                          QStringLiteral("gas"),
                          QStringLiteral("%1 (%2 bytes of data)").arg(call).arg(size.bytes));
            line << QStringLiteral("%1 %2").arg(call).arg(used);
        }
        report.note(QStringLiteral("  %1: %2").arg(size.name, line.join(QStringLiteral(", "))));
    }
    // Vouchers per second and paid retrieval against free, over loopback.
    return runRetrievalBench(options, report) && ok;
}

} // namespace salesdesk::bench
