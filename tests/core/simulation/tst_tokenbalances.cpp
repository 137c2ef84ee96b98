#include "core/simulation/TokenBalances.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestTokenBalances : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mintCreatesTokensAndSupply();
    void transferMovesTokens();
    void transferOfMoreThanTheBalanceFailsAndChangesNothing();
    void mintPastTwoToThe256Fails();
    void changedAddressesAreReportedOnce();
    void restoreRecomputesTheSupply();
    void randomTransfersConserveTheSupply();
};

void TestTokenBalances::mintCreatesTokensAndSupply() {
    TokenBalances tokens;
    SD_VERIFY_OK(tokens.mint(kClient(), 500));
    SD_VERIFY_OK(tokens.mint(kHost(), 20));
    SD_VERIFY_OK(tokens.mint(kClient(), 1));
    QCOMPARE(tokens.balanceOf(kClient()), UInt256(501));
    QCOMPARE(tokens.balanceOf(kHost()), UInt256(20));
    QCOMPARE(tokens.balanceOf(kOtherHost()), UInt256(0));
    QCOMPARE(tokens.totalSupply(), UInt256(521));
    QCOMPARE(tokens.sumOfBalances(), UInt256(521));
}

void TestTokenBalances::transferMovesTokens() {
    TokenBalances tokens;
    SD_VERIFY_OK(tokens.mint(kClient(), 100));
    SD_VERIFY_OK(tokens.transfer(kClient(), kMarketplace(), 60));
    QCOMPARE(tokens.balanceOf(kClient()), UInt256(40));
    QCOMPARE(tokens.balanceOf(kMarketplace()), UInt256(60));
    // The whole balance may go.
    SD_VERIFY_OK(tokens.transfer(kClient(), kHost(), 40));
    QCOMPARE(tokens.balanceOf(kClient()), UInt256(0));
    QCOMPARE(tokens.totalSupply(), UInt256(100));
}

void TestTokenBalances::transferOfMoreThanTheBalanceFailsAndChangesNothing() {
    TokenBalances tokens;
    SD_VERIFY_OK(tokens.mint(kHost(), 10));
    auto result = tokens.transfer(kHost(), kMarketplace(), 11);
    SD_VERIFY_ERROR(result, ErrorCode::OutOfBounds);
    QVERIFY2(result.message().contains(QStringLiteral("ERC20InsufficientBalance")),
             qPrintable(result.message()));
    QVERIFY2(result.message().contains(QStringLiteral("11")), qPrintable(result.message()));
    QCOMPARE(tokens.balanceOf(kHost()), UInt256(10));
    QCOMPARE(tokens.balanceOf(kMarketplace()), UInt256(0));
}

void TestTokenBalances::mintPastTwoToThe256Fails() {
    TokenBalances tokens;
    SD_VERIFY_OK(tokens.mint(kClient(), uint256::max()));
    SD_VERIFY_ERROR(tokens.mint(kHost(), 1), ErrorCode::Overflow);
    QCOMPARE(tokens.balanceOf(kHost()), UInt256(0));
    QCOMPARE(tokens.totalSupply(), uint256::max());
}

void TestTokenBalances::changedAddressesAreReportedOnce() {
    TokenBalances tokens;
    SD_VERIFY_OK(tokens.mint(kClient(), 5));
    SD_VERIFY_OK(tokens.transfer(kClient(), kHost(), 2));
    const QSet<Address> changed = tokens.takeChanged();
    QCOMPARE(changed, (QSet<Address>{kClient(), kHost()}));
    QVERIFY(tokens.takeChanged().isEmpty());
    // A failed transfer changes nothing, so reports nothing.
    QVERIFY(!tokens.transfer(kClient(), kHost(), 100).ok());
    QVERIFY(tokens.takeChanged().isEmpty());
}

void TestTokenBalances::restoreRecomputesTheSupply() {
    TokenBalances tokens;
    SD_VERIFY_OK(tokens.restore({{kClient(), 7}, {kHost(), 8}}));
    QCOMPARE(tokens.totalSupply(), UInt256(15));
    QCOMPARE(tokens.addresses(), (QList<Address>{kHost(), kClient()})); // sorted: 0xA1 < 0xC1
    SD_VERIFY_ERROR(tokens.restore({{kClient(), uint256::max()}, {kHost(), 1}}),
                    ErrorCode::Overflow);
    QCOMPARE(tokens.totalSupply(), UInt256(15)); // unchanged
}

void TestTokenBalances::randomTransfersConserveTheSupply() {
    TokenBalances tokens;
    QRandomGenerator gen(42);
    const QList<Address> who = {kClient(), kHost(), kOtherHost(), kMarketplace(), kValidator()};
    for (const Address& a : who)
        SD_VERIFY_OK(tokens.mint(a, 1000));
    int refused = 0;
    for (int i = 0; i < 5000; ++i) {
        const Address& from = who[gen.bounded(who.size())];
        const Address& to = who[gen.bounded(who.size())];
        if (!tokens.transfer(from, to, gen.bounded(600)).ok())
            ++refused;
    }
    QVERIFY(refused > 0); // the run did hit empty balances
    QCOMPARE(tokens.sumOfBalances(), UInt256(5000));
    QCOMPARE(tokens.totalSupply(), UInt256(5000));
}

QTEST_GUILESS_MAIN(TestTokenBalances)
#include "tst_tokenbalances.moc"
