// `salesdesk-cli client` as real child processes against anvil with our contracts: a request
// posted from a data directory's wallet is on chain with the price approved and paid in; `client
// serve` serves its generated data (whole slots, Range parts, 416 past the end, the slot roots
// that prove into the request's content root); after expiry `client withdraw` gets the whole
// price back; bad options exit 2 without touching the chain.
#include "core/chain/client/ClientRequestFile.h"
#include "core/chain/client/GeneratedDataset.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/SlotDataGenerator.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/CliWallet.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

const QString kCli = QStringLiteral(SALESDESK_CLI);

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QByteArray contentRange;
};

HttpAnswer get(const QUrl& url, const QByteArray& range = {}) {
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!range.isEmpty())
        request.setRawHeader("Range", range);
    QNetworkReply* reply = network.get(request);
    HttpAnswer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30'000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentRange = reply->rawHeader("Content-Range");
    reply->deleteLater();
    return answer;
}

} // namespace

class TestClientCli : public QObject {
    Q_OBJECT
    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    QTemporaryDir m_dir;
    QString m_pass;

    // A data directory whose wallet holds anvil's account `index`.
    QString walletOf(int index) {
        return importedWallet(kCli, m_chain, m_dir.path(), index, m_pass);
    }

    QStringList chainArguments(const QString& action, const QString& data) const {
        return {QStringLiteral("client"),
                action,
                QStringLiteral("--rpc"),
                m_chain.rpcUrl().toString(),
                QStringLiteral("--marketplace"),
                m_session->marketplace().toHex(),
                QStringLiteral("--data-dir"),
                data,
                QStringLiteral("--passphrase-file"),
                m_pass};
    }

    std::optional<RequestState> stateOf(const RequestId& id) {
        const auto data = m_session->view(marketplace::requestState(id));
        if (!data.ok())
            return std::nullopt;
        const auto state = m_session->answers().requestState(*data);
        return state.ok() ? std::optional(*state) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        m_pass = m_dir.filePath(QStringLiteral("pass"));
        QVERIFY(writeFile(m_pass, "client passphrase\n"));
    }

    void postsServesAndWithdraws() {
        const QString data = walletOf(3);
        QVERIFY(!data.isEmpty());
        const Address client = m_chain.account(3);
        const UInt256 before = m_session->balanceOf(client);

        QStringList arguments = chainArguments(QStringLiteral("request"), data);
        arguments << QStringLiteral("--slots") << QStringLiteral("2")
                  << QStringLiteral("--slot-size") << QStringLiteral("200000")
                  << QStringLiteral("--duration") << QStringLiteral("3600")
                  << QStringLiteral("--expiry") << QStringLiteral("300")
                  << QStringLiteral("--price") << QStringLiteral("5");
        const ProgramRun posted = runProgram(kCli, arguments, 120'000);
        QVERIFY2(posted.exitCode == 0, qPrintable(posted.out + posted.err));
        const auto entries = ClientRequestFile(data).read();
        SD_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 1);
        const StorageRequest request = entries->first().request;
        QCOMPARE(request.client, client);
        QCOMPARE(request.ask.slots, 2u);
        QCOMPARE(request.ask.slotSize, 200'000u);
        QCOMPARE(request.ask.pricePerBytePerSecond, UInt256(5));
        QVERIFY2(posted.out.contains(request.id().toHex()), qPrintable(posted.out));
        QCOMPARE(stateOf(request.id()), std::optional(RequestState::New));
        // The price went to the Marketplace: 2 slots × 200,000 bytes × 3,600 s × 5.
        QCOMPARE(before - m_session->balanceOf(client), UInt256(7'200'000'000ULL));
        QCOMPARE(request.totalPrice(), UInt256(7'200'000'000ULL));

        QProcess serve;
        serve.start(kCli, {QStringLiteral("client"), QStringLiteral("serve"),
                           QStringLiteral("--data-dir"), data});
        QVERIFY(serve.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&serve] { return serve.canReadLine() || serve.state() != QProcess::Running; },
            30'000));
        const QString line = QString::fromUtf8(serve.readLine());
        const auto match =
            QRegularExpression(QStringLiteral("Serving 1 datasets at (http://\\S+)")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line + serve.readAllStandardError()));
        const QString base = match.captured(1);
        const QString cid = QString::fromLatin1(request.content.cid.toHex());
        const GeneratedDataset dataset(request);

        const HttpAnswer slot1 =
            get(QUrl(base + QStringLiteral("/salesdesk/v1/data/%1/slots/1").arg(cid)));
        QCOMPARE(slot1.status, 200);
        QCOMPARE(slot1.body.size(), 200'000);
        QVERIFY(slot1.body == dataset.read(200'000, 200'000));
        QCOMPARE(proofs::MerkleTree::rootOf(
                     proofs::SlotDataGenerator::slotRoots(
                         proofs::SlotDataGenerator::datasetKey(request), 2, 200'000))
                     .toHex(),
                 request.content.merkleRoot.toHex());

        const HttpAnswer resumed = get(
            QUrl(base + QStringLiteral("/salesdesk/v1/data/%1/slots/1").arg(cid)), "bytes=150000-");
        QCOMPARE(resumed.status, 206);
        QCOMPARE(resumed.contentRange, QByteArray("bytes 150000-199999/200000"));
        QVERIFY(resumed.body == slot1.body.sliced(150'000));

        const HttpAnswer stream =
            get(QUrl(base + QStringLiteral("/api/codex/v1/data/%1/network/stream").arg(cid)),
                "bytes=199990-200009");
        QCOMPARE(stream.status, 206);
        QVERIFY(stream.body == dataset.read(199'990, 20));

        const HttpAnswer past = get(
            QUrl(base + QStringLiteral("/salesdesk/v1/data/%1/slots/0").arg(cid)), "bytes=200000-");
        QCOMPARE(past.status, 416);
        QCOMPARE(past.contentRange, QByteArray("bytes */200000"));
        QCOMPARE(get(QUrl(base + QStringLiteral("/salesdesk/v1/data/%1/slots/2").arg(cid))).status,
                 404);
        QCOMPARE(get(QUrl(base + QStringLiteral("/salesdesk/v1/data/00ff/slots/0"))).status, 404);

        const HttpAnswer roots =
            get(QUrl(base + QStringLiteral("/salesdesk/v1/data/%1/slot-roots").arg(cid)));
        QCOMPARE(roots.status, 200);
        const QJsonObject rootsJson = QJsonDocument::fromJson(roots.body).object();
        QCOMPARE(rootsJson.value(QStringLiteral("contentRoot")).toString(),
                 request.content.merkleRoot.toHex());
        std::vector<Hash32> published;
        for (const QJsonValue& root : rootsJson.value(QStringLiteral("slotRoots")).toArray())
            published.push_back(Hash32::fromHex(root.toString()).value());
        QCOMPARE(published.size(), std::size_t(2));
        QCOMPARE(proofs::MerkleTree::rootOf(published), request.content.merkleRoot);

        serve.terminate();
        QVERIFY(serve.waitForFinished(30'000));
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(serve.readAllStandardOutput().contains("Stopped after serving"));

        // Nobody filled it: after expiry the client gets every unit back.
        QVERIFY(m_chain.increaseTime(301));
        QVERIFY(m_chain.mine());
        const ProgramRun withdrawn =
            runProgram(kCli,
                       chainArguments(QStringLiteral("withdraw"), data)
                           << QStringLiteral("--request") << request.id().toHex(),
                       120'000);
        QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.out + withdrawn.err));
        QVERIFY2(withdrawn.out.contains(QStringLiteral("Withdrew 7200000000 base units")),
                 qPrintable(withdrawn.out));
        QCOMPARE(m_session->balanceOf(client), before);
    }

    void refusesBadOptionsWithoutSending() {
        const QString data = walletOf(4);
        QVERIFY(!data.isEmpty());
        QStringList arguments = chainArguments(QStringLiteral("request"), data);
        arguments << QStringLiteral("--slots") << QStringLiteral("0");
        const ProgramRun zeroSlots = runProgram(kCli, arguments, 60'000);
        QCOMPARE(zeroSlots.exitCode, 2);
        QVERIFY2(zeroSlots.err.contains(QStringLiteral("--slots")), qPrintable(zeroSlots.err));
        const ProgramRun noMarketplace = runProgram(
            kCli,
            {QStringLiteral("client"), QStringLiteral("request"), QStringLiteral("--rpc"),
             m_chain.rpcUrl().toString(), QStringLiteral("--data-dir"), data},
            60'000);
        QCOMPARE(noMarketplace.exitCode, 2);
        QVERIFY(noMarketplace.err.contains(QStringLiteral("--marketplace")));
        const ProgramRun badAction = runProgram(kCli,
                                                {QStringLiteral("client"), QStringLiteral("cancel"),
                                                 QStringLiteral("--data-dir"), data},
                                                60'000);
        QCOMPARE(badAction.exitCode, 2);
        QVERIFY(ClientRequestFile(data).read().value().isEmpty());
        const auto nonce = m_chain.call(QStringLiteral("eth_getTransactionCount"),
                                        {m_chain.account(4).toHex(), QStringLiteral("latest")});
        QCOMPARE(rpc::parseJsonQuantityU64(nonce.value()).value(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestClientCli)
#include "tst_clientcli.moc"
