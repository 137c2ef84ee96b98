// MarketplaceCheck against a real chain (anvil with our contracts): our Marketplace is found with
// its rules, token and verifier; an address without code, another contract and a node that does
// not answer are each named.
#include "core/chain/market/MarketplaceCheck.h"
#include "core/clock/SystemClock.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestMarketplaceCheck : public QObject {
    Q_OBJECT
    AnvilFixture m_chain;
    SystemClock m_clock;

    Result<MarketplaceCheck::Found> check(const QUrl& url, const Address& address) {
        JsonRpcClient::Options options;
        options.maxAttempts = 1;
        options.timeoutSeconds = 10;
        JsonRpcClient client(url, m_clock, options);
        std::optional<Result<MarketplaceCheck::Found>> answer;
        MarketplaceCheck::run(client, address, nullptr,
                              [&](const Result<MarketplaceCheck::Found>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, AnvilFixture::kWaitMs))
            return makeError(ErrorCode::Io, QStringLiteral("no answer"));
        return *answer;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_chain.start(), qPrintable(m_chain.error())); }

    void findsOurMarketplace() {
        const ChainDeployment& deployment = *m_chain.chain().deployment();
        const auto found = check(m_chain.rpcUrl(), deployment.marketplace);
        SD_VERIFY_OK(found);
        MarketConfig expected = m_chain.chain().options().market;
        expected.token = found->config.token;
        QCOMPARE(found->config, expected);
        QCOMPARE(found->token, deployment.token);
        QCOMPARE(found->verifier, deployment.verifier);
    }

    void anAddressWithoutCodeIsNamed() {
        const auto found = check(m_chain.rpcUrl(), Address::fromBytes(QByteArray(20, '\x77')));
        SD_VERIFY_ERROR(found, ErrorCode::NotFound);
        QVERIFY2(found.message().contains(QStringLiteral("no contract at 0x7777")),
                 qPrintable(found.message()));
    }

    void anotherContractIsNamed() {
        // The token is a contract, but not a marketplace.
        const auto found = check(m_chain.rpcUrl(), m_chain.chain().deployment()->token);
        SD_VERIFY_ERROR(found, ErrorCode::InvalidArgument);
        QVERIFY2(found.message().contains(QStringLiteral("not a Sales Desk Marketplace")),
                 qPrintable(found.message()));
    }

    void aNodeThatDoesNotAnswerIsNamed() {
        const auto found = check(QUrl(QStringLiteral("http://127.0.0.1:1")),
                                 m_chain.chain().deployment()->marketplace);
        SD_VERIFY_ERROR(found, ErrorCode::Io);
        QVERIFY2(found.message().contains(QStringLiteral("checking the marketplace")),
                 qPrintable(found.message()));
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceCheck)
#include "tst_marketplacecheck.moc"
