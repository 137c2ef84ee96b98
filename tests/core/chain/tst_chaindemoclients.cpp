// ChainDemoClients on anvil with our contracts: each post approves and requests on chain from the
// next unlocked account, the price leaves the client, the request is New on chain with the content
// root of its generated data, and the dataset server serves that data; the same seed draws the
// same requests; a client short of tokens is reported as a problem, not a request.
#include "core/chain/client/ChainDemoClients.h"
#include "core/chain/client/DatasetServer.h"
#include "core/chain/client/GeneratedDataset.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/clock/SystemClock.h"
#include "core/proofs/MerkleTree.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestChainDemoClients : public QObject {
    Q_OBJECT
    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    SystemClock m_clock;

    ChainDemoClients::Options options(QList<int> accounts) const {
        ChainDemoClients::Options o;
        o.marketplace = m_session->marketplace();
        o.token = m_session->token();
        for (int index : accounts)
            o.accounts.append(m_chain.account(index));
        o.seed = 42;
        o.minSlotSize = 70'000;
        o.maxSlotSize = 200'000;
        return o;
    }

    Result<StorageRequest> postOne(ChainDemoClients& clients) {
        std::optional<Result<StorageRequest>> answer;
        clients.post([&](const Result<StorageRequest>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, AnvilFixture::kWaitMs))
            return makeError(ErrorCode::Io, QStringLiteral("no answer"));
        return *answer;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
    }
    void init() { QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error())); }
    void cleanup() { QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error())); }

    void postsFromEachAccountInTurnAndServesTheData() {
        DatasetServer server;
        SD_VERIFY_OK(server.listen(QHostAddress::LocalHost));
        ChainDemoClients clients(m_chain.chain().rpc(), m_clock, server, options({5, 6}));
        QSignalSpy posted(&clients, &ChainDemoClients::posted);
        const UInt256 before5 = m_session->balanceOf(m_chain.account(5));
        const UInt256 before6 = m_session->balanceOf(m_chain.account(6));

        const auto first = postOne(clients);
        SD_VERIFY_OK(first);
        const auto second = postOne(clients);
        SD_VERIFY_OK(second);
        QCOMPARE(first->client, m_chain.account(5));
        QCOMPARE(second->client, m_chain.account(6));
        QCOMPARE(clients.postedCount(), 2);
        QCOMPARE(posted.size(), 2);
        QCOMPARE(before5 - m_session->balanceOf(m_chain.account(5)), first->totalPrice());
        QCOMPARE(before6 - m_session->balanceOf(m_chain.account(6)), second->totalPrice());
        QCOMPARE(server.datasetCount(), 2);

        for (const StorageRequest& request : {*first, *second}) {
            QVERIFY(request.ask.slotSize >= 70'000 && request.ask.slotSize <= 200'000);
            const auto state = m_session->view(marketplace::requestState(request.id()));
            QVERIFY(state.ok());
            QVERIFY(m_session->answers().requestState(*state).value() == RequestState::New);
            const auto onChain = m_session->view(marketplace::getRequest(request.id()));
            QVERIFY(onChain.ok());
            QVERIFY(m_session->answers().request(*onChain).value() == request);
            QCOMPARE(proofs::MerkleTree::rootOf(GeneratedDataset(request).slotRoots()),
                     request.content.merkleRoot);
        }

        // The last slot of the second request, as a host would download it.
        const StorageRequest& request = *second;
        const quint64 last = request.ask.slots - 1;
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(
            QUrl(server.baseUrl().toString() + QStringLiteral("/salesdesk/v1/data/%1/slots/%2")
                                                   .arg(DatasetServer::cidText(request.content.cid))
                                                   .arg(last))));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 30'000));
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        QCOMPARE(quint64(body.size()), request.ask.slotSize);
        QVERIFY(body ==
                GeneratedDataset(request).read(last * request.ask.slotSize, request.ask.slotSize));
    }

    void theSameSeedDrawsTheSameRequests() {
        DatasetServer server;
        ChainDemoClients a(m_chain.chain().rpc(), m_clock, server, options({5}));
        ChainDemoClients b(m_chain.chain().rpc(), m_clock, server, options({5}));
        for (int i = 0; i < 5; ++i) {
            const StorageRequest x = a.nextRequest(m_chain.account(5));
            const StorageRequest y = b.nextRequest(m_chain.account(5));
            QCOMPARE(x, y);
            SD_VERIFY_OK(x.validate());
        }
        auto other = options({5});
        other.seed = 43;
        ChainDemoClients c(m_chain.chain().rpc(), m_clock, server, other);
        QVERIFY(c.nextRequest(m_chain.account(5)) != a.nextRequest(m_chain.account(5)));
    }

    void aClientShortOfTokensIsAProblemNotARequest() {
        DatasetServer server;
        // A price no test account can pay (each holds a million tokens): the approval goes
        // through, requestStorage fails on chain.
        auto o = options({7});
        o.pricePerBytePerSecond = UInt256(1) << 100;
        ChainDemoClients clients(m_chain.chain().rpc(), m_clock, server, o);
        QSignalSpy problems(&clients, &ChainDemoClients::problem);
        const UInt256 before = m_session->balanceOf(m_chain.account(7));
        const auto answer = postOne(clients);
        QVERIFY(!answer.ok());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("could not post")),
                 qPrintable(problems.at(0).at(0).toString()));
        QCOMPARE(clients.postedCount(), 0);
        QCOMPARE(m_session->balanceOf(m_chain.account(7)), before);
    }
};

QTEST_GUILESS_MAIN(TestChainDemoClients)
#include "tst_chaindemoclients.moc"
