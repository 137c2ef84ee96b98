#include "core/chain/deploy/ChainDeployment.h"
#include "tests/support/TestSupport.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;

namespace {

ChainDeployment sample() {
    ChainDeployment deployment;
    deployment.chainId = 31337;
    deployment.marketplace =
        Address::fromHex(QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3")).value();
    deployment.token =
        Address::fromHex(QStringLiteral("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512")).value();
    deployment.verifier =
        Address::fromHex(QStringLiteral("0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0")).value();
    deployment.marketplaceBlock = 260;
    deployment.tokenInfo = TokenInfo::testStorageToken();
    return deployment;
}

} // namespace

class TestChainDeployment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsThroughJson();
    void rejectsABadField_data();
    void rejectsABadField();
    void theRetrievalChannelsAreOptional();
};

void TestChainDeployment::roundTripsThroughJson() {
    const ChainDeployment deployment = sample();
    const auto read = ChainDeployment::fromJson(deployment.toJson(), QStringLiteral("test"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.message()));
    QCOMPARE(*read, deployment);
}

void TestChainDeployment::rejectsABadField_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("chain id zero") << "chainId" << QJsonValue(0);
    QTest::newRow("chain id negative") << "chainId" << QJsonValue(-1);
    QTest::newRow("chain id fraction") << "chainId" << QJsonValue(1.5);
    QTest::newRow("chain id text") << "chainId" << QJsonValue(QStringLiteral("31337"));
    QTest::newRow("marketplace short") << "marketplace" << QJsonValue(QStringLiteral("0x1234"));
    QTest::newRow("token missing") << "token" << QJsonValue();
    QTest::newRow("verifier not hex")
        << "verifier" << QJsonValue(QStringLiteral("0xzz46736679d2d9a65f0992f2272de9f3c7fa6e0"));
    QTest::newRow("block negative") << "marketplaceBlock" << QJsonValue(-5);
    QTest::newRow("symbol empty") << "tokenSymbol" << QJsonValue(QString());
    QTest::newRow("decimals too many") << "tokenDecimals" << QJsonValue(78);
    QTest::newRow("channels not an address")
        << "retrievalChannels" << QJsonValue(QStringLiteral("0x12"));
}

void TestChainDeployment::rejectsABadField() {
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject object = sample().toJson();
    if (value.isUndefined() || value.isNull())
        object.remove(key);
    else
        object.insert(key, value);
    const auto read = ChainDeployment::fromJson(object, QStringLiteral("deployment.json"));
    QVERIFY(!read.ok());
    QVERIFY2(read.message().contains(key), qPrintable(read.message()));
    QVERIFY2(read.message().startsWith(QLatin1String("deployment.json")),
             qPrintable(read.message()));
}

// A deployment written before the retrieval channels existed reads as one without them; one with
// them keeps their address.
void TestChainDeployment::theRetrievalChannelsAreOptional() {
    ChainDeployment deployment = sample();
    QVERIFY(!deployment.toJson().contains(QStringLiteral("retrievalChannels")));
    QCOMPARE(ChainDeployment::fromJson(deployment.toJson(), QStringLiteral("old"))
                 .value()
                 .retrievalChannels,
             Address());
    deployment.retrievalChannels =
        Address::fromHex(QStringLiteral("0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9")).value();
    const auto read = ChainDeployment::fromJson(deployment.toJson(), QStringLiteral("new"));
    SD_VERIFY_OK(read);
    QCOMPARE(*read, deployment);
}

QTEST_GUILESS_MAIN(TestChainDeployment)
#include "tst_chaindeployment.moc"
