// A desk on a local test chain, in real time: anvil starts with our contracts, the demo clients
// post requests on chain and serve their data, and the engine over ChainMarket downloads a slot
// from their server into its file, checks it, and fills it, paying the slot's collateral from the
// host's token balance; a client then retrieves the slot from the desk's paid-retrieval endpoint,
// paying over a channel it opens, and a demo deal client proposes a direct deal and pushes its
// data. Opening again clears the
// directory (the chain is new), and a directory another desk holds is refused untouched.
#include "core/chain/client/DatasetServer.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealService.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/retrieval/RetrievalClient.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/clock/SystemClock.h"
#include "core/desk/Desk.h"
#include "core/desk/LocalChainSide.h"
#include "core/domain/AbiEncoder.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/storage/Repo.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using salesdesk::test::writeFile;

namespace {

LocalChainDeskOptions deskOptions(const QString& directory) {
    LocalChainDeskOptions options;
    options.engine.dataDirectory = directory;
    options.engine.quotaBytes = quint64(256) << 20;
    options.engine.seed = 5; // downloadSlotData: on by default
    options.chain.clients.seed = 9;
    options.chain.clients.meanIntervalSeconds = 3600; // one request at start is enough here
    options.chain.clients.minSlotSize = 100'000;
    options.chain.clients.maxSlotSize = 300'000;
    return options;
}

Result<std::unique_ptr<Desk>> open(SystemClock& clock, const QString& directory) {
    std::optional<Result<std::unique_ptr<Desk>>> opened;
    Desk::openLocalChain(clock, deskOptions(directory),
                         [&](Result<std::unique_ptr<Desk>> desk) { opened = std::move(desk); });
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, 60'000))
        return makeError(ErrorCode::Io, QStringLiteral("the local chain desk did not open"));
    return std::move(*opened);
}

} // namespace

class TestLocalChainDesk : public QObject {
    Q_OBJECT
    SystemClock m_clock;

    // The sold slot's bytes retrieved from the desk's paid-retrieval endpoint by a client of
    // another account, over a channel it opens: the desk follows the channel, takes the vouchers
    // and the books hold the price.
    // Once the desk takes direct deals, the demo deal clients propose one and push its data: from
    // accounts of their own, never one the request clients send from at the same moment (anvil
    // could give both transactions one nonce), with tokens put into the DirectDeals escrow.
    void proposedADemoDeal(Desk& desk) {
        DealService::Options offer;
        offer.rules.acceptDeals = true;
        offer.ask.pricePerBytePerSecond = UInt256(1);
        offer.ask.maxCollateralPerByte = UInt256(10);
        SD_VERIFY_OK(desk.startDeals(offer));
        std::optional<Deal> received;
        const bool arrived = QTest::qWaitFor(
            [&] {
                const auto recent = desk.deals()->book().recent(10);
                if (recent.ok())
                    for (const Deal& deal : *recent)
                        if (deal.proposal.size > 0 && deal.bytesReceived == deal.proposal.size)
                            received = deal;
                return received.has_value();
            },
            90'000);
        QVERIFY2(arrived, "no demo deal's data arrived");
        const auto& accounts = desk.localChain()->chain().accounts();
        QList<Address> dealClients;
        for (int index : LocalChainSide::Options{}.dealClientAccounts)
            dealClients << accounts.at(index).address;
        QVERIFY2(dealClients.contains(received->proposal.client),
                 qPrintable(received->proposal.client.toHex()));
        for (int index : LocalChainSide::Options{}.clientAccounts)
            QVERIFY(!dealClients.contains(accounts.at(index).address));
    }

    void retrievesTheSlotPaid(Desk& desk, const SlotId& slot, quint64 size) {
        QVERIFY(desk.retrieval() == nullptr);
        RetrievalService::Options offer;
        offer.terms.pricePerByte = UInt256(3);
        offer.terms.paymentInterval = 64 * 1024;
        offer.terms.paymentIntervalIncrease = 64 * 1024;
        const auto port = desk.startRetrieval(offer);
        SD_VERIFY_OK(port);
        QVERIFY(*port > 0);
        QVERIFY(desk.retrieval() != nullptr);
        SD_VERIFY_ERROR(desk.startRetrieval(offer), ErrorCode::Conflict);

        LocalChain& chain = desk.localChain()->chain();
        const Address channels = chain.deployment()->retrievalChannels;
        const Address token = chain.deployment()->token;
        const AnvilProcess::Account& payer = chain.accounts().back();
        QVERIFY(payer.address != desk.chainHost()->address());
        const UInt256 deposit = UInt256(3) * size * 2;
        QVERIFY(send(chain, payer.address, token,
                     abi::encodeCall("approve(address,uint256)",
                                     {abi::address(channels), abi::uint(deposit)})));
        const QByteArray open =
            abi::encodeCall("open(address,uint256)",
                            {abi::address(desk.chainHost()->address()), abi::uint(deposit)});
        const QByteArray id = call(chain, payer.address, channels, open);
        QCOMPARE(id.size(), 32);
        const Hash32 channelId = Hash32::fromBytes(id);
        QVERIFY(send(chain, payer.address, channels, open));
        const VoucherBook::Key key{chain.chainId(), channels, channelId};
        QVERIFY(QTest::qWaitFor(
            [&] { return desk.retrieval()->vouchers().channel(key).value().has_value(); }, 30'000));

        RetrievalClient::Options options;
        options.server = desk.retrieval()->server().baseUrl();
        options.domain = Voucher::domain(chain.chainId(), channels);
        // The desk signs its terms with the host's account: the client checks them against it.
        options.payee = chain.accounts().at(LocalChainSide::Options{}.hostAccount).address;
        options.channelId = channelId;
        options.slot = slot;
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        RetrievalClient client(options, PrivateKey::fromBytes(payer.privateKey).value(), &sink);
        QSignalSpy finished(&client, &RetrievalClient::finished);
        client.start();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.at(0).at(0).toString(), QString());
        QFile file(desk.engine().repo().slotDataPath(slot));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(sink.data(), file.readAll());
        const auto retrieval = desk.retrieval()->retrievals().findById(client.retrievalId());
        SD_VERIFY_OK(retrieval);
        QCOMPARE(retrieval->state, Retrieval::State::Completed);
        QCOMPARE(retrieval->paid, UInt256(3) * size);
        QCOMPARE(desk.retrieval()->vouchers().best(key).value()->cumulativeAmount,
                 UInt256(3) * size);
    }

    static RpcResult<QJsonValue> await(LocalChain& chain, const QString& method,
                                       const QJsonArray& params) {
        std::optional<RpcResult<QJsonValue>> answer;
        QObject context;
        chain.rpc().call(method, params, &context,
                         [&](const RpcResult<QJsonValue>& result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000))
            return RpcError::timeout(30);
        return *answer;
    }
    static bool send(LocalChain& chain, const Address& from, const Address& to,
                     const QByteArray& data) {
        const QJsonObject transaction{{QStringLiteral("from"), from.toHex()},
                                      {QStringLiteral("to"), to.toHex()},
                                      {QStringLiteral("data"), rpc::toData(data)}};
        const auto sent = await(chain, QStringLiteral("eth_sendTransaction"), {transaction});
        if (!sent.ok()) {
            qWarning().noquote() << "eth_sendTransaction:" << sent.error().describe();
            return false;
        }
        // The desk's chain mines on its own time: the receipt comes once the block does.
        std::optional<QJsonObject> receipt;
        const bool mined = QTest::qWaitFor(
            [&] {
                const auto answer =
                    await(chain, QStringLiteral("eth_getTransactionReceipt"), {sent->toString()});
                if (answer.ok() && answer->isObject())
                    receipt = answer->toObject();
                return receipt.has_value();
            },
            30'000);
        if (!mined)
            qWarning().noquote() << "no receipt for" << sent->toString();
        return mined &&
               receipt->value(QStringLiteral("status")).toString() == QStringLiteral("0x1");
    }
    static QByteArray call(LocalChain& chain, const Address& from, const Address& to,
                           const QByteArray& data) {
        const QJsonObject call{{QStringLiteral("from"), from.toHex()},
                               {QStringLiteral("to"), to.toHex()},
                               {QStringLiteral("data"), rpc::toData(data)}};
        const auto answer =
            await(chain, QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
        return answer.ok() ? rpc::parseJsonData(*answer).value() : QByteArray();
    }

private Q_SLOTS:
    void sellsToTheDemoClientsOnChain() {
        QTemporaryDir dir;
        auto desk = open(m_clock, dir.path());
        SD_VERIFY_OK(desk);
        QVERIFY((*desk)->localChain() != nullptr);
        QVERIFY((*desk)->simulation() == nullptr);
        QCOMPARE((*desk)->market().config().token.symbol, QStringLiteral("TST"));
        NewAvailability offer;
        offer.totalSize = quint64(64) << 20;
        offer.duration = 7 * 24 * 3600;
        offer.minPricePerBytePerSecond = 1;
        offer.totalCollateral = UInt256(1) << 40;
        SD_VERIFY_OK((*desk)->engine().reservations().createAvailability(offer));

        QList<SaleStateKind> seen;
        std::optional<std::pair<SlotId, quint64>> filled; // the first slot filled, its size
        connect(&(*desk)->engine().sales(), &Sales::agentStateChanged, this,
                [&](SalesAgent* agent, SaleStateKind, SaleStateKind to) {
                    seen.append(to);
                    if (to == SaleStateKind::Filled && !filled && agent->data().request)
                        filled.emplace(agent->data().slotId, agent->data().request->ask.slotSize);
                });
        std::optional<Result<void>> started;
        (*desk)->start([&](Result<void> result) { started = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return started.has_value(); }, 60'000));
        SD_VERIFY_OK(*started);
        QVERIFY2(QTest::qWaitFor([&] { return seen.contains(SaleStateKind::Filled); }, 200'000),
                 qPrintable(QStringLiteral("states seen: %1").arg([&] {
                     QStringList names;
                     for (SaleStateKind kind : seen)
                         names << toString(kind);
                     return names.join(QStringLiteral(", "));
                 }())));
        QCOMPARE((*desk)->localChain()->demoClients().postedCount(), 1);
        // The slot's bytes came from the clients' server into its file, all of them counted.
        QVERIFY(filled);
        const Repo& repo = (*desk)->engine().repo();
        const auto stored = repo.storedBytes(filled->first);
        SD_VERIFY_OK(stored);
        QCOMPARE(*stored, filled->second);
        QCOMPARE(QFileInfo(repo.slotDataPath(filled->first)).size(), qint64(filled->second));
        QVERIFY((*desk)->localChain()->datasetServer().bytesServed() >= filled->second);
        std::optional<MarketResult<QList<SlotId>>> mine;
        (*desk)->market().mySlots(this,
                                  [&](const MarketResult<QList<SlotId>>& slots) { mine = slots; });
        QVERIFY(QTest::qWaitFor([&] { return mine.has_value(); }, 30'000));
        QVERIFY(mine->ok());
        QVERIFY(!mine->value().isEmpty());
        retrievesTheSlotPaid(**desk, filled->first, filled->second);
        proposedADemoDeal(**desk);
        (*desk)->stop();
    }

    void opensAgainOnAClearedDirectory() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("left-over.txt")), "old chain"));
        auto desk = open(m_clock, dir.path());
        SD_VERIFY_OK(desk);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("left-over.txt"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("salesdesk.sqlite"))));

        // A second desk on the same directory, while the first holds it: refused, and the
        // first one's files are as they were.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("marker.txt")), "still here"));
        auto second = open(m_clock, dir.path());
        QVERIFY(!second.ok());
        QVERIFY2(second.message().contains(QStringLiteral("in use by another Sales Desk")),
                 qPrintable(second.message()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("marker.txt"))));
        desk->reset();
    }
};

QTEST_GUILESS_MAIN(TestLocalChainDesk)
#include "tst_localchaindesk.moc"
